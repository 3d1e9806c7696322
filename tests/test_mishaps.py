"""Nothing lost when things go wrong: limits too large, the input named as the output, a worker that dies, signals."""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

import articleparse
from articleparse import _batch, _read, _workers, parse_many
from articleparse._cli import main

from .conftest import SEED
from .invariants import check_blocks
from .test_cli import alive, children, jsonl, open_for_writing

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


# --- the input is never overwritten --------------------------------------------------------------------


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A dump, a link to it, a second name for it (a hard link), and a folder holding another dump."""
    (tmp_path / "x.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "link.txt").symlink_to(tmp_path / "x.txt")
    os.link(tmp_path / "x.txt", tmp_path / "hard.txt")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "y.txt").write_bytes(SEED.read_bytes())
    return tmp_path


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["x.txt", "-o", "x.txt"], "x.txt"),
        (["x.txt", "-o", "link.txt"], "x.txt"),
        (["d", "x.txt", "-o", "hard.txt", "-j", "1"], "x.txt"),
        (["d/y.txt", "x.txt", "-o", "x.txt", "-f", "jsonl"], "x.txt"),
        (["d", "-o", "d/y.txt"], "d/y.txt"),
        (["d", "-o", "./d/../d/y.txt"], "d/y.txt"),
    ],
)
def test_an_output_that_is_an_input_is_refused_before_anything_is_parsed(
    inputs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str], named: str
) -> None:
    monkeypatch.chdir(inputs)
    monkeypatch.setattr(_batch, "parse_all_file", lambda *args, **kwargs: pytest.fail("parsed"))
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert f"is the input {named}: it would be overwritten" in capsys.readouterr().err
    assert (inputs / "x.txt").read_bytes() == (inputs / "d" / "y.txt").read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize(
    "argv",
    [["d", "--split", "-o", "d", "-f", "text"], ["x.txt", "--split", "-o", ".", "-f", "text"]],
)
def test_a_split_output_that_would_replace_an_input_is_refused(
    inputs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.chdir(inputs)
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "--split would write " in capsys.readouterr().err
    assert (inputs / "x.txt").read_bytes() == (inputs / "d" / "y.txt").read_bytes() == SEED.read_bytes()


def test_a_split_export_s_numbered_output_never_replaces_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # NAME.N.md is known only once the export is parsed: here out/e.1.md is another name for the
    # input a.md. That article is reported as not written, and the input kept.
    monkeypatch.chdir(tmp_path)
    one = "A headline for the story\n\nThe story begins here and goes on.\n\nA second paragraph here.\n"
    Path("e.txt").write_text(one + "\f\n" + one.replace("A headline", "Another headline"), encoding="utf-8")
    Path("a.md").write_text(one, encoding="utf-8")
    Path("out").mkdir()
    os.link("a.md", "out/e.1.md")
    status, _, err = run(capsys, "e.txt", "a.md", "--split", "-o", "out", "-f", "markdown")
    assert status == 1
    assert err == "e.txt: not written: out/e.1.md is an input, and would be replaced\n"
    assert Path("a.md").read_text(encoding="utf-8") == one
    assert sorted(path.name for path in Path("out").iterdir()) == ["a.md", "e.0.md", "e.1.md"]


def test_an_output_beside_the_inputs_is_written(inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (inputs / "d" / "out.jsonl").write_text("an earlier run's output\n", encoding="utf-8")
    status, _, _ = run(capsys, str(inputs / "d"), "-o", str(inputs / "d" / "out.jsonl"), "--glob", "*.txt")
    assert status == 0  # the output is inside the folder, but --glob leaves it out of the inputs
    (record,) = jsonl((inputs / "d" / "out.jsonl").read_text(encoding="utf-8"))
    assert record["article"]["headline"] == HEADLINE  # type: ignore[index]


# --- a worker's death is one file's error ---------------------------------------------------------------


def write_dumps(folder: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        path = folder / f"{index:04}.txt"
        path.write_text(f"Headline number {index}\n\nThe story number {index} begins here.\n", encoding="utf-8")
        paths.append(path)
    return paths


def fork_or_skip() -> None:
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("workers see the monkeypatched parse only when they fork")


def fatal_for(names: set[str], monkeypatch: pytest.MonkeyPatch, fate: Callable[[], object]) -> None:
    """parse_many's parse_all_file meets ``fate`` (a signal, an exit, MemoryError) on the files called ``names``."""
    real = _batch.parse_all_file

    def parse(path: str, **options: Any) -> articleparse.Dump:
        if os.path.basename(path) in names:
            fate()
        return real(path, **options)

    monkeypatch.setattr(_batch, "parse_all_file", parse)


