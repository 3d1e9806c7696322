"""The headline: a short, title-shaped first line."""

from __future__ import annotations

from articleparse._classify._state import State
from articleparse._roles import Role
from articleparse._text import final_mark, sentence_breaks, title_cased

__all__ = ["first_line_title"]


def first_line_title(state: State) -> None:
    """Label the first segment a headline when it is one short line that does not end a sentence with a full stop.

    A question mark, an exclamation mark, a closing quote or an ellipsis may end
    a headline; a full stop after a complete sentence marks prose, and so does a
    sentence ending inside the line, unless the line is in Title Case (``You've
    Been Accepted to Columbia. Oops, Our Error.``). A body-only dump's first
    paragraph is never promoted.
    """
    if not state.segments or not state.free(0):
        return
    first = state.segments[0]
    if len(first.lines) != 1 or first.words > state.config.headline_max_words:
        return
    if final_mark(first.text) == "." and not first.text.rstrip().endswith(".."):
        return
    if sentence_breaks(first.text, state.config.abbreviations) and not title_cased(first.text):
        return
    state.label(0, Role.HEADLINE)
