"""Bytes to text: BOM, UTF-8, mostly UTF-8, cp1252, Latin-1, and forced encodings."""

from __future__ import annotations

import codecs

import pytest

import articleparse
from articleparse import ArticleDecodeError, ArticleParseError

DUMP = "Caf\u00e9 owners \u201cdelighted\u201d\n\nThey said it\u2019s a good day\u2026 for all."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (DUMP.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + DUMP.encode("utf-8"), "utf-8-sig"),
        (DUMP.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + DUMP.encode("utf-16-be"), "utf-16"),
        (DUMP.encode("utf-32"), "utf-32"),
        (DUMP.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom", "cp1252"],
)
def test_each_encoding_decodes_to_the_same_article(data: bytes, encoding: str) -> None:
    article = articleparse.parse_bytes(data)
    assert article.encoding == encoding
    assert article.headline == "Caf\u00e9 owners \u201cdelighted\u201d"
    assert article.text == "They said it\u2019s a good day\u2026 for all."
    assert data.decode(encoding).lstrip("\ufeff") == DUMP


def test_cp1252_byte_0x85_is_an_ellipsis_not_a_line_break() -> None:
    article = articleparse.parse_bytes(b"Headline\r\n\r\nIt was late\x85 and dark.")
    assert article.encoding == "cp1252"
    assert article.body[0].text == "It was late\u2026 and dark."
    assert article.body[0].span.first_line == 3


def test_bytes_undefined_in_cp1252_fall_back_to_latin_1() -> None:
    article = articleparse.parse_bytes(b"Headline\n\nA byte \x81 no code page defines.")
    assert article.encoding == "latin-1"
    assert article.body[0].text == "A byte \x81 no code page defines."


def test_a_stray_byte_in_utf_8_is_replaced_not_turned_into_mojibake() -> None:
    data = "Votes by \u201cthe thousands\u201d\n\nA story.".encode().replace(b"\xe2\x80\x9d", b"\x9d")
    article = articleparse.parse_bytes(data)
    assert article.encoding == "utf-8"
    assert article.headline == "Votes by \u201cthe thousands\ufffd"


def test_a_forced_encoding_is_used() -> None:
    assert articleparse.parse_bytes("\u00e9t\u00e9".encode("latin-1"), encoding="latin-1").encoding == "iso8859-1"


def test_bytes_not_in_the_forced_encoding_raise_naming_the_input_and_the_reason() -> None:
    with pytest.raises(ArticleDecodeError, match=r"^<bytes>: not valid utf-8: byte 0x93 at offset 3"):
        articleparse.parse_bytes(b"Say\x93hi\x94", encoding="utf-8")


def test_an_unknown_forced_encoding_raises() -> None:
    with pytest.raises(ArticleParseError, match="unknown encoding 'no-such-codec'"):
        articleparse.parse_bytes(b"text", encoding="no-such-codec")


def test_odd_length_utf_16_is_decoded_with_a_replacement_not_an_error() -> None:
    article = articleparse.parse_bytes("Headline\n\nBody.".encode("utf-16") + b"\x00")
    assert article.encoding == "utf-16"
    assert article.blocks[-1].text.endswith("\ufffd")


def test_zero_width_characters_and_form_feeds_are_kept_and_never_break_a_line() -> None:
    article = articleparse.parse_bytes("A zero\u200bwidth headline\n\nA\u200dstory\fgoes on.".encode())
    assert article.headline == "A zero\u200bwidth headline"
    assert article.body[0].text == "A\u200dstory\fgoes on."
    assert article.body[0].span.first_line == 3
