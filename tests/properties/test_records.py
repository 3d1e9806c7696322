"""Property 7: parsing is deterministic; records are immutable, hashable and pickle equal."""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given

import articleparse
from articleparse import Article
from articleparse.strategies import articles

from ..strategies_dump import any_text


@given(any_text)
def test_parsing_twice_gives_equal_articles(text: str) -> None:
    assert articleparse.parse(text) == articleparse.parse(text)


@given(articles())
def test_records_pickle_and_unpickle_equal(article: Article) -> None:
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article
    assert hash(copy) == hash(article)


@given(articles())
def test_no_record_can_be_changed(article: Article) -> None:
    records: list[object] = [article, *article.blocks, *article.body, *article.related, *article.promos]
    records += [block.span for block in article.blocks]
    if article.source is not None:
        records.append(article.source)
    for record in records:
        name = attrs.fields(type(record))[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(record, name, None)
        assert not hasattr(record, "__dict__")  # slotted: no attribute can be added either
    assert all(
        isinstance(getattr(article, field.name), tuple)
        for field in attrs.fields(Article)
        if field.name in {"body", "related", "promos", "blocks"}
    )


def test_records_refuse_lists_where_tuples_belong() -> None:
    with pytest.raises(TypeError):
        Article(body=[])  # type: ignore[arg-type]
