"""Lines to segments: the units the classifier labels.

A *segment* is a run of non-blank lines that must stay together: one wrapped
paragraph, or one line standing alone. Blank lines always separate segments.
Inside a run of non-blank lines, a line carries on the segment before it when:

- it continues a sentence the line before broke off (or ended with an
  abbreviation such as ``Dept.``), starting lower case;
- the document is hard-wrapped and the line's first word would not have fitted
  on the line before (the break a greedy wrap makes), or
- the run is in the old wire layout: a paragraph's first line indented, its
  continuation lines not.

The classifier may later group several segments into one block (a promo's
title, repeated title and blurb), but never splits one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

import attrs

from articleparse._config import ParserConfig
from articleparse._normalize import Document, Line
from articleparse._text import ends_sentence, starts_caseless, starts_lower, starts_unspaced, word_count

__all__ = ["Segment", "segment", "wrap_width"]

#: Lines examined for each segment that may be classified (wrapped lines and blank ones); a
#: dump with more lines than this many times ``max_segments`` is hostile input.
_LINES_PER_SEGMENT = 8
#: Characters of the kept-whole rest read at a time (then to the end of the line).
_CHUNK_CHARS = 1 << 20
_CONTENT = re.compile(r"\S")


@attrs.frozen
class Segment:
    """Consecutive non-blank lines that belong together, and their surroundings.

    Attributes:
        lines: The segment's lines, all non-blank, in order.
        gap_before: Blank lines between the previous segment (or the start of
            the text) and this one.
        gap_after: Blank lines between this segment and the next one (or the
            end of the text).
        text: The lines' stripped texts joined by one space.
        words: How many words the segment has.
        rest: Whether it is the rest of a dump past ``max_segments``, kept
            whole and not classified; its ``lines`` are then its first and
            last lines only, and ``text`` joins all of them.
    """

    lines: tuple[Line, ...]
    gap_before: int
    gap_after: int
    text: str
    words: int
    rest: bool = False

    @property
    def first(self) -> Line:
        """The segment's first line."""
        return self.lines[0]

    @property
    def last(self) -> Line:
        """The segment's last line."""
        return self.lines[-1]

    @property
    def indent(self) -> int:
        """The indentation of the segment's first line, in columns."""
        return self.lines[0].indent


def segment(document: Document, config: ParserConfig) -> tuple[Segment, ...]:
    """Split the document's lines into segments, in order.

    Only hostile input (a megabyte of one-character lines) has more than
    ``max_segments`` segments, or more lines than a few for each: past them, the
    rest of the dump is one segment, kept whole and read in one pass, so time and
    memory stay bounded.
    """
    most = max(1, config.max_segments)
    lines = document.lines
    examined = lines[: most * _LINES_PER_SEGMENT]
    runs = list(_runs(examined))
    width = wrap_width(runs, config)
    groups: list[list[Line]] = []
    for run in runs:
        for group in _split(run, width, config):
            groups.append(group)
            if len(groups) == most:
                break
        if len(groups) == most:
            break
    after = groups[-1][-1].number if groups else 0
    rest = _rest(document, after) if len(groups) == most or len(examined) < len(lines) else None
    if rest is not None:
        # The rest joins the last segment (or stands alone), kept whole.
        head = groups.pop() if groups else []
        groups.append([*head, rest.first] if head else [rest.first])
    segments = []
    for index, group in enumerate(groups):
        gap_before = group[0].number - 1 if index == 0 else group[0].number - groups[index - 1][-1].number - 1
        if rest is not None and index == len(groups) - 1:
            text = " ".join(part for part in (" ".join(line.stripped for line in group[:-1]), rest.text) if part)
            words = sum(line.words for line in group[:-1]) + rest.words
            first = group[0]
            ends = (first,) if first.number == rest.last.number else (first, rest.last)
            segments.append(Segment(ends, gap_before, len(lines) - rest.last.number, text, words, True))
            break
        following = groups[index + 1][0].number if index + 1 < len(groups) else len(lines) + 1
        gap_after = following - group[-1].number - 1
        text = " ".join(line.stripped for line in group)
        segments.append(Segment(tuple(group), gap_before, gap_after, text, sum(line.words for line in group)))
    return tuple(segments)


@attrs.frozen
class _Rest:
    """The non-blank lines past the segments that are classified: first, last, joined text, words."""

    first: Line
    last: Line
    text: str
    words: int


def _rest(document: Document, after: int) -> _Rest | None:
    """The non-blank lines after line number ``after``, read in one pass; ``None`` when there are none.

    The text is read a chunk of whole lines at a time, in C (split, strip, join), and
    only the first and last non-blank lines are built, so millions of lines cost
    neither a record nor a string each.
    """
    lines, text = document.lines, document.text
    if after >= len(lines):
        return None
    start = lines[after].start
    content = _CONTENT.search(text, start)
    if content is None:
        return None
    first = lines[text.count("\n", 0, content.start())]
    last = lines[text.count("\n", 0, len(text.rstrip()) - 1)]
    pieces: list[str] = []
    words = 0
    position = first.start
    while position < len(text):
        cut = text.find("\n", position + _CHUNK_CHARS)
        cut = len(text) if cut == -1 else cut
        chunk = text[position:cut]
        piece = " ".join(filter(None, map(str.strip, chunk.split("\n"))))
        if piece:
            pieces.append(piece)
        words += word_count(chunk)
        position = cut + 1
    return _Rest(first, last, " ".join(pieces), words)


