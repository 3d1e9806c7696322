#!/usr/bin/env python3
"""Time and memory of parse() on hostile dump shapes: linear time, bounded memory.

Usage, from the project's root::

    python benchmarks/shapes.py            # every shape, the figures for docs/performance.md

For each shape the dump is built at about 64 KB and at four times that, and
timed (best of three); the ratio of the two times should be near 4 (linear),
and at most 6 is the bar. Each shape is then built at 1 MB and parsed once
under :mod:`tracemalloc`: its time per MB is compared with an ordinary
article's, and its peak memory should stay under 128 MiB.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import articleparse  # noqa: E402

PROSE = "The story begins here and goes on for a while, as stories do, with a sentence or two more. "


def _repeat(head: str, unit: str, tail: str = "") -> Callable[[int], str]:
    def build(size: int) -> str:
        return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail

    return build


#: Each shape: how to build a dump of about ``size`` characters.
SHAPES: dict[str, Callable[[int], str]] = {
    "an ordinary article": _repeat("A headline for the story\n\n", PROSE * 4 + "\n\n"),
    "short label lines after the body": _repeat("Headline Here\n\n" + PROSE + "\n\n", "abc:\n\ndef\n\n"),
    "many 'More from' lines before prose": _repeat("Headline\n\n", "More from the desk\n\n", PROSE),
    "repeated first-person paragraphs": _repeat(
        "Headline\n\n" + PROSE + "\n\n", "I think you are right about this.\n\n"
    ),
    "a run of photo credits": _repeat("Headline\n\n" + PROSE + "\n\n", "Photo: Jane Doe/AP\n"),
    "lines of 'A.'": _repeat("", "A.\n"),
    "a line of dots": _repeat("Headline\n\n", "."),
    "a line of brackets": _repeat("Headline\n\n", ")"),
    "an underscored name": _repeat("", "a_", "!"),
    "one-word lines": _repeat("", "word\n"),
    "a menu repeated": _repeat("", "Home\nNews\nSport\nWeather\n\n"),
    "a page of dates": _repeat("", "Jane Doe / 22.04.2020\n\n"),
}


def best_time(text: str, runs: int = 3) -> float:
    """The best of ``runs`` times of parsing ``text``."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        articleparse.parse(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    """Measure every shape and print the table."""
    small = 64 * 1024
    base = None
    heads = ("64 KB s", "256 KB s", "ratio", "1 MB s/MB", "x article", "peak MiB")
    print(f"{'shape':40} " + " ".join(f"{head:>10}" for head in heads))
    for name, build in SHAPES.items():
        first, second = best_time(build(small)), best_time(build(4 * small))
        text = build(1024 * 1024)
        megabytes = len(text.encode()) / 1e6
        elapsed = best_time(text, runs=1)
        tracemalloc.start()
        articleparse.parse(text)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        per_mb = elapsed / megabytes
        base = base if base is not None else per_mb
        figures = (first, second, second / first, per_mb, per_mb / base, peak)
        print(f"{name:40} " + " ".join(f"{figure:10.2f}" for figure in figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
