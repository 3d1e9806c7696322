"""The distribution name: one name in pyproject.toml, the README, the docs and the code that looks it up."""

from __future__ import annotations

import re
from importlib.metadata import version

import pytest

import articleparse

from .conftest import ROOT


def distribution_name() -> str:
    tomllib = pytest.importorskip("tomllib")
    name: str = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    return name


def test_the_version_is_the_distributions() -> None:
    # Written once, in _version.py; the installed distribution's metadata reads it from there.
    assert articleparse.__version__ == version(distribution_name())


def test_the_distribution_is_not_the_index_s_unrelated_articleparse() -> None:
    # PyPI's "articleparse" (0.2.1, 2017) is another project; names equal up to case and
    # separators are one name to the index.
    assert re.sub(r"[-_.]+", "", distribution_name().lower()) != "articleparse"


@pytest.mark.parametrize("page", ["README.md", "docs/index.md"])
def test_install_lines_name_the_distribution_and_the_import_name(page: str) -> None:
    text = (ROOT / page).read_text(encoding="utf-8")
    name = distribution_name()
    assert f'pip install "{name}[hypothesis]"' in text
    assert "import articleparse" in text
    install_lines = re.findall(r"pip install (\S+)", text)
    assert not [line for line in install_lines if line.strip("\"'").startswith("articleparse")]


@pytest.mark.parametrize("page", ["README.md", "docs/index.md"])
def test_the_first_install_line_works_today(page: str) -> None:
    # No release is on the package index yet: a page installs from a clone first, and
    # names the index's distribution only as what will work once a release is published.
    text = (ROOT / page).read_text(encoding="utf-8")
    first = re.findall(r"pip install (\S+)", text)[0]
    assert first.strip("\"'").startswith(".")
    assert "python -m build" in text
    before_release = text.split("Once a release is published", 1)[0]
    assert f"pip install {distribution_name()}" not in before_release


def test_importing_loads_only_what_a_parse_needs() -> None:
    # What import costs a script or a worker: the JSON converter, the process pool, the code
    # page detector, dateutil and the patterns are loaded or built when first used, not by
    # `import articleparse` (each is 10 to 30 ms of an import).
    import subprocess
    import sys

    probe = (
        "import sys, articleparse\n"
        "names = ['cattrs', 'concurrent.futures', 'dateutil.parser', 'articleparse._charset',"
        " 'charset_normalizer', 'importlib.metadata', 'textwrap']\n"
        "print(' '.join(n for n in names if n in sys.modules))\n"
        "from articleparse._config import DEFAULT_CONFIG\n"
        "print(DEFAULT_CONFIG._compiled is None)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["", "True"]
