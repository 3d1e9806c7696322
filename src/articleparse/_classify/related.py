"""Related-story links placed between the body's paragraphs."""

from __future__ import annotations

from articleparse._classify._state import State
from articleparse._roles import Role
from articleparse._text import final_mark

__all__ = ["short_title_between_paragraphs"]

# A line that ends in one of these is prose or introduces what follows, not a title.
_NOT_TITLE_END = frozenset(".!?…:;,")


def short_title_between_paragraphs(state: State) -> None:
    """Label a short unpunctuated line a related link when body prose stands on both sides of it."""
    prose = [state.free(index) and _is_prose(state, index) for index in range(len(state.segments))]
    seen_prose = False
    remaining = sum(prose)
    for index, segment in enumerate(state.segments):
        if prose[index]:
            seen_prose = True
            remaining -= 1
            continue
        if (
            seen_prose
            and remaining
            and state.free(index)
            and len(segment.lines) == 1
            and segment.words <= state.config.title_max_words
            and final_mark(segment.text) not in _NOT_TITLE_END
        ):
            state.label(index, Role.RELATED)


def _is_prose(state: State, index: int) -> bool:
    return final_mark(state.segments[index].text) in {".", "!", "?", "…"}
