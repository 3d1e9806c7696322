"""The shared scorer runs against the installed package (skipped without ../shared)."""

from __future__ import annotations

import re
import subprocess
import sys

from .conftest import ROOT, shared_or_skip


def test_shared_scorer_runs_without_a_crash() -> None:
    scorer = shared_or_skip("tools", "score.py")
    result = subprocess.run([sys.executable, str(scorer)], cwd=ROOT, capture_output=True, text=True, check=True)
    summary = result.stdout.strip().splitlines()[-1]
    assert re.search(r"crashed=0$", summary), summary
