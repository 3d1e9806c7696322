"""Property 8: to_dict is JSON, and from_dict rebuilds an equal article."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

import articleparse
from articleparse import Article
from articleparse.strategies import articles, dumps

from ..conftest import SEED


@given(articles())
def test_to_dict_survives_json_and_from_dict_rebuilds_the_article(article: Article) -> None:
    data = json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(data) == article


@given(dumps())
def test_parsed_articles_rebuild_from_their_json(dump: tuple[Article, str]) -> None:
    article = articleparse.parse_bytes(dump[1].encode("utf-8"))
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["body"][0]["span"].pop("start"), r"^body\[0\]\.span: missing 'start'$"),
        (lambda d: d["blocks"][1].update(role="lede"), r"^blocks\[1\]\.role: unknown role 'lede'$"),
        (lambda d: d.update(promos={}), r"^promos: expected a list, got dict$"),
        (lambda d: d["source"].update(credits=["a", 1]), r"^source\.credits\[1\]: expected a string, got int$"),
        (lambda d: d["related"][0].update(position=True), r"^related\[0\]\.position: expected an integer, got bool$"),
    ],
)
def test_from_dict_names_the_bad_value(change: object, message: str) -> None:
    data = articleparse.parse_file(SEED).to_dict()
    change(data)  # type: ignore[operator]
    with pytest.raises(ValueError, match=message):
        Article.from_dict(data)  # type: ignore[arg-type]
