#!/usr/bin/env python3
r"""Where parsing spends its time: cProfile over page dumps and article dumps, by stage and by function.

Usage, from the project's root (``../shared`` beside it)::

    python benchmarks/profile_stages.py                 # both sets, the top 25 functions
    python benchmarks/profile_stages.py --top 40 --set pages

For each set it parses every file once to warm up, then once under cProfile,
and prints:

* each stage's share of the time: decode and normalise, tokenize, features,
  language, zones, the rules (each rule's cumulative time, the ten costliest
  named), assembly, metadata, records (the attrs records' ``__init__``) and the
  rest; a function's own time counts to the stage of the module it is in, a
  builtin's (the regex engine, a ``str`` method) to its callers' stages;
* the top functions by own time and by cumulative time.

Figures go to ``docs/performance.md`` (the profile before and after a change).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ARTICLEPARSE_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "src"))

import articleparse  # noqa: E402
from articleparse._classify import RULES  # noqa: E402

# The stage of each module, by the end of its path; the first match wins.
_STAGES = (
    ("decode and normalise", ("_decode.py", "_normalize.py", "_read.py")),
    ("tokenize", ("_tokenize.py",)),
    ("language", ("_languages.py",)),
    ("features", ("_classify/features.py", "_classify/shapes.py", "_phrases.py", "_text.py", "_calendar.py")),
    ("zones", ("_classify/zones.py",)),
    ("rules", ("_classify/",)),
    ("exports", ("_exports/",)),
    ("assembly", ("_assemble.py", "_pipeline.py")),
    ("metadata", ("_metadata/", "dateutil/")),
    ("records", ("attrs generated", "attr/", "_model.py", "_errors.py")),
)


def _stage(filename: str, function: str) -> str:
    path = filename.replace(os.sep, "/")
    if function == "_language" and path.endswith("_classify/features.py"):
        return "language"
    for stage, ends in _STAGES:
        if any(end in path for end in ends):
            return stage
    return "other (regex engine, str methods, builtins)"


def _texts(which: str) -> list[str]:
    if which == "pages":
        paths = sorted((SHARED / "pages" / "htmltext").glob("*.txt")) + sorted(
            (SHARED / "pages" / "inscriptis").glob("*.txt")
        )
    else:
        paths = sorted(
            path
            for path in (SHARED / "corpus").rglob("*")
            if path.is_file() and "gold" not in path.parts and path.suffix.lower() not in {".md", ".json"}
        )
    return [path.read_bytes().decode("utf-8", errors="replace") for path in paths]


def profile(which: str, top: int) -> None:
    """Profile :func:`articleparse.parse` over one set and print the tables."""
    texts = _texts(which)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    for text in texts:
        articleparse.parse(text)
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        articleparse.parse(text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values())
    print(f"\n## {which}: {len(texts)} dumps, {megabytes:.2f} MB, {total:.2f} s under the profiler\n")
    own: dict[str, float] = defaultdict(float)
    for (filename, _, function), entry in raw.items():
        if filename == "~" and entry[4]:
            # A builtin (the regex engine, a str method) counts to the stages of its callers, by their share.
            for (caller_file, _, caller), called in entry[4].items():
                own[_stage(caller_file, caller)] += called[2]
        else:
            own[_stage(filename, function)] += entry[2]
    print("| stage | own time | share |\n|---|---:|---:|")
    for stage, seconds in sorted(own.items(), key=lambda item: -item[1]):
        print(f"| {stage} | {seconds:.2f} s | {seconds / total:.1%} |")
    rules = []
    for rule in RULES:
        code = rule.run.__code__
        key = (code.co_filename, code.co_firstlineno, code.co_name)
        if key in raw:
            rules.append((raw[key][3], rule.name))
    rules.sort(reverse=True)
    spent = sum(seconds for seconds, _ in rules)
    print(f"\nThe rules together, cumulative: {spent:.2f} s ({spent / total:.1%}); the costliest:\n")
    print("| rule | cumulative | share |\n|---|---:|---:|")
    for seconds, name in rules[:10]:
        print(f"| {name} | {seconds:.2f} s | {seconds / total:.1%} |")
    for key, title in ((2, "own"), (3, "cumulative")):
        print(f"\nTop {top} functions by {title} time:\n")
        print(f"| function | calls | {title} | share |\n|---|---:|---:|---:|")
        ranked = sorted(raw.items(), key=lambda item: -item[1][key])[:top]
        for (filename, line, function), entry in ranked:
            where = filename.replace(str(ROOT / "src") + os.sep, "").replace(os.sep, "/")
            where = where if len(where) < 60 else "…" + where[-58:]
            print(f"| `{where}:{line}:{function}` | {entry[1]} | {entry[key]:.2f} s | {entry[key] / total:.1%} |")


def main() -> None:
    """Profile the sets asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("pages", "articles", "both"), default="both")
    parser.add_argument("--top", type=int, default=25)
    arguments = parser.parse_args()
    for which in ("pages", "articles") if arguments.set == "both" else (arguments.set,):
        profile(which, arguments.top)


if __name__ == "__main__":
    main()
