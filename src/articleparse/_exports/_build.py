"""A reader's plan to records: each article's furniture as blocks, its body region to be read by the pipeline.

This module never calls the classifier: :mod:`articleparse._pipeline` does.
For each article it asks :func:`regions` for the text to classify, classifies
it as a dump of its own, and hands the result to :func:`article`, which sets
the furniture around it.

The body region of an article is classified as a dump of its own: the text from
the first line of the article's headline to the end of its body, with every other
line of the header blanked out (same length, same line breaks), so the classifier
sees a headline and a body and the offsets it gives are those of the file, less
the region's start. A label on a kept line (``Title:``, ``Full text:``) is blanked
with no-break spaces, which are white space but not indentation, so the line
keeps its place at the margin. The headline's own blocks are then dropped: the
export says which lines are the headline.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import cast

import attrs

from articleparse._config import ParserConfig
from articleparse._decode import Decoded
from articleparse._detect import language_code
from articleparse._errors import Diagnostic, DiagnosticCode
from articleparse._exports._lines import word_count
from articleparse._exports._plan import Entry, Furniture, Kind, Plan
from articleparse._metadata.authors import byline_authors
from articleparse._metadata.dates import read_dates
from articleparse._model import Article, Block, Byline, Span, Timestamp, TimestampKind
from articleparse._normalize import Document, Line
from articleparse._roles import Role

__all__ = ["Region", "article", "preamble", "regions", "shifted", "whole"]

# An export's word count may differ from the body's by this share of it before it is reported.
_WORD_COUNT_TOLERANCE = 0.1
# A part of a plain concatenation is a whole article when its body has this many paragraphs, or words.
_WHOLE_MIN_PARAGRAPHS = 2
_WHOLE_MIN_WORDS = 40
_NOT_LINE_BREAK = re.compile(r"[^\n]")
_NO_BREAK_SPACE = "\u00a0"


@attrs.frozen
class Region:
    """A stretch of the file to classify as a dump of its own: an article's body, maybe under its headline.

    Attributes:
        text: The stretch, from the start of line ``first_line``, with every line
            not to be read blanked out (same length, same line breaks).
        offset: Where ``text`` starts in the file.
        first_line: The 0-based index of the file's line ``text`` starts on.
        under_headline: Whether ``text`` opens with the export's headline: the
            blocks on its first line are then the headline's, and dropped; a
            block that joins that line to the body refuses the reading.
    """

    text: str
    offset: int
    first_line: int
    under_headline: bool


def regions(document: Document, starts: Sequence[int], entry: Entry) -> tuple[Region, ...]:
    """The readings of ``entry``'s body to try, in order: under its headline's first line, then alone.

    Under the headline, the classifier sees the headline cue the body sits
    under; a headline wrapped over several lines would count among the body's
    wraps, so only its first line is kept.
    """
    if entry.body is None:
        return ()
    start, end = entry.body
    headline = _first(entry.furniture, Kind.HEADLINE)
    found = []
    if headline is not None and headline.span.start < start:
        first_line = headline.span.first_line - 1
        line = document.lines[first_line]
        kept = (starts[first_line] if headline.label is None else headline.value_start, line.content_end)
        found.append(_region(document.text, starts, first_line, [kept, entry.body], end, under_headline=True))
    first_line = bisect_right(starts, start) - 1
    found.append(_region(document.text, starts, first_line, [entry.body], end, under_headline=False))
    return tuple(found)


def _covered(starts: Sequence[int], entry: Entry) -> set[int]:
    """The 0-based indexes of the lines ``entry``'s furniture and body cover."""
    covered = {line for item in entry.furniture for line in range(item.span.first_line - 1, item.span.last_line)}
    if entry.body is not None:
        start, end = entry.body
        covered.update(range(bisect_right(starts, start) - 1, bisect_right(starts, end - 1)))
    return covered


def preamble(document: Document, plan: Plan) -> tuple[Block, ...]:
    """What stands before the first article, as ``boilerplate`` blocks."""
    return _leftovers(document.lines, 0, plan.preamble - 1, set())


