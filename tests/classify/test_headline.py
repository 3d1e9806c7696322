"""The headline: present or absent, and never a promoted first paragraph."""

from __future__ import annotations

import pytest

import articleparse
from articleparse import Role

from .helpers import MORE, PROSE, dump


@pytest.mark.parametrize(
    "headline",
    [
        "Russia blasts US over ceasefire violations",
        "Is this the end of the high street?",
        "Burn baby burn: portrait goes up in flames!",
        "'Money can't buy us': Mapping Canada's oil pipeline battle",
        "The long goodbye...",
        'Minister: "We will not back down"',
        "NFL SURRENDERS",
        "Shock!",
        "Torona Cancels U.S. Class Trips Due To Trump Calling Canadians Low Energy Cowards.",
        "You've Been Accepted to Columbia. Oops, Our Error.",
        "Brexit boost: Qatar will invest another $6 billion in U.K.",
        "What to expect from the public memorial:",
    ],
)
def test_title_shaped_first_lines_are_headlines(headline: str) -> None:
    assert articleparse.parse(dump(headline, PROSE, MORE)).headline == headline


@pytest.mark.parametrize(
    "first",
    [
        PROSE,
        "Hillary in hot water over her email server, again.",
        "He left. Nobody knew why, and nobody asked.",
        "Features",
        "Reference:",
        "Home » News » Politics » Story",
        "By Jane Doe",
        "Published: 17 Sep 2016 15:47 GMT",
        "Share This Video",
        "WASHINGTON, D.C. –",
        "People walk past the stock exchange building in Mumbai May 13, 2014",
    ],
)
def test_a_body_only_dump_gets_no_headline(first: str) -> None:
    assert articleparse.parse(dump(first, PROSE, MORE)).headline is None


def test_a_dump_of_one_line_has_no_headline() -> None:
    assert articleparse.parse("Short and sweet").headline is None


def test_the_headline_after_the_dumps_own_address() -> None:
    text = dump("http://example.com/2017/03/story.html\nTrump Signs His 35th Executive Order", PROSE)
    article = articleparse.parse(text)
    assert article.headline == "Trump Signs His 35th Executive Order"
    assert [block.role for block in article.blocks][:2] == [Role.URL, Role.HEADLINE]


def test_a_headline_broken_after_an_abbreviation_is_one_headline() -> None:
    article = articleparse.parse(dump("Dallas Police Dept.\nfires officer who shot neighbour", PROSE))
    assert article.headline == "Dallas Police Dept. fires officer who shot neighbour"
