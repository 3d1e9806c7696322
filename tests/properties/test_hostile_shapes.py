"""Hang guard: drawn hostile dumps parse in time linear in their size, and stay lossless.

Not a benchmark (the figures live in ``benchmarks/shapes.py`` and the performance
page): the limit is generous, tens of times what a linear parse of the dump takes
on an ordinary machine, so a slow machine passes while a rule that rescans from
each segment to the end (quadratic) or a pattern that backtracks (exponential)
fails the suite.
"""

from __future__ import annotations

import contextlib
import signal
import time
import tracemalloc
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articleparse

from ..invariants import check_blocks

#: About 100 KB: a linear parse takes a fraction of a second, a quadratic rule minutes.
SIZE = 100_000
#: Seconds. Ordinary articles parse at about 1 MB/s; this is 100 times what a linear
#: parse of SIZE characters needs on such a machine.
LIMIT = 10.0

_PUNCTUATION = ".,;:!?)(][-_*#=|/\\'\"»«…•·–—"

# Short line shapes real rules look at: labels, credits, counters, dates, names, bullets.
_LINE_SHAPES = st.sampled_from(
    [
        "abc:",
        "def",
        "A.",
        "More from the desk",
        "Photo: Jane Doe/AP",
        "I think you are right about this.",
        "Jane, Leeds, UK",
        "4 of 21",
        "Shr 41 cts vs 37 cts",
        "Council approves new bridge",
        "* item",
        "1) item",
        "Posted by: J. Smith | March 3, 2012 at 11:20 AM",
        "jsmith said...",
        "Reuter",
        "Facebook Twitter Email",
        "Jane Doe / 22.04.2020",
        "By Jane Doe",
        "Home",
        "a_b_c_d",
        "* * *",
    ]
)


@st.composite
def hostile_dumps(draw: st.DrawFn) -> str:
    """A dump of about SIZE characters of one hostile shape."""
    kind = draw(st.sampled_from(["lines", "mixed lines", "punctuation", "repetition"]))
    if kind == "lines":
        line = draw(st.one_of(_LINE_SHAPES, st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=8)))
        separator = draw(st.sampled_from(["\n", "\n\n", "\n\n\n"]))
        unit = line + separator
    elif kind == "mixed lines":
        lines = draw(st.lists(_LINE_SHAPES, min_size=2, max_size=4))
        unit = "\n\n".join(lines) + "\n\n"
    elif kind == "punctuation":
        unit = draw(st.sampled_from(_PUNCTUATION))
    else:
        unit = draw(st.text(alphabet=_PUNCTUATION + "aA1 _@", min_size=1, max_size=4))
    prose = "The story begins here and goes on for a while, as stories do. " * 3
    head = draw(st.sampled_from(["", "A headline for the story\n\n", "Headline\n\n" + prose + "\n\n"]))
    return head + unit * (SIZE // len(unit))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(hostile_dumps())
def test_hostile_shapes_parse_in_linear_time_and_stay_lossless(text: str) -> None:
    started = time.perf_counter()
    article = articleparse.parse(text)
    elapsed = time.perf_counter() - started
    assert elapsed < LIMIT, f"{len(text)} characters took {elapsed:.1f} s"
    check_blocks(text, article.blocks)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail, rather than wait, when the block runs past ``seconds`` (where the platform has timers)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds:.0f} s: more than linear")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


PROSE = "The story begins here and goes on for a while, as stories do, with a sentence or two more. "
HALF_MEGABYTE = 500_000
#: Seconds for half a megabyte: the slowest of these shapes takes under half a second
#: on an ordinary machine, an ordinary article a tenth; a rule that rescanned to the end
#: took 13 s to minutes here.
HALF_MEGABYTE_LIMIT = 10.0