def whole(article: Article) -> bool:
    """Whether a part of a plain concatenation reads as a whole article: a headline and a body, not a teaser.

    A teaser in a page's list (a title and a one-line blurb) has a headline and a
    paragraph too; a body is at least two paragraphs or one long one. The part
    opens with its headline and holds less boilerplate than body, as a stretch of
    a web page between two rules does not.
    """
    long = len(article.body) >= _WHOLE_MIN_PARAGRAPHS or len(article.text.split()) >= _WHOLE_MIN_WORDS
    first = next((block for block in article.blocks if block.role is not Role.BOILERPLATE), None)
    if article.headline is None or not long or first is None or first.role is not Role.HEADLINE:
        return False
    # An article on its own has less chrome than body; a stretch of a web page between two rules, more.
    chrome = sum(
        block.span.last_line - block.span.first_line + 1 for block in article.blocks if block.role is Role.BOILERPLATE
    )
    body = sum(paragraph.span.last_line - paragraph.span.first_line + 1 for paragraph in article.body)
    return chrome <= body


def article(
    document: Document,
    starts: Sequence[int],
    entry: Entry,
    body: Article,
    config: ParserConfig,
    decoded: Decoded | None,
) -> tuple[Article, tuple[Block, ...]]:
    """The article of ``entry``: its furniture set around ``body`` (its body region as the pipeline read it).

    Also returns the leftover blocks: the entry's lines that neither its
    furniture nor its body holds, kept as ``boilerplate``.
    """
    furniture = [Block(item.kind.role, item.text, item.span) for item in entry.furniture]
    leftovers = _leftovers(document.lines, entry.first, entry.last, _covered(starts, entry))
    blocks = tuple(sorted((*furniture, *leftovers, *body.blocks), key=lambda block: block.span.start))
    stamps, diagnostics = _dates(entry.furniture, config)
    diagnostics += [diagnostic for diagnostic in body.diagnostics if diagnostic.code is not DiagnosticCode.NO_BODY]
    counted = _first(entry.furniture, Kind.WORD_COUNT)
    count = None if counted is None else word_count(counted.value)
    if counted is not None and count is not None and entry.body is not None:
        words = len(document.text[entry.body[0] : entry.body[1]].split())
        if abs(words - count) > _WORD_COUNT_TOLERANCE * count:
            message = f"the export counts {count} words; the body has {words}"
            diagnostics.append(Diagnostic(DiagnosticCode.WORD_COUNT_DISAGREES, message, counted.span.first_line))
    if blocks and not body.body:
        diagnostics.append(Diagnostic(DiagnosticCode.NO_BODY, "no body paragraph was found"))
    diagnostics.sort(key=lambda diagnostic: diagnostic.line or 0)
    published = next((stamp.value for stamp in stamps), None)
    headline = _first(entry.furniture, Kind.HEADLINE)
    language, language_source = _language(_value(entry.furniture, Kind.LANGUAGE), body)
    built = attrs.evolve(
        body,
        headline=body.headline if headline is None else headline.value,
        byline=_byline(entry.furniture, config) or body.byline,
        published=body.published if published is None else published,
        timestamps=(*stamps, *body.timestamps),
        diagnostics=tuple(diagnostics),
        blocks=blocks,
        encoding=decoded.encoding if decoded else None,
        publication=_value(entry.furniture, Kind.PUBLICATION),
        section=_value(entry.furniture, Kind.SECTION),
        language=language,
        language_source=language_source,
        default_zone=config.default_zone,
        word_count=count,
        copyright=_value(entry.furniture, Kind.COPYRIGHT),
        header_fields=tuple(
            (item.label, item.value)
            for item in entry.furniture
            if item.label is not None and item.kind is not Kind.MARK
        ),
    )
    return built, leftovers


