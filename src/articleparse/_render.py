"""Articles back to dump text, in a chosen :class:`Style`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import attrs
from attrs import validators as v

from articleparse._config import DEFAULT_CONFIG
from articleparse._model import Article, Block, RelatedLink, SourceLine, Span
from articleparse._roles import Role

__all__ = ["DEFAULT_STYLE", "Style", "lay_out", "render"]

R = TypeVar("R")

_LINE_ENDS = ("\n", "\r\n", "\r")


def _indentation(instance: Style, attribute: attrs.Attribute[str], value: str) -> None:
    if value.strip(" \t"):
        raise ValueError(f"indent must be spaces or tabs, not {value!r}")


def _wire_needs_indent(instance: Style, attribute: attrs.Attribute[int], value: int) -> None:
    if value == 0 and instance.width is not None and not instance.indent:
        raise ValueError("a hard-wrapped style without blank lines between paragraphs needs an indent")


@attrs.frozen(kw_only=True)
class Style:
    r"""How :func:`render` lays an article out.

    The default is the layout of the seed dump: the headline, a blank line, the
    standfirst at column 0, a blank line, the body indented four spaces with
    related links between its paragraphs, two blank lines, the source line, two
    blank lines, then each promo as its title, the title again and its blurb.

    Attributes:
        indent: What precedes every line of the body and what follows it:
            ``""``, spaces or a tab. With no indent, the standfirst is indented
            four spaces instead, so a layout cue still sets it apart.
        line_end: ``"\n"``, ``"\r\n"`` or ``"\r"``.
        width: Hard-wrap body paragraphs at this column (the indent counted),
            or ``None`` to write each on one line.
        paragraph_gap: Blank lines between the body's blocks. With ``0`` and a
            ``width``, paragraphs are laid out the old wire way: the first line
            indented, continuation lines not (which needs an ``indent``).
        final_newline: Whether the text ends with a line end.
    """

    indent: str = attrs.field(default="    ", validator=[v.instance_of(str), _indentation])
    line_end: str = attrs.field(default="\n", validator=v.in_(_LINE_ENDS))
    width: int | None = attrs.field(default=None, validator=v.optional([v.instance_of(int), v.ge(20)]))
    paragraph_gap: int = attrs.field(default=1, validator=[v.instance_of(int), v.ge(0), _wire_needs_indent])
    final_newline: bool = attrs.field(default=False, validator=v.instance_of(bool))


#: The seed dump's layout; :func:`render`'s default.
DEFAULT_STYLE = Style()
#: Blank lines that close the body and the source section: what the parser reads as a section break.
_SECTION_GAP = DEFAULT_CONFIG.section_gap
#: Indentation given to the standfirst when the body has none.
_STANDFIRST_INDENT = "    "
#: The least body indentation in which a bare title between paragraphs reads as a related link.
_LINK_INDENT = DEFAULT_CONFIG.indent_cue
#: The label a related link carries outside an indented body.
_LINK_LABEL = "Related: "
#: The line that opens each highlight.
_HIGHLIGHT = "@highlight"
#: Pieces after which the body starts with one blank line.
_HEADER_ROLES = frozenset({Role.HEADLINE, Role.STANDFIRST, Role.BYLINE, Role.TIMESTAMP, Role.URL})


@attrs.frozen
class _Piece:
    """Lines of the output that make one block, the blank lines before them, and the records they show."""

    role: Role
    lines: tuple[str, ...]
    gap: int
    records: tuple[object, ...] = ()


def render(article: Article, *, style: Style = DEFAULT_STYLE) -> str:
    r"""Write ``article`` back out as a dump.

    Writes the headline, standfirst, byline, timestamp lines, address, body
    with its related links, source line, promos and highlights; captions and
    other blocks (boilerplate) are not written. Line breaks inside a text become
    spaces. In an indented body a related link is its bare title, as in the seed;
    without indentation it is written ``Related: <title>``, as flush dumps do.
    In the default style, parsing the result gives the article's fields back,
    and rendering that parse gives the same text again.

    >>> import articleparse
    >>> article = articleparse.parse("A headline\n\nThe story.")
    >>> render(article)
    'A headline\n\n    The story.'
    >>> render(article, style=Style(indent="", line_end="\r\n", final_newline=True))
    'A headline\r\n\r\nThe story.\r\n'
    """
    return lay_out(article, style)[0]


def lay_out(article: Article, style: Style = DEFAULT_STYLE) -> tuple[str, Article]:
    """Render ``article``; return the text and the article as it lies in it: new spans, blocks, no captions."""
    lines: list[str] = []
    placed: list[tuple[_Piece, int]] = []
    for index, piece in enumerate(_pieces(article, style)):
        if index:
            lines.extend([""] * piece.gap)
        placed.append((piece, len(lines)))
        lines.extend(piece.lines)
    text = style.line_end.join(lines) + (style.line_end if style.final_newline and lines else "")
    return text, _placed(article, lines, placed)


def _pieces(article: Article, style: Style) -> list[_Piece]:
    pieces: list[_Piece] = []

    def add(role: Role, lines: tuple[str, ...], gap: int | None = None, records: tuple[object, ...] = ()) -> None:
        if gap is None:  # a body block: one blank line after the header, the style's gap after body blocks
            gap = 1 if not pieces or pieces[-1].role in _HEADER_ROLES else style.paragraph_gap
        pieces.append(_Piece(role, lines, gap, records))

    if article.headline is not None:
        add(Role.HEADLINE, (_one_line(article.headline),), 0)
    if article.standfirst is not None:
        add(Role.STANDFIRST, (("" if style.indent else _STANDFIRST_INDENT) + _one_line(article.standfirst),), 1)
    if article.byline is not None:
        add(Role.BYLINE, (_one_line(article.byline.text),), 1, (article.byline,))
    for text in dict.fromkeys(stamp.text for stamp in article.timestamps):
        stamps = tuple(stamp for stamp in article.timestamps if stamp.text == text)
        add(Role.TIMESTAMP, (_one_line(text),), 1, stamps)
    if article.url is not None:
        add(Role.URL, (_one_line(article.url),), 1)
    links = sorted(article.related, key=lambda link: link.position)
    for index, paragraph in enumerate(article.body):
        while links and links[0].position <= index:
            link = links.pop(0)
            add(Role.RELATED, (_link_line(link, style),), records=(link,))
        add(paragraph.role, _paragraph_lines(paragraph.text, style), records=(paragraph,))
    for link in links:
        add(Role.RELATED, (_link_line(link, style),), records=(link,))
    if article.source is not None:
        add(Role.SOURCE, (style.indent + _source_text(article.source),), _SECTION_GAP, (article.source,))
    for number, promo in enumerate(article.promos):
        title = style.indent + _one_line(promo.title)
        blurb = () if promo.blurb is None else ("", style.indent + _one_line(promo.blurb))
        add(Role.PROMO, (title, "", title, *blurb), _SECTION_GAP if number == 0 else 1, (promo,))
    for number, highlight in enumerate(article.highlights):
        add(Role.HIGHLIGHT, (_HIGHLIGHT,), _SECTION_GAP if number == 0 else 1)
        add(Role.HIGHLIGHT, (_one_line(highlight),), 1)
    return pieces


def _link_line(link: RelatedLink, style: Style) -> str:
    """A related link's line: its bare title in an indented body, as in the seed; labelled elsewhere.

    A bare title between flush paragraphs reads as a subheading, so outside the
    indented layout the link carries the ``Related:`` label real dumps give it.
    """
    indented = len(style.indent.expandtabs(4)) >= _LINK_INDENT
    return style.indent + ("" if indented else _LINK_LABEL) + _one_line(link.text)


def _one_line(text: str) -> str:
    return " ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def _source_text(source: SourceLine) -> str:
    return f"{source.label}: {_one_line(source.text)}" if source.label else _one_line(source.text)


def _paragraph_lines(text: str, style: Style) -> tuple[str, ...]:
    text = _one_line(text)
    if style.width is None:
        return (style.indent + text,)
    import textwrap  # only wrapping needs it (its patterns cost an import a few milliseconds)

    wrapped = textwrap.wrap(
        text,
        width=style.width,
        initial_indent=style.indent,
        subsequent_indent="" if style.paragraph_gap == 0 else style.indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return tuple(wrapped) or (style.indent + text,)


def _placed(article: Article, lines: Sequence[str], placed: Sequence[tuple[_Piece, int]]) -> Article:
    """``article`` as it lies in ``lines``: each written record with its new span, and the blocks."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    blocks: list[Block] = []
    moved: dict[int, object] = {}
    for piece, first in placed:
        own = [(first + offset, line) for offset, line in enumerate(piece.lines) if line.strip()]
        (first_index, first_line), (last_index, last_line) = own[0], own[-1]
        start = starts[first_index] + len(first_line) - len(first_line.lstrip())
        end = starts[last_index] + len(last_line.rstrip())
        span = Span(start, end, first_index + 1, last_index + 1)
        blocks.append(Block(piece.role, " ".join(line.strip() for _, line in own), span))
        for record in piece.records:
            moved[id(record)] = attrs.evolve(record, span=span)  # type: ignore[misc]

    def at(record: R) -> R:
        return moved.get(id(record), record)  # type: ignore[return-value]

    return attrs.evolve(
        article,
        body=tuple(at(paragraph) for paragraph in article.body),
        related=tuple(at(link) for link in article.related),
        source=None if article.source is None else at(article.source),
        promos=tuple(at(promo) for promo in article.promos),
        byline=None if article.byline is None else at(article.byline),
        timestamps=tuple(at(stamp) for stamp in article.timestamps),
        captions=(),
        diagnostics=(),
        blocks=tuple(blocks),
    )
