#!/usr/bin/env python3
"""Score the parser on the two halves of ``../shared/pages``, split by site.

Usage, from the project's root::

    python benchmarks/pages_halves.py                 # both halves, both renderers
    python benchmarks/pages_halves.py --half tuned    # only the half thresholds were chosen on

Each page's site is its URL's host; a host goes to the *tuned* half or the
*held-out* half by the first byte of ``sha256(SEED + host)``, so the split is
fixed and no site is in both. The zone weights and thresholds of
:class:`articleparse.ParserConfig` were chosen looking at the tuned half only
(``benchmarks/fit_zones.py``); the held-out half shows how they carry over to
sites they were not chosen on. The scoring is ``../shared/tools/pages.py``'s,
run once per half with ``--keys``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ARTICLEPARSE_SHARED", ROOT.parent / "shared"))
#: The split's seed: changing it changes which sites are tuned on.
SEED = b"articleparse-pages-split-1:"
HALVES = ("tuned", "held-out")


def half_of(url: str) -> str:
    """The half a page of ``url`` belongs to."""
    host = (urlparse(url).hostname or "").encode()
    return HALVES[hashlib.sha256(SEED + host).digest()[0] % 2]


def keys_by_half(pages: Path) -> dict[str, list[str]]:
    """The page ids of each half."""
    truth = json.loads((pages / "truth.json").read_text(encoding="utf-8"))
    halves: dict[str, list[str]] = {name: [] for name in HALVES}
    for key, row in sorted(truth.items()):
        halves[half_of(row["url"])].append(key)
    return halves


def main() -> int:
    """Score each half with pages.py and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=HALVES, help="score only this half")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="passed on to pages.py")
    args = parser.parse_args()
    pages = SHARED / "pages"
    if not pages.is_dir():
        print(f"no page dumps at {pages} (set ARTICLEPARSE_SHARED)", file=sys.stderr)
        return 2
    for name, keys in keys_by_half(pages).items():
        if args.half not in (None, name):
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
            handle.write("\n".join(keys))
        try:
            command = [
                sys.executable,
                str(SHARED / "tools" / "pages.py"),
                "--keys",
                handle.name,
                "--show",
                str(args.show),
            ]
            output = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
        finally:
            os.unlink(handle.name)
        print(f"== {name} half: {len(keys)} pages")
        print(output.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
