"""Boilerplate: separators, share and subscribe prompts, and what is left outside the body."""

from __future__ import annotations

import re

from articleparse._classify._state import State
from articleparse._classify.features import Furniture
from articleparse._classify.shapes import is_breadcrumb
from articleparse._roles import Role

__all__ = ["leftovers", "prompts", "separators"]

# "* * *", "-----", "___", "• • •": three or more marks and nothing else.
_SEPARATOR = re.compile(r"(?:[^\w\s]|_)(?:\s*(?:[^\w\s]|_)){2,}")


def separators(state: State) -> None:
    """Label section breaks and rules (``* * *``, ``-----``) boilerplate."""
    for index, segment in enumerate(state.segments):
        if state.free(index) and len(segment.lines) == 1 and _SEPARATOR.fullmatch(segment.text):
            state.label(index, Role.BOILERPLATE)


def prompts(state: State) -> None:
    """Label share, follow, subscribe and advertisement prompts, and navigation trails, boilerplate."""
    for index, segment in enumerate(state.segments):
        if not state.free(index) or segment.words > state.config.prompt_max_words:
            continue
        if Furniture.BOILERPLATE in state.features[index].vocabulary or is_breadcrumb(segment.text):
            state.label(index, Role.BOILERPLATE)


def leftovers(state: State) -> None:
    """Label every segment no rule claimed boilerplate: text that fits no role is kept, never dropped."""
    for index in range(len(state.segments)):
        if state.free(index):
            state.label(index, Role.BOILERPLATE)
