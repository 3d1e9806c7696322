"""Segments to roles: the classifier's rule chain.

Each rule is a small function over the :class:`~articleparse._classify._state.State`
that labels the segments it recognises and leaves the rest to later rules. The
order below is the whole classifier: read it top to bottom.
"""

from __future__ import annotations

from articleparse._classify import body, headline, promo, related, source, standfirst
from articleparse._classify._state import Group, Rule, State
from articleparse._config import ParserConfig
from articleparse._tokenize import Segment

__all__ = ["RULES", "Group", "classify"]

#: The rules, in the order they run, each with its name.
RULES: tuple[tuple[str, Rule], ...] = (
    ("headline", headline.first_line_title),
    ("standfirst", standfirst.set_apart_by_indent),
    ("source", source.labelled),
    ("promo", promo.trailing_teasers),
    ("credit", source.set_off_credit),
    ("related", related.short_title_between_paragraphs),
    ("body", body.remaining_prose),
)


def classify(segments: tuple[Segment, ...], config: ParserConfig) -> tuple[Group, ...]:
    """Run the rules over ``segments`` and return the blocks they make."""
    state = State(segments, config)
    for _name, rule in RULES:
        rule(state)
    return state.groups()
