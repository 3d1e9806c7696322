#!/usr/bin/env python3
"""Choose the zone weights of ParserConfig on the tuned half of ``../shared/pages``.

Usage, from the project's root::

    python benchmarks/fit_zones.py            # coordinate search from the defaults
    python benchmarks/fit_zones.py --rounds 3

Only the pages of the *tuned* half (``benchmarks/pages_halves.py`` says which)
are read. For each candidate value of one ``zone_*`` field at a time, every
page is parsed with the rest of the configuration as it stands, and the body
F1 over the page's truth snippets (the measure of ``../shared/tools/pages.py``)
plus half the share of headlines found, averaged over both renderers, decides; a value is kept only when it improves
that figure. The search prints each step; the defaults in ``_config.py`` are
the values it settled on, rounded. Nothing of the held-out half is looked at:
``pages_halves.py`` reports it afterwards.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pages_halves import SHARED, keys_by_half  # noqa: E402

from articleparse._assemble import assemble  # noqa: E402
from articleparse._classify import classify  # noqa: E402
from articleparse._classify.features import features_of  # noqa: E402
from articleparse._config import DEFAULT_CONFIG, ParserConfig  # noqa: E402
from articleparse._normalize import read  # noqa: E402
from articleparse._tokenize import segment  # noqa: E402

#: The values tried for each field, around the defaults.
GRID: dict[str, tuple[float, ...]] = {
    "zone_long_words": (5, 6, 8, 10, 12),
    "zone_function_share": (0.0, 0.05, 0.1, 0.15, 0.2, 0.25),
    "zone_short_cost": (1.0, 2.0, 3.0, 4.0, 6.0, 8.0),
    "zone_repeat_cost": (0.0, 2.0, 4.0, 8.0),
    "zone_date_cost": (0.0, 2.0, 4.0, 8.0, 16.0),
    "zone_furniture_cost": (0.0, 5.0, 10.0, 20.0),
    "zone_headline_bonus": (0.0, 20.0, 40.0, 80.0, 160.0, 320.0),
    "zone_headline_reach": (1, 2, 3, 4, 6),
    "zone_isolated_share": (0.0, 0.25, 0.5, 1.0),
    "zone_chrome_share": (0.05, 0.1, 0.2),
    "zone_gap_cost": (0.0, 2.0, 4.0),
    "zone_end_cost": (20.0, 100.0),
    "zone_before_comments_share": (0.1, 0.2, 0.4),
    "headline_above": (6, 9, 12, 16, 20),
    "headline_below": (1, 2, 3, 5),
    "headline_title_weight": (2.0, 4.0, 6.0, 10.0),
    "headline_distance_weight": (0.1, 0.2, 0.3, 0.5, 0.8),
    "headline_prose_weight": (0.0, 1.0, 2.0, 4.0),
    "headline_length_weight": (0.0, 0.5, 1.0, 2.0),
    "headline_list_weight": (0.0, 1.0, 2.0, 4.0),
    "headline_after_chrome_weight": (0.0, 0.5, 1.0, 2.0, 3.0),
    "headline_min_weight": (-6.0, -3.0, -1.0, 0.0),
    "headline_first_weight": (0.0, 2.0, 4.0, 8.0),
}
#: How much the headline's accuracy counts beside the body's F1 in the objective.
HEADLINE_SHARE = 0.5

_PAGES: list[tuple[str, tuple[object, ...], object, dict[str, list[str]]]] = []


def _fold(text: str) -> str:
    return " ".join(text.split())


def _load(renderer: str, keys: list[str]) -> None:
    truth = json.loads((SHARED / "pages" / "truth.json").read_text(encoding="utf-8"))
    for key in keys:
        text = (SHARED / "pages" / renderer / f"{key}.txt").read_text(encoding="utf-8")
        segments = segment(read(text), DEFAULT_CONFIG)
        _PAGES.append((renderer, segments, features_of(segments, DEFAULT_CONFIG), truth[key] | {"whole": _fold(text)}))


def _tally(config: ParserConfig, part: int, parts: int) -> dict[str, list[int]]:
    """What every ``parts``-th page scores, per renderer.

    The body snippets' true and false positives and misses, and the headlines
    right and asked for.
    """
    tally: dict[str, list[int]] = {}
    for renderer, segments, table, row in _PAGES[part::parts]:
        groups, _ = classify(segments, config, table)  # type: ignore[arg-type]
        article = assemble(groups, config)
        body = _fold("\n".join(p.text for p in article.body))
        counts = tally.setdefault(renderer, [0, 0, 0, 0, 0])
        if row.get("title") and _fold(row["title"]) in row["whole"]:
            counts[4] += 1
            counts[3] += _fold(article.headline or "") == _fold(row["title"])
        for snippet in row["with"]:
            if _fold(snippet) in row["whole"]:
                counts[0 if _fold(snippet) in body else 2] += 1
        for snippet in row["without"]:
            if _fold(snippet) in row["whole"] and _fold(snippet) in body:
                counts[1] += 1
    return tally


def score(pool: ProcessPoolExecutor, config: ParserConfig, jobs: int) -> float:
    """The mean body F1 over the renderers, for ``config``."""
    totals: dict[str, list[int]] = {}
    for tally in pool.map(_tally, [config] * jobs, range(jobs), [jobs] * jobs):
        for renderer, counts in tally.items():
            totals[renderer] = [a + b for a, b in zip(totals.get(renderer, [0] * 5), counts, strict=True)]
    scores = []
    for tp, fp, fn, right, asked in totals.values():
        precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        scores.append(f1 + HEADLINE_SHARE * right / max(1, asked))
    return sum(scores) / len(scores)


def main() -> int:
    """Run the coordinate search and print each step."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    keys = keys_by_half(SHARED / "pages")["tuned"]
    for renderer in ("htmltext", "inscriptis"):
        _load(renderer, keys)
    config = DEFAULT_CONFIG
    with ProcessPoolExecutor(args.jobs) as pool:
        best = score(pool, config, args.jobs)
        print(f"start: {best:.4f}", flush=True)
        for _ in range(args.rounds):
            for name, values in GRID.items():
                for value in values:
                    candidate = attrs.evolve(config, **{name: type(getattr(config, name))(value)})
                    figure = score(pool, candidate, args.jobs)
                    if figure > best + 1e-4:
                        best, config = figure, candidate
                        print(f"{name} = {value}: {best:.4f}", flush=True)
    print("settled:", {name: getattr(config, name) for name in GRID})
    return 0


if __name__ == "__main__":
    sys.exit(main())
