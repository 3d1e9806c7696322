"""Property 8: to_dict is JSON, and from_dict rebuilds an equal article or names the bad value's path."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import articleparse
from articleparse import Article, Caption, Dateline, Diagnostic, DiagnosticCode, Span
from articleparse.strategies import articles, dumps

from ..conftest import SEED


@given(articles())
def test_to_dict_survives_json_and_from_dict_rebuilds_the_article(article: Article) -> None:
    data = json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(data) == article


@given(dumps())
def test_parsed_articles_rebuild_from_their_json(dump: tuple[Article, str]) -> None:
    article = articleparse.parse_bytes(dump[1].encode("utf-8"))
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


# Text with surrogates among the characters: lone ones, and pairs written as two code points.
_SURROGATE_TEXT = st.lists(
    st.sampled_from(["A headline", "\n\n", "The story ", "\ud83d", "\ude00", "\ud83d\ude00", ". ", "\n"]), max_size=20
).map("".join)


@given(_SURROGATE_TEXT)
def test_parsed_text_with_surrogates_survives_json(text: str) -> None:
    # json.loads makes the escapes of a high and a low surrogate one character: so does normalising.
    article = articleparse.parse(text)
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    assert articleparse.normalize("The \ud83d\ude00 story") == "The \U0001f600 story"


def _full_article() -> Article:
    """The seed's article with a value in every field, so every record type is in its JSON."""
    seed = articleparse.parse_file(SEED)
    span = Span(0, 3, 1, 1)
    zone = timezone.utc
    return attrs.evolve(
        seed,
        captions=(Caption("A photo", span),),
        published=datetime(2016, 9, 17, 10, 0, tzinfo=zone),
        updated=datetime(2016, 9, 17, 12, 30),
        dateline=Dateline("MOSCOW (Reuters) -", "MOSCOW", "Reuters", None, span),
        url="https://example.com/story",
        highlights=("One thing", "Another"),
        diagnostics=(Diagnostic(DiagnosticCode.NO_BODY, "none", None), Diagnostic(DiagnosticCode.NO_BODY, "x", 2)),
        encoding="utf-8",
    )


FULL = _full_article()


def test_the_full_article_round_trips() -> None:
    assert Article.from_dict(json.loads(json.dumps(FULL.to_dict()))) == FULL


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["body"][0]["span"].pop("start"), r"^body\[0\]\.span\.start: missing$"),
        (
            lambda d: d["body"][3]["span"].update(first_line="3"),
            r"^body\[3\]\.span\.first_line: expected an integer, got '3'$",
        ),
        (lambda d: d["blocks"][1].update(role="lede"), r"^blocks\[1\]\.role: 'lede' is not a valid Role$"),
        (lambda d: d.update(promos={}), r"^promos: expected a list, got \{\}$"),
        (lambda d: d["source"].update(credits=["a", 1]), r"^source\.credits\[1\]: expected a string, got 1$"),
        (lambda d: d["source"].update(credits="a, b"), r"^source\.credits: expected a list, got 'a, b'$"),
        (lambda d: d["related"][0].update(position=True), r"^related\[0\]\.position: expected an integer, got True$"),
        (lambda d: d["related"][0].update(position=-1), r"^related\[0\]: 'position' must be >= 0: -1$"),
        (lambda d: d["body"][2].update(role="caption"), r"^body\[2\]: a body paragraph's role must be .*caption$"),
        (lambda d: d["body"][2]["span"].update(end=0), r"^body\[2\]\.span: span end 0 is before its start \d+$"),
        (lambda d: d.update(published="yesterday"), r"^published: Invalid isoformat string: 'yesterday'$"),
        (lambda d: d["diagnostics"][1].update(line=0), r"^diagnostics\[1\]: 'line' must be >= 1: 0$"),
        (lambda d: d["timestamps"].append({"kind": "published"}), r"^timestamps\[0\]\.value: missing$"),
        (lambda d: d.update(body=[*d["body"], "text"]), r"^body\[16\]: expected an object, got 'text'$"),
    ],
)
def test_from_dict_names_the_bad_value(change: object, message: str) -> None:
    data = FULL.to_dict()
    change(data)  # type: ignore[operator]
    with pytest.raises(ValueError, match=message):
        Article.from_dict(data)  # type: ignore[arg-type]


