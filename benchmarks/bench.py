"""Time articleparse over a corpus directory: MB/s, articles/s and peak memory.

Run by hand, from the project root, with the ``hypothesis`` extra installed::

    python benchmarks/bench.py                  # a synthetic corpus, at 1x and 8x
    python benchmarks/bench.py DIR --glob '*'   # any directory of dumps

Each measurement runs in a fresh process, so its peak memory (the largest
resident set of the process and of its workers) is its own. The phases:

* ``read+split``: only read each file and split it into lines (the baseline);
* ``parse``: :func:`articleparse.parse_file` on each file, one process;
* ``parse_many/1`` and ``parse_many/N``: :func:`articleparse.parse_many` with
  one job and with N (default: the CPU count).

The synthetic corpus is drawn from :func:`articleparse.strategies.dumps` with a
fixed seed: a few hundred distinct dumps, repeated under new names to the size
asked for. Results are recorded in ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

PHASES = ("read+split", "parse", "parse_many/1", "parse_many/N")


def files_in(folder: Path, pattern: str) -> Iterator[str]:
    """The matching files under ``folder``, streamed: the benchmark holds no list of the corpus."""
    for directory, folders, files in os.walk(folder):
        folders.sort()
        for name in sorted(files):
            if fnmatch.fnmatch(name, pattern):
                yield os.path.join(directory, name)


def synthetic_corpus(folder: Path, count: int, distinct: int = 300) -> None:
    """Write ``count`` dumps drawn from the strategies (``distinct`` different ones) into ``folder``."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from articleparse import strategies

    texts: list[str] = []

    @settings(
        max_examples=distinct,
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategies.dumps(), st.randoms())
    def collect(pair: tuple[object, str], rng: random.Random) -> None:
        texts.append(pair[1])

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        collect()
    # Shrinking and small early examples skew the mix; keep the realistic ones.
    texts = [text for text in texts if len(text) > 400] or texts
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (folder / f"{index:07}.txt").write_text(texts[index % len(texts)], encoding="utf-8", newline="")


def measure(phase: str, folder: Path, pattern: str, jobs: int) -> dict[str, float]:
    """Run one phase over the files, in this process; return its figures."""
    import articleparse

    size = sum(os.path.getsize(path) for path in files_in(folder, pattern))
    count = sum(1 for _ in files_in(folder, pattern))
    paths = files_in(folder, pattern)
    start = time.perf_counter()
    articles = 0
    if phase == "read+split":
        for path in paths:
            with open(path, "rb") as file:
                file.read().decode("utf-8", errors="replace").splitlines()
            articles += 1
    elif phase == "parse":
        for path in paths:
            articleparse.parse_file(path)
            articles += 1
    else:
        workers = 1 if phase == "parse_many/1" else jobs
        articles = sum(result.ok for result in articleparse.parse_many(paths, jobs=workers))
    seconds = time.perf_counter() - start
    # ru_maxrss is in KiB on Linux; workers count as children once they have exited.
    # A process starts with its parent's peak: the runner keeps itself small for that.
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    return {
        "files": count,
        "megabytes": size / 1e6,
        "seconds": seconds,
        "mb_per_s": size / 1e6 / seconds,
        "articles_per_s": articles / seconds,
        "peak_mib": peak / 1024,
    }


def in_fresh_process(phase: str, folder: Path, pattern: str, jobs: int) -> dict[str, float]:
    """Run one phase in a new Python process and return its figures."""
    command = [sys.executable, __file__, str(folder), "--glob", pattern, "--jobs", str(jobs), "--phase", phase]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures: dict[str, float] = json.loads(output)
    return figures


def report(label: str, folder: Path, pattern: str, jobs: int) -> dict[str, dict[str, float]]:
    """Run every phase over ``folder`` and print a table of the figures."""
    rows = {phase: in_fresh_process(phase, folder, pattern, jobs) for phase in PHASES}
    first = rows["read+split"]
    print(f"\n{label}: {first['files']:.0f} files, {first['megabytes']:.1f} MB")
    print(f"{'phase':<14} {'seconds':>8} {'MB/s':>8} {'articles/s':>11} {'peak MiB':>9}")
    for phase, row in rows.items():
        name = phase.replace("/N", f"/{jobs}")
        figures = f"{row['seconds']:8.2f} {row['mb_per_s']:8.2f} {row['articles_per_s']:11.0f} {row['peak_mib']:9.1f}"
        print(f"{name:<14} {figures}")
    base, parse = rows["read+split"]["seconds"], rows["parse"]["seconds"]
    speedup = rows["parse_many/1"]["seconds"] / rows["parse_many/N"]["seconds"]
    print(f"parse / read+split: {parse / base:.1f}x   parse_many {jobs} jobs vs 1: {speedup:.2f}x")
    return rows


def main() -> None:
    """Benchmark a directory, or a synthetic corpus at 1x and 8x."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a directory of dumps (default: a synthetic corpus)")
    parser.add_argument("--glob", default="*", help="which files to take (default: '*')")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="jobs for parse_many/N")
    parser.add_argument("--files", type=int, default=2000, help="synthetic corpus size at 1x (default: 2000)")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--generate", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        synthetic_corpus(args.folder, args.files)
        return
    if args.phase:
        print(json.dumps(measure(args.phase, args.folder, args.glob, args.jobs)))
        return
    print(f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs")
    if args.folder:
        report(str(args.folder), args.folder, args.glob, args.jobs)
        return
    with tempfile.TemporaryDirectory() as scratch:
        small, large = Path(scratch, "1x"), Path(scratch, "8x")
        # Generated in other processes, so this one stays small: a child's peak
        # memory counts what it inherited from its parent.
        for folder, count in ((small, args.files), (large, 8 * args.files)):
            command = [sys.executable, __file__, str(folder), "--generate", "--files", str(count)]
            subprocess.run(command, check=True)
        one = report("synthetic 1x", small, "*.txt", args.jobs)
        eight = report("synthetic 8x", large, "*.txt", args.jobs)
        ratio = eight["parse"]["seconds"] / one["parse"]["seconds"]
        print(f"\n8x the input took {ratio:.1f}x the time (parse)")
        peaks = one["parse_many/N"]["peak_mib"], eight["parse_many/N"]["peak_mib"]
        print(f"parse_many/{args.jobs} peak memory: {peaks[0]:.1f} MiB at 1x, {peaks[1]:.1f} MiB at 8x")


if __name__ == "__main__":
    main()
