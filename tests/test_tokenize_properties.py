"""Properties of every parse: total, lossless, ordered, with spans and line numbers that agree."""

from __future__ import annotations

from hypothesis import example, given

import articleparse

from .invariants import check_blocks, line_of
from .strategies_dump import any_text


@given(any_text)
@example("")
@example("\ufeff")
@example("\r\r\n\n")
@example("Headline\u2028still line one\x85and\fstill\x1cone\n\nBody.")
def test_parse_never_raises_and_keeps_every_line(text: str) -> None:
    article = articleparse.parse(text)
    check_blocks(text, article.blocks)


@given(any_text)
def test_tokenize_gives_the_blocks_parse_gives(text: str) -> None:
    assert articleparse.tokenize(text) == articleparse.parse(text).blocks


@given(any_text)
def test_body_related_source_and_promos_are_views_of_blocks(text: str) -> None:
    article = articleparse.parse(text)
    spans = {block.span for block in article.blocks}
    for record in (*article.body, *article.related, *article.promos):
        assert record.span in spans
    if article.source is not None:
        assert article.source.span in spans
    for link in article.related:
        following = [p for p in article.body if p.span.start > link.span.start]
        assert link.position == len(article.body) - len(following)


@given(any_text)
def test_line_numbers_count_only_three_line_breaks(text: str) -> None:
    normalised = articleparse.normalize(text)
    assert "\r" not in normalised
    assert not normalised.startswith("\ufeff")
    for block in articleparse.tokenize(text):
        assert block.span.first_line == line_of(normalised, block.span.start)
