"""Property 9: pathological shapes complete and stay lossless (timings live in benchmarks/)."""

from __future__ import annotations

import re
import time
import tracemalloc

import attrs
import pytest

import articleparse
from articleparse._config import DEFAULT_CONFIG, compiled

from ..invariants import check_blocks

PATHOLOGICAL = {
    "one 5 MB line": "word " * 1_000_000,
    "200,000 blank lines": "Headline\n" + "\n" * 200_000 + "Body.",
    "100,000 one-word lines": "\n".join(["word"] * 100_000),
    "a line of 1,000,000 spaces": "Headline\n\n" + " " * 1_000_000 + "\nBody.",
    "deep indentation": "\n".join(" " * (i % 4000) + "line." for i in range(20_000)),
    "alternating indentation": "\n".join(
        ("    " if i % 2 else "") + "a wrapped line of text and" for i in range(50_000)
    ),
    "100,000 sentences on one line": "Dr. Smith left. " * 100_000,
    "a 1 MB title-cased line": "Word " * 200_000,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_input_completes_and_stays_lossless(text: str) -> None:
    check_blocks(text, articleparse.parse(text).blocks)


def _patterns() -> list[re.Pattern[str]]:
    """Every regular expression of the package, and those its default configuration compiles."""
    import importlib
    import pkgutil

    modules = [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(articleparse.__path__, "articleparse.")
        if info.name != "articleparse.strategies"
    ]
    found = [value for module in modules for value in vars(module).values() if isinstance(value, re.Pattern)]
    vocabulary = compiled(DEFAULT_CONFIG)
    # Every pattern the configuration compiles, found by walking the compiled fields, so a
    # pattern added there later is checked without being named here.
    for field in attrs.fields(type(vocabulary)):
        found += _patterns_in(getattr(vocabulary, field.name))
    return found


def _patterns_in(value: object) -> list[re.Pattern[str]]:
    """The regular expressions in one compiled field: a pattern, a matcher's, a calendar's, a tuple's."""
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, tuple):
        return [pattern for item in value for pattern in _patterns_in(item)]
    if attrs.has(type(value)):
        return [pattern for field in attrs.fields(type(value)) for pattern in _patterns_in(getattr(value, field.name))]
    return []


# Worst cases for patterns over text: long runs of one character of each class, and of the
# short shapes patterns repeat (a word and a space, an initial, a number and a dot, an
# underscored name, a handle, an opening bracket, a label and a colon).
SHAPES = (
    "a",
    " ",
    ".",
    "1",
    "(",
    "-",
    "_",
    "@",
    "\u201c",
    "A.",
    "1.",
    "a_",
    "ab ",
    "Aa ",
    "a@",
    "A ",
    "1 ",
    "x: ",
    "» ",
    "| ",
    "Aa, ",
    "14. 01. ",
    # aimed at the export readers' patterns: digit groups, rules, labels, ids that never close
    "1,000",
    "- ",
    "A ",
    "Document 0",
    "0",
)
SIZE = 20_000
# A pattern that is linear in its input reads 20,000 characters in well under this; one that
# rescans from each position, or backtracks over nested quantifiers, takes seconds or hours.
LIMIT = 1.0
#: Bytes a match may hold while it runs: a bounded repetition's worth, far less than the input's
#: 20,000 characters at the 200 bytes a repetition the engine keeps.
MEMORY = 8 * SIZE


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda pattern: pattern.pattern[:40])
def test_no_regular_expression_is_more_than_linear(pattern: re.Pattern[str]) -> None:
    for shape in SHAPES:
        text = shape * (SIZE // len(shape)) + "!"
        started = time.perf_counter()
        pattern.search(text)
        pattern.match(text)
        pattern.fullmatch(text)
        list(pattern.finditer(text))
        pattern.split(text)
        elapsed = time.perf_counter() - started
        assert elapsed < LIMIT, f"{shape!r} * {SIZE}: {elapsed:.2f} s"
        # A match needs no memory growing with its input: a repeated group (``(?:_\w+){2,}``)
        # makes the regex engine keep about 200 bytes a repetition, gigabytes on a long line.
        tracemalloc.start()
        try:
            pattern.search(text)
            pattern.match(text)
            pattern.fullmatch(text)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < MEMORY, f"{shape!r} * {SIZE}: {peak} bytes"


def test_a_long_run_of_date_labels_is_read_in_linear_time() -> None:
    # An export's date field is not capped as a dump's date line is, and date_parts looked back
    # over the whole run for a digit at each label word: 200,000 characters took 16 s. A hang
    # guard with a generous limit, not a speed test.
    from articleparse._classify.shapes import date_parts

    started = time.perf_counter()
    assert date_parts("published " * 20_000, DEFAULT_CONFIG) == ()
    assert time.perf_counter() - started < 5 * LIMIT
