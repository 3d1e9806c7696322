"""Highlights: summary bullets that are not the article's prose."""

from __future__ import annotations

from articleparse._classify._state import Label, Labels, State
from articleparse._config import compiled
from articleparse._roles import Role

__all__ = ["at_highlight", "marked_lists"]

_AT_HIGHLIGHT = "@highlight"
# Case folding never doubles a line's length, so a longer line is never the marker.
_MARKER_MAX_CHARS = 2 * len(_AT_HIGHLIGHT)


def at_highlight(state: State) -> Labels:
    """Label each ``@highlight`` line and the summary sentence after it (CNN ``.story`` files)."""
    for index, segment in enumerate(state.segments):
        # Only a line of the marker's length can be the marker: a long segment is never folded.
        if len(segment.text) > _MARKER_MAX_CHARS or segment.text.casefold() != _AT_HIGHLIGHT or not state.free(index):
            continue
        yield Label(index, Role.HIGHLIGHT)
        following = index + 1
        if following < len(state.segments) and state.free(following):
            yield Label(following, Role.HIGHLIGHT)


def marked_lists(state: State) -> Labels:
    """Label a ``Story highlights`` or ``Key points`` line and the short lines that follow it.

    The list ends at the first block that reads as prose or is already labelled.
    """
    config = state.config
    for index, segment in enumerate(state.segments):
        marker = compiled(config).highlight.match(segment.text)
        if not state.free(index) or marker is None or segment.words > len(marker.split()) + 1:
            continue
        yield Label(index, Role.HIGHLIGHT)
        following = index + 1
        while (
            following < len(state.segments)
            and state.free(following)
            and state.segments[following].words <= config.title_max_words
            and not (state.prose[following] and state.segments[following].gap_before > 1)
            and following - index <= config.highlight_max_items
        ):
            yield Label(following, Role.HIGHLIGHT)
            following += 1
