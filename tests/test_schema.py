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
    span = {key: value for key, value in data["blocks"][0]["span"].items() if key != "start"}
    assert not VALIDATOR.is_valid({**data, "blocks": [{**data["blocks"][0], "span": span}]})
    assert not VALIDATOR.is_valid({**data, "author": "someone"})
    assert not VALIDATOR.is_valid({**data, "source": {**data["source"], "note": "x"}})
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


def test_the_schema_takes_what_from_dict_takes_a_missing_article_key() -> None:
    # JSON written before a field existed lacks its key; from_dict gives the default, and the schema agrees.
    data = as_json(articleparse.parse_file(SEED))
    assert isinstance(data, dict)
    for key in data:
        rest = {other: value for other, value in data.items() if other != key}
        assert VALIDATOR.is_valid(rest), key
        assert articleparse.Article.from_dict(rest).to_dict().keys() == data.keys()


def test_the_schema_limits_come_from_the_fields() -> None:
    defs = articleparse.json_schema()["$defs"]
    assert isinstance(defs, dict)
    assert defs["span"]["properties"]["first_line"] == {"type": "integer", "minimum": 1}
    assert defs["paragraph"]["properties"]["role"] == {"enum": ["paragraph", "subheading", "list_item"]}
    assert defs["diagnostic"]["properties"]["line"] == {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]}
    assert defs["source_line"]["required"] == ["label", "text", "credits", "span"]


def test_the_line_schema_is_valid_and_takes_the_command_lines_records() -> None:
    line = articleparse.json_schema("line")
    jsonschema.Draft202012Validator.check_schema(line)
    validator = jsonschema.Draft202012Validator(line)
    article = as_json(articleparse.parse_file(SEED))
    error = {"type": "ArticleFileError", "reason": "No such file or directory"}
    assert validator.is_valid({"path": "a.txt", "article": article})
    assert validator.is_valid({"path": "export.txt", "index": 3, "article": article})
    assert validator.is_valid({"path": "gone.txt", "error": error})
    assert not validator.is_valid({"path": "a.txt", **article})  # the article beside the path, not under it
    assert not validator.is_valid({"path": "a.txt", "article": article, "error": error})
    assert not validator.is_valid({"path": "gone.txt", "index": 0, "error": error})
    assert not validator.is_valid({"path": "gone.txt", "error": {**error, "type": "OSError"}})


def test_an_unknown_schema_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind must be 'article' or 'line'"):
        articleparse.json_schema("record")  # type: ignore[arg-type]
