"""Source lines: the credit that closes an article (``SOURCE: ...``)."""

from __future__ import annotations

import re

from articleparse._classify._state import State
from articleparse._config import ParserConfig
from articleparse._roles import Role

__all__ = ["labelled", "source_label"]


def source_label(config: ParserConfig) -> re.Pattern[str]:
    """The pattern of a labelled source line: ``label: text``, the label one of the configured ones."""
    labels = "|".join(re.escape(label) for label in config.source_labels)
    return re.compile(rf"(?P<label>{labels})[ \t]*:[ \t]*(?P<text>\S.*)", re.IGNORECASE | re.DOTALL)


def labelled(state: State) -> None:
    """Label every free one-line segment that opens with a source label."""
    pattern = source_label(state.config)
    for index, segment in enumerate(state.segments):
        if state.free(index) and len(segment.lines) == 1 and pattern.fullmatch(segment.text):
            state.label(index, Role.SOURCE)
