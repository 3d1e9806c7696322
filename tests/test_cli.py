"""The command line: a dump in, its article as JSON out; failures as exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from articleparse._cli import main

from .conftest import SEED


def test_python_m_articleparse_prints_the_seed_as_json() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "articleparse", str(SEED)], capture_output=True, text=True, check=True
    )
    article = json.loads(result.stdout)
    assert article["headline"] == "Russia blasts US over ceasefire violations"
    assert len(article["body"]) == 16
    assert article["source"]["credits"] == ["Al Jazeera News", "Agencies"]
    assert [promo["title"] for promo in article["promos"]][1] == "Women under ISIL: The wives"


def test_main_reports_an_unreadable_file_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    assert main([str(missing)]) == 1
    assert f"{missing}: No such file or directory" in capsys.readouterr().err


def test_main_exits_2_on_a_usage_error() -> None:
    with pytest.raises(SystemExit) as caught:
        main([])
    assert caught.value.code == 2


def test_a_closed_pipe_ends_quietly_without_a_traceback() -> None:
    # As in `articleparse seed.txt | head -1`: the reader goes away before the JSON is written.
    process = subprocess.Popen(
        [sys.executable, "-m", "articleparse", str(SEED)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err
    assert process.returncode == 1
