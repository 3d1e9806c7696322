"""parse_many: results in input order, errors as results, bounded look-ahead, workers for jobs > 1, a time limit."""

from __future__ import annotations

import itertools
import math
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articleparse
from articleparse import ArticleFileError, ArticleTimeoutError, NotADumpError, Result, _batch, _timelimit, parse_many

from .conftest import SEED, shared_or_skip


def write_dumps(folder: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        path = folder / f"{index:04}.txt"
        path.write_text(f"Headline number {index}\n\nThe story number {index} begins here.\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order_with_errors_in_place(tmp_path: Path, jobs: int) -> None:
    paths: list[str | Path] = [*write_dumps(tmp_path, 50)]
    paths.insert(7, tmp_path / "missing.txt")
    (tmp_path / "empty").mkdir()
    paths.insert(30, str(tmp_path / "empty"))  # a directory with no dumps in it
    results = list(parse_many(paths, jobs=jobs, chunk_size=4))
    assert [result.path for result in results] == [str(path) for path in paths]
    assert isinstance(results[7].error, ArticleFileError)
    assert results[30].error is not None
    assert results[30].error.reason.startswith("no dumps in this directory")
    headlines = [result.article.headline for result in results if result.article]
    assert headlines == [f"Headline number {index}" for index in range(50)]


def test_worker_results_equal_in_process_results(tmp_path: Path) -> None:
    paths = [*write_dumps(tmp_path, 12), SEED]
    assert list(parse_many(paths, jobs=2, chunk_size=2)) == list(parse_many(paths, jobs=1))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_generator_of_paths_is_consumed_only_a_bounded_way_ahead(tmp_path: Path, jobs: int) -> None:
    """Memory stays bounded: parse_many never runs far ahead of its reader, whatever the input's length."""
    paths = write_dumps(tmp_path, 8)
    taken = 0

    def endless() -> Iterator[Path]:
        nonlocal taken
        for path in itertools.cycle(paths):
            taken += 1
            yield path

    results = parse_many(endless(), jobs=jobs, chunk_size=3)
    first = [result.article.headline for result in itertools.islice(results, 20) if result.article]
    results.close()  # stops the workers
    assert first == [f"Headline number {index % 8}" for index in range(20)]
    assert taken <= 20 + (2 * jobs + 1) * 3


def test_options_reach_the_workers(tmp_path: Path) -> None:
    paths = write_dumps(tmp_path, 6)
    paths[2].write_bytes(b"Caf\xe9 headline\n\nThe story.\n")
    results = list(parse_many(paths, jobs=2, chunk_size=2, encoding="utf-8", max_bytes=60))
    assert [result.ok for result in results] == [True, True, False, True, True, True]
    assert "not valid utf-8" in str(results[2].error)
    big = next(iter(parse_many([SEED], jobs=1, max_bytes=100)))
    assert isinstance(big.error, NotADumpError)


def test_bad_arguments_raise_at_once() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        parse_many([], jobs=0)
    with pytest.raises(ValueError, match="chunk_size must be at least 1"):
        parse_many([], chunk_size=0)


def test_a_result_holds_exactly_one_of_article_and_error() -> None:
    article = articleparse.parse("Headline\n\nBody text here.")
    with pytest.raises(ValueError, match="exactly one"):
        Result("a.txt")
    with pytest.raises(ValueError, match="exactly one"):
        Result("a.txt", article, ArticleFileError("a.txt", "gone"))
    assert Result("a.txt", article).ok
    assert not Result("a.txt", error=ArticleFileError("a.txt", "gone")).ok


@given(st.lists(st.sampled_from(["Headline\n\nA body.", "", "\x00", "Just one line."]), max_size=6))
def test_results_pickle_as_they_must_to_cross_processes(texts: list[str]) -> None:
    for text in texts:
        result = (
            Result("x", error=NotADumpError("x", "binary file"))
            if "\x00" in text
            else Result("x", articleparse.parse(text))
        )
        copy = pickle.loads(pickle.dumps(result))
        assert copy == result
        assert str(copy.error) == str(result.error)


def test_a_path_with_a_nul_character_is_an_error_result_not_a_crash(tmp_path: Path) -> None:
    results = list(parse_many([tmp_path / "a\x00b.txt", SEED], jobs=1))
    assert isinstance(results[0].error, ArticleFileError)
    assert "not a valid path" in results[0].error.reason
    assert results[1].ok


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("count", [0, 3, 4, 9, 40])
def test_an_error_from_the_paths_comes_after_every_result_before_it(tmp_path: Path, jobs: int, count: int) -> None:
    """Wherever it falls in a chunk, the error from the iterable comes after the results of all paths before it."""
    paths = write_dumps(tmp_path, count)

    def failing() -> Iterator[Path]:
        yield from paths
        raise OSError("the listing of paths failed")

    results: list[Result] = []
    with pytest.raises(OSError, match="the listing of paths failed"):
        results.extend(parse_many(failing(), jobs=jobs, chunk_size=4))
    assert [result.path for result in results] == [str(path) for path in paths]
    assert all(result.ok for result in results)


# --- the time limit on one file -------------------------------------------------------------------------


def slow_for(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """parse_many's parse_all_file spins on the file called ``name``, until a time limit stops it.

    Worker processes fork from this one, so they see the replacement too.
    """
    real = _batch.parse_all_file

    def spin_on_the_slow_file(path: str, **options: Any) -> articleparse.Dump:
        if os.path.basename(path) == name:
            give_up = time.monotonic() + 20  # a hang guard: without a limit the test fails, it does not hang
            while time.monotonic() < give_up:
                pass
            raise AssertionError("no time limit stopped the parse")
        return real(path, **options)

    monkeypatch.setattr(_batch, "parse_all_file", spin_on_the_slow_file)


def fork_or_skip(jobs: int) -> None:
    if jobs > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("workers see the monkeypatched parse only when they fork")


def test_the_first_file_is_not_charged_for_compiling_the_configuration(tmp_path: Path) -> None:
    # A configuration compiles its patterns on first use (about 0.1 s for the defaults): that ran
    # under the first file's time limit, so a short limit failed the first file of every process.
    paths = write_dumps(tmp_path, 2)
    config = articleparse.ParserConfig(headline_max_words=30)  # a new configuration, not yet compiled
    results = list(parse_many(paths, jobs=1, timeout=0.05, config=config))
    assert [result.error for result in results] == [None, None]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_over_the_time_limit_is_an_error_naming_it_and_the_limit_and_the_rest_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    fork_or_skip(jobs)
    paths = write_dumps(tmp_path, 6)
    slow_for(paths[1].name, monkeypatch)
    results = list(parse_many(paths, jobs=jobs, chunk_size=2, timeout=0.05))
    assert [result.path for result in results] == [str(path) for path in paths]
    error = results[1].error
    assert isinstance(error, ArticleTimeoutError)
    assert str(error) == f"{paths[1]}: took longer than the 0.05 s limit (timeout)"
    assert [result.ok for result in results] == [True, False, True, True, True, True]
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL  # the handler put back


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_read_that_hangs_is_stopped_by_the_time_limit(tmp_path: Path, jobs: int) -> None:
    # A FIFO no one writes to: opening it waits for ever. Needs no monkeypatch, so any start method.
    paths = write_dumps(tmp_path, 4)
    fifo = tmp_path / "nobody-writes.txt"
    os.mkfifo(fifo)
    paths.insert(1, fifo)
    results = list(parse_many(paths, jobs=jobs, chunk_size=1, timeout=0.05))
    assert [result.ok for result in results] == [True, False, True, True, True]
    assert isinstance(results[1].error, ArticleTimeoutError)
    assert results[1].error.reason == "took longer than the 0.05 s limit (timeout)"


def test_no_limit_with_timeout_none(tmp_path: Path) -> None:
    paths = write_dumps(tmp_path, 2)
    assert all(result.ok for result in parse_many(paths, jobs=1, timeout=None))


@pytest.mark.parametrize("timeout", [0, -1, math.inf, math.nan, "60"])
def test_a_timeout_that_is_no_positive_number_of_seconds_raises_at_once(timeout: object) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds or None"):
        parse_many([], timeout=timeout)  # type: ignore[arg-type]


def test_the_limit_puts_back_the_handler_it_found_and_keeps_away_from_a_program_s_own_alarm() -> None:
    def own_handler(signum: int, frame: object) -> None:
        raise AssertionError("the program's own alarm is not due")

    previous = signal.signal(signal.SIGALRM, signal.SIG_IGN)
    try:
        assert _timelimit.call_with_limit(5.0, lambda: 42) == 42
        assert signal.getsignal(signal.SIGALRM) is signal.SIG_IGN
        signal.signal(signal.SIGALRM, own_handler)
        assert not _timelimit.can_limit()  # the program's handler: hands off
        assert _timelimit.call_with_limit(5.0, lambda: 43) == 43
        assert signal.getsignal(signal.SIGALRM) is own_handler
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_no_limit_outside_the_main_thread() -> None:
    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(_timelimit.can_limit()))
    thread.start()
    thread.join()
    assert seen == [False]
    assert _timelimit.can_limit()


def write_dataset(root: Path) -> None:
    """Dumps under the names data sets give them, and the files that travel with them."""
    (root / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.text", "20061020", "sub/c.story"):
        (root / name).write_text(f"Headline of {name}\n\nThe story begins here.\n", encoding="utf-8")
    for name in ("README.TXT", "LICENSE", "notes.md", "truth.json", ".hidden.txt"):
        (root / name).write_text("Not a dump\n\nBut it would parse as one.\n", encoding="utf-8")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_directory_gives_a_result_for_each_dump_in_it(tmp_path: Path, jobs: int) -> None:
    write_dataset(tmp_path / "data")
    results = list(parse_many([SEED, tmp_path / "data"], jobs=jobs, chunk_size=2))
    found = [os.path.relpath(result.path, tmp_path / "data") for result in results[1:]]
    assert found == ["20061020", "a.txt", "b.text", "sub/c.story"]
    assert all(result.ok for result in results)
    assert results[1].article is not None
    assert results[1].article.headline == "Headline of 20061020"


def test_glob_chooses_the_files_of_a_directory(tmp_path: Path) -> None:
    write_dataset(tmp_path)
    assert [Path(result.path).name for result in parse_many([tmp_path], glob="*.md", jobs=1)] == ["notes.md"]
    assert len(list(parse_many([tmp_path], glob="*", jobs=1))) == 8  # every file, hidden ones aside


def test_the_shared_corpus_gives_one_result_per_dump() -> None:
    corpus = shared_or_skip("corpus")
    from articleparse._inputs import expand  # parse_many's selection, without parsing 3,000 files again

    chosen = {Path(path) for path in expand([str(corpus)], None) if isinstance(path, str)}
    every = {path for path in corpus.rglob("*") if path.is_file()}
    left_out = sorted(str(path.relative_to(corpus)) for path in every - chosen)
    assert corpus / "bbc" / "README.TXT" not in chosen
    ding = [path for path in (corpus / "reuters-ding").rglob("*") if path.is_file()]
    assert len(ding) == 300
    assert all(path in chosen and not path.suffix for path in ding)  # no suffix: dumps all the same
    assert all(name.endswith((".json", ".md")) or "README" in name for name in left_out)
    assert len(chosen) > 3000