def _repeat(head: str, unit: str, tail: str = "") -> str:
    return head + unit * ((HALF_MEGABYTE - len(head) - len(tail)) // len(unit)) + tail


#: The shapes once quadratic or worse: label lines after the body, promo markers before prose,
#: first-person paragraphs, picture credits, menus repeated, dated lines, underscored names.
QUADRATIC_ONCE = {
    "short label lines after the body": _repeat("Headline Here\n\n" + PROSE + "\n\n", "abc:\n\ndef\n\n"),
    "'More from' lines before prose": _repeat("Headline\n\n", "More from the desk\n\n", PROSE),
    "first-person paragraphs": _repeat("Headline\n\n" + PROSE + "\n\n", "I think you are right about this.\n\n"),
    "a run of photo credits": _repeat("Headline\n\n" + PROSE + "\n\n", "Photo: Jane Doe/AP\n"),
    "a menu repeated": _repeat("", "Home\nNews\nSport\nWeather\n\n"),
    "a page of dated lines": _repeat("", "Jane Doe / 22.04.2020\n\n"),
    "an underscored name": _repeat("", "a_", "!"),
}


@pytest.mark.parametrize("text", QUADRATIC_ONCE.values(), ids=QUADRATIC_ONCE.keys())
def test_half_a_megabyte_of_a_once_quadratic_shape_parses_in_linear_time(text: str) -> None:
    with deadline(HALF_MEGABYTE_LIMIT):
        articleparse.parse(text)


#: Shapes repeated just below ``max_segments`` (10,000 segments), where every rule reads every
#: segment: the cap hides nothing. Each unit is one or two segments.
BELOW_THE_CAP = {
    "first-person paragraphs": "I went to the market today and bought some bread.\n\n" * 9_000,
    "one-character sentences": "A.\n" * 9_000,
    "picture credits": "Photo: A thing here.\n" * 9_000,
    "'More from' lines": "".join(f"More from X{index}\n\n" for index in range(9_000)),
    "label lines": "abc:\n\ndef\n\n" * 4_500,
}
#: Seconds for one of them: a few tenths on an ordinary machine; the first-person shape took
#: 13 s when the readers'-voice rule rescanned from each paragraph.
BELOW_THE_CAP_LIMIT = 10.0


@pytest.mark.parametrize("text", BELOW_THE_CAP.values(), ids=BELOW_THE_CAP.keys())
def test_a_hostile_shape_just_below_the_cap_parses_in_linear_time(text: str) -> None:
    with deadline(BELOW_THE_CAP_LIMIT):
        article = articleparse.parse(text)
    assert not any(d.code is articleparse.DiagnosticCode.TOO_MANY_SEGMENTS for d in article.diagnostics)


@given(st.text(alphabet="ab. \n", max_size=300), st.integers(min_value=1, max_value=6))
def test_past_max_segments_the_rest_is_one_boilerplate_block(text: str, most: int) -> None:
    config = articleparse.ParserConfig(max_segments=most)
    article = articleparse.parse(text, config=config)
    check_blocks(text, article.blocks)
    assert len(article.blocks) <= most
    capped = [d for d in article.diagnostics if d.code is articleparse.DiagnosticCode.TOO_MANY_SEGMENTS]
    if capped:
        assert article.blocks[-1].role is articleparse.Role.BOILERPLATE
        assert capped[0].line == article.blocks[-1].span.first_line


def test_a_megabyte_of_one_character_lines_is_capped_and_kept() -> None:
    text = "A.\n" * 350_000
    article = articleparse.parse(text)
    assert len(article.blocks) == articleparse.DEFAULT_CONFIG.max_segments
    last = article.blocks[-1]
    assert (last.role, last.span.last_line) == (articleparse.Role.BOILERPLATE, 350_000)
    assert any(d.code is articleparse.DiagnosticCode.TOO_MANY_SEGMENTS for d in article.diagnostics)


@pytest.mark.parametrize(
    "text",
    ["a_" * 27 + "!", "_".join(["ab"] * 22) + " is the name of the file.", "a_" * 5_000 + "!"],
    ids=["underscores", "an underscored name opening a line", "ten thousand underscores"],
)
def test_underscored_names_do_not_backtrack(text: str) -> None:
    # The caption file-name pattern once took 9 s on 27 "a_" and four times as long per extra one.
    with deadline(5.0):
        articleparse.parse(text)


FLOODS = {
    "blank lines": "\n" * 1_000_000,
    "one-character lines": "A.\n" * 350_000,
    "form feeds": "\f\n" * 500_000,
    "form feeds before letters": "\fA\n" * 350_000,
    "separator lines": "-----\nA.\n" * 100_000,
}


@pytest.mark.parametrize("text", FLOODS.values(), ids=FLOODS.keys())
def test_a_megabyte_of_a_flood_of_lines_stays_under_128_mib(text: str) -> None:
    # A line costs a few bytes, not a record (about 170 bytes); past the segments that are
    # classified, what is left is read in one pass. (The 64 MiB a file may hold by default
    # staying within a gigabyte is measured by benchmarks/shapes.py --floods.)
    tracemalloc.start()
    try:
        with deadline(HALF_MEGABYTE_LIMIT * 6):  # tracing every allocation slows a parse several times
            articleparse.parse(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 128 * 2**20, f"{peak / 2**20:.0f} MiB"
