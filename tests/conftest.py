"""Shared test setup: Hypothesis profiles and the paths tests read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_770dfa957c3ef321.txt"
#: The export layouts written for the tests, five invented stories each.
EXPORTS = ROOT / "tests" / "exports"
SHARED = Path(os.environ.get("ARTICLEPARSE_SHARED", ROOT.parent / "shared"))

# No profile has a deadline: a test's speed is the benchmarks' business, and a loaded
# machine (or a worker sharing a core) must not fail a property that holds.
settings.register_profile("dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci",
    max_examples=100,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("search", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()


def shared_or_skip(*parts: str) -> Path:
    """The path under ../shared, or skip the test saying why."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (set ARTICLEPARSE_SHARED to the shared folder to run this)")
    return path
