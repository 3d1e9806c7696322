"""The JSON Schema of :meth:`Article.to_dict() <articleparse.Article.to_dict>`, from the records' fields.

And of the command line's JSON Lines records, which hold an article or an error.
Pipelines in other languages validate what they receive against it. It walks the
attrs fields and types the JSON converter (:mod:`articleparse._serialize`) walks,
with the limits in the fields' metadata, so the schema and the JSON cannot disagree.
"""

from __future__ import annotations

import enum
import re
import types
from collections.abc import Mapping
from datetime import datetime
from typing import Literal, Union, get_args, get_origin

import attrs

from articleparse._errors import ArticleParseError, Diagnostic, Severity
from articleparse._model import Article
from articleparse._serialize import SCHEMA

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_ID = "https://newsdump-parse.readthedocs.io/schema/article.json"
_LINE_ID = "https://newsdump-parse.readthedocs.io/schema/line.json"
# ISO 8601 as datetime.isoformat() writes it, the offset only when the dump gave a zone; or a date
# alone (YYYY-MM-DD), as a date without a time is written (JSON of earlier versions wrote it in full).
_ISO_TIME = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{6})?([+-]\d{2}:\d{2}(:\d{2}(\.\d{6})?)?)?)?$"
# ... and a time in UTC, with its offset.
_UTC_TIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$"
Schema = dict[str, object]
# The keys to_dict writes beside a record's fields, read-only: from_dict ignores them.
_DERIVED: dict[type, dict[str, object]] = {
    Diagnostic: {
        "severity": {
            "enum": [severity.value for severity in Severity],
            "readOnly": True,
            "description": "How much the code matters: info or warning, one per code (derived).",
        }
    }
}


def json_schema(kind: Literal["article", "line"] = "article") -> Schema:
    """The JSON Schema (draft 2020-12) of an article's JSON, or of a JSON Lines record.

    ``kind="article"`` (the default) describes :meth:`Article.to_dict()
    <articleparse.Article.to_dict>`, which ``articleparse --schema`` prints.
    Every object in it is closed (no other properties allowed). A key is required
    where :meth:`Article.from_dict <articleparse.Article.from_dict>` needs it: the
    article's own keys are optional, as JSON written before a field existed lacks
    its key.

    ``kind="line"`` describes a line of the command line's ``--format jsonl``
    output, which ``articleparse --schema line`` prints: ``{"path": ..., "article":
    {...}}`` for an article, with its ``"index"`` when the file holds several, or
    ``{"path": ..., "error": {"type": ..., "reason": ...}}`` for a file that
    failed. Its article is the article schema's.

    A new dictionary each call: change it freely.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(schema["properties"])[:3]
    ['blocks', 'body', 'byline']
    >>> sorted(json_schema("line")["properties"])
    ['article', 'error', 'index', 'path']

    Raises:
        ValueError: ``kind`` is neither ``"article"`` nor ``"line"``.
    """
    if kind not in ("article", "line"):
        raise ValueError(f"kind must be 'article' or 'line', not {kind!r}")
    defs: dict[str, object] = {}
    text = {"type": "string", "readOnly": True, "description": "The body's texts joined by blank lines (derived)."}
    utc = {"anyOf": [{"type": "string", "pattern": _UTC_TIME}, {"type": "null"}], "readOnly": True}
    derived = {
        "published_utc": {**utc, "description": "published in UTC, a naive time read in default_zone (derived)."},
        "updated_utc": {**utc, "description": "updated in UTC, a naive time read in default_zone (derived)."},
        "text": text,
    }
    article = _object(Article, defs, **derived)
    # language and language_source are null together, or neither is.
    null = {"type": "null"}
    article["allOf"] = [
        {
            "if": {"properties": {one: null}, "required": [one, other]},
            "then": {"properties": {other: null}},
        }
        for one, other in (("language", "language_source"), ("language_source", "language"))
    ]
    if kind == "article":
        return {"$schema": _DIALECT, "$id": _ID, "title": "articleparse Article", **article, "$defs": defs}
    assert "article" not in defs  # the article's records are named after their classes
    return {
        "$schema": _DIALECT,
        "$id": _LINE_ID,
        "title": "articleparse JSON Lines record",
        "description": "One line of `articleparse --format jsonl`: an article of the file at `path`, or its error.",
        "type": "object",
        "properties": {
            "path": {"type": "string", "description": "The input's path as found or given."},
            "index": {
                "type": "integer",
                "minimum": 0,
                "description": "The article's place (0-based) in a file of several; absent for a file of one.",
            },
            "article": {"$ref": "#/$defs/article"},
            "error": {
                "type": "object",
                "description": "Why the file could not be parsed.",
                "properties": {
                    "type": {"enum": _error_names(), "description": "The error's class."},
                    "reason": {"type": "string", "description": "The reason, in words."},
                },
                "required": ["type", "reason"],
                "additionalProperties": False,
            },
        },
        "required": ["path"],
        "oneOf": [
            {"required": ["article"], "not": {"required": ["error"]}},
            {"required": ["error"], "not": {"anyOf": [{"required": ["article"]}, {"required": ["index"]}]}},
        ],
        "additionalProperties": False,
        "$defs": {"article": article, **defs},
    }


def _error_names() -> list[str]:
    """The names of :class:`ArticleParseError` and of every error class derived from it, sorted."""
    names, stack = set(), [ArticleParseError]
    while stack:
        kind = stack.pop()
        names.add(kind.__name__)
        stack.extend(kind.__subclasses__())
    return sorted(names)


def _object(kind: type, defs: dict[str, object], **derived: object) -> Schema:
    """A closed object: a property for each field of the attrs class ``kind``, then the ``derived`` ones."""
    fields = attrs.fields(kind)
    properties = {field.name: _value(field.type, field.metadata.get(SCHEMA, {}), defs) for field in fields}
    return {
        "type": "object",
        "description": " ".join((kind.__doc__ or "").split("\n\n")[0].split()),
        "properties": {**properties, **derived},
        "required": [field.name for field in fields if field.default is attrs.NOTHING],
        "additionalProperties": False,
    }


def _value(kind: object, limits: Mapping[str, object], defs: dict[str, object]) -> Schema:
    """The schema of a value of type ``kind``; ``limits`` apply to its members or its non-null value."""
    arguments = get_args(kind)
    if get_origin(kind) is tuple and Ellipsis not in arguments:  # tuple[str, str]: a (label, value) pair
        members = [_value(argument, limits, defs) for argument in arguments]
        return {"type": "array", "prefixItems": members, "minItems": len(members), "maxItems": len(members)}
    if get_origin(kind) is tuple:
        return {"type": "array", "items": _value(arguments[0], limits, defs)}
    if get_origin(kind) in (Union, types.UnionType):
        (value,) = (argument for argument in arguments if argument is not type(None))
        return {"anyOf": [_value(value, limits, defs), {"type": "null"}]}
    if isinstance(kind, type) and attrs.has(kind):
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", kind.__name__).lower()  # RelatedLink: related_link
        if name not in defs:
            defs[name] = _object(kind, defs, **_DERIVED.get(kind, {}))
        return {"$ref": f"#/$defs/{name}"}
    return {**_scalar(kind), **{key: list(v) if isinstance(v, tuple) else v for key, v in limits.items()}}


def _scalar(kind: object) -> Schema:
    """The schema of an enum, a time, a string, a boolean or an integer."""
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"enum": [member.value for member in kind]}
    if kind is datetime:
        return {"type": "string", "pattern": _ISO_TIME}
    names: dict[object, str] = {str: "string", bool: "boolean", int: "integer"}
    return {"type": names[kind]}
