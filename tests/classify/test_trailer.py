"""After the body: promos, highlights and readers' comments."""

from __future__ import annotations

import articleparse
from articleparse import Role

from .helpers import MORE, PROSE, dump, roles


def test_title_twice_then_a_blurb_closing_the_dump_are_promos() -> None:
    text = dump("A headline", PROSE, MORE, "Women under siege", "Women under siege", "A one-sentence blurb.")
    article = articleparse.parse(text)
    assert [(promo.title, promo.blurb) for promo in article.promos] == [("Women under siege", "A one-sentence blurb.")]


def test_a_more_stories_list_closing_the_dump_is_promos() -> None:
    text = dump("A headline", PROSE, MORE, "More from AllBusiness.com:", "Ten ways to grow", "Why sales stall")
    assert [role for role, _ in roles(text)][-3:] == [Role.PROMO] * 3


def test_highlights_are_never_body() -> None:
    text = dump(
        PROSE, MORE, "@highlight", "Bush to address veterans on Wednesday", "@highlight", "Speech is latest attempt"
    )
    article = articleparse.parse(text)
    assert [role for role, _ in roles(text)][2:] == [Role.HIGHLIGHT] * 4
    assert "Bush to address veterans on Wednesday" not in article.text


def test_a_story_highlights_list_is_highlights() -> None:
    text = dump("A headline", "Story highlights", "NEW: Driver says pickup was folded in half", PROSE, MORE)
    assert [role for role, _ in roles(text)][1:3] == [Role.HIGHLIGHT, Role.HIGHLIGHT]


def test_after_a_comments_marker_nothing_is_the_article() -> None:
    text = dump("A headline", PROSE, MORE, "42 comments", "Great article, thanks.", "I disagree with all of it.")
    assert [role for role, _ in roles(text)][-3:] == [Role.BOILERPLATE] * 3


def test_a_comment_header_line_is_boilerplate() -> None:
    text = dump("A headline", PROSE, "Robert Fastiggi • 13 hours ago", MORE)
    assert roles(text)[2] == (Role.BOILERPLATE, "Robert Fastiggi • 13 hours ago")


NEWS = [
    "The minister said on Monday that the plans would go ahead.",
    "Officials told reporters the cost had not yet been agreed.",
    "A spokesman said the decision was expected within weeks.",
]
COMMENTS = [
    "An interesting article, but I think it misses the point entirely.",
    "I agree with every word. We cannot go on like this.",
    "Rubbish. You cannot compare the two situations at all.",
    "I think the government should listen to people like me for once.",
    "Well said! My family has been saying this for years.",
    "I believe we deserve better than this from our leaders.",
    "Why do you print this nonsense? I expected better from you.",
    "I have lived here all my life and I have never seen anything like it.",
]


def test_readers_comments_after_an_article_without_a_marker_are_boilerplate() -> None:
    article = articleparse.parse(dump("A headline", *NEWS, *COMMENTS))
    assert [paragraph.text for paragraph in article.body] == NEWS
    assert len(article.blocks_of(Role.BOILERPLATE)) == len(COMMENTS)


def test_a_first_person_column_is_not_a_comment_section() -> None:
    column = [text.replace("Rubbish. ", "").replace("Why do you print this nonsense? ", "") for text in COMMENTS]
    article = articleparse.parse(dump("A headline", *column))
    assert len(article.body) == len(column)


def test_a_transcript_introduced_with_a_colon_is_the_articles() -> None:
    speech = [text.replace("An interesting article, but ", "") for text in COMMENTS]
    article = articleparse.parse(dump("A headline", *NEWS, "Read her full remarks here:", *speech))
    assert len(article.body) >= len(NEWS) + len(speech)
