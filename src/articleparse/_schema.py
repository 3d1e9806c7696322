"""The JSON Schema of :meth:`Article.to_dict() <articleparse.Article.to_dict>`.

Pipelines in other languages validate what they receive against it; the test
suite validates the seed, the corpus and drawn articles against it, so the
schema and :mod:`articleparse._serialize` cannot drift apart unnoticed.
"""

from __future__ import annotations

from articleparse._errors import DiagnosticCode
from articleparse._model import TimestampKind
from articleparse._roles import Role

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_ID = "https://newsdump-parse.readthedocs.io/schema/article.json"
_ISO_TIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?([+-]\d{2}:\d{2}(:\d{2}(\.\d{6})?)?)?$"
_BODY_ROLES = (Role.PARAGRAPH, Role.SUBHEADING, Role.LIST_ITEM)


def _object(properties: dict[str, object], description: str) -> dict[str, object]:
    """A closed object: every property required, no others allowed."""
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _ref(name: str) -> dict[str, object]:
    return {"$ref": f"#/$defs/{name}"}


def _nullable(schema: dict[str, object]) -> dict[str, object]:
    return {"anyOf": [schema, {"type": "null"}]}


def _array(items: dict[str, object]) -> dict[str, object]:
    return {"type": "array", "items": items}


def json_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of :meth:`Article.to_dict() <articleparse.Article.to_dict>`.

    Every object in it is closed (all its properties required, no others
    allowed), so a validator also catches output from a different version.
    A new dictionary each call: change it freely. The command line prints it
    with ``articleparse --schema``.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(schema["properties"])[:3]
    ['blocks', 'body', 'byline']
    """
    string: dict[str, object] = {"type": "string"}
    text: dict[str, object] = {"type": "string", "minLength": 1}
    count: dict[str, object] = {"type": "integer", "minimum": 0}
    line: dict[str, object] = {"type": "integer", "minimum": 1}
    span = _ref("span")
    # ISO 8601 as datetime.isoformat() writes it: the offset only when the dump gave a zone.
    iso_time: dict[str, object] = {"type": "string", "pattern": _ISO_TIME}
    defs: dict[str, object] = {
        "span": _object(
            {"start": count, "end": count, "first_line": line, "last_line": line},
            "Character offsets into the normalised text (end exclusive) and 1-based lines (inclusive).",
        ),
        "block": _object(
            {"role": {"enum": [role.value for role in Role]}, "text": string, "span": span},
            "A run of lines with one role.",
        ),
        "paragraph": _object(
            {"text": text, "role": {"enum": [role.value for role in _BODY_ROLES]}, "span": span},
            "A body paragraph, subheading or list item.",
        ),
        "related": _object(
            {"text": text, "span": span, "position": count},
            "A related-story link; position is the index in body of the paragraph it stands before.",
        ),
        "source": _object(
            {"label": _nullable(text), "text": string, "credits": _array(text), "span": span},
            "The source or credit line.",
        ),
        "promo": _object(
            {"title": text, "blurb": _nullable(text), "span": span},
            "A teaser for another story.",
        ),
        "caption": _object({"text": text, "span": span}, "An image caption or credit."),
        "byline": _object({"text": text, "authors": _array(text), "span": span}, "The byline and its authors."),
        "timestamp": _object(
            {
                "kind": {"enum": [kind.value for kind in TimestampKind]},
                "value": iso_time,
                "date_only": {"type": "boolean"},
                "text": text,
                "span": span,
            },
            "A timestamp line and the date it gives (ISO 8601).",
        ),
        "dateline": _object(
            {
                "text": text,
                "place": _nullable(text),
                "agency": _nullable(text),
                "date": _nullable(text),
                "span": span,
            },
            "A wire dateline opening the body: place, agency and date.",
        ),
        "diagnostic": _object(
            {"code": {"enum": [code.value for code in DiagnosticCode]}, "message": string, "line": _nullable(line)},
            "A doubt the parse recorded.",
        ),
    }
    properties: dict[str, object] = {
        "headline": _nullable(text),
        "standfirst": _nullable(text),
        "body": _array(_ref("paragraph")),
        "related": _array(_ref("related")),
        "source": _nullable(_ref("source")),
        "promos": _array(_ref("promo")),
        "captions": _array(_ref("caption")),
        "byline": _nullable(_ref("byline")),
        "published": _nullable(iso_time),
        "updated": _nullable(iso_time),
        "timestamps": _array(_ref("timestamp")),
        "dateline": _nullable(_ref("dateline")),
        "url": _nullable(text),
        "highlights": _array(text),
        "diagnostics": _array(_ref("diagnostic")),
        "text": string,
        "encoding": _nullable(text),
        "blocks": _array(_ref("block")),
    }
    schema = _object(properties, "An article parsed from a plain-text dump by articleparse.")
    return {"$schema": _DIALECT, "$id": _ID, "title": "articleparse Article", **schema, "$defs": defs}
