"""parse_many: results in input order, errors as results, bounded look-ahead, workers for jobs > 1."""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articleparse
from articleparse import ArticleFileError, NotADumpError, Result, parse_many

from .conftest import SEED


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
    paths.insert(30, str(tmp_path))  # a directory
    results = list(parse_many(paths, jobs=jobs, chunk_size=4))
    assert [result.path for result in results] == [str(path) for path in paths]
    assert isinstance(results[7].error, ArticleFileError)
    assert results[30].error is not None
    assert results[30].error.reason == "Is a directory"
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
