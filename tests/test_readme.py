"""The README's examples run as written: the Python example and the command line section."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language: str, text: str = README) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def test_the_python_example_prints_what_its_comments_say(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    example = blocks("python")[0]
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(example, "README.md", "exec"), {})
    printed = output.getvalue().splitlines()
    assert printed[:5] == [
        "Russia blasts US over ceasefire violations",
        "16",
        "Syria's civil war: Ceasefire strained by fresh fighting",
        "('Al Jazeera News', 'Agencies')",
        "'Money can't buy us': Mapping Canada's oil pipeline battle",
    ]
    assert printed[5:] == [
        "headline 1 Russia blasts US over ceasefire violatio",
        "standfirst 3 President Putin says US failure to rein ",
    ]


def test_the_exports_example_prints_what_its_comments_say(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    example = blocks("python", README.split("## Exports", 1)[1].split("\n## ", 1)[0])[0]
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(example, "README.md", "exec"), {})
    said = [line.split("  # ", 1)[1] for line in example.splitlines() if line.startswith("print(")]
    said[-1] = said[-1].split()[0]  # "4 blocks of the request header ...": the count
    assert output.getvalue().splitlines() == said


def test_the_command_line_examples_run(tmp_path: Path) -> None:
    section = README.split("## Command line", 1)[1].split("\n## ", 1)[0]
    (commands,) = blocks("sh", section)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    scripts = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}"}
    for line in commands.splitlines():
        command = line.split("  #", 1)[0].strip()
        result = subprocess.run(command, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True)
        assert result.returncode == 0, f"{command}: {result.stderr}"
    assert (tmp_path / "articles.jsonl").read_text(encoding="utf-8").count("\n") == 1
    assert (tmp_path / "parsed" / "000_770dfa957c3ef321.md").exists()


def test_ci_runs_the_test_and_docs_commands_as_written() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_command = blocks("sh", README.split("## Quick start", 1)[1].split("\n## ", 1)[0])[1].strip()
    docs_command = blocks("sh", README.split("## Documentation", 1)[1].split("\n## ", 1)[0])[0].strip()
    assert test_command in ci
    assert docs_command in ci
    # The docs are built in an environment of their own, made after the test one.
    assert ci.index(docs_command) > max(i for i, line in enumerate(ci) if line.startswith("python3 -m venv"))


def test_the_docs_extra_alone_can_import_every_documented_module() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    docs = {
        re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower()
        for requirement in project["optional-dependencies"]["docs"]
    }
    # autodoc imports articleparse.strategies; the pages' doctests and recipes use Hypothesis.
    assert "hypothesis" in docs
