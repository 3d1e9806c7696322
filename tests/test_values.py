"""Values a user can rely on: dates that sort and stay dates, and the usual conveniences."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import attrs
import jsonschema
import pytest

import articleparse
from articleparse import DEFAULT_CONFIG, Article, ParserConfig, TimestampKind

from .conftest import EXPORTS, shared_or_skip

PROSE = "The minister said on Monday that the talks would go on for another week at least."
NAIVE = f"A headline\n\nMarch 4, 2015 10:12\n\n{PROSE}"
AWARE = f"A headline\n\nMarch 4, 2015 10:12 EST\n\n{PROSE}"
DATE_ONLY = f"A headline\n\nMarch 4, 2015\n\n{PROSE}"


def every_export_article() -> list[Article]:
    return [article for path in sorted(EXPORTS.glob("*.txt")) for article in articleparse.parse_all_file(path)]


def test_published_utc_of_every_export_article_sorts() -> None:
    articles = every_export_article()
    published = [article.published for article in articles if article.published]
    assert {value.tzinfo is None for value in published} == {True, False}  # naive and aware, as read
    with pytest.raises(TypeError):
        sorted(published)  # type: ignore[type-var]
    ordered = sorted(a.published_utc for a in articles if a.published_utc)
    assert all(value.utcoffset() == timedelta(0) for value in ordered)


def test_published_utc_of_every_corpus_article_sorts() -> None:
    corpus = shared_or_skip("corpus")
    articles = [
        article
        for path in sorted(corpus.rglob("*"))
        if path.is_file() and "gold" not in path.parts
        for article in articleparse.parse_all_file(path)
    ]
    assert len(articles) > 3000
    ordered = sorted(a.published_utc for a in articles if a.published_utc)
    assert len(ordered) > 300
    assert all(value.tzinfo is not None for value in ordered)


def test_a_naive_time_stays_naive_and_is_read_in_the_default_zone() -> None:
    article = articleparse.parse(NAIVE)
    assert article.published == datetime(2015, 3, 4, 10, 12)
    assert article.timestamps[0].zone_given is False
    assert article.default_zone == "UTC"
    assert article.published_utc == datetime(2015, 3, 4, 10, 12, tzinfo=timezone.utc)
    berlin = articleparse.parse(NAIVE, config=attrs.evolve(DEFAULT_CONFIG, default_zone="Europe/Berlin"))
    assert berlin.published == datetime(2015, 3, 4, 10, 12)  # as read
    assert berlin.default_zone == "Europe/Berlin"
    assert berlin.published_utc == datetime(2015, 3, 4, 9, 12, tzinfo=timezone.utc)
    assert Article.from_dict(berlin.to_dict()) == berlin


def test_an_aware_time_keeps_its_offset_and_ignores_the_default_zone() -> None:
    config = attrs.evolve(DEFAULT_CONFIG, default_zone="Asia/Tokyo")
    article = articleparse.parse(AWARE, config=config)
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(hours=-5)
    assert article.timestamps[0].zone_given is True
    assert article.published_utc == datetime(2015, 3, 4, 15, 12, tzinfo=timezone.utc)


def test_the_default_zone_is_checked() -> None:
    assert ParserConfig().default_zone == "UTC"
    with pytest.raises(ValueError, match="default_zone: unknown time zone 'Mars/Olympus'"):
        ParserConfig(default_zone="Mars/Olympus")
    with pytest.raises(TypeError, match="default_zone"):
        ParserConfig(default_zone=3600)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown time zone"):
        Article(default_zone="Europe/Nowhere")


def test_an_export_article_takes_the_default_zone() -> None:
    config = attrs.evolve(DEFAULT_CONFIG, default_zone="America/New_York")
    dump = articleparse.parse_all_file(EXPORTS / "proquest.txt", config=config)
    assert {article.default_zone for article in dump} == {"America/New_York"}
    assert dump[0].published == datetime(2015, 3, 4)
    assert dump[0].published_utc == datetime(2015, 3, 4, 5, tzinfo=timezone.utc)


def test_a_date_without_a_time_is_written_as_a_date() -> None:
    article = articleparse.parse(DATE_ONLY)
    assert article.published == datetime(2015, 3, 4)  # still a datetime
    data = article.to_dict()
    assert data["published"] == "2015-03-04"
    assert data["timestamps"][0]["value"] == "2015-03-04"
    assert data["published_utc"] == "2015-03-04T00:00:00+00:00"
    assert article.written_time(TimestampKind.PUBLISHED) == "2015-03-04"
    jsonschema.validate(json.loads(json.dumps(data)), articleparse.json_schema())
    assert Article.from_dict(data) == article


def test_a_time_of_day_is_written_in_full() -> None:
    for text, written in ((NAIVE, "2015-03-04T10:12:00"), (AWARE, "2015-03-04T10:12:00-05:00")):
        article = articleparse.parse(text)
        assert article.to_dict()["published"] == written
        assert article.to_dict()["timestamps"][0]["value"] == written


def test_a_date_and_the_full_form_both_load() -> None:
    data = articleparse.parse(DATE_ONLY).to_dict()
    full = json.loads(json.dumps(data).replace('"2015-03-04"', '"2015-03-04T00:00:00"'))
    assert full["published"] == "2015-03-04T00:00:00"
    jsonschema.validate(full, articleparse.json_schema())
    assert Article.from_dict(full) == Article.from_dict(data)


def test_the_schema_refuses_other_time_forms() -> None:
    data = json.loads(json.dumps(articleparse.parse(DATE_ONLY).to_dict()))
    for bad in ("2015-03", "04/03/2015", "2015-03-04T10"):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({**data, "published": bad}, articleparse.json_schema())


def test_authors_lead_and_to_json() -> None:
    article = articleparse.parse(f"A headline\n\nBy JANE DOE and John Roe, Reuters\n\n{PROSE}\n\nThe second.")
    assert article.authors == ("Jane Doe", "John Roe") == article.byline.authors  # type: ignore[union-attr]
    assert article.lead == PROSE
    assert json.loads(article.to_json()) == json.loads(json.dumps(article.to_dict()))
    assert article.to_json(indent=2).startswith('{\n  "headline": "A headline"')
    assert "\\u00e9" in articleparse.parse("Café\n\nThe café opened.").to_json(ensure_ascii=True)
    assert "Café" in articleparse.parse("Café\n\nThe café opened.").to_json()
    assert Article().authors == ()
    assert Article().lead is None


def test_markdown_writes_a_date_without_a_time_as_a_date() -> None:
    from articleparse._formats import markdown

    byline = "By Jane Holloway\n\n"
    assert "Jane Holloway · 2015-03-04\n" in markdown(articleparse.parse(DATE_ONLY.replace("\n\n", f"\n\n{byline}", 1)))
    assert "\n2015-03-04T10:12:00-05:00\n" in markdown(articleparse.parse(AWARE))
