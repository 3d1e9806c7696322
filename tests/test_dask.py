"""The documented Dask recipe runs as written on the local scheduler (see docs/recipes.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleparse

db = pytest.importorskip("dask.bag")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from .conftest import SEED  # noqa: E402


def row(path: str) -> dict[str, object]:
    """One flat row an article: what goes into a DataFrame or Parquet."""
    article = articleparse.parse_file(path)
    return {
        "path": path,
        "headline": article.headline,
        "published": article.published.isoformat() if article.published else None,
        "paragraphs": len(article.body),
        "text": article.text,
    }


def make_corpus(folder: Path) -> list[str]:
    paths = [str(SEED)]
    for index in range(6):
        path = folder / f"{index}.txt"
        path.write_text(f"Headline number {index}\n\nThe story number {index} begins here.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_parse_file_maps_over_a_bag_in_worker_processes(tmp_path: Path) -> None:
    # The process scheduler pickles the articles home: records and errors must survive it.
    paths = make_corpus(tmp_path)
    articles = db.from_sequence(paths, npartitions=3).map(articleparse.parse_file).compute(scheduler="processes")
    assert [article.headline for article in articles][:2] == [
        "Russia blasts US over ceasefire violations",
        "Headline number 0",
    ]


def test_to_dict_rows_go_straight_into_a_dataframe(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path)
    frame = pd.DataFrame(
        db.from_sequence(paths, npartitions=2)
        .map(articleparse.parse_file)
        .map(articleparse.Article.to_dict)
        .compute(scheduler="synchronous")
    )
    assert list(frame.columns)[:3] == ["headline", "standfirst", "body"]
    assert frame.loc[0, "source"]["credits"] == ["Al Jazeera News", "Agencies"]


def test_flat_rows_to_a_dask_dataframe_and_parquet(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path)
    bag = db.from_sequence(paths, npartitions=2).map(row)
    frame = bag.to_dataframe(
        meta={"path": "str", "headline": "str", "published": "str", "paragraphs": "int64", "text": "str"}
    )
    frame.to_parquet(tmp_path / "articles", write_index=False)
    back = pd.read_parquet(tmp_path / "articles")
    assert sorted(back["paragraphs"].tolist()) == [1, 1, 1, 1, 1, 1, 16]
    assert back["headline"].tolist()[0] == "Russia blasts US over ceasefire violations"
