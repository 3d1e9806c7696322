"""Property 1: rendering an article and parsing it gives every field back."""

from __future__ import annotations

from hypothesis import assume, example, given

import articleparse
from articleparse import Article, Style
from articleparse.strategies import articles, shows_its_wrap, styles

from ..examples import LINKS_AMONG_ALIKE, WIRE_AT_SENTENCES
from ..invariants import content


@given(articles(), styles())
@example(WIRE_AT_SENTENCES, Style(indent="    ", width=77, paragraph_gap=0))
@example(LINKS_AMONG_ALIKE, Style(indent="    ", width=None, paragraph_gap=2))
def test_render_then_parse_keeps_every_field(article: Article, style: Style) -> None:
    text = articleparse.render(article, style=style)
    assume(shows_its_wrap(text, style))
    assert content(articleparse.parse(text)) == content(article)


@given(articles())
def test_default_style_parses_back_to_the_identical_article(article: Article) -> None:
    # Drawn articles carry the spans and blocks of their default rendering.
    assert articleparse.parse(articleparse.render(article)) == article
