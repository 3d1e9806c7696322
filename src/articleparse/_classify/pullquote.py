"""Pull quotes: a sentence of the body shown again, set in large type."""

from __future__ import annotations

import re
from collections import defaultdict

from articleparse._classify._state import Label, Labels, State
from articleparse._roles import Role

__all__ = ["repeats_body"]

_WORD = re.compile(r"\w+")


def _triples(text: str) -> set[tuple[str, str, str]]:
    words = _WORD.findall(text.casefold())
    return set(zip(words, words[1:], words[2:], strict=False))


def repeats_body(state: State) -> Labels:
    """Label a block whose words mostly repeat a longer block of the body boilerplate.

    Pull quotes are often edited (words replaced in brackets, cut with an
    ellipsis), so the test is the share of the block's word triples found in
    one longer block, not an exact match. A pull quote stands between the
    paragraphs of a body that separates them with blank lines: prose and a
    blank line above it, the next paragraph right under it. A sentence repeated
    as a paragraph of its own (an author restating the introduction), or in a
    dump without blank lines, is prose.
    """
    segments = state.segments
    config = state.config
    candidates = [
        index
        for index, segment in enumerate(segments)
        if state.free(index)
        and config.pull_quote_min_words <= segment.words <= config.pull_quote_max_words
        and _set_between_paragraphs(state, index)
    ]
    if not candidates:
        return
    # Only the candidates' triples are indexed: where each shows, over the whole dump (one pass,
    # no triple set kept per segment), so memory grows with the candidates, not with the dump.
    asked = {index: _triples(segments[index].text) for index in candidates}
    wanted = set().union(*asked.values())
    where: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for index, segment in enumerate(segments):
        if segment.rest:
            continue  # the rest of hostile input, kept whole: no body to repeat
        words = _WORD.findall(segment.text.casefold())
        for triple in zip(words, words[1:], words[2:], strict=False):
            if triple in wanted:
                where[triple].add(index)
    for index, found in asked.items():
        segment = segments[index]
        shared: dict[int, int] = defaultdict(int)
        for triple in found:
            if len(where[triple]) > config.stock_phrase_blocks:
                continue
            for other in where[triple]:
                if other != index and segments[other].words > segment.words:
                    shared[other] += 1
        best = max(shared.values(), default=0)
        if found and best >= config.pull_quote_overlap * len(found):
            yield Label(index, Role.BOILERPLATE)


def _set_between_paragraphs(state: State, index: int) -> bool:
    """Whether segment ``index`` sits on top of a paragraph, between paragraphs set apart by blank lines."""
    segments = state.segments
    if index == 0 or index + 1 >= len(segments):
        return False
    segment, below = segments[index], segments[index + 1]
    above_is_prose = state.body_like(index - 1)
    return above_is_prose and segment.gap_before > 0 and segment.gap_after == 0 and below.gap_after > 0
