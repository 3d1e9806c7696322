"""Shapes real dumps have that the shared corpus does not show: trailers, headers, furniture inside the body."""

from __future__ import annotations

from datetime import date

import pytest

import articleparse
from articleparse import Role

from .helpers import LAST, MORE, PROSE, dump, role_of

HEADLINE = "Council approves plan for new harbour wall"
STORY = (
    "The council voted on Tuesday to rebuild the harbour wall, a project that officials said would cost "
    "about three million pounds.",
    '"The wall has been patched for twenty years," the harbour master told reporters after the vote.',
    "Work is due to start in the spring and take about eighteen months, according to the council's plans.",
    "Opposition members said the cost had not been explained and asked for an independent review.",
)


def article(*trailer: str, gap: str = "\n\n") -> str:
    return dump(HEADLINE, *STORY) + gap + dump(*trailer) if trailer else dump(HEADLINE, *STORY)


def body_texts(text: str) -> list[str]:
    return [paragraph.text for paragraph in articleparse.parse(text).body]


# Trailers ---------------------------------------------------------------------------------------

COMMENTS = (
    "I think this is a waste of money, we have had enough of these schemes in this town.",
    "Jane, Leeds, UK",
    "Great to see the council doing something at last! I walk past that wall every day.",
    "Tom, Hull",
    "You would think they could fix the roads first. I have written to them twice about it.",
    "Priya, York",
)


def test_comments_after_a_gap_are_not_body_even_without_a_marker() -> None:
    text = article(*COMMENTS, gap="\n\n\n\n")
    assert body_texts(text) == list(STORY)
    assert all(role_of(text, line) is Role.BOILERPLATE for line in COMMENTS)


def test_comments_after_a_separator_line_are_not_body() -> None:
    text = article("* * *", *COMMENTS[::2])
    assert body_texts(text) == list(STORY)


def test_a_teaser_after_a_gap_is_a_promo_not_comments() -> None:
    # A teaser (its title twice, then a blurb) set off by a gap, as render writes promos.
    title = "What does the truce mean for us?"
    blurb = "The ceasefire may not last until the end of the month, and both sides are rearming."
    story = articleparse.parse(article(title, title, blurb, gap="\n\n\n"))
    assert [(promo.title, promo.blurb) for promo in story.promos] == [(title, blurb)]


@pytest.mark.parametrize("line", ["Updated: May 3, 2011", "London, May 3, 2011", "Correction May 3, 2011"])
def test_a_dated_line_between_paragraphs_does_not_open_comments(line: str) -> None:
    text = dump(HEADLINE, *STORY[:2], line, *STORY[2:])
    assert body_texts(text)[-2:] == list(STORY[2:])


def test_two_named_lead_ins_in_the_body_are_not_comment_headers() -> None:
    text = dump(HEADLINE, *STORY[:2], "Mayor Smith said:", STORY[2], "Councillor Jones said:", STORY[3], LAST)
    body = body_texts(text)
    assert all(paragraph in body for paragraph in (STORY[2], STORY[3], LAST))


def test_an_interview_after_a_section_break_is_the_article() -> None:
    interview = (
        "What made you start the project?",
        "I grew up by the harbour and my father worked there for forty years.",
        "Will you stay on after the vote?",
        "We hope so, our family has been here for generations and we love it.",
    )
    text = article("* * *", *interview)
    assert body_texts(text)[-4:] == list(interview)


@pytest.mark.parametrize("line", ["Pa", "Ria"])
def test_a_short_capitalised_name_on_the_last_line_is_no_wire_sign_off(line: str) -> None:
    story = articleparse.parse(dump(HEADLINE, PROSE, LAST, line))
    assert story.source is None


def test_a_first_person_post_goes_on_after_a_gap() -> None:
    # The post speaks as "I" itself, so the voice after the gap is no evidence of comments.
    post = (
        "I moved to the coast three years ago and I have watched the harbour wall crumble since.",
        "My neighbours and I wrote to the council twice, and we heard nothing back for months.",
        "We were told last week that the work will finally start in the spring, which I welcome.",
    )
    more = (
        "I think the delay cost us all a lot, and I am tired of waiting for the council to act.",
        "My advice to anyone living by the water is to keep writing; we were heard in the end.",
        "I will post again when the first stones are laid, and I hope you will come and see it.",
    )
    text = dump("Waiting for the wall", *post) + "\n\n\n\n" + dump(*more)
    assert body_texts(text) == [*post, *more]


@pytest.mark.parametrize("marker", ["*** COMMENTS ***", "— 12 Comments —", "#$%&* COMMENTS", "Kommentare (3)"])
def test_a_decorated_comments_marker_ends_the_article(marker: str) -> None:
    text = article(marker, "Nice one, I agree with every word of this.", "Rubbish, as usual from this lot.")
    assert body_texts(text) == list(STORY)


