"""Promos: teasers for other stories after the article."""

from __future__ import annotations

from articleparse._classify._state import State
from articleparse._roles import Role
from articleparse._text import ends_sentence, squash

__all__ = ["trailing_teasers"]


def trailing_teasers(state: State) -> None:
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
            and ends_sentence(blurb.text)
            and squash(blurb.text) != squash(title.text)
        ):
            break
        state.label(end - 3, Role.PROMO)
        state.label(end - 2, Role.PROMO, joins=True)
        state.label(end - 1, Role.PROMO, joins=True)
        end -= 3
