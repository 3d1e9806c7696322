"""Source lines: the credit that closes an article (``SOURCE: ...``)."""

from __future__ import annotations

import re

from articleparse._classify._state import State
from articleparse._config import ParserConfig
from articleparse._roles import Role
from articleparse._text import ends_sentence

__all__ = ["labelled", "set_off_credit", "source_label"]


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


def set_off_credit(state: State) -> None:
    """Label a short line set off after the body by a run of blank lines a source line.

    Dumps close the body with two or more blank lines; a short unpunctuated line
    after such a run, after some prose, with nothing but promos after it (or
    nothing at all), is the credit even without a label. Blank lines alone do not
    make a credit: a related link set off inside the body stays a link.
    """
    config = state.config
    seen_prose = False
    for index, segment in enumerate(state.segments):
        if (
            seen_prose
            and state.free(index)
            and len(segment.lines) == 1
            and segment.gap_before >= config.section_gap
            and segment.words <= config.credit_max_words
            and not ends_sentence(segment.text)
            and _rest_is_promo(state, index + 1)
        ):
            state.label(index, Role.SOURCE)
        seen_prose = seen_prose or ends_sentence(segment.text)


def _rest_is_promo(state: State, start: int) -> bool:
    return all(state.roles[index] is Role.PROMO for index in range(start, len(state.segments)))
