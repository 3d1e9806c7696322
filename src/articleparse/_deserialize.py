"""JSON-ready dictionaries back to records, checking every value.

A bad value raises :class:`ValueError` naming where it was (``body[3].span.start``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TypeVar

from articleparse._errors import Diagnostic, DiagnosticCode
from articleparse._model import (
    Article,
    Block,
    Byline,
    Caption,
    Dateline,
    Paragraph,
    Promo,
    RelatedLink,
    SourceLine,
    Span,
    Timestamp,
    TimestampKind,
)
from articleparse._roles import Role
from articleparse._serialize import SpanDict

__all__ = ["article_from_dict", "span_from_dict"]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
_DATELINE_PARTS = ("place", "agency", "date")


# Reading back: each reader checks one value's type and names where it was on failure.


def _field(data: Mapping[str, object], key: str, where: str) -> object:
    if key not in data:
        raise ValueError(f"{where}: missing {key!r}")
    return data[key]


def _mapping(value: object, where: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: expected an object, got {type(value).__name__}")
    return value


def _items(value: object, where: str) -> list[object]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"{where}: expected a list, got {type(value).__name__}")
    return list(value)


def _str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected a string, got {type(value).__name__}")
    return value


def _optional_str(value: object, where: str) -> str | None:
    return None if value is None else _str(value, where)


def _int(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{where}: expected an integer, got {type(value).__name__}")
    return value


def _bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{where}: expected true or false, got {type(value).__name__}")
    return value


def _datetime(value: object, where: str) -> datetime:
    try:
        return datetime.fromisoformat(_str(value, where))
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not an ISO 8601 date and time") from None


def _optional_datetime(value: object, where: str) -> datetime | None:
    return None if value is None else _datetime(value, where)


def _enum(kind: type[E], value: object, where: str) -> E:
    try:
        return kind(_str(value, where))
    except ValueError:
        raise ValueError(f"{where}: unknown {kind.__name__} {value!r}") from None


def _role(value: object, where: str) -> Role:
    try:
        return Role(_str(value, where))
    except ValueError:
        raise ValueError(f"{where}: unknown role {value!r}") from None


def span_from_dict(data: object, where: str = "span") -> Span:
    """Read a span written by :func:`span_to_dict`."""
    fields = _mapping(data, where)
    return _build(
        Span, where, *(_int(_field(fields, key, where), f"{where}.{key}") for key in SpanDict.__annotations__)
    )


def _build(kind: Callable[..., T], where: str, *args: object) -> T:
    try:
        return kind(*args)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{where}: {error}") from None


def article_from_dict(data: Mapping[str, object]) -> Article:
    """Rebuild an article from :func:`article_to_dict`'s output; see :meth:`articleparse.Article.from_dict`."""
    data = _mapping(data, "article")

    def each(key: str) -> list[tuple[str, Mapping[str, object]]]:
        return [
            (f"{key}[{i}]", _mapping(item, f"{key}[{i}]"))
            for i, item in enumerate(_items(_field(data, key, "article"), key))
        ]

    def text(fields: Mapping[str, object], key: str, where: str) -> str:
        return _str(_field(fields, key, where), f"{where}.{key}")

    def span(fields: Mapping[str, object], where: str) -> Span:
        return span_from_dict(_field(fields, "span", where), f"{where}.span")

    body = tuple(
        _build(Paragraph, w, text(f, "text", w), _role(_field(f, "role", w), f"{w}.role"), span(f, w))
        for w, f in each("body")
    )
    related = tuple(
        RelatedLink(text(f, "text", w), span(f, w), _int(_field(f, "position", w), f"{w}.position"))
        for w, f in each("related")
    )
    promos = tuple(
        Promo(text(f, "title", w), _optional_str(_field(f, "blurb", w), f"{w}.blurb"), span(f, w))
        for w, f in each("promos")
    )
    captions = tuple(Caption(text(f, "text", w), span(f, w)) for w, f in each("captions"))
    timestamps = tuple(
        Timestamp(
            _enum(TimestampKind, _field(f, "kind", w), f"{w}.kind"),
            _datetime(_field(f, "value", w), f"{w}.value"),
            _bool(_field(f, "date_only", w), f"{w}.date_only"),
            text(f, "text", w),
            span(f, w),
        )
        for w, f in each("timestamps")
    )
    diagnostics = tuple(
        Diagnostic(
            _enum(DiagnosticCode, _field(f, "code", w), f"{w}.code"),
            text(f, "message", w),
            None if _field(f, "line", w) is None else _int(f["line"], f"{w}.line"),
        )
        for w, f in each("diagnostics")
    )
    byline = None
    raw_byline = _field(data, "byline", "article")
    if raw_byline is not None:
        f = _mapping(raw_byline, "byline")
        authors = tuple(
            _str(a, f"byline.authors[{i}]")
            for i, a in enumerate(_items(_field(f, "authors", "byline"), "byline.authors"))
        )
        byline = Byline(text(f, "text", "byline"), authors, span(f, "byline"))
    dateline = None
    raw_dateline = _field(data, "dateline", "article")
    if raw_dateline is not None:
        f = _mapping(raw_dateline, "dateline")
        place, agency, date = (
            _optional_str(_field(f, k, "dateline"), f"dateline.{k}") for k in ("place", "agency", "date")
        )
        dateline = Dateline(text(f, "text", "dateline"), place, agency, date, span(f, "dateline"))
    highlights = tuple(
        _str(h, f"highlights[{i}]") for i, h in enumerate(_items(_field(data, "highlights", "article"), "highlights"))
    )
    blocks = tuple(
        _build(Block, w, _role(_field(f, "role", w), f"{w}.role"), text(f, "text", w), span(f, w))
        for w, f in each("blocks")
    )
    source = None
    raw_source = _field(data, "source", "article")
    if raw_source is not None:
        f = _mapping(raw_source, "source")
        credits = tuple(
            _str(c, f"source.credits[{i}]")
            for i, c in enumerate(_items(_field(f, "credits", "source"), "source.credits"))
        )
        source = SourceLine(
            _optional_str(_field(f, "label", "source"), "source.label"),
            text(f, "text", "source"),
            credits,
            span(f, "source"),
        )
    return Article(
        headline=_optional_str(_field(data, "headline", "article"), "headline"),
        standfirst=_optional_str(_field(data, "standfirst", "article"), "standfirst"),
        body=body,
        related=related,
        source=source,
        promos=promos,
        captions=captions,
        byline=byline,
        published=_optional_datetime(_field(data, "published", "article"), "published"),
        updated=_optional_datetime(_field(data, "updated", "article"), "updated"),
        timestamps=timestamps,
        dateline=dateline,
        url=_optional_str(_field(data, "url", "article"), "url"),
        highlights=highlights,
        diagnostics=diagnostics,
        blocks=blocks,
        encoding=_optional_str(_field(data, "encoding", "article"), "encoding"),
    )
