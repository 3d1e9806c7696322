"""List items: bulleted, numbered, ``Label: value`` and runs of short parallel lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from articleparse._classify._state import State
from articleparse._roles import Role
from articleparse._text import final_mark

__all__ = ["bulleted", "definitions", "dense_blocks", "is_bulleted", "numbered", "short_runs"]

# "- item", "• item", "– item", "* item": a bullet, white space (optional after "•"), text.
_BULLET = re.compile(r"(?:[-–—*▪►○●◦■□✓✔→>]\s+|[•·]\s*)\S")
# An embedded post's attribution, "— Name (@handle) December 1, 2017", is prose, not an item.
_ATTRIBUTION = re.compile(r"[-–—]\s*.*\(@\w+\)")
# "1. ", "2) ", "(3) ", "#4 ", "a) ", "IV. "
_NUMBER = re.compile(r"(?:\(?\d{1,3}[.)]|\(\d{1,3}\)|#\d{1,3}|\(?[a-z][)]|[IVXL]{1,5}\.)\s+\S")
# "Magnetic field: Mars has no global field." A label of one to five words, a colon, a value.
_DEFINITION = re.compile(r"[A-Z][\w'’&/()-]*(?:\s+[\w'’&/()-]+){0,4}\s?:\s+\S")


def is_bulleted(text: str) -> bool:
    """Whether ``text`` opens with a list bullet (and is not an embedded post's attribution)."""
    return _BULLET.match(text) is not None and _ATTRIBUTION.match(text) is None


def bulleted(state: State) -> None:
    """Label every segment that opens with a bullet a list item."""
    for index, segment in enumerate(state.segments):
        if state.free(index) and state.in_body(index) and is_bulleted(segment.text):
            state.label(index, Role.LIST_ITEM)


def numbered(state: State) -> None:
    """Label numbered segments next to other numbered segments list items.

    A numbered line followed by prose instead is a numbered subheading
    (``3. U.S. presidents are by design not kings.``), left to the body rules.
    """
    marks = [_NUMBER.match(segment.text) is not None for segment in state.segments]
    for index in range(len(state.segments)):
        neighbours = (index > 0 and marks[index - 1]) or (index + 1 < len(marks) and marks[index + 1])
        if state.free(index) and state.in_body(index) and marks[index] and neighbours:
            state.label(index, Role.LIST_ITEM)


def definitions(state: State) -> None:
    """Label two or more ``Label: value`` lines in a row list items (a fact box)."""
    for run in _runs(state, lambda i: state.in_body(i) and _is_definition(state, i)):
        if len(run) >= 2:
            for index in run:
                state.label(index, Role.LIST_ITEM)


def short_runs(state: State) -> None:
    """Label runs of short unpunctuated lines inside the body list items.

    A run counts when it has at least ``list_min_items`` lines, or two when the
    line before it ends with a colon (``based on:``) and so introduces it. One
    line after a colon is a title (of a quoted article, say), not a list.
    """
    config = state.config
    start = state.body_start()
    for run in _runs(state, lambda i: i > start and state.in_body(i) and _is_short_item(state, i)):
        introduced = final_mark(state.segments[run[0] - 1].text) == ":"
        if len(run) >= config.list_min_items or (introduced and len(run) >= 2):
            for index in run:
                state.label(index, Role.LIST_ITEM)


def dense_blocks(state: State) -> None:
    """Label the lines of a block written without blank lines, among paragraphs that have them, as a list.

    In a dump whose paragraphs are separated by blank lines (two or more prose
    paragraphs stand alone), lines run together, at least three and most of
    them not prose, are a list (``Name, role`` lines
    under ``Heading (N)`` headings). Short lines without a comma that head
    other lines are its subheadings.
    """
    segments = state.segments
    alone = [i for i in range(len(segments)) if state.body_like(i) and _standing_alone(state, i)]
    if len(alone) < 2:
        return  # no paragraphs set apart by blank lines: lines run together are just the body's
    index = 0
    while index < len(segments):
        end = index + 1
        while end < len(segments) and segments[end].gap_before == 0:
            end += 1
        short_lines = [i for i in range(index, end) if state.free(i) and state.in_body(i) and not state.prose[i]]
        # The list runs from its first short line to its last: prose around them is not in it.
        block = [i for i in range(short_lines[0], short_lines[-1] + 1) if state.free(i)] if short_lines else []
        block = [i for i in block if state.in_body(i)]
        set_apart = segments[index].gap_before > 0 and (index == 0 or _standing_alone(state, index - 1))
        short = len(short_lines)
        if set_apart and short >= state.config.list_min_items and 2 * short > len(block):
            for position, member in enumerate(block):
                text = segments[member].text
                heads = position + 1 < len(block) and segments[member].words <= state.config.list_heading_max_words
                if heads and "," not in text and final_mark(text) not in ".:;,":
                    state.label(member, Role.SUBHEADING)
                else:
                    state.label(member, Role.LIST_ITEM)
        index = end


def _standing_alone(state: State, index: int) -> bool:
    """Whether segment ``index`` stands alone between blank lines, as paragraphs around a list do."""
    segment = state.segments[index]
    return segment.gap_before > 0 and segment.gap_after > 0


def _is_short_item(state: State, index: int) -> bool:
    segment = state.segments[index]
    return (
        state.free(index)
        and not state.prose[index]
        and len(segment.lines) == 1
        and segment.words <= state.config.list_item_max_words
        and final_mark(segment.text) not in ":;"
    )


def _is_definition(state: State, index: int) -> bool:
    """``Label: value``, or a bare ``Label:`` line, or the value line under one."""
    if not state.free(index):
        return False
    segments = state.segments
    text = segments[index].text
    if _DEFINITION.match(text) is not None and not text.split(":", 1)[0].isupper():
        return True
    return _bare_label(segments[index].text) or (index > 0 and _bare_label(segments[index - 1].text))


def _bare_label(text: str) -> bool:
    """``Atmospheric composition (by volume):``: a short label waiting for its value on the next line."""
    return text.endswith(":") and len(text.split()) <= 5 and text[:1].isupper()


def _runs(state: State, member: Callable[[int], bool]) -> Iterator[list[int]]:
    """Maximal runs of consecutive segments for which ``member(index)`` holds."""
    run: list[int] = []
    for index in range(len(state.segments)):
        if member(index):
            run.append(index)
        elif run:
            yield run
            run = []
    if run:
        yield run
