"""The user's seed dump, parsed exactly, from every entry point."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

import articleparse
from articleparse import Article, Role

from .conftest import SEED

# The seed's layout, line by line (1-based), as a reader labels it.
HEADLINE_LINE = 1
STANDFIRST_LINE = 3
PARAGRAPH_LINES = (5, 7, 11, 13, 15, 17, 21, 23, 25, 27, 29, 31, 35, 37, 39, 41)
RELATED_LINES = (9, 19, 33)
SOURCE_LINE = 44
PROMO_LINES = ((47, 51), (53, 57), (59, 63))


def seed_lines() -> list[str]:
    return re.split(r"\r\n|\r|\n", SEED.read_text(encoding="utf-8"))


def expected_roles() -> dict[int, Role]:
    roles = {HEADLINE_LINE: Role.HEADLINE, STANDFIRST_LINE: Role.STANDFIRST, SOURCE_LINE: Role.SOURCE}
    roles.update(dict.fromkeys(PARAGRAPH_LINES, Role.PARAGRAPH))
    roles.update(dict.fromkeys(RELATED_LINES, Role.RELATED))
    for first, last in PROMO_LINES:
        roles.update(dict.fromkeys(range(first, last + 1), Role.PROMO))
    return roles


def from_parse() -> Article:
    return articleparse.parse(SEED.read_text(encoding="utf-8"))


def from_bytes() -> Article:
    return articleparse.parse_bytes(SEED.read_bytes())


def from_file() -> Article:
    return articleparse.parse_file(SEED)


def from_file_as_str() -> Article:
    return articleparse.parse_file(str(SEED))


def from_crlf() -> Article:
    return articleparse.parse_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))


ENTRY_POINTS = [from_parse, from_bytes, from_file, from_file_as_str, from_crlf]


@pytest.fixture(params=ENTRY_POINTS, ids=lambda entry: entry.__name__)
def article(request: pytest.FixtureRequest) -> Article:
    return request.param()


def test_the_seed_copy_is_byte_exact_with_its_quirks() -> None:
    data = SEED.read_bytes()
    assert not data.endswith(b"\n")
    assert seed_lines()[18].startswith("    \u00a0")


def test_headline(article: Article) -> None:
    assert article.headline == "Russia blasts US over ceasefire violations"


def test_standfirst(article: Article) -> None:
    assert article.standfirst == (
        'President Putin says US failure to rein in armed groups is a "very dangerous route" '
        "threatening the precarious truce."
    )


def test_body_is_the_sixteen_paragraphs_in_order(article: Article) -> None:
    lines = seed_lines()
    assert [paragraph.text for paragraph in article.body] == [lines[n - 1].strip() for n in PARAGRAPH_LINES]
    assert all(paragraph.role is Role.PARAGRAPH for paragraph in article.body)
    assert article.body[0].text.startswith("Russian President Vladimir Putin has questioned")
    assert article.body[-1].text == (
        "Syria's conflict has killed more than 300,000 people and displaced half "
        "the country's population since March 2011."
    )


def test_related_links_and_the_paragraphs_they_stand_before(article: Article) -> None:
    assert [(link.text, link.position) for link in article.related] == [
        ("Syria's civil war: Ceasefire strained by fresh fighting", 2),
        ("Syria's rebel group voices moderate stance", 6),  # line 19, its no-break space stripped
        ("Syria ceasefire deal explained", 12),
    ]


def test_source_line_and_its_credits(article: Article) -> None:
    assert article.source is not None
    assert article.source.label == "SOURCE"
    assert article.source.text == "Al Jazeera News And Agencies"
    assert article.source.credits == ("Al Jazeera News", "Agencies")


def test_promos(article: Article) -> None:
    assert [(promo.title, promo.blurb) for promo in article.promos] == [
        (
            "'Money can't buy us': Mapping Canada's oil pipeline battle",
            "We travel more than 2,000km and visit communities along the route of the oil pipeline "
            "that cuts across Indigenous land.",
        ),
        (
            "Women under ISIL: The wives",
            "Women married to ISIL fighters share accounts of being made to watch executions and "
            "strap explosives to other women.",
        ),
        (
            "Diplomats for sale: How an ambassadorship was bought and lost",
            "The story of Ali Reza Monfared, the Iranian who tried to buy diplomatic immunity after "
            "embezzling millions of dollars.",
        ),
    ]
    assert [(promo.span.first_line, promo.span.last_line) for promo in article.promos] == list(PROMO_LINES)


def test_every_non_blank_line_has_its_role(article: Article) -> None:
    got = {}
    for block in article.blocks:
        for number in range(block.span.first_line, block.span.last_line + 1):
            got[number] = block.role
    lines = seed_lines()
    non_blank = {number for number, line in enumerate(lines, start=1) if line.strip()}
    expected = {number: role for number, role in expected_roles().items() if number in non_blank}
    assert {number: got[number] for number in non_blank} == expected


def test_blocks_come_in_order_with_spans_on_their_text(article: Article) -> None:
    text = SEED.read_text(encoding="utf-8")  # LF, no BOM: already the normalised text
    starts = [block.span.start for block in article.blocks]
    assert starts == sorted(starts)
    for block in article.blocks:
        assert " ".join(text[block.span.start : block.span.end].split()) == " ".join(block.text.split())


def test_entry_points_agree_and_bytes_record_their_encoding() -> None:
    from_text = from_parse()
    assert from_text.encoding is None
    assert from_bytes() == attrs.evolve(from_text, encoding="utf-8")
    assert from_file() == from_bytes()


def test_text_is_the_body_joined_by_blank_lines() -> None:
    article = from_file()
    assert article.text == "\n\n".join(paragraph.text for paragraph in article.body)
    assert article.text.count("\n\n") == 15


def test_parse_file_takes_a_path_object(tmp_path: Path) -> None:
    copy = tmp_path / "seed.txt"
    copy.write_bytes(SEED.read_bytes())
    assert articleparse.parse_file(copy) == from_file()
