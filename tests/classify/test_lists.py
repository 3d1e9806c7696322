"""List items: bullets, numbers, fact boxes, runs of short parallel lines, dense blocks."""

from __future__ import annotations

import pytest

from articleparse import Role

from .helpers import LAST, MORE, PROSE, dump, role_of, roles


@pytest.mark.parametrize("bullet", ["• ", "- ", "– ", "* ", " - "])
def test_bulleted_lines_are_list_items(bullet: str) -> None:
    items = [f"{bullet}Restructure the family", f"{bullet}Postpone or avoid marriage"]
    text = dump("A headline", PROSE, "\n".join(items), MORE)
    assert [role for role, _ in roles(text)][2:4] == [Role.LIST_ITEM, Role.LIST_ITEM]


def test_an_embedded_posts_attribution_is_not_a_bullet() -> None:
    line = "— Donald J. Trump (@realDonaldTrump) December 1, 2017"
    assert role_of(dump("A headline", PROSE, "A disgraceful verdict!\n" + line, MORE), line) is Role.PARAGRAPH


def test_numbered_lines_in_a_row_are_a_list() -> None:
    text = dump("A headline", PROSE, "1. Buy the milk\n2. Walk the dog\n3. Call the bank", MORE)
    assert [role for role, _ in roles(text)][2:5] == [Role.LIST_ITEM] * 3


def test_roman_numbered_contents_are_a_list() -> None:
    text = dump("A headline", PROSE, "I. The question\nII. The discovery\nIII. What it explains", MORE)
    assert [role for role, _ in roles(text)][2:5] == [Role.LIST_ITEM] * 3


def test_short_parallel_lines_between_paragraphs_are_a_list() -> None:
    fixtures = ["Arsenal v Stoke", "Man Utd v Exeter", "Derby v Wigan", "Hull v Colchester"]
    text = dump("A headline", PROSE, *fixtures, LAST)
    assert [role for role, _ in roles(text)][2:6] == [Role.LIST_ITEM] * 4


def test_two_short_lines_after_a_colon_are_a_list() -> None:
    text = dump(
        "A headline",
        PROSE,
        "For example, test whether visitors respond to:",
        "Buy now vs free trial",
        "Credit card vs no credit card",
        MORE,
    )
    assert [role for role, _ in roles(text)][3:5] == [Role.LIST_ITEM] * 2


def test_a_fact_box_of_label_value_lines() -> None:
    text = dump(
        "A headline",
        PROSE,
        "Composition & structure",
        "Atmospheric composition (by volume):",
        "95.32 percent carbon dioxide, 2.7 percent nitrogen",
        "Magnetic field: None to speak of, today.",
        "Internal structure: A core of iron and nickel.",
        MORE,
    )
    kinds = [role for role, _ in roles(text)]
    assert kinds[3:7] == [Role.LIST_ITEM] * 4
    assert kinds[2] is Role.SUBHEADING


def test_a_dense_block_among_spaced_paragraphs_is_a_list_with_headings() -> None:
    block = "\n".join(
        [
            "Former presidents (1)",
            "George H.W. Bush, through a spokesman",
            "Members of Congress (2)",
            "Richard Hanna, New York",
            "Scott Rigell, Virginia",
        ]
    )
    text = dump("A headline", PROSE, MORE, "Below is that list as it stands:", block, LAST)
    got = [role for role, _ in roles(text)][4:9]
    assert got == [Role.SUBHEADING, Role.LIST_ITEM, Role.SUBHEADING, Role.LIST_ITEM, Role.LIST_ITEM]


def test_a_body_written_one_paragraph_a_line_is_not_a_list() -> None:
    text = "A headline\n\n" + "\n".join([PROSE, "Short line here", MORE, "Another short one", LAST, "And a third"])
    assert Role.LIST_ITEM not in {role for role, _ in roles(text)}
