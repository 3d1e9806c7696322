"""The headline: a short, title-shaped line just above the body."""

from __future__ import annotations

from articleparse._classify._state import Label, Labels, State
from articleparse._classify.zones import headline_shaped
from articleparse._roles import Role

__all__ = ["first_line_title", "near_the_body"]

# How many address and date lines a dump may open with above its headline: its address, its date
# and a time or an update on a line of its own.
_HEADER_LINES = 3


def near_the_body(state: State) -> Labels:
    """Label the headline the zones found above the body.

    In a page dump that is the line repeating the page title from the top of
    the dump (``Headline | Site``), or else the nearest headline-shaped line
    above the body, past bylines, dates and captions.
    """
    headline = state.zones.headline
    if headline is not None and headline > 0 and state.free(headline):
        yield Label(headline, Role.HEADLINE)


def first_line_title(state: State) -> Labels:
    """Label the first segment a headline when it is a short line shaped like a title.

    A headline broken over two lines is one headline. The dump must go on after
    it: a first paragraph is never promoted. A dump may open with its own
    address and the day it was published, in either order, with or without
    blank lines between them; the headline is then the line under them.
    """
    if any(state.roles[index] is Role.HEADLINE for index in range(len(state.segments))):
        return
    segments = state.segments
    # A dump may open with its own address and the day it was published: the headline follows.
    index = 0
    while index < min(len(segments), _HEADER_LINES) and (
        state.roles[index] is Role.URL or state.features[index].date_line
    ):
        index += 1
    # In a page dump whose body lies far down, the first line is the page's, not the story's.
    if (
        len(segments) < index + 2
        or not state.free(index)
        or state.zones.body.start > index + state.config.header_max_segments
    ):
        return
    if headline_shaped(segments[index], state.features[index], state.config, first=True):
        yield Label(index, Role.HEADLINE)
