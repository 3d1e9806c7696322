"""The standfirst: the dek under the headline, set apart by layout."""

from __future__ import annotations

from collections import Counter

from articleparse._classify._state import State
from articleparse._roles import Role
from articleparse._text import ends_sentence

__all__ = ["set_apart_by_indent"]


def set_apart_by_indent(state: State) -> None:
    """Label the block after the headline a standfirst when its indentation differs from the body's.

    The body's indentation is the one most segments after it share. Without
    such a cue a first sentence is a paragraph.
    """
    headline = next(state.indexes(Role.HEADLINE), None)
    if headline is None or headline + 1 >= len(state.segments):
        return
    index = headline + 1
    candidate = state.segments[index]
    if not state.free(index) or candidate.words < state.config.standfirst_min_words:
        return
    if not ends_sentence(candidate.text):
        return
    indents = Counter(segment.indent for segment in state.segments[index + 1 :])
    if not indents:
        return
    body_indent, _ = indents.most_common(1)[0]
    if candidate.indent != body_indent:
        state.label(index, Role.STANDFIRST)
