"""The line view: a lazy sequence that reads as the list of the text's lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articleparse._normalize import Line, Lines

texts = st.text(alphabet="ab \t\n\f\u00a0\u2028", max_size=60)


@given(texts)
def test_lines_are_the_texts_lines_with_their_offsets(text: str) -> None:
    lines = Lines(text)
    pieces = text.split("\n")
    assert len(lines) == len(pieces)
    assert [line.text for line in lines] == pieces
    for line in lines:
        assert text[line.start : line.start + len(line.text)] == line.text
    assert [line.number for line in lines] == list(range(1, len(pieces) + 1))


@given(texts, st.integers(-70, 70), st.integers(-70, 70), st.sampled_from([None, 1, 2, -1]))
def test_indexing_and_slicing_follow_a_tuples(text: str, start: int, stop: int, step: int | None) -> None:
    lines = Lines(text)
    whole = tuple(lines)
    assert lines[start:stop:step] == whole[start:stop:step]
    if -len(whole) <= start < len(whole):
        assert lines[start] == whole[start]
    else:
        try:
            lines[start]
        except IndexError:
            pass
        else:
            raise AssertionError("an index out of range must raise IndexError")


def test_a_line_is_built_when_asked_for() -> None:
    lines = Lines("Headline\n\n  Body.")
    assert lines[2] == Line.of(3, 10, "  Body.")
    assert lines[-1].stripped == "Body."