def _region(
    text: str, starts: Sequence[int], first_line: int, kept: list[tuple[int, int]], end: int, *, under_headline: bool
) -> Region:
    """The text from line ``first_line`` to ``end`` with all but the ``kept`` ranges blanked out."""
    pieces = []
    position = starts[first_line]
    for begin, stop in kept:
        gap = text[position:begin]
        line_start = gap.rfind("\n") + 1
        pieces.append(_NOT_LINE_BREAK.sub(" ", gap[:line_start]))
        pieces.append(_NO_BREAK_SPACE * (len(gap) - line_start))  # a label before kept text on its line
        pieces.append(text[begin:stop])
        position = stop
    pieces.append(_NOT_LINE_BREAK.sub(" ", text[position:end]))
    return Region("".join(pieces), starts[first_line], first_line, under_headline)


def shifted(article: Article, offset: int, lines: int) -> Article:
    """``article`` with every span moved ``offset`` characters and ``lines`` lines on, and its diagnostics' lines."""
    moved = _moved(article, offset, lines)
    assert isinstance(moved, Article)
    return moved


def _moved(value: object, offset: int, lines: int) -> object:
    if isinstance(value, Span):
        return Span(value.start + offset, value.end + offset, value.first_line + lines, value.last_line + lines)
    if isinstance(value, Diagnostic):
        return value if value.line is None else attrs.evolve(value, line=value.line + lines)
    if isinstance(value, tuple):
        return tuple(_moved(item, offset, lines) for item in value)
    if attrs.has(type(value)):  # any record, those a new classifier may add included
        fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(value)))
        changes = {field.name: _moved(getattr(value, field.name), offset, lines) for field in fields}
        return attrs.evolve(value, **changes)  # type: ignore[misc]
    return value


def _leftovers(lines: Sequence[Line], first: int, last: int, covered: set[int]) -> tuple[Block, ...]:
    """``boilerplate`` blocks for the runs of non-blank lines from ``first`` to ``last`` that nothing else holds."""
    blocks = []
    run: list[Line] = []
    for index in range(first, last + 2):
        line = lines[index] if index <= last else None
        if line is not None and not line.blank and index not in covered:
            run.append(line)
            continue
        if run:
            span = Span(run[0].content_start, run[-1].content_end, run[0].number, run[-1].number)
            blocks.append(Block(Role.BOILERPLATE, " ".join(item.stripped for item in run), span))
            run = []
    return tuple(blocks)


def _language(label: str | None, body: Article) -> tuple[str | None, str | None]:
    """The language and its source: the export's label as its code (none when it names no language known).

    Without a label, the language detected in the body.
    """
    if label is None:
        return body.language, body.language_source
    code = language_code(label)
    return code, "export" if code else None


def _first(furniture: Sequence[Furniture], kind: Kind) -> Furniture | None:
    return next((item for item in furniture if item.kind is kind), None)


def _value(furniture: Sequence[Furniture], kind: Kind) -> str | None:
    item = _first(furniture, kind)
    return item.value or None if item is not None else None


def _byline(furniture: Sequence[Furniture], config: ParserConfig) -> Byline | None:
    item = _first(furniture, Kind.BYLINE)
    if item is None or not item.value:
        return None
    authors = item.authors if item.authors is not None else byline_authors(item.value, config)
    return Byline(item.value, authors, item.span)


def _dates(furniture: Sequence[Furniture], config: ParserConfig) -> tuple[list[Timestamp], list[Diagnostic]]:
    """The export's date line as a publication timestamp (zone-aware where it names a zone), and its doubts."""
    item = _first(furniture, Kind.DATE)
    if item is None:
        return [], []
    stamps, diagnostics = [], []
    for reading in read_dates(item.value, config):
        if reading.problem and reading.code:
            diagnostics.append(Diagnostic(reading.code, reading.problem, item.span.first_line))
        if reading.value is not None:
            stamps.append(Timestamp(TimestampKind.PUBLISHED, reading.value, reading.date_only, item.text, item.span))
            break
    return stamps, diagnostics
