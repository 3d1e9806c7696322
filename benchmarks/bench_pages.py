#!/usr/bin/env python3
r"""Parse throughput on page dumps and article dumps, for one or more source trees in turn.

Usage, from the project's root::

    python benchmarks/bench_pages.py                                   # this tree
    git worktree add /tmp/before <commit> && \\
        python benchmarks/bench_pages.py --src /tmp/before/src --src src   # before and after, one run

Each source tree is imported in a fresh process (so the trees never mix) and
times :func:`articleparse.parse` over the page dumps of ``../shared/pages``
(html-text and inscriptis renderings, separately) and the article dumps of
``../shared/corpus``, reading every file first so that only parsing is timed;
best of three passes, MB/s of UTF-8 text. Figures are recorded in
``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ARTICLEPARSE_SHARED", ROOT.parent / "shared"))

_PROBE = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import articleparse
shared = Path(sys.argv[2])
sets = {
    "pages, html-text": sorted((shared / "pages" / "htmltext").glob("*.txt")),
    "pages, inscriptis": sorted((shared / "pages" / "inscriptis").glob("*.txt")),
    "articles (corpus)": sorted(
        path for path in (shared / "corpus").rglob("*")
        if path.is_file() and "gold" not in path.parts and "README" not in path.name.upper()
        and path.name != "ROLES.md" and "_titles" not in str(path.parent)
    ),
}
out = {}
for name, paths in sets.items():
    texts = [path.read_bytes().decode("utf-8", errors="replace") for path in paths]
    size = sum(len(text.encode()) for text in texts) / 1e6
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            articleparse.parse(text)
        best = min(best, time.perf_counter() - started)
    out[name] = {"files": len(texts), "mb": size, "seconds": best, "mb_per_s": size / best}
print(json.dumps(out))
"""


def main() -> int:
    """Time each source tree in turn and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", action="append", help="a source tree to import articleparse from (repeatable)")
    args = parser.parse_args()
    if not (SHARED / "pages").is_dir():
        print(f"no page dumps at {SHARED / 'pages'} (set ARTICLEPARSE_SHARED)", file=sys.stderr)
        return 2
    trees = args.src or [str(ROOT / "src")]
    results = {}
    for tree in trees:
        run = subprocess.run(
            [sys.executable, "-c", _PROBE, tree, str(SHARED)], capture_output=True, text=True, check=True
        )
        results[tree] = json.loads(run.stdout)
    names = list(next(iter(results.values())))
    print(f"{'dumps':22} {'files':>6} {'MB':>6}  " + "  ".join(f"{tree[-24:]:>24}" for tree in trees))
    for name in names:
        first = results[trees[0]][name]
        figures = "  ".join(f"{results[tree][name]['mb_per_s']:18.2f} MB/s" for tree in trees)
        print(f"{name:22} {first['files']:6} {first['mb']:6.2f}  {figures}")
    if len(trees) > 1:
        for name in names:
            ratio = results[trees[-1]][name]["mb_per_s"] / results[trees[0]][name]["mb_per_s"]
            print(f"{name}: {ratio:.2f}x the first tree's throughput")
    return 0


if __name__ == "__main__":
    sys.exit(main())
