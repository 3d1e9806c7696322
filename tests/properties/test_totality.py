"""Property 3: parse never raises on any str, parse_bytes on any bytes."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import articleparse
from articleparse._charset import CANDIDATES

from ..strategies_dump import any_text

#: What bytes that are not UTF-8 and carry no byte-order mark may be decoded as.
DETECTED = {"cp1252", "latin-1", *CANDIDATES}


@given(any_text)
@example("")
@example("\ufeff")
@example("\r\r\n\n")
@example("\x00\x01\x02 binary-ish \x7f")
@example("\ufeffA headline\n\nA story.\n\f\n\ufeffAnother headline\n\nAnother story.\n")
@example("A headline\n\nPublished: 17 Sep 0000 15:47 GMT\n\nA story \ud83d\ude00 \ud83d.\n")
@example("\r\f\ufeff\n" * 50)
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
    assert article.encoding in {"utf-8", "utf-8-sig", "utf-16", "utf-32", *DETECTED}


@given(st.binary())
def test_any_bytes_decode_by_the_documented_chain(data: bytes) -> None:
    encoding = articleparse.parse_bytes(data).encoding
    assert encoding is not None
    data.decode(encoding, errors="replace")  # the recorded codec reads the whole input
    if encoding in DETECTED:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:  # pragma: no cover - the property's failure
            raise AssertionError("valid UTF-8 must decode as UTF-8")


_OFFSETS = st.one_of(
    st.from_regex(r"[+-][0-9]{2}:?[0-9]{2}", fullmatch=True),
    st.from_regex(r"(UTC|GMT)[+-][0-9]{1,2}(:[0-9]{2})?", fullmatch=True),
    st.text(alphabet="+-:0123456789UTCGM ", max_size=12),
)


@given(st.sampled_from(["Published", "Updated", "Posted"]), _OFFSETS)
@example("Published", "+2400")
@example("Updated", "UTC+25")
@example("Published", "-2500")
def test_a_timestamp_with_any_zone_offset_never_raises(label: str, offset: str) -> None:
    # An impossible offset (+2400, UTC+25) is a diagnostic, never an exception, here or later.
    text = f"A headline for the story\n\n{label}: 17 Sep 2016 15:47 {offset}\n\nThe story begins here and goes on.\n"
    article = articleparse.parse(text)
    article.to_dict()
    hash(article)
    for moment in (article.published, article.updated):
        assert moment is None or moment.utcoffset() is None or abs(moment.utcoffset().total_seconds()) < 86_400
