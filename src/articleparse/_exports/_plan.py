"""What a layout reader finds in a file: the extent of each article, its furniture and its body region.

A reader only locates; :mod:`articleparse._exports._build` turns its plan into records.
Line indexes are 0-based positions in :attr:`Document.lines <articleparse._normalize.Document.lines>`;
offsets index the normalised text, as spans do.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs

from articleparse._model import ExportLayout, Span
from articleparse._normalize import Line
from articleparse._roles import Role

__all__ = ["Entry", "Furniture", "Kind", "Plan", "furniture", "opened"]


class Kind(enum.Enum):
    """What a piece of an export's furniture says, and so which typed field it gives."""

    HEADLINE = "headline"
    BYLINE = "byline"
    DATE = "date"
    LOAD_DATE = "load_date"
    PUBLICATION = "publication"
    SECTION = "section"
    WORD_COUNT = "word_count"
    LANGUAGE = "language"
    COPYRIGHT = "copyright"
    #: Any other labelled field: kept in ``header_fields``.
    FIELD = "field"
    #: Furniture without a value of its own: a counter line, a closing line, an edition, a marker.
    MARK = "mark"

    @property
    def role(self) -> Role:
        """The role the furniture's block gets: the existing roles, no new one."""
        return _ROLES.get(self, Role.BOILERPLATE)


_ROLES = {
    Kind.HEADLINE: Role.HEADLINE,
    Kind.BYLINE: Role.BYLINE,
    Kind.DATE: Role.TIMESTAMP,
    Kind.LOAD_DATE: Role.TIMESTAMP,
    Kind.COPYRIGHT: Role.SOURCE,
}


@attrs.frozen
class Furniture:
    """Lines of an export's header or trailer that make one block, and what they say.

    Attributes:
        kind: What the lines say.
        span: Where the block lies: from its first to its last non-blank character.
        text: The block's text: its lines stripped and joined by one space.
        label: The label as written, without its colon (``LOAD-DATE``), or ``None``.
        value: The text without its label.
        value_start: The offset where the value begins (the span's start when unlabelled).
        authors: The authors, when the layout reads them itself (``Doe, Jane; Roe, John``).
    """

    kind: Kind
    span: Span
    text: str
    label: str | None = None
    value: str = ""
    value_start: int = 0
    authors: tuple[str, ...] | None = None


def furniture(
    lines: Sequence[Line],
    first: int,
    last: int,
    kind: Kind,
    *,
    label: str | None = None,
    value_start: int | None = None,
    authors: tuple[str, ...] | None = None,
    end: int | None = None,
) -> Furniture:
    """The furniture made of the non-blank lines ``first`` to ``last``.

    ``label`` is the label opening the first line; ``value_start`` where its value
    begins. ``end`` stops the block inside its last line (a label whose value is the
    body: ``Full text:``).
    """
    own = [line for line in lines[first : last + 1] if not line.blank]
    start = own[0].content_start
    stop = own[-1].content_end if end is None else end
    if end is None:
        text = " ".join(line.stripped for line in own)
    else:
        text = " ".join([*(line.stripped for line in own[:-1]), own[-1].text[own[-1].lead : stop - own[-1].start]])
    span = Span(start, stop, own[0].number, own[-1].number)
    value, begins = text, start
    if label is not None:
        colon = own[0].stripped.index(":") + 1
        value = text[colon:].strip()
        rest = own[0].stripped[colon:]
        begins = start + colon + len(rest) - len(rest.lstrip())
    if value_start is not None:
        begins = value_start
    return Furniture(kind, span, text, label, value, begins, authors)


@attrs.frozen
class Entry:
    """One article of an export: the lines it spans, its furniture, and its body region.

    Attributes:
        first: Index of the article's first line.
        last: Index of its last line (inclusive).
        furniture: The header and trailer pieces the reader recognised, in order.
            Non-blank lines of the extent in neither the furniture nor the body
            become ``boilerplate`` blocks of the article.
        body: The body region's offsets ``(start, end)``, read by the normal
            pipeline; ``None`` when the article has no body.
    """

    first: int
    last: int
    furniture: tuple[Furniture, ...] = ()
    body: tuple[int, int] | None = None


@attrs.frozen
class Plan:
    """How a reader splits a file.

    Attributes:
        layout: The layout recognised.
        preamble: How many lines open the file before its first article.
        entries: The articles, in order; their extents follow one another to the end of the file.
        whole_dumps: Each entry is a dump of its own (a plain concatenation): the
            split holds only when every part reads as an article, a headline and a body.
    """

    layout: ExportLayout
    preamble: int
    entries: tuple[Entry, ...]
    whole_dumps: bool = False


def opened(entries: list[Entry]) -> tuple[int, tuple[Entry, ...]]:
    """The preamble's length and the entries, the first starting where its own furniture or body does.

    For layouts whose articles are found from inside (a closing line, a header's fields):
    what stands above the first article's own lines is the file's preamble.
    """
    first = entries[0]
    begins = min((item.span.first_line - 1 for item in first.furniture), default=first.first)
    return begins, (attrs.evolve(first, first=begins), *entries[1:])