@pytest.mark.parametrize("header", ["Posted by: J. Smith | March 3, 2012 at 11:20 AM", "Dan / May 2, 2011 at 9:15 am"])
def test_a_dated_comment_header_after_the_body_is_boilerplate(header: str) -> None:
    text = article(header, "I could not agree more with the harbour master on this one.")
    assert role_of(text, header) is Role.BOILERPLATE
    assert body_texts(text) == list(STORY)


@pytest.mark.parametrize(("first", "second"), [("jsmith said...", "anna_b said..."), ("Karo sagt:", "Tom sagt:")])
def test_comment_headers_naming_their_authors_are_boilerplate(first: str, second: str) -> None:
    text = article(first, "I could not agree more with this one.", second, "Nor could I, it is about time.")
    assert role_of(text, first) is Role.BOILERPLATE
    assert body_texts(text) == list(STORY)


def test_one_name_before_a_quotation_in_the_body_is_not_a_comment_header() -> None:
    quote = "Die Farbe hält mehrere Wochen und wird bei jeder Wäsche kräftiger, heißt es beim Hersteller dazu."
    text = dump(HEADLINE, *STORY[:2], "Anna sagt:", quote, *STORY[2:])
    assert body_texts(text)[-2:] == list(STORY[2:])


def test_a_dated_heading_between_paragraphs_is_not_a_comment_header() -> None:
    heading = "24. April 2020 | Pressemitteilungen"
    text = dump(HEADLINE, *STORY[:2], heading, *STORY[2:])
    assert role_of(text, heading) is not Role.BOILERPLATE
    assert body_texts(text)[-2:] == list(STORY[2:])


def test_posted_by_above_the_article_is_a_byline() -> None:
    text = dump(HEADLINE, "Posted by Jane Doe / November 13, 2012", *STORY)
    story = articleparse.parse(text)
    assert story.byline is not None
    assert story.byline.authors == ("Jane Doe",)


@pytest.mark.parametrize("agency", ["Reuter", "REUTER", "AP", "AFP", "dpa", "AP/dpa", "dpa/lno"])
def test_a_wire_sign_off_is_the_source(agency: str) -> None:
    text = dump(HEADLINE, *STORY) + "\n\n   \n" + agency
    story = articleparse.parse(text)
    assert role_of(text, agency) is Role.SOURCE
    assert story.source is not None
    assert story.source.credits == (agency,)


@pytest.mark.parametrize(
    "credit",
    [
        "Article posted with permission from Pamela Geller",
        "This article originally appeared on The Conversation",
        "Republished with permission of the Daily Mail",
        "(Additional reporting by Jane Doe)",
    ],
)
def test_permission_and_origin_credits_are_the_source(credit: str) -> None:
    assert role_of(article(credit), credit) is Role.SOURCE


# Headers ----------------------------------------------------------------------------------------


def test_a_dateline_with_a_date_keeps_the_date_out_of_the_place() -> None:
    story = articleparse.parse(
        dump(HEADLINE, "TOKYO, March 3 - Shares rose on Monday after the bank's decision.", MORE)
    )
    assert story.dateline is not None
    assert (story.dateline.place, story.dateline.date) == ("TOKYO", "March 3")
    wire = articleparse.parse(dump(HEADLINE, "LONDON (Reuters) - Shares fell on Monday.", MORE))
    assert wire.dateline is not None
    assert (wire.dateline.place, wire.dateline.agency) == ("LONDON", "Reuters")


@pytest.mark.parametrize(
    ("line", "authors", "day"),
    [
        ("Posted by jdoe at 9:40 AM", ("jdoe",), None),
        ("Posted by Jane Doe / November 13, 2012", ("Jane Doe",), date(2012, 11, 13)),
        ("By Jane Doe, Staff Writer", ("Jane Doe",), None),
        ("Written by Jane Doe on 3 May 2014", ("Jane Doe",), date(2014, 5, 3)),
        ("Von Jane Doe", ("Jane Doe",), None),
    ],
)
def test_blog_bylines(line: str, authors: tuple[str, ...], day: date | None) -> None:
    story = articleparse.parse(dump(HEADLINE, line, *STORY))
    assert story.byline is not None
    assert story.byline.authors == authors
    assert (story.published.date() if story.published else None) == day


def test_a_date_line_before_the_headline() -> None:
    story = articleparse.parse(dump("March 5, 2013", HEADLINE, *STORY))
    assert story.headline == HEADLINE
    assert story.published is not None
    assert story.published.date() == date(2013, 3, 5)
    assert story.blocks[0].role is Role.TIMESTAMP


# Inside the body --------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["4 of 21", "Fullscreen", "Next Slide", "Image 3 of 12", "Photo: Jane Doe/AP"])
def test_gallery_furniture_is_never_body(line: str) -> None:
    text = dump(HEADLINE, PROSE, line, MORE, LAST)
    assert role_of(text, line) in (Role.CAPTION, Role.BOILERPLATE)


