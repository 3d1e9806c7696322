"""Plain concatenations: one-article dumps joined by form feeds, or by a separator line repeated between them.

These layouts carry no fields of their own, so their evidence is the parts
themselves: a split holds only when every part reads as a whole article (a
headline and a body), which the builder checks by parsing each. A separator must
stand between parts at least twice: one rule line under a headline or inside a
story is not a boundary, and a story cut by section breaks has parts without
headlines.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from articleparse._errors import Diagnostic, DiagnosticCode
from articleparse._exports._plan import Entry, Kind, Plan, furniture
from articleparse._model import Dump, ExportLayout
from articleparse._normalize import Document, Line

__all__ = [
    "MAX_PARTS",
    "SEPARATOR",
    "TooManyParts",
    "form_feed_plans",
    "form_feeds_apply",
    "separator_plans",
    "separators_apply",
]

FORM_FEED = "\f"
# A separator line: a rule drawn with one of the characters people type rules with, three times or more,
# with single spaces between or none ("-----", "=====", "* * *", "~~~~"). Dots ("...", ". . .") elide; stars
# and chevrons ("★★★★", "»»»") rate and point; neither separates articles. Up to 500 marks (the longest
# rule of 3,760 real dumps has 99): unbounded, the regex engine keeps ~170 bytes per mark of a long line.
SEPARATOR = re.compile(r"([-=_*~#+])(?:[ \t]?\1){2,500}")
_PRECHECK = re.compile(r"^[ \t]*([-=_*~#+])(?:[ \t]?\1){2,500}[ \t]*$", re.MULTILINE)
# The characters separator lines are drawn with.
_MARKS = "-=_*~#+"
# A separator stands between parts at least this many times.
_MIN_SEPARATORS = 2
# Candidate separators tried, the most frequent first.
_MAX_CANDIDATES = 3
# The most parts a plain concatenation is split into: twice the 10,000 articles of the largest
# export benchmarked; a file of more breaks (a megabyte of form feeds) is no concatenation of
# articles, and its plan would cost a record a line. It is read as one article, with a
# too_many_parts diagnostic.
MAX_PARTS = 20_000


class TooManyParts(Exception):
    """A plain concatenation of more parts than :data:`MAX_PARTS`: the file is not split, and says so."""

    def __init__(self, layout: ExportLayout, parts: int) -> None:
        super().__init__(layout, parts)
        self.layout = layout
        self.parts = parts

    def noted(self, dump: Dump) -> Dump:
        """``dump`` (the file read as one article) with a diagnostic saying why it was not split."""
        joins = "form feeds" if self.layout is ExportLayout.FORM_FEEDS else "separator lines"
        message = (
            f"the file holds {self.parts:,} parts joined by {joins}, more than the {MAX_PARTS:,} "
            "parse_all splits: it was read as one article"
        )
        first = dump.articles[0]
        diagnostics = (Diagnostic(DiagnosticCode.TOO_MANY_PARTS, message), *first.diagnostics)
        return attrs.evolve(dump, articles=(attrs.evolve(first, diagnostics=diagnostics), *dump.articles[1:]))


def form_feeds_apply(text: str) -> bool:
    """Whether the normalised ``text`` holds a form feed."""
    return FORM_FEED in text


def separators_apply(text: str) -> bool:
    """Whether the normalised ``text`` holds separator lines, twice at least."""
    if not any(mark * 3 in text or f"{mark} {mark} {mark}" in text for mark in _MARKS):  # a substring search is fast
        return False
    return sum(1 for _ in itertools.islice(_PRECHECK.finditer(text), _MIN_SEPARATORS)) == _MIN_SEPARATORS


def form_feed_plans(document: Document) -> list[Plan]:
    """The split of ``document`` at its form feeds, or none.

    A form feed opening a line (in its indentation) starts a part there; one
    closing a line (after its text) ends a part there; one inside a line's text
    is no boundary.
    """
    lines = document.lines
    cuts: list[int] = []  # a part begins at each of these lines
    over = 0  # cuts past the most parts split: counted, not kept
    for index, line in enumerate(lines):
        if FORM_FEED not in line.text:
            continue
        if line.blank or FORM_FEED in line.text[: line.lead]:
            cut = index
        elif FORM_FEED in line.text[line.lead + len(line.stripped) :]:
            cut = index + 1
        else:
            continue
        if len(cuts) < MAX_PARTS - 1:  # the parts are the cuts and the part before the first
            cuts.append(cut)
        else:
            over += 1
    if over:
        raise TooManyParts(ExportLayout.FORM_FEEDS, len(cuts) + over + 1)
    return _plans(lines, ExportLayout.FORM_FEEDS, cuts, set())


def separator_plans(document: Document) -> list[Plan]:
    """The splits of ``document`` at a repeated separator line, the most frequent separator first."""
    lines = document.lines
    counts = Counter(line.stripped for line in lines if SEPARATOR.fullmatch(line.stripped))
    candidates = [text for text, count in counts.most_common(_MAX_CANDIDATES) if count >= _MIN_SEPARATORS]
    found = []
    most = 0  # the most separators of a candidate that had too many
    for text in candidates:
        separators = [index for index, line in enumerate(lines) if line.stripped == text]
        if len(separators) >= MAX_PARTS:
            most = max(most, len(separators))
            continue
        # A part begins after each separator; the separator closes the part before it.
        plan = _plans(lines, ExportLayout.SEPARATOR_LINES, [index + 1 for index in separators], set(separators))
        found.extend(plan)
    if most and not found:
        raise TooManyParts(ExportLayout.SEPARATOR_LINES, most + 1)
    return found


def _plans(lines: Sequence[Line], layout: ExportLayout, cuts: list[int], closers: set[int]) -> list[Plan]:
    """The parts between ``cuts``; parts without content join the part before (or, first, the preamble)."""
    bounds = sorted({0, *cuts, len(lines)})
    parts = [(start, stop) for start, stop in itertools.pairwise(bounds) if start < stop]
    entries: list[Entry] = []
    preamble = 0
    for start, stop in parts:
        content = [index for index in range(start, stop) if not lines[index].blank and index not in closers]
        marks = tuple(furniture(lines, index, index, Kind.MARK) for index in range(start, stop) if index in closers)
        if not content:
            if entries:
                last = entries[-1]
                entries[-1] = Entry(last.first, stop - 1, last.furniture + marks, last.body)
            else:
                preamble = stop
            continue
        body = (lines[content[0]].start, lines[content[-1]].end)
        entries.append(Entry(start, stop - 1, marks, body))
    if len(entries) < 2:
        return []
    return [Plan(layout, preamble, tuple(entries), whole_dumps=True)]
