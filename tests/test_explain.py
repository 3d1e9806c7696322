"""explain(): every block with the rule that gave it its role."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import articleparse
from articleparse import Article
from articleparse._classify import RULES
from articleparse._pipeline import EXPORT_FURNITURE, EXPORT_LEFTOVERS
from articleparse.strategies import dumps, exports

from .conftest import EXPORTS
from .strategies_dump import any_text

NAMES = {rule.name for rule in RULES} | {EXPORT_FURNITURE, EXPORT_LEFTOVERS}
ZONES = {"above", "header", "body", "trailer"}


def _parse_all_blocks(text: str) -> tuple[articleparse.Block, ...]:
    dump = articleparse.parse_all(text)
    return (*dump.preamble, *(block for article in dump for block in article.blocks))


def _agree(text: str) -> None:
    """tokenize and explain give parse_all's blocks: the preamble's, then each article's, in order."""
    blocks = _parse_all_blocks(text)
    assert articleparse.tokenize(text) == blocks
    explained = articleparse.explain(text)
    assert tuple(found.block for found in explained) == blocks
    assert all(found.rule in NAMES for found in explained)
    assert all(found.zone in ZONES for found in explained)


@given(any_text)
def test_explain_and_tokenize_agree_with_parse_all_on_any_text(text: str) -> None:
    _agree(text)


@given(st.one_of(dumps().map(lambda drawn: drawn[1]), exports().map(lambda drawn: drawn[1])))
def test_explain_and_tokenize_agree_with_parse_all_on_dumps_and_exports(text: str) -> None:
    _agree(text)


@given(dumps())
def test_tokenize_of_a_one_article_dump_is_parses_blocks(drawn: tuple[Article, str]) -> None:
    _, text = drawn
    assert articleparse.tokenize(text) == articleparse.parse(text).blocks


def test_explain_names_the_headline_parse_gives_in_an_export() -> None:
    # Before the one pipeline, explain read an export as one dump and found another headline.
    text = (EXPORTS / "lexisnexis.txt").read_text(encoding="utf-8")
    headline = articleparse.parse(text).headline
    explained = articleparse.explain(text)
    first = next(found for found in explained if found.block.role is articleparse.Role.HEADLINE)
    assert first.block.text == headline
    assert first.rule == EXPORT_FURNITURE
    assert articleparse.tokenize(text) == _parse_all_blocks(text)


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

    assert len({rule.name for rule in RULES}) == len(RULES), "rule names are unique"
    position = {rule: index for index, rule in enumerate(RULES)}
    for earlier, later, why in ORDER:
        assert position[earlier] < position[later], why
    assert RULES[-1] is LEFTOVERS
    assert RULES[0] is KEPT_WHOLE  # the rest of hostile input is kept whole before any rule reads it
    assert RULES[1] is WIRE_HEADERS
