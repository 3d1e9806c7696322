"""What the built API page must not show: built-in docstrings, phantom names, reprs, ``object`` types.

Run on a built page (``.ci/run`` does, in the docs' environment, after the docs build)::

    python tests/api_page.py docs/_build/html/api.html

It prints each problem and exits with 1 when there is one; ``tests/test_api_page.py``
runs the same checks under pytest. It needs only the standard library and articleparse.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import attrs

import articleparse

#: Openings of the docstrings of int, float, str and tuple, which autodoc shows for
#: a constant that has no text of its own.
BUILT_IN_DOCSTRINGS = (
    "int([x]) -> integer",
    "Convert a string or number to a floating point number",
    "str(object=",
    "Built-in immutable sequence",
)
#: A name's heading (its signature, or a constant's value) longer than this is a repr, not a heading.
LONGEST_HEADING = 1000


def entries(page: str) -> dict[str, tuple[str, str]]:
    """Each documented object's id: the text of its heading and of what follows it up to the next heading."""
    found: dict[str, tuple[str, str]] = {}
    starts = list(re.finditer(r'<dt class="sig sig-object py" id="([^"]+)">', page))
    for index, match in enumerate(starts):
        end = page.index("</dt>", match.end())
        following = starts[index + 1].start() if index + 1 < len(starts) else len(page)
        found[match.group(1)] = (_text(page[match.end() : end]), _text(page[end:following]))
    return found


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).replace("¶", " ").split())


def problems(page: str) -> list[str]:
    """What is wrong with the built API page ``page`` (its HTML), in words; empty when nothing is."""
    found = entries(page)
    wrong = []
    for name, (heading, text) in found.items():
        if len(heading) > LONGEST_HEADING:
            wrong.append(f"{name}: a heading of {len(heading):,} characters (a repr?): {heading[:80]}...")
        for docstring in BUILT_IN_DOCSTRINGS:
            if docstring in text.replace("’", "'").replace("‘", "'"):
                wrong.append(f"{name}: shows a built-in docstring ({docstring!r})")
        top = name.removeprefix("articleparse.")
        if name.startswith("articleparse.") and "." not in top and top not in articleparse.__all__:
            wrong.append(f"{name}: no such public name (a phantom, documented under the module)")
    for constant in ("DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "DEFAULT_CONFIG", "DEFAULT_STYLE", "__version__"):
        if f"articleparse.{constant}" not in found:
            wrong.append(f"articleparse.{constant}: not documented")
        elif not found[f"articleparse.{constant}"][1]:
            wrong.append(f"articleparse.{constant}: no text")
    config = [name for name in found if name.startswith("articleparse.ParserConfig.")]
    for field in attrs.fields(articleparse.ParserConfig):
        if field.name.startswith("_"):
            continue
        entry = found.get(f"articleparse.ParserConfig.{field.name}")
        if entry is None:
            wrong.append(f"ParserConfig.{field.name}: not documented on the class")
        elif ":" not in entry[0] or entry[0].endswith(": object"):
            wrong.append(f"ParserConfig.{field.name}: no real type ({entry[0]!r})")
    typed_object = re.findall(r"(\w+) \( object \)", _text(page))
    if typed_object:
        wrong.append(f"parameters typed object: {', '.join(typed_object[:5])}...")
    if len(config) != len(set(config)):
        wrong.append("ParserConfig: a field documented twice")
    return wrong


def main(argv: list[str]) -> int:
    """Check the page named in ``argv``; print the problems; 1 when there are some."""
    (path,) = argv
    found = problems(Path(path).read_text(encoding="utf-8"))
    for problem in found:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
