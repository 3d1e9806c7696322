"""The standfirst: the dek under the headline, set apart by layout."""

from __future__ import annotations

from collections import Counter

from articleparse._classify._state import Label, Labels, State
from articleparse._roles import Role
from articleparse._text import ends_sentence

__all__ = ["before_byline", "set_apart_by_indent"]

_HEADER_ROLES = frozenset({Role.BYLINE, Role.TIMESTAMP})


def _candidate(state: State) -> int | None:
    """The segment right after the headline, when it could be a standfirst."""
    headline = next(state.indexes(Role.HEADLINE), None)
    if headline is None or headline + 1 >= len(state.segments):
        return None
    index = headline + 1
    segment = state.segments[index]
    if not state.free(index) or segment.words < state.config.standfirst_min_words or not ends_sentence(segment.text):
        return None
    return index


def set_apart_by_indent(state: State) -> Labels:
    """Label the block after the headline a standfirst when its indentation differs from the body's.

    The body's indentation is the one most segments after it share, and the
    difference must be at least two columns. Without such a cue a first
    sentence is a paragraph.
    """
    index = _candidate(state)
    # A whole page rendered with its own layout's indentation gives no such cue.
    if index is None or state.zones.page_like:
        return
    indents = Counter(segment.indent for segment in state.segments[index + 1 :])
    if indents and abs(state.segments[index].indent - indents.most_common(1)[0][0]) >= state.config.indent_cue:
        yield Label(index, Role.STANDFIRST)


def before_byline(state: State) -> Labels:
    """Label the block between the headline and a byline or timestamp a standfirst."""
    index = _candidate(state)
    if index is not None and index + 1 < len(state.segments) and state.roles[index + 1] in _HEADER_ROLES:
        yield Label(index, Role.STANDFIRST)
