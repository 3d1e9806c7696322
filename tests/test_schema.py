"""json_schema(): a valid draft 2020-12 schema that every article's JSON meets, and that rejects drift."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

import articleparse
from articleparse import strategies

from .conftest import SEED, shared_or_skip

jsonschema = pytest.importorskip("jsonschema")
VALIDATOR = jsonschema.Draft202012Validator(articleparse.json_schema())


def as_json(article: articleparse.Article) -> object:
    return json.loads(json.dumps(article.to_dict()))


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(articleparse.json_schema())


def test_the_seed_meets_the_schema() -> None:
    VALIDATOR.validate(as_json(articleparse.parse_file(SEED)))


@given(strategies.dumps())
def test_every_parsed_dump_meets_the_schema(pair: tuple[articleparse.Article, str]) -> None:
    _, text = pair
    VALIDATOR.validate(as_json(articleparse.parse(text)))


@given(strategies.articles())
def test_every_article_value_meets_the_schema(article: articleparse.Article) -> None:
    VALIDATOR.validate(as_json(article))


def test_the_schema_rejects_a_missing_or_unknown_field() -> None:
    data = as_json(articleparse.parse_file(SEED))
    assert isinstance(data, dict)
    assert not VALIDATOR.is_valid({key: value for key, value in data.items() if key != "headline"})
    assert not VALIDATOR.is_valid({**data, "author": "someone"})
    assert not VALIDATOR.is_valid(
        {**data, "blocks": [{"role": "sidebar", "text": "x", "span": data["blocks"][0]["span"]}]}
    )


def test_a_fresh_schema_each_call() -> None:
    schema = articleparse.json_schema()
    schema.clear()
    assert articleparse.json_schema()["title"] == "articleparse Article"


def test_every_corpus_article_meets_the_schema() -> None:
    corpus = shared_or_skip("corpus")
    failures = []
    paths = [path for path in sorted(corpus.rglob("*")) if path.is_file() and "gold" not in path.parts]
    assert len(paths) > 3000
    for path in paths:
        errors = list(VALIDATOR.iter_errors(as_json(articleparse.parse_file(path))))
        if errors:
            failures.append(f"{path.relative_to(corpus)}: {errors[0].json_path}: {errors[0].message}")
    assert failures == []