def test_a_caption_shown_truncated_then_whole_is_a_caption() -> None:
    truncated = "Workers inspect the harbour wall at Eastmere, which..."
    whole = "Workers inspect the harbour wall at Eastmere, which was built in 1890."
    text = dump(HEADLINE, PROSE, truncated, whole, MORE, LAST)
    assert role_of(text, whole) is Role.CAPTION
    assert role_of(text, truncated) in (Role.CAPTION, Role.BOILERPLATE)
    assert body_texts(text) == [PROSE, MORE, LAST]


@pytest.mark.parametrize(
    "line", ["Facebook Twitter Pinterest Email", "Share this: Email Facebook Twitter", "Share on WhatsApp", "Teilen"]
)
def test_a_share_bar_is_boilerplate(line: str) -> None:
    assert role_of(dump(HEADLINE, PROSE, line, MORE, LAST), line) is Role.BOILERPLATE


def test_a_poll_is_boilerplate() -> None:
    poll = ("Who should pay for the new wall?", "The council", "The port", "The government", "Vote")
    text = dump(HEADLINE, PROSE, MORE, *poll, LAST)
    assert all(role_of(text, line) is Role.BOILERPLATE for line in poll)


@pytest.mark.parametrize(
    "line", ["Sign up for our newsletter", "close dialog", "Follow us on X", "Folgen Sie uns auf Instagram"]
)
def test_widgets_are_boilerplate(line: str) -> None:
    assert role_of(dump(HEADLINE, PROSE, line, MORE, LAST), line) is Role.BOILERPLATE


def test_a_video_teaser_with_its_duration_is_related() -> None:
    line = "MAY 4: Senator visits flooded town 1:47"
    assert role_of(dump(HEADLINE, PROSE, line, MORE, LAST), line) is Role.RELATED


def test_a_list_of_video_teasers_is_related() -> None:
    teasers = ("Senator visits flooded town 1:47", "Storm closes coastal roads 2:05")
    text = dump(HEADLINE, PROSE, *teasers, MORE, LAST)
    assert all(role_of(text, line) is Role.RELATED for line in teasers)


@pytest.mark.parametrize("line", ["Why Americans love John 3:16", "Kick-off 7:30"])
def test_a_lone_line_ending_in_a_time_is_no_video_teaser(line: str) -> None:
    assert role_of(dump(HEADLINE, PROSE, line, MORE, LAST), line) is not Role.RELATED


def test_quoted_paragraphs_after_a_lead_in_are_paragraphs() -> None:
    quoted = (
        '"We have been waiting for this decision for a very long time," the letter said.',
        '"The harbour is the heart of this town and it deserves better," it went on.',
    )
    text = dump(HEADLINE, PROSE, "The Times reported:", *quoted, LAST)
    assert all(role_of(text, line) is Role.PARAGRAPH for line in quoted)


def test_a_numbered_item_that_wraps_is_one_list_item() -> None:
    items = (
        "1) The first reason is that the wall is old.",
        (
            "2) The second reason is that the plan was drawn up\n"
            "without asking the people who fish from the harbour\n"
            "every day of the year."
        ),
        "3) The third is the cost.",
    )
    story = articleparse.parse(dump(HEADLINE, PROSE, "There are three reasons:", *items, LAST))
    listed = [paragraph.text for paragraph in story.body if paragraph.role is Role.LIST_ITEM]
    assert len(listed) == 3
    assert listed[1].endswith("every day of the year.")


def test_a_wire_table_is_list_items_in_the_body() -> None:
    table = ("Shr 41 cts vs 37 cts", "Net 4.1 mln vs 3.7 mln", "Revs 52.0 mln vs 48.3 mln")
    text = dump("Acme Corp Q3 profit rises", "Acme Corp said on Tuesday:", *table, "Results are unaudited.")
    assert all(role_of(text, line) is Role.LIST_ITEM for line in table)


def test_a_wire_table_with_no_prose_is_the_body() -> None:
    table = ("Shr 41 cts vs 37 cts", "Net 4.1 mln vs 3.7 mln", "Revs 52.0 mln vs 48.3 mln")
    story = articleparse.parse(dump("ACME CORP 3RD QTR NET", *table, "Reuter"))
    assert [paragraph.text for paragraph in story.body] == list(table)
    assert story.source is not None
    assert story.source.credits == ("Reuter",)


def test_headline_shaped_lines_between_paragraphs_are_related_links() -> None:
    links = ("Council approves new bridge", "Storm closes coastal roads", "Schools reopen after floods")
    text = dump(HEADLINE, PROSE, MORE, *links, LAST)
    assert all(role_of(text, line) is Role.RELATED for line in links)


@pytest.mark.parametrize(
    "items",
    [
        ("Best film - The Aviator", "Best actor - Jamie Foxx", "Best actress - Hilary Swank"),
        ("Arsenal v Stoke", "Chelsea v Fulham", "Everton v Leeds"),
    ],
)
def test_parallel_lines_stay_list_items(items: tuple[str, ...]) -> None:
    text = dump(HEADLINE, PROSE, MORE, *items, LAST)
    assert all(role_of(text, line) is Role.LIST_ITEM for line in items)