def kill_self() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def exit_3() -> None:
    os._exit(3)


def out_of_memory() -> None:
    raise MemoryError


@pytest.mark.parametrize(
    ("fate", "reason"),
    [(kill_self, "worker died (SIGKILL)"), (exit_3, "worker died (exit status 3)")],
    ids=["sigkill", "exit"],
)
def test_a_worker_that_dies_costs_its_file_and_the_rest_come_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fate: Callable[[], object], reason: str
) -> None:
    fork_or_skip()
    paths = write_dumps(tmp_path, 60)
    doomed = {paths[5].name, paths[6].name, paths[37].name}  # twice in one chunk, once in another
    fatal_for(doomed, monkeypatch, fate)
    results = list(parse_many(paths, jobs=2, chunk_size=4, timeout=None))
    assert [result.path for result in results] == [str(path) for path in paths]
    failed = {result.path: result.error for result in results if result.error is not None}
    assert sorted(failed) == sorted(str(tmp_path / name) for name in doomed)
    assert {str(error) for error in failed.values()} == {f"{path}: {reason}" for path in failed}
    assert all(isinstance(error, articleparse.ArticleParseError) for error in failed.values())
    assert [result.article.headline for result in results if result.article is not None] == [
        f"Headline number {index}" for index in range(60) if paths[index].name not in doomed
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_memory_error_in_a_parse_is_that_file_s_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    if jobs > 1:
        fork_or_skip()
    paths = write_dumps(tmp_path, 40)
    fatal_for({paths[3].name, paths[33].name}, monkeypatch, out_of_memory)
    results = list(parse_many(paths, jobs=jobs, chunk_size=4))
    assert [result.path for result in results] == [str(path) for path in paths]
    assert [index for index, result in enumerate(results) if not result.ok] == [3, 33]
    assert str(results[3].error) == f"{paths[3]}: out of memory"


def test_a_pool_whose_workers_cannot_start_gives_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fork_or_skip()

    def die_at_once(*args: object) -> None:
        os._exit(1)

    monkeypatch.setattr(_workers, "_start_worker", die_at_once)
    with pytest.raises(BrokenProcessPool):
        list(parse_many(write_dumps(tmp_path, 10), jobs=2, chunk_size=2))


def worker_reading(pid: int, fifo: Path) -> int:
    """The worker process of ``pid`` that has ``fifo`` open."""
    for child in children(pid):
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{child}/fd").iterdir():
                with contextlib.suppress(OSError):
                    if os.readlink(fd) == str(fifo):
                        return child
    raise AssertionError("no worker has the FIFO open")


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds workers through Linux's /proc")


def start_on_a_fifo(tmp_path: Path, *flags: str) -> tuple[subprocess.Popen[bytes], Path, Path, int]:
    """A command line run on a FIFO and 40 files, two jobs, blocked reading the FIFO; and the FIFO's writing end."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    fifo = tmp_path / "0-waits.txt"  # first: the file being parsed when the worker dies
    os.mkfifo(fifo)
    write_dumps(inputs, 40)
    out = tmp_path / "out"
    out.mkdir()
    argv = [sys.executable, "-m", "articleparse", str(fifo), str(inputs), "-o", str(out / "all.jsonl"), "-j", "2"]
    process = subprocess.Popen([*argv, *flags], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return process, fifo, out, open_for_writing(fifo)


@needs_proc
def test_a_worker_killed_mid_file_costs_that_file_and_every_other_article_is_written(tmp_path: Path) -> None:
    process, fifo, out, writer = start_on_a_fifo(tmp_path, "--timeout", "0")
    try:
        os.kill(worker_reading(process.pid, fifo), signal.SIGKILL)
        _, err = process.communicate(timeout=120)
    finally:
        os.close(writer)
        process.kill()
    assert process.returncode == 1
    assert err == f"{fifo}: worker died (SIGKILL)\n".encode()
    records = jsonl((out / "all.jsonl").read_text(encoding="utf-8"))
    assert [record["path"] for record in records] == [str(fifo)] + [
        str(tmp_path / "in" / f"{index:04}.txt") for index in range(40)
    ]
    assert records[0]["error"] == {"type": "ArticleParseError", "reason": "worker died (SIGKILL)"}
    assert all("article" in record for record in records[1:])
    assert list(out.iterdir()) == [out / "all.jsonl"]


# --- signals: SIGHUP as SIGTERM; workers never outlive their parent -------------------------------------


@needs_proc
def test_sighup_stops_like_sigterm_no_temporary_file_no_worker_exit_129(tmp_path: Path) -> None:
    process, _, out, writer = start_on_a_fifo(tmp_path, "-v")
    try:
        workers = children(process.pid)
        process.send_signal(signal.SIGHUP)
        _, err = process.communicate(timeout=120)
    finally:
        os.close(writer)
        process.kill()
    assert process.returncode == 129
    assert b"Traceback" not in err
    assert err.startswith(b"articleparse: 0 articles, 0 errors, ")
    assert err.endswith(b", hung up\n")
    assert list(out.iterdir()) == []  # no output, no temporary file
    assert [pid for pid in workers if alive(pid)] == []


@needs_proc
def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    process, _, _, writer = start_on_a_fifo(tmp_path)
    try:
        workers = children(process.pid)
        if multiprocessing.get_start_method() == "fork":
            assert len(workers) == 2
        process.kill()  # SIGKILL: no handler runs, no cleanup
        process.wait(timeout=120)
        give_up = time.monotonic() + 60  # a hang guard, not a timing: they go within a second or two
        while any(alive(pid) for pid in workers) and time.monotonic() < give_up:
            time.sleep(0.05)
        assert [pid for pid in workers if alive(pid)] == []
    finally:
        os.close(writer)


# --- files joined into one: spans exact whatever opens a part, and no silent cap -----------------------

ONE = "Budget talks stall over schools\n\nThe story begins here. It goes on for a while.\n\nA second one follows.\n"


@pytest.mark.parametrize("lead", ["\ufeff", "\ufeff\ufeff", "\r", "\r\n", "\f", " \ufeff"])
@pytest.mark.parametrize("join", ["\n\f\n", "\n\f", "\n\n=====\n\n"])
def test_parts_opening_with_a_byte_order_mark_cr_or_form_feed_keep_exact_spans(lead: str, join: str) -> None:
    text = join.join(lead + ONE for _ in range(3))
    dump = articleparse.parse_all(text)
    assert len(dump) == 3
    assert [article.headline for article in dump] == ["Budget talks stall over schools"] * 3
    check_blocks(text, [*dump.preamble, *(block for article in dump for block in article.blocks)])


def test_the_issue_s_file_of_parts_each_with_its_byte_order_mark() -> None:
    text = "\n\f\n".join("\ufeff" + ONE.replace("Budget", name) for name in ("Budget", "Ferry", "Rail"))
    dump = articleparse.parse_all(text)
    normal = articleparse.normalize(text)
    for article in dump:
        headline = article.blocks[0]
        assert normal[headline.span.start : headline.span.end] == headline.text
    assert dump[1].blocks[0].text == "Ferry talks stall over schools"


@pytest.mark.parametrize("join", ["\n\f\n", "\n=====\n"])
def test_past_the_split_cap_a_file_is_one_article_that_says_why(join: str) -> None:
    text = join.join(["A headline\n\nA story of a few words.\n"] * 40_000)
    dump = articleparse.parse_all(text)
    assert (dump.layout, len(dump)) == (None, 1)
    first = dump[0].diagnostics[0]
    assert first.code is articleparse.DiagnosticCode.TOO_MANY_PARTS
    assert first.message.startswith("the file holds 40,000 parts joined by ")
    assert articleparse.parse(text).diagnostics[0] == first


# --- dates before 1000 are not read ---------------------------------------------------------------------


@pytest.mark.parametrize("year", ["0000", "0001", "0099", "0999"])
def test_a_year_before_1000_is_a_timestamp_unparsed_diagnostic(year: str) -> None:
    article = articleparse.parse(f"A headline here\n\nPublished: 17 Sep {year} 15:47 GMT\n\nThe story begins here.\n")
    assert article.published is None
    assert [d.code for d in article.diagnostics] == [articleparse.DiagnosticCode.TIMESTAMP_UNPARSED]
    assert year in article.diagnostics[0].message


def test_the_year_1000_and_later_are_read() -> None:
    article = articleparse.parse("A headline here\n\nPublished: 17 Sep 1000 15:47 GMT\n\nThe story begins here.\n")
    assert article.published is not None
    assert article.published.year == 1000
