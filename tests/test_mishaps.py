"""Nothing lost when things go wrong: limits too large, the input named as the output, a worker that dies, signals."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

import articleparse
from articleparse import _read, parse_many
from articleparse._cli import main

from .conftest import SEED

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]

HEADLINE = "Russia blasts US over ceasefire violations"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# --- limits larger than the platform holds mean no limit ----------------------------------------------


class Recording(io.BytesIO):
    """A stream that records how much each read asks for."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.asked: list[int] = []

    def read(self, size: int | None = -1, /) -> bytes:
        self.asked.append(-1 if size is None else size)
        return super().read(size)


def in_4_gib() -> None:
    """Give the child process 4 GiB of address space, as a machine with that much memory would."""
    resource.setrlimit(resource.RLIMIT_AS, (4 * 1024**3, resource.RLIM_INFINITY))


@pytest.mark.skipif(resource is None, reason="needs setrlimit")
@pytest.mark.parametrize("from_stdin", [False, True], ids=["file", "stdin"])
def test_max_bytes_of_100g_reads_a_small_file(from_stdin: bool) -> None:
    argv = [sys.executable, "-m", "articleparse", "-" if from_stdin else str(SEED), "--max-bytes", "100G"]
    result = subprocess.run(
        argv, input=SEED.read_bytes() if from_stdin else b"", capture_output=True, timeout=120, preexec_fn=in_4_gib
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert json.loads(result.stdout)["headline"] == HEADLINE


@pytest.mark.parametrize("limit", [2**63, 2**64, 10**30])
def test_a_max_bytes_beyond_any_size_is_no_limit(limit: int) -> None:
    assert articleparse.parse_file(SEED, max_bytes=limit).headline == HEADLINE
    assert articleparse.parse_all_file(SEED, max_bytes=limit)[0].headline == HEADLINE
    assert next(parse_many([SEED], jobs=1, max_bytes=limit)).ok


@pytest.mark.parametrize(("expected", "data"), [(0, b"x" * 3_000_000), (11, b"x" * 11), (11, b"x" * 2_500_000)])
def test_reading_never_asks_for_the_limit_at_once(expected: int, data: bytes) -> None:
    stream = Recording(data)
    assert _read.read_at_most(stream, 10**12, expected) == data
    assert max(stream.asked) <= max(expected + 1, 1024 * 1024)


@pytest.mark.parametrize("limit", [0, 10, 2_000_000])
@pytest.mark.parametrize("expected", [0, 3, 10])
def test_reading_stops_one_byte_past_the_limit(limit: int, expected: int) -> None:
    data = b"y" * (limit + 50)
    assert _read.read_at_most(Recording(data), limit, expected) == data[: limit + 1]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_timeout_of_1e12_seconds_is_no_limit(capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    status, out, err = run(capsys, str(SEED), "--timeout", "1e12", "-j", jobs)
    assert (status, err) == (0, "")
    assert json.loads(out)["headline"] == HEADLINE


@pytest.mark.parametrize("timeout", [1e12, 1e300, 2.0**31])
def test_parse_many_with_a_timeout_beyond_the_timer_is_no_limit(timeout: float) -> None:
    results = list(parse_many([SEED, SEED], jobs=1, timeout=timeout))
    assert [result.ok for result in results] == [True, True]
