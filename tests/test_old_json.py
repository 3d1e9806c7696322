"""JSON written by earlier versions still loads, to records equal to what the parser makes now.

``tests/json_154202d/`` holds JSON that the code of commit 154202d wrote (``to_dict``, dumped
with ``json.dumps``) for a few articles with dates of every kind: a date without a time
(``2017-05-21T00:00:00`` then), naive times, and times with an offset. The export files are
this project's own (``tests/exports``); the others are corpus dumps, compared when the shared
folder is present.
"""

from __future__ import annotations

import json
from datetime import datetime

import attrs
import pytest

import articleparse
from articleparse import Article

from .conftest import EXPORTS, ROOT, shared_or_skip

OLD = ROOT / "tests" / "json_154202d"
#: Each corpus fixture and the dump it was written from, under ../shared/corpus.
CORPUS = {
    "golbeck-338.json": ("golbeck", "finalFake", "338.txt"),
    "newspaper3k-wnet.org1.json": ("newspaper3k", "wnet.org1.txt"),
    "perezrosas-celebrity-legit-102.json": ("perezrosas-celebrity", "legit", "102legit.txt"),
    "reuters-ding-us-boeing-faa-idUSBRE9251LL20130306.json": (
        "reuters-ding",
        "20130306",
        "us-boeing-faa-idUSBRE9251LL20130306",
    ),
}


def load(name: str) -> object:
    return json.loads((OLD / name).read_text(encoding="utf-8"))


def as_then(article: Article) -> Article:
    """``article`` as the old JSON can hold it: 154202d detected no language (an export's label it kept)."""
    if article.language_source == "detected":
        return attrs.evolve(article, language=None, language_source=None)
    return article


@pytest.mark.parametrize("name", ["lexisnexis", "nexis_uni"])
def test_old_export_json_loads_to_equal_records(name: str) -> None:
    old = load(f"exports-{name}.json")
    assert isinstance(old, list)
    now = articleparse.parse_all_file(EXPORTS / f"{name}.txt")
    assert [Article.from_dict(data) for data in old] == [as_then(article) for article in now]


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_old_corpus_json_loads_to_equal_records(name: str) -> None:
    path = shared_or_skip("corpus", *CORPUS[name])
    data = load(name)
    assert isinstance(data, dict)
    assert Article.from_dict(data) == as_then(articleparse.parse_file(path))


def test_the_fixtures_hold_every_kind_of_date() -> None:
    """Dates without a time, naive times and times with an offset, as 154202d wrote them."""
    values = [
        stamp["value"]
        for path in sorted(OLD.glob("*.json"))
        for article in (lambda data: data if isinstance(data, list) else [data])(json.loads(path.read_text("utf-8")))
        for stamp in article["timestamps"]
    ]
    assert any(value.endswith("T00:00:00") for value in values)
    assert any(len(value) == 19 and not value.endswith("T00:00:00") for value in values)
    assert any(value[19:].startswith(("+", "-")) for value in values)


def test_fixture_files_are_all_tested() -> None:
    names = {path.name for path in OLD.glob("*.json")}
    assert names == set(CORPUS) | {"exports-lexisnexis.json", "exports-nexis_uni.json"}


def test_an_old_export_s_language_label_loads_as_its_code() -> None:
    old = load("exports-lexisnexis.json")
    assert isinstance(old, list)
    assert {data["language"] for data in old} == {"ENGLISH"}
    assert {(article.language, article.language_source) for article in map(Article.from_dict, old)} == {
        ("en", "export")
    }


def test_old_json_loads_to_the_same_dates_written_anew_as_dates() -> None:
    """A date without a time comes back as the same midnight; written again, it is ``YYYY-MM-DD``."""
    old = load("golbeck-338.json")
    assert isinstance(old, dict)
    assert old["published"] == "2017-05-21T00:00:00"
    article = Article.from_dict(old)
    assert article.published == datetime(2017, 5, 21)
    assert article.to_dict()["published"] == "2017-05-21"
    assert article.to_dict()["timestamps"][0]["value"] == "2017-05-21"
    assert Article.from_dict(article.to_dict()) == article
