"""Source lines: labelled anywhere, or set off after the body by blank-line runs."""

from __future__ import annotations

import pytest

import articleparse
from articleparse import Role

BODY = "Headline of the story\n\nThe first paragraph of the story.\n\nThe last paragraph of the story.\n"


def roles(text: str) -> list[tuple[Role, str]]:
    return [(block.role, block.text) for block in articleparse.parse(text).blocks]


def test_a_labelled_source_line_keeps_its_label_and_credits() -> None:
    article = articleparse.parse(BODY + "\n\nSources: Reuters, AP & AFP")
    assert article.source is not None
    assert (article.source.label, article.source.text) == ("Sources", "Reuters, AP & AFP")
    assert article.source.credits == ("Reuters", "AP", "AFP")


def test_an_unlabelled_credit_set_off_by_blank_runs_is_the_source() -> None:
    article = articleparse.parse(BODY + "\n\nNews Agencies and Staff\n\n\nA promo title\n\nA promo title\n\nIts blurb.")
    assert article.source is not None
    assert (article.source.label, article.source.text) == (None, "News Agencies and Staff")
    assert article.source.credits == ("News Agencies", "Staff")
    assert [promo.title for promo in article.promos] == ["A promo title"]


def test_an_unlabelled_credit_at_the_end_of_the_dump() -> None:
    assert roles(BODY + "\n\nNews Agencies")[-1] == (Role.SOURCE, "News Agencies")


def test_a_short_line_after_one_blank_line_is_not_a_credit() -> None:
    assert roles(BODY + "\nNews Agencies")[-1][0] is not Role.SOURCE


def test_a_sentence_set_off_at_the_end_is_not_a_credit() -> None:
    assert roles(BODY + "\n\nThe story goes on after a gap.")[-1][0] is Role.PARAGRAPH


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Additional reporting by Jane Doe in Paris.",
        "Associated Press writer Jane Doe contributed to this report.",
    ],
)
def test_wire_credit_lines_are_source_lines(credit: str) -> None:
    assert roles(BODY + "\n" + credit)[-1] == (Role.SOURCE, credit)


def test_a_closing_author_bio_is_a_source_line() -> None:
    bio = "Gail Gardner is the Small Business Marketing Strategist who founded GrowMap.com."
    assert roles(BODY + "\n" + bio)[-1] == (Role.SOURCE, bio)


def test_a_closing_sentence_about_someone_else_is_prose() -> None:
    line = "Jane Doe is a member of the committee and will vote on Tuesday."
    assert roles(BODY + "\n" + line)[-1][0] is Role.PARAGRAPH


@pytest.mark.parametrize("credit", ["-Daily Mail", "– Reuters", "Via TruePundit"])
def test_a_credit_under_a_quoted_excerpt(credit: str) -> None:
    text = BODY + "\n" + credit + "\n\nThe story goes on with more prose after the excerpt."
    assert (Role.SOURCE, credit) in roles(text)


def test_words_set_off_at_the_end_are_not_a_credit() -> None:
    assert roles(BODY + "\n\n\nTerms of use")[-1] == (Role.BOILERPLATE, "Terms of use")
