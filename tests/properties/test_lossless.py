"""Property 4: every non-blank character lies in exactly one block; spans slice back to texts."""

from __future__ import annotations

from hypothesis import given

import articleparse
from articleparse import Article
from articleparse.strategies import dumps

from ..invariants import check_blocks
from ..strategies_dump import any_text


@given(any_text)
def test_every_character_of_any_text_lies_in_exactly_one_block(text: str) -> None:
    # A file of several articles (rare here) is split: its blocks are the preamble's and every article's.
    dump = articleparse.parse_all(text)
    check_blocks(text, [*dump.preamble, *(block for article in dump for block in article.blocks)])


@given(dumps())
def test_every_character_of_a_dump_lies_in_exactly_one_block(dump: tuple[Article, str]) -> None:
    _, text = dump
    check_blocks(text, articleparse.parse(text).blocks)


@given(any_text)
def test_tokenize_gives_the_blocks_parse_all_gives(text: str) -> None:
    # The preamble's blocks, then each article's: for a dump of one article, exactly parse's.
    dump = articleparse.parse_all(text)
    assert articleparse.tokenize(text) == (*dump.preamble, *(block for article in dump for block in article.blocks))
    if dump.layout is None:
        assert articleparse.tokenize(text) == articleparse.parse(text).blocks


@given(any_text)
def test_fields_are_views_of_the_blocks(text: str) -> None:
    article = articleparse.parse(text)
    spans = {block.span for block in article.blocks}
    records = (*article.body, *article.related, *article.promos, *filter(None, [article.source]))
    assert all(record.span in spans for record in records)
    for link in article.related:
        assert link.position == sum(paragraph.span.start < link.span.start for paragraph in article.body)
