#!/usr/bin/env python3
r"""articleparse beside HTML extractors on the same text: MB/s, side by side, in one run.

Usage, from the project's root, with the ``bench`` extra installed (it is never a
runtime dependency)::

    python -m pip install ".[bench]"
    git worktree add /tmp/before 154202d
    python benchmarks/versus.py --before /tmp/before/src

Each system runs in a fresh process of its own over the same dumps, reading every
file first so that only extraction is timed, best of three passes:

* ``articleparse``: :func:`articleparse.parse` on the dump's text (this tree, and
  the tree given with ``--before``);
* ``trafilatura``: ``trafilatura.extract(html)`` with its defaults;
* ``justext``: ``justext.justext(html, stoplist)``, the stop list of the page's
  language (``truth.json``'s ``lang``), English where it is unknown;
* ``boilerpy3``: ``ArticleExtractor().get_content(html)``;

where ``html`` is the dump with every non-blank line wrapped in one ``<p>``
(escaped). MB means the UTF-8 bytes of the plain-text dumps. The sets: all 540
page dumps of each renderer under ``../shared/pages`` and every dump under
``../shared/corpus``. Then a page dump repeated 16 times, against once (the bar:
at most 18 times as long). Figures go to ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ARTICLEPARSE_SHARED", ROOT.parent / "shared"))

_PROBE = r"""
import html, json, sys, time
from pathlib import Path
system, source, shared, which = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4]
if which == "corpus":
    paths = sorted(p for p in (shared / "corpus").rglob("*")
                   if p.is_file() and "gold" not in p.parts and p.suffix.lower() not in {".md", ".json"})
    langs = {}
else:
    paths = sorted((shared / "pages" / which).glob("*.txt"))
    truth = json.loads((shared / "pages" / "truth.json").read_text(encoding="utf-8"))
    langs = {key: (row.get("lang") or "") for key, row in truth.items()} if isinstance(truth, dict) else {}
texts = [p.read_bytes().decode("utf-8", errors="replace") for p in paths]
megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
def page(text):
    lines = (html.escape(line.strip()) for line in text.split("\n") if line.strip())
    return "<html><body>" + "".join("<p>" + line + "</p>" for line in lines) + "</body></html>"
version = ""
if system == "articleparse":
    sys.path.insert(0, source)
    import articleparse
    inputs, run = texts, articleparse.parse
elif system == "trafilatura":
    import trafilatura
    version = trafilatura.__version__
    inputs, run = [page(t) for t in texts], trafilatura.extract
elif system == "justext":
    import justext
    from importlib.metadata import version as _v
    version = _v("jusText")
    names = {"de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian"}
    names.update({"nl": "Dutch", "pt": "Portuguese"})
    lists = {}
    def stoplist(path):
        name = names.get(langs.get(path.stem, "")[:2].lower(), "English")
        if name not in lists:
            lists[name] = justext.get_stoplist(name)
        return lists[name]
    stops = [stoplist(p) for p in paths]
    inputs = list(zip([page(t) for t in texts], stops))
    run = lambda pair: justext.justext(pair[0], pair[1])
elif system == "boilerpy3":
    from boilerpy3 import extractors
    from importlib.metadata import version as _v
    version = _v("boilerpy3")
    extractor = extractors.ArticleExtractor()
    inputs, run = [page(t) for t in texts], extractor.get_content
best = float("inf")
for _ in range(3):
    started = time.perf_counter()
    for item in inputs:
        run(item)
    best = min(best, time.perf_counter() - started)
print(json.dumps({"files": len(texts), "megabytes": megabytes, "seconds": best, "version": version}))
"""

_REPEAT = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import articleparse
paths = sorted((Path(sys.argv[2]) / "pages" / "htmltext").glob("*.txt"))
text = sorted((p.read_text(encoding="utf-8") for p in paths), key=len)[len(paths) // 2]  # a median page
def best(t):
    b = float("inf")
    for _ in range(3):
        s = time.perf_counter(); articleparse.parse(t); b = min(b, time.perf_counter() - s)
    return b
once, sixteen = best(text), best("\n\n".join([text] * 16))
print(json.dumps({"once": once, "sixteen": sixteen}))
"""

SETS = ("htmltext", "inscriptis", "corpus")


def _probe(system: str, source: str, which: str) -> dict[str, float | str] | None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, system, source, str(SHARED), which], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        print(f"  {system} on {which}: failed ({done.stderr.strip().splitlines()[-1:]})", file=sys.stderr)
        return None
    result: dict[str, float | str] = json.loads(done.stdout)
    return result


def main() -> int:
    """Run every system on every set and print the table."""
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--before", type=Path, help="another articleparse source tree (a git worktree's src)")
    options.add_argument("--sets", nargs="*", default=list(SETS), choices=SETS)
    arguments = options.parse_args()
    systems = [("articleparse", str(ROOT / "src"))]
    if arguments.before:
        systems.append(("articleparse", str(arguments.before)))
    systems += [("trafilatura", ""), ("justext", ""), ("boilerpy3", "")]
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    for which in arguments.sets:
        rows = []
        for system, source in systems:
            found = _probe(system, source, which)
            if found is not None:
                name = system if not source else f"{system} ({'before' if source != systems[0][1] else 'this tree'})"
                if found["version"]:
                    name += f" {found['version']}"
                rows.append((name, float(found["megabytes"]) / float(found["seconds"]), int(found["files"])))
        if not rows:
            continue
        print(f"\n{which}: {rows[0][2]} dumps")
        ours = rows[0][1]
        for name, speed, _ in rows:
            print(f"  {name:42} {speed:7.2f} MB/s   articleparse is {ours / speed:5.2f}x")
    done = subprocess.run(
        [sys.executable, "-c", _REPEAT, str(ROOT / "src"), str(SHARED)], capture_output=True, text=True, check=True
    )
    times = json.loads(done.stdout)
    print(f"\na median page dump repeated 16 times: {times['sixteen'] / times['once']:.1f}x the time of once (bar: 18)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
