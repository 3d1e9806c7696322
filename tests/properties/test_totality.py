"""Property 3: parse never raises on any str, parse_bytes on any bytes."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import articleparse

from ..strategies_dump import any_text


@given(any_text)
@example("")
@example("\ufeff")
@example("\r\r\n\n")
@example("\x00\x01\x02 binary-ish \x7f")
def test_parse_never_raises_on_any_string(text: str) -> None:
    assert isinstance(articleparse.parse(text), articleparse.Article)


@given(st.binary())
@example(b"")
@example(b"\xff\xfe")  # a UTF-16 byte-order mark and nothing after it
@example(b"\xff\xfe\x00")  # an odd number of UTF-16 bytes
@example(b"\xef\xbb\xbf\xff")  # a UTF-8 byte-order mark, then a byte UTF-8 never uses
@example(b"\x81\x8d\x8f\x90\x9d")  # the five bytes cp1252 leaves undefined
def test_parse_bytes_never_raises_on_any_bytes(data: bytes) -> None:
    article = articleparse.parse_bytes(data)
    assert article.encoding in {"utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"}


@given(st.binary())
def test_any_bytes_decode_by_the_documented_chain(data: bytes) -> None:
    encoding = articleparse.parse_bytes(data).encoding
    assert encoding is not None
    data.decode(encoding, errors="replace")  # the recorded codec reads the whole input
    if encoding in {"cp1252", "latin-1"}:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:  # pragma: no cover - the property's failure
            raise AssertionError("valid UTF-8 must decode as UTF-8")
