"""explain(): every block with the rule that gave it its role."""

from __future__ import annotations

from hypothesis import given

import articleparse
from articleparse._classify import RULES

from .strategies_dump import any_text


@given(any_text)
def test_every_block_is_explained_by_a_rule_of_the_chain(text: str) -> None:
    names = {rule.name for rule in RULES}
    explained = articleparse.explain(text)
    assert tuple(found.block for found in explained) == articleparse.tokenize(text)
    assert all(found.rule in names for found in explained)
    assert all(found.zone in {"above", "header", "body", "trailer"} for found in explained)


def test_the_seeds_blocks_and_their_rules() -> None:
    from .conftest import SEED

    explained = articleparse.explain(SEED.read_text(encoding="utf-8"))
    rules = {found.block.span.first_line: found.rule for found in explained}
    assert rules[1] == "headline"
    assert rules[3] == "standfirst by indentation"
    assert rules[9] == "links in indented bodies"
    assert rules[44] == "source labels"
    assert rules[47] == "promo teasers"


def test_the_chain_keeps_the_orders_that_matter() -> None:
    from articleparse._classify import KEPT_WHOLE, LEFTOVERS, ORDER, WIRE_HEADERS

    position = {rule.name: index for index, rule in enumerate(RULES)}
    assert len(position) == len(RULES), "rule names are unique"
    for earlier, later, why in ORDER:
        assert position[earlier] < position[later], why
    assert RULES[-1] is LEFTOVERS
    assert RULES[0] is KEPT_WHOLE  # the rest of hostile input is kept whole before any rule reads it
    assert RULES[1] is WIRE_HEADERS
