"""Promos: teasers for other stories after the article."""

from __future__ import annotations

from articleparse._classify._state import Label, Labels, State
from articleparse._classify.features import Furniture
from articleparse._roles import Role
from articleparse._text import ends_sentence, full_stop, squash

__all__ = ["more_stories", "trailing_teasers"]


def trailing_teasers(state: State) -> Labels:
    """Label the run of teasers that closes a dump: a title, the title again, a one-sentence blurb.

    Walking back from the end, each teaser becomes one promo block; the walk
    stops at the first segments that are not a teaser, so a repeated title
    followed by more of the article stays out.
    """
    segments = state.segments
    end = len(segments)
    while end >= 3 and all(state.free(index) for index in range(end - 3, end)):
        title, again, blurb = segments[end - 3 : end]
        if not (
            squash(title.text) == squash(again.text)
            and title.words <= state.config.title_max_words
            and not full_stop(title.text)
            and ends_sentence(blurb.text)
            and squash(blurb.text) != squash(title.text)
        ):
            break
        yield Label(end - 3, Role.PROMO)
        yield Label(end - 2, Role.PROMO, joins=True)
        yield Label(end - 1, Role.PROMO, joins=True)
        end -= 3


def more_stories(state: State) -> Labels:
    """Label a ``More from ...`` or ``Most read`` line after the body, and the short titles after it."""
    config = state.config
    # The last segment that reads as the article, found once: a marker before it is not a trailer's.
    last_body = state.body_end() - 1
    for index in range(state.body_start() + 1, len(state.segments)):
        segment = state.segments[index]
        if (
            not state.free(index)
            or segment.words > config.marker_max_words
            or Furniture.PROMO not in state.features[index].vocabulary
        ):
            continue
        if last_body > index:
            continue  # the article goes on: not a trailing list
        yield Label(index, Role.PROMO)
        for later in range(index + 1, len(state.segments)):
            if state.free(later) and state.segments[later].words <= config.title_max_words:
                yield Label(later, Role.PROMO)
        return