def test_from_dict_refuses_what_is_not_an_object() -> None:
    with pytest.raises(ValueError, match=r"^article: expected an object, got \[\]$"):
        Article.from_dict([])  # type: ignore[arg-type]


def _places(value: object, path: str = "") -> Iterator[tuple[str, dict[str, object] | list[object], str | int]]:
    """Every value inside a JSON value: its path, as from_dict names it, its container and its key there."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        where = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else key
        yield where, value, key  # type: ignore[misc]
        yield from _places(item, where)


#: The keys to_dict writes beside the fields, which from_dict ignores.
DERIVED = frozenset({"text", "published_utc", "updated_utc", "severity"})


# Values of another JSON type than the one replaced, and never what an optional field takes instead.
_WRONG: dict[type, tuple[object, ...]] = {
    str: (3, 2.5, True, [], {}),
    int: ("3", 2.5, True, []),
    bool: ("true", 1, 2.5),
    type(None): (2.5, True, []),
    list: ("x", 3, {}),
    dict: ("x", 3, []),
}


@given(st.one_of(st.just(FULL), articles()), st.data())
def test_a_value_of_the_wrong_type_is_named_by_its_path(article: Article, data: st.DataObject) -> None:
    document = json.loads(json.dumps(article.to_dict()))
    # Derived keys (the text, the times in UTC, a diagnostic's severity) are ignored when read.
    places = [place for place in _places(document) if place[2] not in DERIVED]
    path, container, key = data.draw(st.sampled_from(places))
    container[key] = data.draw(st.sampled_from(_WRONG[type(container[key])]))  # type: ignore[index]
    with pytest.raises(ValueError, match="^" + re.escape(f"{path}: expected ")):
        Article.from_dict(document)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)


@given(st.one_of(json_values, st.dictionaries(st.sampled_from(sorted(attrs.fields_dict(Article))), json_values)))
def test_from_dict_raises_only_value_error(data: object) -> None:
    message = ""
    try:
        Article.from_dict(data)  # type: ignore[arg-type]
    except ValueError as error:
        message = str(error)
    assert not message or re.match(r"^[\w.\[\]]+: ", message), message


@pytest.mark.parametrize("key", sorted(set(attrs.fields_dict(Article)) - {"language", "language_source"}))
def test_json_written_before_a_field_existed_loads_with_its_default(key: str) -> None:
    data = FULL.to_dict()
    del data[key]  # type: ignore[misc]
    default = attrs.fields_dict(Article)[key].default
    assert Article.from_dict(data) == attrs.evolve(FULL, **{key: default})


def test_json_without_the_language_loads_without_its_source() -> None:
    """The language and its source go together: JSON without the language has no source either."""
    assert (FULL.language, FULL.language_source) == ("en", "detected")
    data = FULL.to_dict()
    del data["language"]  # type: ignore[misc]
    assert Article.from_dict(data) == attrs.evolve(FULL, language=None, language_source=None)


def test_json_without_the_language_source_reads_the_language_as_an_export_s_label() -> None:
    """JSON written before language_source existed held only an export's label (``ENGLISH``)."""
    data = FULL.to_dict()
    del data["language_source"]  # type: ignore[misc]
    assert Article.from_dict(data) == attrs.evolve(FULL, language="en", language_source="export")
    for label, code in (("ENGLISH", "en"), ("Klingon", None)):
        data["language"] = label
        loaded = Article.from_dict(data)
        assert (loaded.language, loaded.language_source) == (code, "export" if code else None)
