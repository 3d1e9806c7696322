"""Typed metadata: bylines, dates with zones, datelines, addresses, highlights."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import attrs
import pytest
from hypothesis import given

import articleparse
from articleparse import DEFAULT_CONFIG, Timestamp, TimestampKind
from articleparse.strategies import bylines, timestamp_lines

PROSE = "The minister said on Monday that the talks would go on for another week at least."


def header(*lines: str) -> str:
    return "\n\n".join(["A headline for the story", *lines, PROSE])


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Andrew Hurst, European Banking Correspondent", ("Andrew Hurst",)),
        ("By JANE DOE, Reuters", ("Jane Doe",)),
        ("By . Jane Doe .", ("Jane Doe",)),
        ("Jane Doe | Political editor", ("Jane Doe",)),
        ("by jane on July 14, 2012", ("jane",)),
        ("By  Wayne Cole ,  Leika Kihara  and  Marc Jones", ("Wayne Cole", "Leika Kihara", "Marc Jones")),
        ("By Jane Doe & John Roe", ("Jane Doe", "John Roe")),
        ("By Kevin Yao - Analysis", ("Kevin Yao",)),
        ("This article was originally published by Tyler Durden at Zero Hedge", ("Tyler Durden",)),
        ("By: Sorcha Faal, and as reported to her Western Subscribers", ("Sorcha Faal",)),
        ("-- By  Michael Erman", ("Michael Erman",)),
    ],
)
def test_byline_authors(line: str, authors: tuple[str, ...]) -> None:
    byline = articleparse.parse(header(line)).byline
    assert byline is not None
    assert byline.authors == authors


def test_a_byline_with_a_date_gives_the_publication_date() -> None:
    article = articleparse.parse(header("by jane on July 14, 2012"))
    assert article.published == datetime(2012, 7, 14)
    assert article.timestamps[0].date_only


EDT, EST, GMT = (timezone(timedelta(hours=hours)) for hours in (-4, -5, 0))


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Published: 17 Sep 2016 15:47 GMT", datetime(2016, 9, 17, 15, 47, tzinfo=GMT), None),
        ("Last updated on 17 September 2016", None, datetime(2016, 9, 17)),
        (
            "PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . 15:36 EST, 25 October 2013 .",
            datetime(2013, 10, 25, 14, 11, tzinfo=EST),
            datetime(2013, 10, 25, 15, 36, tzinfo=EST),
        ),
        ("-- Fri Oct 20, 2006 4:25pm EDT", datetime(2006, 10, 20, 16, 25, tzinfo=EDT), None),
        ("2017-10-23T10:51:15-05:00", datetime(2017, 10, 23, 10, 51, 15, tzinfo=EST), None),
        ("2017-10-24 16:38:00", datetime(2017, 10, 24, 16, 38), None),
        ("October 20, 2016", datetime(2016, 10, 20), None),
        ("Published 17/09/2016", datetime(2016, 9, 17), None),
    ],
)
def test_timestamp_lines_give_dates_with_their_zones(
    line: str, published: datetime | None, updated: datetime | None
) -> None:
    article = articleparse.parse(header(line))
    assert article.published == published
    assert article.updated == updated
    for got, want in ((article.published, published), (article.updated, updated)):
        assert (got and got.utcoffset()) == (want and want.utcoffset())  # the same zone, or none


def test_a_date_only_line_says_so() -> None:
    (stamp,) = articleparse.parse(header("October 20, 2016")).timestamps
    assert stamp.date_only
    assert stamp.kind is TimestampKind.PUBLISHED
    assert stamp.value.tzinfo is None


def test_ambiguous_numeric_dates_follow_the_configuration() -> None:
    text = header("Published 03/04/2016")
    assert articleparse.parse(text).published == datetime(2016, 3, 4)
    day_first = attrs.evolve(DEFAULT_CONFIG, dayfirst=True)
    assert articleparse.parse(text, config=day_first).published == datetime(2016, 4, 3)


def test_a_date_in_the_prose_is_never_the_publication_date() -> None:
    article = articleparse.parse("A headline\n\nSince March 2011 the war has killed more than 300,000 people.")
    assert article.published is None
    assert article.timestamps == ()


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "date"),
    [
        ("MOSCOW (Reuters) - Russia said on Monday it would talk.", "MOSCOW", "Reuters", None),
        ("WASHINGTON, Sept 17 (Reuters) - The Senate voted.", "WASHINGTON", "Reuters", "Sept 17"),
        ("PHOENIX A.Z. (AP) — For months now, rumors have circulated.", "PHOENIX A.Z.", "AP", None),
        ("(CNN) -- As he awaits a crucial report, the president will speak.", None, "CNN", None),
        (
            "MADISON, WISCONSIN (The Borowitz Report) – In a shocking turn.",
            "MADISON, WISCONSIN",
            "The Borowitz Report",
            None,
        ),
        ("(CNN)Seventy years ago, Anne Frank died.", None, "CNN", None),
        ("CLEVELAND — Avik Roy is a Republican's Republican.", "CLEVELAND", None, None),
    ],
)
def test_wire_datelines(paragraph: str, place: str | None, agency: str | None, date: str | None) -> None:
    article = articleparse.parse(f"A headline\n\n{paragraph}")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == (place, agency, date)
    assert article.body[0].text == paragraph  # the paragraph stays whole
    text = articleparse.normalize(f"A headline\n\n{paragraph}")
    assert text[article.dateline.span.start : article.dateline.span.end] == article.dateline.text


@pytest.mark.parametrize("paragraph", [PROSE, "The Senate (R-Calif.) voted on Monday.", "The WTO (World Trade) met."])
def test_no_dateline_in_ordinary_prose(paragraph: str) -> None:
    assert articleparse.parse(f"A headline\n\n{paragraph}").dateline is None


def test_the_articles_own_address_comes_from_its_header() -> None:
    text = "A headline\nhttp://example.com/story/1\n\n" + PROSE + "\n\nhttp://example.com/other"
    assert articleparse.parse(text).url == "http://example.com/story/1"
    assert articleparse.parse(f"A headline\n\n{PROSE}\n\nhttp://example.com/other").url is None


def test_highlights_in_order_never_in_the_body() -> None:
    text = f"{PROSE}\n\n@highlight\n\nFirst point\n\n@highlight\n\nSecond point"
    article = articleparse.parse(text)
    assert article.highlights == ("First point", "Second point")
    assert "First point" not in article.text


@given(timestamp_lines())
def test_a_drawn_moment_in_each_timestamp_format_parses_back_equal(drawn: tuple[str, Timestamp]) -> None:
    line, stamp = drawn
    article = articleparse.parse(header(line))
    (got,) = article.timestamps
    assert (got.kind, got.value, got.date_only) == (stamp.kind, stamp.value, stamp.date_only)
    assert got.value.utcoffset() == stamp.value.utcoffset()


@given(bylines())
def test_a_drawn_byline_parses_back_to_its_names(drawn: tuple[str, tuple[str, ...]]) -> None:
    line, authors = drawn
    byline = articleparse.parse(header(line)).byline
    assert byline is not None
    assert byline.authors == authors
