"""Time :func:`articleparse.parse_all` on exports of 1,250 to 10,000 articles, to see it is linear in their size.

Run by hand, from the project root::

    python benchmarks/bench_exports.py                     # every layout, 1,250 to 10,000 articles
    python benchmarks/bench_exports.py --layout lexisnexis --articles 10000

Each export is built from the test export of its layout in ``tests/exports/`` (five
invented articles): its preamble, then its articles repeated until the file holds
the number asked for (LexisNexis counters renumbered ``N of M DOCUMENTS``). The file
is passed as text, so no size limit applies. Each size is measured in a fresh
process (its peak memory is its own); the fastest of ``--repeat`` runs counts.
If the splitter is linear, the time per article stays flat as the file grows.
Results are recorded in ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

EXPORTS = Path(__file__).resolve().parent.parent / "tests" / "exports"
LAYOUTS = ("lexisnexis", "nexis_uni", "factiva", "proquest", "separator_lines")
SIZES = (1250, 2500, 5000, 10000)
_COUNTER = re.compile(r"(\d+) of 5 DOCUMENTS")


def export(layout: str, articles: int) -> str:
    """An export of ``articles`` articles in ``layout``, from the five of its test export."""
    import articleparse

    text = (EXPORTS / f"{layout}.txt").read_text(encoding="utf-8")
    dump = articleparse.parse_all(text)
    lines = text.split("\n")
    first = dump[0].blocks[0].span.first_line - 1  # where the first article's own lines begin
    preamble, body = "\n".join(lines[:first]), "\n".join(lines[first:])
    if layout == "separator_lines":
        body += "\n\n" + "=" * 40 + "\n\n"  # the separator between one round of five and the next
    rounds = -(-articles // len(dump))
    built = preamble + ("\n" if preamble else "") + body * rounds
    if layout == "lexisnexis":
        numbers = iter(range(1, rounds * len(dump) + 1))
        built = _COUNTER.sub(lambda _: f"{next(numbers)} of {rounds * len(dump)} DOCUMENTS", built)
    return built


def measure(layout: str, articles: int, repeat: int) -> dict[str, float]:
    """Build the export and time ``parse_all`` on it, in this process."""
    import articleparse

    text = export(layout, articles)
    best = float("inf")
    found = 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = len(articleparse.parse_all(text))
        best = min(best, time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    size = len(text.encode("utf-8")) / 1e6
    per_article = 1e6 * best / found
    return {"articles": found, "megabytes": size, "seconds": best, "us_per_article": per_article, "peak_mib": peak}


def main() -> None:
    """Measure each layout at each size, each in a fresh process, and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layout", choices=LAYOUTS, action="append", help="a layout (default: all)")
    parser.add_argument("--articles", type=int, action="append", help="export sizes (default: 1250 to 10000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the fastest counts")
    parser.add_argument("--measure", nargs=2, metavar=("LAYOUT", "ARTICLES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], int(args.measure[1]), args.repeat)))
        return
    print(f"{platform.platform()}, Python {platform.python_version()}")
    print(f"{'layout':<16} {'articles':>8} {'MB':>7} {'seconds':>8} {'us/article':>11} {'MB/s':>6} {'peak MiB':>9}")
    for layout in args.layout or LAYOUTS:
        rows = []
        for size in args.articles or SIZES:
            command = [sys.executable, __file__, "--measure", layout, str(size), "--repeat", str(args.repeat)]
            row = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            rows.append(row)
            rate = row["megabytes"] / row["seconds"]
            print(
                f"{layout:<16} {row['articles']:>8.0f} {row['megabytes']:>7.2f} {row['seconds']:>8.2f} "
                f"{row['us_per_article']:>11.0f} {rate:>6.2f} {row['peak_mib']:>9.1f}"
            )
        more = rows[-1]["articles"] / rows[0]["articles"]
        growth = rows[-1]["seconds"] / rows[0]["seconds"]
        print(f"{layout}: {more:.0f}x the articles took {growth:.1f}x the time ({growth / more:.2f} per article)")


if __name__ == "__main__":
    main()
