"""The records are the one description of the JSON: the typed dictionaries and the limits follow them."""

from __future__ import annotations

import ast
import enum
import types
import typing
from datetime import datetime
from pathlib import Path

import attrs
import pytest

import articleparse
from articleparse import _serialize

from .conftest import ROOT


def records(kind: type = articleparse.Article) -> dict[str, type]:
    """``kind`` and every record its fields hold, by name."""
    found = {kind.__name__: kind}
    for field in attrs.fields(kind):
        for part in typing.get_args(field.type) or (field.type,):
            if isinstance(part, type) and attrs.has(part) and part.__name__ not in found:
                found.update(records(part))
    return found


def json_type(kind: object) -> object:
    """The type to_dict writes for a field of type ``kind``, in the typed dictionaries' terms."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is tuple:
        return list[json_type(args[0])]  # type: ignore[misc]
    if origin in (typing.Union, types.UnionType):
        (value,) = (arg for arg in args if arg is not type(None))
        return json_type(value) | None  # type: ignore[operator]
    if isinstance(kind, type) and attrs.has(kind):
        return getattr(_serialize, f"{kind.__name__}Dict")
    if kind is datetime or (isinstance(kind, type) and issubclass(kind, enum.Enum)):
        return str
    return kind


@pytest.mark.parametrize(("name", "kind"), sorted(records().items()))
def test_each_typed_dict_has_the_fields_of_its_record(name: str, kind: type) -> None:
    hints = typing.get_type_hints(getattr(_serialize, f"{name}Dict"))
    derived: dict[str, object] = {
        "Article": {"text": str, "published_utc": str | None, "updated_utc": str | None},
        "Diagnostic": {"severity": str},
    }.get(name, {})
    assert hints == {**{field.name: json_type(field.type) for field in attrs.fields(kind)}, **derived}


def test_every_typed_dict_belongs_to_a_record() -> None:
    names = {name.removesuffix("Dict") for name, value in vars(_serialize).items() if typing.is_typeddict(value)}
    assert names == set(records())


def test_articledict_is_the_public_one() -> None:
    assert articleparse.ArticleDict is _serialize.ArticleDict


@pytest.mark.parametrize(("name", "kind"), sorted(records().items()))
def test_every_minimum_in_the_schema_is_checked_by_a_validator(name: str, kind: type) -> None:
    span = articleparse.Span(0, 1, 1, 1)
    samples = {
        articleparse.Span: span,
        articleparse.RelatedLink: articleparse.RelatedLink("y", span, 1),
        articleparse.Diagnostic: articleparse.Diagnostic(articleparse.DiagnosticCode.NO_BODY, "z", 1),
        articleparse.Article: articleparse.Article(word_count=1),
    }
    for field in attrs.fields(kind):
        minimum = field.metadata.get(_serialize.SCHEMA, {}).get("minimum")
        if minimum is not None:
            with pytest.raises(ValueError, match=f"'{field.name}' must be >= {minimum}"):
                attrs.evolve(samples[kind], **{field.name: minimum - 1})


def test_the_converter_knows_no_record() -> None:
    # The records import their serialisation; it imports none of the package, so there is no cycle.
    tree = ast.parse(Path(ROOT, "src", "articleparse", "_serialize.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert not {name for name in imported if name and name.startswith("articleparse")}
