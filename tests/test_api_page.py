"""The API reference page as built: each name with its own text, once, typed; no repr fills the screen.

The page is built here when Sphinx is installed (the docs extra) and the test
skips without it; CI builds the docs in an environment of their own and runs
the same checks there (``python tests/api_page.py docs/_build/html/api.html`` in
``.ci/run``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .api_page import entries, problems
from .conftest import ROOT


@pytest.fixture(scope="module")
def api_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    pytest.importorskip("sphinx", reason="the docs extra is not installed: CI checks the page in the docs' venv")
    pytest.importorskip("furo", reason="the docs extra is not installed: CI checks the page in the docs' venv")
    out = tmp_path_factory.mktemp("html")
    command = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-d", str(out / ".doctrees"), "docs", str(out)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=600)
    return (out / "api.html").read_text(encoding="utf-8")


def test_the_api_page_shows_each_name_with_its_own_text_once(api_page: str) -> None:
    assert problems(api_page) == []


def test_the_constants_say_what_they_are(api_page: str) -> None:
    found = entries(api_page)
    assert found["articleparse.DEFAULT_MAX_BYTES"][1].startswith("The default size limit: 64 MiB.")
    assert found["articleparse.DEFAULT_TIMEOUT"][1].startswith("The time limit on one file, in seconds")
    assert found["articleparse.DEFAULT_CONFIG"][0].endswith("= ParserConfig()")
    assert found["articleparse.__version__"][1].startswith("The version of articleparse")


# The checks themselves, on what the page showed before they existed: they must catch it.
DT = '<dt class="sig sig-object py" id="articleparse.{}">{}</dt><dd><p>{}</p></dd>'
BUILT_IN = DT.format("DEFAULT_TIMEOUT", "DEFAULT_TIMEOUT", "Convert a string or number to a floating point number.")
PHANTOM = DT.format("source_labels", "source_labels", "Labels that open a source line.")
REPR = DT.format("DEFAULT_CONFIG", f"DEFAULT_CONFIG = ParserConfig({'x' * 2000})", "The configuration.")
OBJECT = (
    "<dl><dt>Parameters:</dt><dd><ul><li><p><strong>source_labels</strong> (<em>object</em>)</p></li></ul></dd></dl>"
)


@pytest.mark.parametrize(
    ("fragment", "complaint"),
    [
        (BUILT_IN, "articleparse.DEFAULT_TIMEOUT: shows a built-in docstring"),
        (PHANTOM, "articleparse.source_labels: no such public name"),
        (REPR, "articleparse.DEFAULT_CONFIG: a heading of 2,"),
        (OBJECT, "parameters typed object: source_labels"),
    ],
    ids=["built-in docstring", "phantom", "repr", "object"],
)
def test_the_checks_catch_what_the_page_used_to_show(fragment: str, complaint: str) -> None:
    assert any(problem.startswith(complaint) for problem in problems(fragment))


def test_the_check_runs_as_a_script_in_the_docs_environment() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    build = ci.index('python -m pip install ".[docs]" && sphinx-build -W --keep-going -n docs docs/_build/html')
    assert ci.index("python tests/api_page.py docs/_build/html/api.html") > build
    assert Path(ROOT / "tests" / "api_page.py").exists()
