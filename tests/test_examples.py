"""Every Python example of README.md and docs/*.md runs as written, against a small folder of dumps.

The pages' ``{doctest}`` blocks run under Sphinx's doctest builder and shell
blocks are the command line's (tests/test_readme.py runs the README's); here
each fenced ``python`` block runs as a script would, in a fresh namespace, the
blocks of a page in order in one folder: ``dumps/`` (written here: dumps under
the names data sets give them, a README beside them), with ``seeds/`` and
``tests/exports/`` linked in. A block that needs what a test cannot have is
skipped by name, and says so in its first line.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

from .conftest import ROOT, SEED

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

#: Blocks that cannot run here, by name, and why; each says so in its first line.
SKIPPED = {"docs/recipes.md: PySpark": "needs a Spark cluster and a Java runtime"}
#: Modules a block may need that an environment may lack (the test extra has them all).
OPTIONAL = ("pandas", "dask", "pyarrow", "jsonschema", "hypothesis")


def examples(page: Path) -> list[tuple[str, str]]:
    """The page's fenced ``python`` blocks, each named by its page and the heading it stands under."""
    found = []
    heading = "top"
    seen: dict[str, int] = {}
    text = page.read_text(encoding="utf-8")
    for match in re.finditer(r"^(#{1,6}) ([^\n]+)$|^```python\n(.*?)^```$", text, re.M | re.S):
        if match.group(2):
            heading = match.group(2).strip()
            continue
        name = f"{page.relative_to(ROOT).as_posix()}: {heading}"
        seen[name] = seen.get(name, 0) + 1
        found.append((name if seen[name] == 1 else f"{name} ({seen[name]})", match.group(3)))
    return found


def write_dumps(folder: Path) -> None:
    """A small folder of dumps: the seed, two more (one without a suffix, as Reuters names them), a README."""
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "ferry.txt").write_text(
        "Ferry operators warn of delays\n\nBy Jane Holloway\n\nPublished: 4 March 2015\n\n"
        "Harbour works begin on Monday and will last six weeks. Crossings will run hourly.\n\n"
        "Operators said the timetable would return to normal in April.\n",
        encoding="utf-8",
    )
    (folder / "20061020").write_text(
        "-- Markets rally on rate hopes\n-- By John Smith\n-- Fri Oct 20, 2006 4:12pm EDT\n\n"
        "Stocks rose on Friday as investors bet that rates would hold. Trading was brisk.\n",
        encoding="utf-8",
    )
    (folder / "README.txt").write_text("About these files\n\nThey were collected by hand.\n", encoding="utf-8")


def run_page(page: Path, folder: Path, *, edit: dict[str, str] | None = None) -> list[str]:
    """Run the page's blocks in order in ``folder``; return the names run. ``edit`` replaces a block's text."""
    ran = []
    for name, code in examples(page):
        if name in SKIPPED:
            assert code.startswith("# Needs "), f"{name} is skipped: its first line should say why"
            continue
        for module in OPTIONAL:
            if re.search(rf"^(import|from) {module}\b", code, re.M):
                pytest.importorskip(module)
        source = (edit or {}).get(name, code)
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(source, name, "exec"), {"__name__": "__example__"})
        ran.append(name)
    return ran


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_dumps(tmp_path / "dumps")
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "exports").symlink_to(ROOT / "tests" / "exports")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("page", [page for page in PAGES if examples(page)], ids=lambda page: page.name)
def test_every_python_example_runs(page: Path, folder: Path) -> None:
    ran = run_page(page, folder)
    assert ran or all(name in SKIPPED for name, _ in examples(page))


def test_the_recipes_write_what_they_say(folder: Path) -> None:
    pytest.importorskip("jsonschema")  # the JSON Lines recipe validates every line it wrote
    pytest.importorskip("dask")
    ran = run_page(ROOT / "docs" / "recipes.md", folder)
    assert "docs/recipes.md: Dask" in ran
    lines = (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    # One record a dump, the README left out, each valid against the line schema.
    assert sorted(os.path.basename(line.split('"path": "', 1)[1].split('"', 1)[0]) for line in lines) == [
        "20061020",
        "ferry.txt",
        "seed.txt",
    ]
    assert (folder / "articles").is_dir()  # the Dask recipe's Parquet


def test_every_skipped_block_is_on_a_page() -> None:
    names = {name for page in PAGES for name, _ in examples(page)}
    assert set(SKIPPED) <= names


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("docs/recipes.md: Dask", "from pathlib import Path"),
        ("docs/recipes.md: A pandas DataFrame", "import pandas as pd"),
        ("docs/recipes.md: A folder of dumps to JSON Lines", "import json"),
    ],
)
def test_a_recipe_without_one_of_its_imports_fails(name: str, line: str, folder: Path) -> None:
    # What the test is for: a recipe that lacks an import (the pandas and Dask recipes once
    # lacked ``from pathlib import Path``) fails it.
    code = dict(examples(ROOT / "docs" / "recipes.md"))[name]
    assert line + "\n" in code
    with pytest.raises(NameError):
        run_page(ROOT / "docs" / "recipes.md", folder, edit={name: code.replace(line + "\n", "", 1)})
