"""Diagnostics instead of exceptions, strict mode, and the configuration."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import attrs
import pytest

import articleparse
from articleparse import DEFAULT_CONFIG, ArticleParseError, Diagnostic, DiagnosticCode, ParserConfig, Role, Severity

from .conftest import ROOT, SEED

PROSE = "The minister said on Monday that the talks would go on for another week at least."


def codes(article: articleparse.Article) -> list[DiagnosticCode]:
    return [diagnostic.code for diagnostic in article.diagnostics]


def test_a_clean_dump_has_no_diagnostics() -> None:
    assert articleparse.parse_file(SEED).diagnostics == ()


def test_an_encoding_fallback_is_reported() -> None:
    article = articleparse.parse_bytes(b"A headline\r\n\r\nIt\x92s a story.")
    assert codes(article) == [DiagnosticCode.ENCODING_FALLBACK]


def test_replaced_bytes_are_reported() -> None:
    data = "A \u201cquoted\u201d headline\n\nA story.".encode().replace(b"\xe2\x80\x9d", b"\x9d")
    assert DiagnosticCode.BYTES_REPLACED in codes(articleparse.parse_bytes(data))


def test_a_timestamp_without_a_year_is_reported_with_its_line() -> None:
    article = articleparse.parse(f"A headline\n\nTuesday, 1 March\n\n{PROSE}")
    assert article.published is None
    (diagnostic,) = article.diagnostics
    assert (diagnostic.code, diagnostic.line) == (DiagnosticCode.TIMESTAMP_UNPARSED, 3)


def test_an_unknown_time_zone_is_reported_and_the_time_kept_naive() -> None:
    config = attrs.evolve(DEFAULT_CONFIG, timezones=(("GMT", 0),))
    article = articleparse.parse(f"A headline\n\nFri Oct 20, 2006 4:25pm EDT\n\n{PROSE}", config=config)
    assert codes(article) == [DiagnosticCode.UNKNOWN_TIMEZONE]
    assert article.published is not None
    assert article.published.tzinfo is None


def test_timestamps_that_disagree_are_reported() -> None:
    article = articleparse.parse(f"A headline\n\nMay 1, 2016\n\nMay 2, 2016\n\n{PROSE}")
    assert codes(article) == [DiagnosticCode.TIMESTAMPS_DISAGREE]


def test_no_body_is_reported() -> None:
    assert codes(articleparse.parse("A headline\n\nBy Jane Doe")) == [DiagnosticCode.NO_BODY]


def test_a_block_kept_as_boilerplate_is_reported() -> None:
    article = articleparse.parse(f"A headline\n\n{PROSE}\n\n\n\nTerms of use")
    assert codes(article) == [DiagnosticCode.BOILERPLATE_KEPT]
    assert article.diagnostics[0].line == 7


def test_a_headline_without_a_layout_cue_is_reported() -> None:
    article = articleparse.parse(f"Teen dies before singer fulfils wish\n{PROSE}")
    assert article.headline == "Teen dies before singer fulfils wish"
    assert codes(article) == [DiagnosticCode.HEADLINE_WITHOUT_CUE]


def test_strict_mode_raises_with_every_warning() -> None:
    text = f"A headline\n\nMay 1, 2016\n\nMay 2, 2016\n\n{PROSE}\n\n\n\nTerms of use"
    with pytest.raises(ArticleParseError, match=r"^<text>: 1 warning\(s\), the first timestamps_disagree") as caught:
        articleparse.parse(text, strict=True)
    assert [d.code for d in caught.value.diagnostics] == [DiagnosticCode.TIMESTAMPS_DISAGREE]
    copy = pickle.loads(pickle.dumps(caught.value))
    assert copy.diagnostics == caught.value.diagnostics
    assert [d.code for d in articleparse.parse(text).diagnostics] == [
        DiagnosticCode.TIMESTAMPS_DISAGREE,
        DiagnosticCode.BOILERPLATE_KEPT,
    ]


def test_strict_mode_does_not_raise_on_info() -> None:
    """A block kept as boilerplate is an ``info``: recorded, never raised on (it was, before severities)."""
    text = f"A headline\n\n{PROSE}\n\n\n\nTerms of use"
    article = articleparse.parse(text, strict=True)
    assert codes(article) == [DiagnosticCode.BOILERPLATE_KEPT]
    assert article.diagnostics[0].severity is Severity.INFO
    assert articleparse.parse_all(text, strict=True)[0] == article


def test_every_code_has_one_severity_and_only_boilerplate_kept_is_info() -> None:
    for code in DiagnosticCode:
        assert isinstance(code.severity, Severity)
        assert Diagnostic(code, "m").severity is code.severity
    assert [code for code in DiagnosticCode if code.severity is Severity.INFO] == [DiagnosticCode.BOILERPLATE_KEPT]


def test_the_severity_table_in_the_docs_is_the_code_s() -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+)` \| (info|warning) \|", text, flags=re.MULTILINE))
    assert rows == {code.value: code.severity.value for code in DiagnosticCode}


def test_severity_is_written_into_json() -> None:
    article = articleparse.parse(f"A headline\n\n{PROSE}\n\n\n\nTerms of use")
    (written,) = article.to_dict()["diagnostics"]
    assert written["severity"] == "info"
    assert articleparse.Article.from_dict(article.to_dict()) == article


def test_strict_mode_names_the_file(tmp_path: Path) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_bytes(b"A headline\r\n\r\nIt\x92s a story.")
    with pytest.raises(ArticleParseError, match=rf"^{dump}: 1 warning\(s\), the first encoding_fallback"):
        articleparse.parse_file(dump, strict=True)
    assert articleparse.parse_file(SEED, strict=True).headline


def test_the_configuration_is_frozen_hashable_and_evolvable() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DEFAULT_CONFIG.dayfirst = True  # type: ignore[misc]
    variant = attrs.evolve(DEFAULT_CONFIG, dayfirst=True)
    assert variant != DEFAULT_CONFIG
    assert hash(variant) != hash(DEFAULT_CONFIG)
    assert ParserConfig() == DEFAULT_CONFIG


def test_a_publishers_source_label_and_boilerplate_phrase() -> None:
    config = attrs.evolve(
        DEFAULT_CONFIG,
        source_labels=(*DEFAULT_CONFIG.source_labels, "wire"),
        boilerplate_phrases=(*DEFAULT_CONFIG.boilerplate_phrases, "more on this topic"),
    )
    text = f"A headline\n\n{PROSE}\n\nMore on this topic\n\n{PROSE}\n\nWIRE: Reuters and AP"
    roles = [block.role for block in articleparse.parse(text, config=config).blocks]
    assert roles == [Role.HEADLINE, Role.PARAGRAPH, Role.BOILERPLATE, Role.PARAGRAPH, Role.SOURCE]
    assert articleparse.parse(text, config=config).source.credits == ("Reuters", "AP")  # type: ignore[union-attr]


def test_a_publishers_byline_and_timestamp_patterns() -> None:
    config = attrs.evolve(
        DEFAULT_CONFIG, byline_patterns=(r"Words: .+",), timestamp_patterns=(r"Filed \d{4}-\d{2}-\d{2}",)
    )
    article = articleparse.parse(f"A headline\n\nWords: Jane Doe\n\nFiled 2019-05-04\n\n{PROSE}", config=config)
    assert article.byline is not None
    assert [block.role for block in article.blocks][1:3] == [Role.BYLINE, Role.TIMESTAMP]


def test_a_threshold_changes_what_is_read() -> None:
    text = f"Five words make this headline\n\n{PROSE}"
    assert articleparse.parse(text).headline is not None
    strict_headlines = attrs.evolve(DEFAULT_CONFIG, headline_max_words=4)
    assert articleparse.parse(text, config=strict_headlines).headline is None
