"""Subheadings, paragraphs broken across blank lines, and what stays a paragraph."""

from __future__ import annotations

import pytest

import articleparse
from articleparse import Role

from .helpers import LAST, MORE, PROSE, dump, role_of, roles


@pytest.mark.parametrize(
    "heading",
    [
        "Why the server was not a transparency dodge",
        "1. The man lies all the time.",
        "10. We could not be the great country we are without the First Amendment, but our media may kill us.",
        "IV. What can authoritarianism explain?",
    ],
)
def test_a_title_line_set_apart_above_prose_is_a_subheading(heading: str) -> None:
    assert role_of(dump("A headline", PROSE, heading, MORE, LAST), heading) is Role.SUBHEADING


def test_a_short_question_right_over_its_paragraph_is_a_subheading() -> None:
    text = dump("A headline", PROSE, "But she deleted 33,000 emails!\n" + MORE, LAST)
    assert role_of(text, "But she deleted") is Role.SUBHEADING


def test_a_short_question_standing_alone_is_a_paragraph() -> None:
    assert role_of(dump("A headline", PROSE, "Why would he stop?", MORE), "Why would he stop?") is Role.PARAGRAPH


def test_headings_above_headings_and_past_captions() -> None:
    text = dump(
        "A headline",
        PROSE,
        "Physical characteristics",
        "Regolith",
        MORE,
        "Climate",
        "Mars at dusk. (Photo: NASA/JPL)",
        LAST,
    )
    assert role_of(text, "Physical characteristics") is Role.SUBHEADING
    assert role_of(text, "Regolith") is Role.SUBHEADING
    assert role_of(text, "Climate") is Role.SUBHEADING


def test_in_a_dump_without_blank_lines_short_lines_are_prose() -> None:
    text = "\n".join(["A headline", "", PROSE, "Update on the talks", MORE])
    assert role_of(text, "Update on the talks") is Role.PARAGRAPH


def test_a_paragraph_broken_across_a_blank_line_is_one_block() -> None:
    text = dump(
        "A headline",
        "The Voice judge, 24, was ordered to hide the truth by record bosses to avoid",
        " turning off male fans, the unauthorised biography says.",
        MORE,
    )
    article = articleparse.parse(text)
    assert article.body[0].text == (
        "The Voice judge, 24, was ordered to hide the truth by record bosses to avoid "
        "turning off male fans, the unauthorised biography says."
    )
    assert (article.body[0].span.first_line, article.body[0].span.last_line) == (3, 5)


def test_a_dateline_left_alone_begins_the_paragraph_below() -> None:
    article = articleparse.parse(dump("WASHINGTON, D.C. –", PROSE, MORE))
    assert article.headline is None
    assert article.body[0].text == f"WASHINGTON, D.C. – {PROSE}"


def test_lines_after_the_body_in_its_layout_belong_to_it() -> None:
    text = dump("Dundee Utd 4-1 Aberdeen", PROSE, MORE, "Archibald 19, Grady 29.", "8,661", "K Clark")
    assert [role for role, _ in roles(text)][-2:] == [Role.PARAGRAPH, Role.PARAGRAPH]


def test_lines_set_apart_after_the_body_fit_no_role() -> None:
    text = dump("A headline", PROSE, MORE) + "\n\n\n" + "Terms of use"
    assert roles(text)[-1] == (Role.BOILERPLATE, "Terms of use")