def wrap_width(runs: Sequence[Sequence[Line]], config: ParserConfig) -> int | None:
    """The column the document is hard-wrapped at, or ``None`` when it is not hard-wrapped.

    A greedy wrap breaks a line where the next word would not fit, so in a
    wrapped document the line breaks inside runs are *full*: the line, a space
    and the next line's first word exceed the width. Prose breaks mid-sentence
    and most words are lower case, so many full breaks are followed by a lower
    case word; lines of a list that happen to have similar widths are not. The
    document is wrapped when most breaks are full and many of those are followed
    by a lower-case word, or when nearly all are full and at least one is.
    """
    breaks = [(line, after) for run in runs for line, after in pairwise(run)]
    if not breaks or len(breaks) < config.wrap_min_breaks:
        return None
    width = max(_width(line) for line, _ in breaks)
    if width > config.wrap_max_width:
        return None
    full = [(line, after) for line, after in breaks if _full(line, after, width)]
    lower = sum(_goes_on(line, after) for line, after in full)
    mostly = len(full) >= config.wrap_full_share * len(breaks) and lower >= config.wrap_lower_share * len(full)
    nearly_all = len(full) >= config.wrap_sure_share * len(breaks) and lower > 0
    return width if mostly or nearly_all else None


def _runs(lines: Sequence[Line]) -> Iterator[list[Line]]:
    """Maximal runs of non-blank lines."""
    run: list[Line] = []
    for line in lines:
        if not line.blank:
            run.append(line)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _split(run: list[Line], width: int | None, config: ParserConfig) -> Iterator[list[Line]]:
    """Split a run of non-blank lines into the segments it holds.

    In a hard-wrapped document a run of three or more lines is judged by its own
    width, since a quoted block is often wrapped narrower than the text around it.
    """
    if width is not None and len(run) >= 3:
        width = min(width, max(_width(line) for line in run[:-1]))
    base = _wire_base(run, config.wire_min_lines)
    group = [run[0]]
    for previous, line in pairwise(run):
        if _continues(previous, line, width, base, config.abbreviations):
            group.append(line)
        else:
            yield group
            group = [line]
    yield group


def _continues(previous: Line, line: Line, width: int | None, base: int | None, abbreviations: frozenset[str]) -> bool:
    """Whether ``line`` carries on the segment ``previous`` is in."""
    if _HANDLE.match(line.stripped):
        return True  # "(@handle) December 1, 2017" ends an attribution the line before began
    if _STANDALONE.match(line.stripped) or _STANDALONE.match(previous.stripped):
        return False
    if line.stripped.startswith(_ITEM_MARK):
        return False  # "・関連記事": a Japanese list's item starts a line of its own, never the rest of one
    if base is not None:
        return line.indent <= base
    if line.indent > previous.indent:
        return False
    broken = not ends_sentence(previous.stripped) or _abbreviated(previous.stripped, abbreviations)
    if broken and starts_lower(line.stripped):
        return True
    return width is not None and line.indent == previous.indent and _full(previous, line, width)


def _wire_base(run: list[Line], wire_min_lines: int) -> int | None:
    """The continuation indentation of a run in the wire layout, or ``None``.

    In the wire layout each paragraph's first line is indented deeper than its
    continuation lines and no blank line separates paragraphs. The run is taken
    to be in it when it starts with a deeper line, has lines at the shallow
    indentation that follow another line, and most of those go on in lower case
    or follow a full line (one their first word would not have fitted on).
    """
    base = min(line.indent for line in run)
    if len(run) < wire_min_lines or run[0].indent == base:
        return None
    continued = [(previous, line) for previous, line in pairwise(run) if line.indent == base]
    if not continued:
        return None
    # The width the lines were wrapped at shows on the lines that were continued, not on a
    # title standing unwrapped between paragraphs.
    width = max(_width(previous) for previous, _ in continued)
    carried = sum(starts_lower(line.stripped) or _full(previous, line, width) for previous, line in continued)
    return base if 2 * carried > len(continued) else None


# Lines that never carry on a sentence: a web address, an "@highlight" marker, a wire "--" header.
_STANDALONE = re.compile(r"(?:https?://|www\.)\S+$|@highlight$|--(?:\s|$)", re.IGNORECASE)
# An embedded post's attribution broken before its handle: "(@Steffs_tweets) December 1, 2017".
_HANDLE = re.compile(r"\(@\w{1,15}\)")
# The katakana middle dot: a list item's mark at the start of a Japanese line.
_ITEM_MARK = "・"


def _abbreviated(text: str, abbreviations: frozenset[str]) -> bool:
    """Whether ``text`` ends with an abbreviation's full stop (``Dallas Police Dept.``), not a sentence's."""
    last = text.rsplit(maxsplit=1)[-1]
    return last.endswith(".") and last[:-1].casefold() in abbreviations


def _width(line: Line) -> int:
    return len(line.text.rstrip())


def _goes_on(line: Line, after: Line) -> bool:
    """Whether ``after`` reads as the rest of a sentence ``line`` broke off.

    It starts lower case; or, in a script without case, ``line`` ends in no
    sentence mark.
    """
    text = after.stripped
    return starts_lower(text) or (starts_caseless(text) and not ends_sentence(line.stripped))


def _full(line: Line, after: Line, width: int) -> bool:
    """Whether ``after``'s first word would not have fitted on ``line`` at ``width``.

    In a script written without spaces (Chinese, Japanese, Thai ...) a wrap may
    break between any two words, with no space between them: the first word is
    then a word's length of characters.
    """
    unspaced = starts_unspaced(after.stripped)
    if unspaced:
        return _width(line) + unspaced > width
    first_word = after.stripped.split(maxsplit=1)[0]
    return _width(line) + 1 + len(first_word) > width
