#!/usr/bin/env python3
"""How often ``Article.language`` agrees with the ``lang`` each page's HTML declares.

Usage, from the project's root::

    python benchmarks/languages.py              # both renderers of ../shared/pages
    python benchmarks/languages.py --show 20    # and up to 20 disagreements per renderer

Only pages whose declared ``lang`` (its first two letters, in ``truth.json``) is
one of the configured languages count. A page counts as agreeing when its
``language`` is that code; ``None`` counts as a disagreement. Some pages declare
a language they are not written in (a German page left at a template's
``lang="en"``): the disagreements are worth reading, not only counting.
Figures are recorded in docs/api.md ("Language").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ARTICLEPARSE_SHARED", ROOT.parent / "shared"))
RENDERERS = ("htmltext", "inscriptis")


def agreement(pages: Path, renderer: str) -> tuple[int, int, list[tuple[str, str, str | None, str]]]:
    """Pages agreeing, pages counted, and each disagreement: key, declared, found, the start of the body."""
    import articleparse

    codes = {language.code for language in articleparse.DEFAULT_CONFIG.languages}
    truth = json.loads((pages / "truth.json").read_text(encoding="utf-8"))
    agreed = counted = 0
    wrong = []
    for key, row in sorted(truth.items()):
        declared = (row.get("lang") or "")[:2].lower()
        if declared not in codes:
            continue
        article = articleparse.parse((pages / renderer / f"{key}.txt").read_text(encoding="utf-8"))
        counted += 1
        if article.language == declared:
            agreed += 1
        else:
            wrong.append((key, declared, article.language, " ".join((article.headline or article.text).split())[:90]))
    return agreed, counted, wrong


def main() -> int:
    """Print the agreement of each renderer, and the disagreements asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=SHARED / "pages")
    parser.add_argument("--show", type=int, default=0, help="disagreements to print per renderer")
    options = parser.parse_args()
    if not options.pages.is_dir():
        print(f"{options.pages} is absent", file=sys.stderr)
        return 2
    for renderer in RENDERERS:
        agreed, counted, wrong = agreement(options.pages, renderer)
        print(f"{renderer:11} language agrees with the declared lang on {agreed}/{counted} = {agreed / counted:.1%}")
        for key, declared, found, start in wrong[: options.show]:
            print(f"  {key}  declared {declared}  found {found}  {start}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
