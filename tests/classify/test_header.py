"""Header lines: wire "--" headers, bylines, timestamps, addresses, standfirsts."""

from __future__ import annotations

import pytest

import articleparse
from articleparse import Role

from .helpers import MORE, PROSE, dump, role_of, roles


def test_wire_dash_headers_each_get_their_role() -> None:
    text = (
        "-- Nucor sees earnings below analysts' view\n-- By  Michael Erman\n"
        "-- Mon Jun 11, 2007 1:48pm EDT\n-- http://www.reuters.com/article/2007/06/11/idUS1\n\n \n\n"
        " NEW YORK  (Reuters) - Steelmaker Nucor Corp said on Monday it expects lower earnings."
    )
    assert [role for role, _ in roles(text)] == [Role.HEADLINE, Role.BYLINE, Role.TIMESTAMP, Role.URL, Role.PARAGRAPH]
    article = articleparse.parse(text)
    assert article.headline == "Nucor sees earnings below analysts' view"  # the wire mark is layout
    assert article.blocks[0].text == "-- Nucor sees earnings below analysts' view"


def test_an_empty_wire_header_field_is_boilerplate() -> None:
    text = "-- RIM shares dive\n-- \n-- Thu Jun 16, 2011 6:31pm EDT\n\n" + PROSE
    assert role_of(text, "--") is Role.BOILERPLATE or roles(text)[1][0] is Role.BOILERPLATE


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe",
        "By: Sorcha Faal, and as reported to her Western Subscribers",
        "By . Jane Doe .",
        "BY JANE DOE, Reuters",
        "By Andrew Hurst, European Banking Correspondent",
        "by jane on July 14, 2012",
        "Jane Doe | Political editor",
        "Lena deCasparis | Contributing Writer | 5 days ago",
        "This article was originally published by Tyler Durden at Zero Hedge",
    ],
)
def test_bylines_in_the_header(byline: str) -> None:
    assert role_of(dump("A headline for the story", byline, PROSE, MORE), byline) is Role.BYLINE


def test_prose_that_opens_with_by_is_not_a_byline() -> None:
    line = "By Monday, the two sides had agreed on almost everything except the date."
    assert role_of(dump("A headline for the story", line, MORE), line) is Role.PARAGRAPH


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: 17 Sep 2016 15:47 GMT",
        "Last updated on 17 September 2016",
        "PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . 15:36 EST, 25 October 2013 .",
        "Fri Oct 20, 2006 4:25pm EDT",
        "2017-10-24 16:38:00",
        "2017-10-23T10:51:15-05:00",
        "October 20, 2016",
    ],
)
def test_timestamp_lines_in_the_header(stamp: str) -> None:
    assert role_of(dump("A headline for the story", stamp, PROSE, MORE), stamp) is Role.TIMESTAMP


def test_a_date_inside_the_prose_is_not_a_timestamp() -> None:
    line = "Since March 2011 the war has killed more than 300,000 people."
    assert role_of(dump("A headline for the story", line, MORE), line) is Role.PARAGRAPH


def test_an_address_on_a_line_of_its_own_is_a_url_anywhere() -> None:
    text = dump("A headline for the story", "http://example.com/story/1", PROSE, "https://example.org/more", MORE)
    assert [role for role, _ in roles(text)].count(Role.URL) == 2


def test_a_standfirst_set_apart_by_indentation() -> None:
    text = dump("A headline", "A summary sentence sets the scene for readers.", "    " + PROSE, "    " + MORE)
    assert articleparse.parse(text).standfirst == "A summary sentence sets the scene for readers."


def test_a_standfirst_between_headline_and_byline() -> None:
    text = dump("A headline", "A summary sentence sets the scene for readers.", "By Jane Doe", PROSE)
    assert articleparse.parse(text).standfirst == "A summary sentence sets the scene for readers."


def test_without_a_layout_cue_the_first_sentence_is_a_paragraph() -> None:
    article = articleparse.parse(dump("A headline", "A summary sentence sets the scene for readers.", PROSE))
    assert article.standfirst is None
    assert article.body[0].text == "A summary sentence sets the scene for readers."


def test_a_one_column_indent_difference_is_no_cue() -> None:
    assert articleparse.parse(dump("A headline", PROSE, " " + MORE, " " + PROSE)).standfirst is None
