"""The body: the article's own prose."""

from __future__ import annotations

from articleparse._classify._state import State
from articleparse._roles import Role

__all__ = ["remaining_prose"]


def remaining_prose(state: State) -> None:
    """Label every segment no furniture rule claimed a paragraph."""
    for index in range(len(state.segments)):
        if state.free(index):
            state.label(index, Role.PARAGRAPH)
