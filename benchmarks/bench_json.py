"""Time Article.to_dict and Article.from_dict: microseconds an article, for one or more source trees.

Run by hand, from the project root::

    python benchmarks/bench_json.py DIR                            # the installed articleparse
    python benchmarks/bench_json.py DIR --src src --src ../old/src  # two trees, same inputs, one run

Every file under DIR is parsed once (not timed); then ``to_dict`` is timed over
all the articles, and ``from_dict`` over their JSON, loaded (``json.loads`` of
``json.dumps``, not timed), ``--repeats`` passes each. Each tree is measured in
its own process, with the tree first on ``sys.path``; the processes take turns,
``--rounds`` times, and the fastest pass of each tree counts. Without DIR, the synthetic corpus of ``bench.py``
(needs Hypothesis). Results are recorded in ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def measure(folder: Path, repeats: int) -> dict[str, float | str]:
    """Parse every file under ``folder``, then time to_dict and from_dict over the articles, in this process.

    Each is timed ``repeats`` times over all the articles; the fastest pass counts.
    """
    import articleparse

    paths = sorted(path for path in folder.rglob("*") if path.is_file())
    articles = [articleparse.parse_file(path) for path in paths]
    loaded = [json.loads(json.dumps(article.to_dict())) for article in articles]
    to_dict = from_dict = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for article in articles:
            article.to_dict()
        to_dict = min(to_dict, time.perf_counter() - start)
        start = time.perf_counter()
        rebuilt = [articleparse.Article.from_dict(data) for data in loaded]
        from_dict = min(from_dict, time.perf_counter() - start)
    assert rebuilt == articles
    return {
        "articles": len(articles),
        "to_dict_us": to_dict / len(articles) * 1e6,
        "from_dict_us": from_dict / len(articles) * 1e6,
        "module": articleparse.__file__ or "",
    }


def in_fresh_process(folder: Path, src: str | None, repeats: int) -> dict[str, float | str]:
    """One measurement in a new Python process, with ``src`` (if any) first on its path."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [os.path.abspath(src), env.get("PYTHONPATH")]))
    command = [sys.executable, __file__, str(folder), "--measure", "--repeats", str(repeats)]
    output = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    figures: dict[str, float | str] = json.loads(output)
    return figures


def main() -> None:
    """Measure each tree in turn, ``--rounds`` times, and print the best figure of each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a directory of dumps (default: a synthetic corpus)")
    parser.add_argument("--src", action="append", help="a source tree to import articleparse from (repeatable)")
    parser.add_argument("--rounds", type=int, default=5, help="measurements of each tree (default: 5)")
    parser.add_argument("--repeats", type=int, default=5, help="passes over the articles in a round (default: 5)")
    parser.add_argument("--files", type=int, default=2000, help="synthetic corpus size (default: 2000)")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.folder, args.repeats)))
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder
        if folder is None:
            folder = Path(scratch, "synthetic")
            bench = Path(__file__).with_name("bench.py")
            subprocess.run(
                [sys.executable, str(bench), str(folder), "--generate", "--files", str(args.files)], check=True
            )
        trees = args.src or [None]
        rows: dict[str | None, list[dict[str, float | str]]] = {tree: [] for tree in trees}
        for _ in range(args.rounds):
            for tree in trees:
                rows[tree].append(in_fresh_process(folder, tree, args.repeats))
    print(f"{folder}: best of {args.rounds} rounds each, microseconds an article")
    print(f"{'tree':<28} {'articles':>8} {'to_dict':>9} {'from_dict':>10}  imported from")
    for tree, measured in rows.items():
        to_dict, from_dict = (min(float(row[key]) for row in measured) for key in ("to_dict_us", "from_dict_us"))
        first = measured[0]
        print(f"{tree or '(installed)':<28} {first['articles']:8} {to_dict:9.1f} {from_dict:10.1f}  {first['module']}")


if __name__ == "__main__":
    main()
