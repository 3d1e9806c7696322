"""Property 6: a span's line numbers are the line counts of the normalised text up to its offsets."""

from __future__ import annotations

from hypothesis import given

import articleparse
from articleparse import Article
from articleparse.strategies import dumps

from ..invariants import line_of
from ..strategies_dump import any_text


def check_lines(text: str) -> None:
    normalised = articleparse.normalize(text)
    for block in articleparse.tokenize(text):
        assert block.span.first_line == line_of(normalised, block.span.start)
        assert block.span.last_line == line_of(normalised, block.span.end - 1)


@given(any_text)
def test_line_numbers_count_line_breaks_before_the_offsets(text: str) -> None:
    check_lines(text)


@given(dumps())
def test_line_numbers_of_noisy_dumps(dump: tuple[Article, str]) -> None:
    check_lines(dump[1])


@given(any_text)
def test_the_normalised_text_has_only_newline_breaks(text: str) -> None:
    normalised = articleparse.normalize(text)
    assert "\r" not in normalised
    assert not normalised.startswith("\ufeff")
    assert normalised.count("\n") == text.count("\n") + text.count("\r") - text.count("\r\n")
