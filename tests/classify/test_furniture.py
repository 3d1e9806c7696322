"""In-body furniture: related links, captions, pull quotes, separators, prompts, embedded posts."""

from __future__ import annotations

import attrs
import pytest

import articleparse
from articleparse import Role

from .helpers import LAST, MORE, PROSE, dump, role_of, roles


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Related: Can Bernie Sanders deliver free college for all?",
            "Can Bernie Sanders deliver free college for all?",
        ),
        ("Read more: Syria's rebels voice a moderate stance", "Syria's rebels voice a moderate stance"),
        ("READ MORE", "READ MORE"),
        ("[The funniest lines from the interview]", "[The funniest lines from the interview]"),
        ("PHOTOS: Celebs who have slammed the show", "Celebs who have slammed the show"),
    ],
)
def test_labelled_related_links_and_their_titles(line: str, title: str) -> None:
    article = articleparse.parse(dump("A headline", PROSE, line, MORE))
    assert [link.text for link in article.related] == [title]
    assert role_of(dump("A headline", PROSE, line, MORE), line) is Role.RELATED


def test_a_video_title_shown_twice_is_one_related_block() -> None:
    # The article goes on after the title; shown twice and then one closing sentence it would be a promo.
    text = dump(
        "A headline", PROSE, " Sword swallowers turn out for Bernie\nSword swallowers turn out for Bernie", MORE, LAST
    )
    assert (Role.RELATED, "Sword swallowers turn out for Bernie Sword swallowers turn out for Bernie") in roles(text)


def test_short_lines_in_an_indented_body_are_related_links() -> None:
    text = dump("A headline", "    " + PROSE, "    Syria ceasefire deal explained", "    " + MORE)
    assert role_of(text, "Syria ceasefire deal explained") is Role.RELATED


def test_a_closing_list_of_resources_is_related() -> None:
    text = dump(
        "A headline",
        PROSE,
        MORE,
        "Additional resources",
        "Read about the missions to Mars.",
        "Learn more at the agency's website.",
    )
    assert [role for role, _ in roles(text)][-3:] == [Role.RELATED] * 3


@pytest.mark.parametrize(
    "caption",
    [
        "Photograph: Jane Doe for the Guardian",
        "(Photo: Getty Images)",
        "Ms. Jenner. Credit Bon Duke for The New York Times",
        "Avik Roy discusses the law on television. (William B. Plowman/NBC/Getty Images)",
        "JONATHAN DRAKE / REUTERS",
        "These Republicans are backing Clinton  Play Video2:14",
        "plane_photo_w_watermark_0_1463649006",
        "Image copyright Getty Images",
    ],
)
def test_marked_captions(caption: str) -> None:
    assert role_of(dump("A headline", PROSE, caption, MORE), caption) is Role.CAPTION


def test_a_caption_title_and_its_credited_description_are_one_block() -> None:
    caption = (
        "Craigslist ad for protesters\nA screenshot of the ad he says he answered. (Dennis System, File) / ABC News"
    )
    article = articleparse.parse(dump("A headline", PROSE, caption, MORE))
    assert [c.text for c in article.captions] == [caption.replace("\n", " ")]


def test_the_description_under_a_credit_line_and_above_a_credit() -> None:
    text = dump("A headline", PROSE, "JONATHAN DRAKE / REUTERS\nDonald Trump holds a sign at a rally.\n" + MORE, LAST)
    assert role_of(text, "Donald Trump holds a sign") is Role.CAPTION
    text = dump("A headline", PROSE, "The Hubble telescope snapped Mars in 2003.", "Credit: NASA/ESA", MORE)
    assert role_of(text, "The Hubble telescope") is Role.CAPTION


def test_a_pull_quote_repeating_an_edited_body_sentence_is_boilerplate() -> None:
    quote = "[I'll never forget when] my client sought to regale me with the number of women who want him."
    source = "I will never forget when my client sought to regale me with the number of women who want him, he said."
    text = dump("A headline", PROSE, quote + "\n" + MORE, source, LAST)
    assert role_of(text, "[I'll never forget") is Role.BOILERPLATE


def test_a_sentence_restated_as_a_paragraph_of_its_own_is_prose() -> None:
    text = dump("A headline", f"{PROSE} {MORE}", LAST, PROSE)
    assert [role for role, _ in roles(text)][1:] == [Role.PARAGRAPH] * 3


@pytest.mark.parametrize("line", ["* * *", "-----", "___", "• • •"])
def test_section_breaks_are_boilerplate(line: str) -> None:
    assert role_of(dump("A headline", PROSE, line, MORE), line) is Role.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Share this:",
        "Follow us on Twitter",
        "Sign up for our newsletter",
        "Want to know more?  Click HERE.",
        "Continue reading",
        "Home » News » Politics",
    ],
)
def test_prompts_and_navigation_are_boilerplate(line: str) -> None:
    assert role_of(dump("A headline", PROSE, line, MORE), line) is Role.BOILERPLATE


def test_an_embedded_posts_chrome_is_boilerplate_and_its_text_prose() -> None:
    embed = "\n".join(
        [
            " Follow",
            " John T. Miller @cyvault",
            "No one caught what she said on live TV #debatenight",
            "11:22 PM - 19 Oct 2016",
            "  4,101 4,101 Retweets   3,957 3,957 likes",
        ]
    )
    got = roles(dump("A headline", PROSE, embed, MORE))
    assert [role for role, _ in got][2:7] == [
        Role.BOILERPLATE,
        Role.BOILERPLATE,
        Role.PARAGRAPH,
        Role.BOILERPLATE,
        Role.BOILERPLATE,
    ]


def test_an_instagram_embed_line_is_boilerplate() -> None:
    line = "A post shared by Carlos (@modern_mowgli) on Mar 10, 2024 at 9:15am PST"
    assert role_of(dump("A headline", PROSE, line, MORE), line) is Role.BOILERPLATE


def test_a_configured_marker_of_any_length_is_recognised() -> None:
    # A marker longer than the built-in ones still opens a related link: the
    # matcher folds as much of the line as the longest marker needs.
    marker = "you may also be interested in these stories from our archive today:"
    config = attrs.evolve(
        articleparse.DEFAULT_CONFIG, related_markers=(*articleparse.DEFAULT_CONFIG.related_markers, marker)
    )
    line = f"{marker.capitalize()} Syria's rebels voice a moderate stance"
    article = articleparse.parse(dump("A headline", PROSE, line, MORE), config=config)
    assert [link.text for link in article.related] == ["Syria's rebels voice a moderate stance"]
