"""Property 2: the default style is a fixed point of render after parse."""

from __future__ import annotations

from hypothesis import example, given

import articleparse
from articleparse import Article
from articleparse.strategies import dumps

from ..examples import LINK_SET_OFF_DUMP, NBSP_FIRST_DUMP
from ..invariants import content


@given(dumps())
def test_render_of_a_parse_parses_to_the_same_article_and_renders_identically(dump: tuple[Article, str]) -> None:
    _, text = dump
    parsed = articleparse.parse(text)
    canonical = articleparse.render(parsed)
    reparsed = articleparse.parse(canonical)
    assert content(reparsed) == content(parsed)
    assert articleparse.render(reparsed) == canonical


@given(dumps())
@example(LINK_SET_OFF_DUMP)
@example(NBSP_FIRST_DUMP)
def test_a_noisy_dump_parses_to_the_article_it_was_rendered_from(dump: tuple[Article, str]) -> None:
    article, text = dump
    assert content(articleparse.parse(text)) == content(article)
