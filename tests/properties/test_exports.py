"""Files of several articles: drawn articles written into every export layout come back, whole and lossless."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articleparse
from articleparse import Article, DiagnosticCode, Dump, ExportLayout
from articleparse.strategies import dumps, exports

from ..invariants import check_blocks
from ..strategies_dump import any_text

VENDORS = (ExportLayout.LEXISNEXIS, ExportLayout.NEXIS_UNI, ExportLayout.FACTIVA, ExportLayout.PROQUEST)


def every_block(dump: Dump) -> list[articleparse.Block]:
    return [*dump.preamble, *(block for article in dump for block in article.blocks)]


@given(exports())
def test_parse_all_gives_as_many_articles_with_the_same_headlines_and_bodies(
    export: tuple[tuple[Article, ...], str],
) -> None:
    articles, text = export
    dump = articleparse.parse_all(text)
    assert len(dump) == len(articles)
    assert [article.headline for article in dump] == [article.headline for article in articles]
    assert [[p.text for p in article.body] for article in dump] == [[p.text for p in a.body] for a in articles]


@given(st.sampled_from(VENDORS).flatmap(exports))
def test_an_export_gives_each_article_its_fields(export: tuple[tuple[Article, ...], str]) -> None:
    articles, text = export
    dump = articleparse.parse_all(text)
    assert dump.layout in VENDORS
    for got, want in zip(dump, articles, strict=True):
        assert (got.publication, got.section) == (want.publication, want.section)
        if want.language_source == "export":  # an export's label, as its code; else the language detected
            assert (got.language, got.language_source) == (want.language, want.language_source)
        else:
            assert got.language_source != "export"
        assert (got.word_count, got.copyright) == (want.word_count, want.copyright)
        assert got.header_fields == want.header_fields
        assert (got.byline and got.byline.authors) == (want.byline and want.byline.authors)
        assert got.published == want.published
        assert got.published is None or (got.published.tzinfo is None) == (want.published.tzinfo is None)  # type: ignore[union-attr]
        assert got.diagnostics == ()


@given(exports())
def test_splitting_is_lossless(export: tuple[tuple[Article, ...], str]) -> None:
    _, text = export
    check_blocks(text, every_block(articleparse.parse_all(text)))


@given(exports(min_articles=2))
def test_parse_gives_the_first_article_of_an_export_and_says_so(export: tuple[tuple[Article, ...], str]) -> None:
    _, text = export
    article, first = articleparse.parse(text), articleparse.parse_all(text)[0]
    assert article.diagnostics[0].code is DiagnosticCode.SEVERAL_ARTICLES
    assert article.diagnostics[1:] == first.diagnostics
    assert article.blocks == first.blocks


@given(dumps())
def test_a_one_article_dump_is_one_article_and_parse_all_holds_exactly_parse(dump: tuple[Article, str]) -> None:
    _, text = dump
    parsed = articleparse.parse_all(text)
    assert parsed.layout is None
    assert parsed.articles == (articleparse.parse(text),)


@given(any_text)
def test_any_text_splits_losslessly_and_parse_gives_the_first_article(text: str) -> None:
    parsed = articleparse.parse_all(text)
    check_blocks(text, every_block(parsed))
    first = articleparse.parse(text)
    if len(parsed) == 1:
        assert first == parsed[0]
    else:
        assert first.blocks == parsed[0].blocks


# Many of one layout's marks, none of its evidence: each completes (a hang guard, not a timing) and loses nothing.
PATHOLOGICAL = {
    "counters without fields": "1 of 2 DOCUMENTS\n" * 50_000,
    "counters with fields": "1 of 2 DOCUMENTS\nLENGTH: 3 words\n" * 25_000,
    "closing lines": "End of Document\nLength: 3 words\n" * 25_000,
    "document ids": "Document J000000020150304eb3400001\n" * 50_000,
    "word counts and dates": "12 words\n4 March 2015\n" * 25_000,
    "rules": ("_" * 60 + "\n") * 50_000,
    "rules and titles": ("_" * 60 + "\nTitle: x\nFull text: y\n") * 20_000,
    "separators": "=====\n" * 50_000,
    "separators and short parts": "=====\nA title here\n\nA line.\n\n" * 20_000,
    "form feeds": "\f\n" * 50_000,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_exports_complete_and_stay_lossless(text: str) -> None:
    check_blocks(text, every_block(articleparse.parse_all(text)))
