#!/usr/bin/env python3
r"""Instructions, not seconds: what parsing costs, counted by valgrind, for before/after claims.

Usage, from the project's root (``../shared`` beside it, valgrind installed)::

    git worktree add /tmp/before 154202d
    python benchmarks/instructions.py --src /tmp/before/src --src src

On a shared or virtual machine the same tree's MB/s moves by 10 to 20 % from run
to run, which hides the few per cent a change costs. ``valgrind --tool=callgrind``
counts the instructions the interpreter executes instead: the same count for the
same tree and input whatever else the machine does. For each tree, two runs: one
that imports articleparse and parses a one-line dump (import and the default
configuration's patterns), and one that then parses a sample (every tenth corpus
dump and every tenth html-text page dump, in path order). The difference is the
sample's parse; its ratio between trees is the claim. About a minute a tree.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ARTICLEPARSE_SHARED", ROOT.parent / "shared"))

_PROBE = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import articleparse
articleparse.parse("A headline\n\nMarch 4, 2015\n\nThe story begins here.")
if sys.argv[3] == "sample":
    shared = Path(sys.argv[2])
    skip = {".md", ".json"}
    paths = sorted(p for p in (shared / "corpus").rglob("*")
                   if p.is_file() and "gold" not in p.parts and p.suffix.lower() not in skip)[::10]
    paths += sorted((shared / "pages" / "htmltext").glob("*.txt"))[::10]
    for path in paths:
        articleparse.parse(path.read_bytes().decode("utf-8", "replace"))
"""

_COLLECTED = re.compile(r"Collected : (\d+)")


def _instructions(src: Path, what: str) -> int:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", _PROBE]
    done = subprocess.run([*command, str(src), str(SHARED), what], capture_output=True, text=True, check=True)
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no count for {src}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    """Count each tree's instructions and print them beside the first tree's."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", action="append", type=Path, help="a source tree to import articleparse from")
    args = parser.parse_args()
    trees = [path.resolve() for path in args.src or [ROOT / "src"]]
    first = None
    print(f"{'tree':40} {'import + patterns':>18} {'sample parse':>14} {'ratio':>6}")
    for src in trees:
        base = _instructions(src, "base")
        parse = _instructions(src, "sample") - base
        first = first or parse
        print(f"{src!s:40} {base / 1e9:>16.2f} G {parse / 1e9:>12.2f} G {parse / first:>6.3f}")


if __name__ == "__main__":
    main()
