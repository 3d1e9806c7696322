"""Source lines: labelled anywhere, or set off after the body by blank-line runs."""

from __future__ import annotations

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
