"""Files of several articles in parse_many and the command line: one result an article, its index in the file."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

import articleparse
from articleparse import Result, parse_many
from articleparse._cli import main

from .conftest import SEED

EXPORTS = Path(__file__).parent / "exports"
HEADLINES = [article.headline for article in articleparse.parse_all_file(EXPORTS / "factiva.txt")]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder: the seed (one article), a Factiva export (five articles), a short dump (one)."""
    root = tmp_path / "in"
    root.mkdir()
    shutil.copy(SEED, root / "a.txt")
    shutil.copy(EXPORTS / "factiva.txt", root / "b.txt")
    (root / "c.txt").write_text("Third headline here\n\nThe story begins here.\n\nIt goes on.\n", encoding="utf-8")
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_gives_a_result_an_article_with_its_index(folder: Path, jobs: int) -> None:
    names = ["a.txt", "b.txt", "missing.txt", "c.txt"] * 10  # more than a chunk: two jobs start workers
    results = list(parse_many([folder / name for name in names], jobs=jobs))
    one_round = [(name, None) if name != "b.txt" else (name, 0) for name in ("a.txt", "b.txt", "missing.txt", "c.txt")]
    one_round[2:2] = [("b.txt", index) for index in range(1, 5)]
    assert [(Path(r.path).name, r.index) for r in results] == one_round * 10
    exported = [r.article.headline for r in results[:8] if r.index is not None and r.article]
    assert exported == HEADLINES
    assert [r.ok for r in results[:8]] == [True] * 6 + [False, True]


def test_a_result_index_belongs_to_an_article() -> None:
    with pytest.raises(ValueError, match="index"):
        Result("x", error=articleparse.ArticleFileError("x", "gone"), index=0)
    with pytest.raises(ValueError, match="index"):
        Result("x", articleparse.parse("A headline\n\nA story."), index=-1)


def test_json_lines_carry_the_index_only_for_a_file_of_several(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, str(folder), "-f", "jsonl")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(Path(r["path"]).name, r.get("index")) for r in records] == [
        ("a.txt", None),
        *(("b.txt", index) for index in range(5)),
        ("c.txt", None),
    ]
    assert list(records[0]) == ["path", "article"]  # as before exports were split
    assert list(records[1]) == ["path", "index", "article"]
    assert [r["article"]["headline"] for r in records[1:6]] == HEADLINES
    assert records[1]["article"]["publication"] == "The Northern Courier"


def test_csv_has_an_index_column(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(folder), "-f", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(Path(row["path"]).name, row["index"]) for row in rows] == [
        ("a.txt", "0"),
        *(("b.txt", str(index)) for index in range(5)),
        ("c.txt", "0"),
    ]


def test_format_json_prints_an_array_for_an_export_and_an_object_for_one_article(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, str(folder / "b.txt"), "-f", "json")
    assert status == 0
    assert [article["headline"] for article in json.loads(out)] == HEADLINES
    assert out.startswith("[\n  {")
    assert out.endswith("\n]\n")
    status, out, _ = run(capsys, str(folder / "a.txt"))
    assert status == 0
    assert json.loads(out)["headline"] == "Russia blasts US over ceasefire violations"
    assert out.startswith("{")
    assert out.endswith("}\n")


def test_split_writes_one_file_an_article_of_an_export(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main([str(folder), "--split", "-o", str(out)]) == 0
    assert sorted(path.name for path in out.iterdir()) == [
        "a.json",
        *(f"b.{index}.json" for index in range(5)),
        "c.json",
    ]
    assert json.loads((out / "b.3.json").read_text(encoding="utf-8"))["headline"] == HEADLINES[3]


def test_standard_input_holding_an_export_is_split(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (EXPORTS / "nexis_uni.txt").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, _ = run(capsys, "-", "-f", "jsonl")
    assert status == 0
    assert [json.loads(line)["index"] for line in out.splitlines()] == [0, 1, 2, 3, 4]


def test_the_summary_counts_articles_and_each_file_s_size_once(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, str(folder), "-f", "jsonl", "--verbose")
    assert status == 0
    size = sum(path.stat().st_size for path in folder.iterdir())
    assert f"articleparse: 7 articles, 0 errors, {size / 1e6:.2f} MB in" in err
