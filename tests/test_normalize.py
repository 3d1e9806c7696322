"""Line breaks are \\r\\n, \\r and \\n only; a BOM is dropped; nothing else changes."""

from __future__ import annotations

import pytest

import articleparse
from articleparse import Role


@pytest.mark.parametrize("separator", ["\x85", "\u2028", "\u2029", "\f", "\v", "\x1c", "\x1d", "\x1e"])
def test_characters_splitlines_breaks_on_stay_inside_their_line(separator: str) -> None:
    text = f"First half{separator}second half of one line.\nNext line is two."
    blocks = articleparse.tokenize(text)
    assert blocks[0].span.first_line == blocks[0].span.last_line == 1
    assert separator in text[blocks[0].span.start : blocks[0].span.end]
    assert blocks[-1].span.first_line == 2


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_every_line_end_counts_as_one_break(end: str) -> None:
    text = end.join(["Headline here", "", "The first paragraph.", "", "The second one."])
    article = articleparse.parse(text)
    assert [(b.role, b.span.first_line) for b in article.blocks] == [
        (Role.HEADLINE, 1),
        (Role.PARAGRAPH, 3),
        (Role.PARAGRAPH, 5),
    ]


def test_mixed_line_ends_in_one_file() -> None:
    article = articleparse.parse("Headline here\r\n\rThe first paragraph.\n\r\nThe second one.")
    assert [b.span.first_line for b in article.blocks] == [1, 3, 5]


def test_a_bom_is_not_text_and_not_a_line() -> None:
    article = articleparse.parse("\ufeffHeadline here\n\nA paragraph.")
    assert article.headline == "Headline here"
    assert article.blocks[0].span.start == 0


def test_normalize_only_drops_the_bom_and_rewrites_line_ends() -> None:
    assert articleparse.normalize("\ufeffa\r\nb\rc\nd\u2028e\x85") == "a\nb\nc\nd\u2028e\x85"
    assert articleparse.normalize("a\ufeffb") == "a\ufeffb"


def test_no_break_spaces_and_tabs_are_stripped_from_block_text() -> None:
    article = articleparse.parse("\u00a0\tHeadline here\u00a0\n\n\t\u00a0A paragraph.\u2003")
    assert [b.text for b in article.blocks] == ["Headline here", "A paragraph."]


def test_a_no_break_space_before_a_line_is_stripped_but_is_not_indentation() -> None:
    # Noise like the seed's line 19 must not make a paragraph look set apart like a standfirst.
    text = "Headline here\n\n    \u00a0First paragraph of the story.\n\n    Second paragraph.\n\n    Third one."
    article = articleparse.parse(text)
    assert article.standfirst is None
    assert article.body[0].text == "First paragraph of the story."
