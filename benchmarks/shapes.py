#!/usr/bin/env python3
"""Time and memory of parse() on hostile dump shapes: linear time, bounded memory.

Usage, from the project's root::

    python benchmarks/shapes.py            # every shape, the figures for docs/performance.md
    python benchmarks/shapes.py --src OLD/src --small   # another tree; 64 KB and 256 KB only
    python benchmarks/shapes.py --floods   # 64 MiB floods of lines: time and peak RSS

For each shape the dump is built at about 64 KB and at four times that, and
timed (best of three); the ratio of the two times should be near 4 (linear),
and at most 6 is the bar. Each shape is then built at 1 MB and parsed once
under :mod:`tracemalloc`: its time per MB is compared with an ordinary
article's, and its peak memory should stay under 128 MiB.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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


#: Floods of lines at the default size limit, 64 MiB: each is parsed in a fresh process,
#: whose peak resident memory is read from the kernel.
FLOODS: dict[str, str] = {
    "blank lines": "'\\n'",
    "one-character lines": "'A.\\n'",
    "form feeds": "'\\f\\n'",
    "separator lines": "'-----\\nA.\\n'",
    "an ordinary article": repr(PROSE * 4 + "\n\n"),
}

_FLOOD = """
import resource, sys, time
sys.path.insert(0, {src!r})
import articleparse
unit = {unit}
text = unit * (64 * 1024 * 1024 // len(unit))
started = time.perf_counter()
articleparse.parse(text)
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def floods(src: Path) -> None:
    """Parse 64 MiB of each flood in a fresh process and print its time and peak memory."""
    print(f"{'64 MiB of':40} {'seconds':>10} {'peak MiB':>10}")
    for name, unit in FLOODS.items():
        done = subprocess.run(
            [sys.executable, "-c", _FLOOD.format(src=str(src), unit=unit)], capture_output=True, text=True, check=True
        )
        elapsed, peak = (float(figure) for figure in done.stdout.split())
        print(f"{name:40} {elapsed:10.1f} {peak:10.0f}", flush=True)


def best_time(parse: Callable[[str], object], text: str, runs: int = 3) -> float:
    """The best of ``runs`` times of parsing ``text``."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        parse(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    """Measure every shape and print the table."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--src", type=Path, default=ROOT / "src", help="the source tree to import articleparse from")
    options.add_argument("--small", action="store_true", help="skip the 1 MB column (for trees that are quadratic)")
    options.add_argument("--floods", action="store_true", help="64 MiB floods of lines instead of the shapes")
    arguments = options.parse_args()
    if arguments.floods:
        floods(arguments.src)
        return 0
    sys.path.insert(0, str(arguments.src))
    parse = importlib.import_module("articleparse").parse
    small = 64 * 1024
    base = None
    heads = ("64 KB s", "256 KB s", "ratio", "1 MB s/MB", "x article", "peak MiB")
    print(f"{'shape':40} " + " ".join(f"{head:>10}" for head in heads))
    for name, build in SHAPES.items():
        first, second = best_time(parse, build(small)), best_time(parse, build(4 * small))
        figures = [first, second, second / first]
        if not arguments.small:
            text = build(1024 * 1024)
            megabytes = len(text.encode()) / 1e6
            per_mb = best_time(parse, text, runs=1) / megabytes
            tracemalloc.start()
            parse(text)
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            base = base if base is not None else per_mb
            figures += [per_mb, per_mb / base, peak]
        print(f"{name:40} " + " ".join(f"{figure:10.2f}" for figure in figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
