"""The body: paragraphs, subheadings, and paragraphs broken across blank lines."""

from __future__ import annotations

import re

from articleparse._classify._state import Label, Labels, State
from articleparse._classify.shapes import is_dateline_alone
from articleparse._roles import Role
from articleparse._text import ends_sentence, final_mark, starts_lower

__all__ = ["continued_across_blank_lines", "paragraphs", "subheadings"]

# "1. The man lies all the time.", "3) Conversion tests", "IV. The party": a numbered heading.
_NUMBERED = re.compile(r"(?:\(?\d{1,3}[.)]|[IVXL]{1,5}\.)\s+\S")
# An embedded post's attribution, "— Name (@handle) date", is prose.
_ATTRIBUTION = re.compile(r"\(@\w{1,15}\)")
# The question and exclamation marks of the scripts: a line ending in one right above text may head it.
_ASKED = frozenset("!?！？؟")
# What may stand between a heading and the text it heads: a picture's caption, a rule.
_BETWEEN = frozenset({Role.CAPTION, Role.BOILERPLATE})
# What a heading may head: prose, a list, or a lower heading.
_HEADED = frozenset({Role.PARAGRAPH, Role.LIST_ITEM, Role.SUBHEADING})


def continued_across_blank_lines(state: State) -> Labels:
    """Join a paragraph broken off mid-sentence to its continuation after blank lines.

    Some dumps put blank lines inside a wrapped paragraph: a long line that does
    not end a sentence, then, after a blank line, a line going on in lower case.
    A wire dateline left alone on its line (``WASHINGTON, D.C. –``) begins the
    paragraph below it.
    """
    segments = state.segments
    for index in range(len(segments) - 1):
        line, after = segments[index], segments[index + 1]
        if not (state.free(index + 1) and (state.free(index) or state.roles[index] is Role.PARAGRAPH)):
            continue
        if not (state.in_body(index) and state.in_body(index + 1)):
            continue
        if is_dateline_alone(line.text) and after.words >= state.config.wrapped_min_words:
            if state.free(index):
                yield Label(index, Role.PARAGRAPH)
            yield Label(index + 1, Role.PARAGRAPH, joins=True)
            continue
        if line.words < state.config.wrapped_min_words or ends_sentence(line.text) or final_mark(line.text) in ":;":
            continue
        if after.gap_before > 0 and starts_lower(after.text):
            if state.free(index):
                yield Label(index, Role.PARAGRAPH)
            yield Label(index + 1, Role.PARAGRAPH, joins=True)


def subheadings(state: State) -> Labels:
    """Label headings inside the body: short title lines set apart above prose.

    A subheading follows a blank line and heads a body paragraph: a short line
    that does not end a sentence, a numbered heading (``2. It is actually not
    all about the candidate.``), or a short question or exclamation with its
    paragraph right under it (``But she deleted 33,000 emails!``). In dumps
    written one paragraph a line, without blank lines, short lines are prose.
    """
    segments = state.segments
    start = state.body_start()
    for index in range(len(segments) - 2, -1, -1):  # from the end, so a heading can head a heading
        segment = segments[index]
        numbered = _NUMBERED.match(segment.text) is not None
        longest = state.config.title_max_words if numbered else state.config.heading_max_words
        if not state.free(index) or segment.gap_before == 0 or segment.words > longest or index < start:
            continue
        if not state.in_body(index):
            continue
        if len(segment.lines) != 1 or _ATTRIBUTION.search(segment.text) or not _heads_something(state, index):
            continue
        mark = final_mark(segment.text)
        ended = ends_sentence(segment.text) or mark in ":;,"
        if numbered or not ended or (mark in _ASKED and segment.gap_after == 0):
            yield Label(index, Role.SUBHEADING)


def _heads_something(state: State, index: int) -> bool:
    """Whether the first block after ``index``, past captions and rules, is prose, a list or a heading."""
    for following in range(index + 1, len(state.segments)):
        role = state.roles[following]
        if role in _BETWEEN:
            continue
        if role is None:  # free: prose, or a longer line the paragraph rule will take
            return state.prose[following] or state.segments[following].words >= state.config.wrapped_min_words
        return role in _HEADED
    return False


def paragraphs(state: State) -> Labels:
    """Label the free segments of the body zone paragraphs.

    Prose in the body zone is a paragraph, and so is whatever follows the
    first prose there (a match report's line-ups and attendance after its last
    paragraph). Before the first paragraph, a sentence that lost its final
    mark (``Japanese brewers are increasingly making money from ...``) is one.
    Outside the body zone nothing is: page chrome above the article and
    comments, teasers and footers below it fit no role.
    """
    start = state.body_start()
    for index in state.zones.body:
        if not state.free(index):
            continue
        intro = index < start and state.segments[index].words >= state.config.wrapped_min_words
        if state.prose[index] or index >= start or intro:
            yield Label(index, Role.PARAGRAPH)
