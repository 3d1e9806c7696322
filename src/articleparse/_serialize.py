"""Records to JSON-ready dictionaries.

The dictionaries hold only ``str``, ``int``, ``bool``, ``None``, lists and
dictionaries, so :func:`json.dumps` takes them as they are; dates are ISO 8601
strings. :mod:`articleparse._deserialize` reads them back.
"""

from __future__ import annotations

import enum
from typing import TypedDict, TypeVar

from articleparse._model import (
    Article,
    Block,
    Byline,
    Dateline,
    Paragraph,
    Promo,
    RelatedLink,
    SourceLine,
    Span,
    Timestamp,
)

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

__all__ = [
    "ArticleDict",
    "BlockDict",
    "BylineDict",
    "CaptionDict",
    "DatelineDict",
    "DiagnosticDict",
    "ParagraphDict",
    "PromoDict",
    "RelatedLinkDict",
    "SourceLineDict",
    "SpanDict",
    "TimestampDict",
    "article_to_dict",
]


class SpanDict(TypedDict):
    """A :class:`~articleparse.Span` as JSON."""

    start: int
    end: int
    first_line: int
    last_line: int


class BlockDict(TypedDict):
    """A :class:`~articleparse.Block` as JSON."""

    role: str
    text: str
    span: SpanDict


class ParagraphDict(TypedDict):
    """A :class:`~articleparse.Paragraph` as JSON."""

    text: str
    role: str
    span: SpanDict


class RelatedLinkDict(TypedDict):
    """A :class:`~articleparse.RelatedLink` as JSON."""

    text: str
    span: SpanDict
    position: int


class SourceLineDict(TypedDict):
    """A :class:`~articleparse.SourceLine` as JSON."""

    label: str | None
    text: str
    credits: list[str]
    span: SpanDict


class PromoDict(TypedDict):
    """A :class:`~articleparse.Promo` as JSON."""

    title: str
    blurb: str | None
    span: SpanDict


class CaptionDict(TypedDict):
    """A :class:`~articleparse.Caption` as JSON."""

    text: str
    span: SpanDict


class BylineDict(TypedDict):
    """A :class:`~articleparse.Byline` as JSON."""

    text: str
    authors: list[str]
    span: SpanDict


class TimestampDict(TypedDict):
    """A :class:`~articleparse.Timestamp` as JSON; ``value`` is ISO 8601."""

    kind: str
    value: str
    date_only: bool
    text: str
    span: SpanDict


class DatelineDict(TypedDict):
    """A :class:`~articleparse.Dateline` as JSON."""

    text: str
    place: str | None
    agency: str | None
    date: str | None
    span: SpanDict


class DiagnosticDict(TypedDict):
    """A :class:`~articleparse.Diagnostic` as JSON."""

    code: str
    message: str
    line: int | None


class ArticleDict(TypedDict):
    """An :class:`~articleparse.Article` as JSON, as :meth:`~articleparse.Article.to_dict` returns it."""

    headline: str | None
    standfirst: str | None
    body: list[ParagraphDict]
    related: list[RelatedLinkDict]
    source: SourceLineDict | None
    promos: list[PromoDict]
    captions: list[CaptionDict]
    byline: BylineDict | None
    published: str | None
    updated: str | None
    timestamps: list[TimestampDict]
    dateline: DatelineDict | None
    url: str | None
    highlights: list[str]
    diagnostics: list[DiagnosticDict]
    text: str
    encoding: str | None
    blocks: list[BlockDict]


def span_to_dict(span: Span) -> SpanDict:
    """A span as JSON."""
    return {"start": span.start, "end": span.end, "first_line": span.first_line, "last_line": span.last_line}


def block_to_dict(block: Block) -> BlockDict:
    """A block as JSON."""
    return {"role": block.role.value, "text": block.text, "span": span_to_dict(block.span)}


def paragraph_to_dict(paragraph: Paragraph) -> ParagraphDict:
    """A body paragraph as JSON."""
    return {"text": paragraph.text, "role": paragraph.role.value, "span": span_to_dict(paragraph.span)}


def related_to_dict(link: RelatedLink) -> RelatedLinkDict:
    """A related link as JSON."""
    return {"text": link.text, "span": span_to_dict(link.span), "position": link.position}


def source_to_dict(source: SourceLine) -> SourceLineDict:
    """A source line as JSON."""
    return {
        "label": source.label,
        "text": source.text,
        "credits": list(source.credits),
        "span": span_to_dict(source.span),
    }


def promo_to_dict(promo: Promo) -> PromoDict:
    """A promo as JSON."""
    return {"title": promo.title, "blurb": promo.blurb, "span": span_to_dict(promo.span)}


def article_to_dict(article: Article) -> ArticleDict:
    """An article as JSON; see :meth:`articleparse.Article.to_dict`."""
    return {
        "headline": article.headline,
        "standfirst": article.standfirst,
        "body": [paragraph_to_dict(paragraph) for paragraph in article.body],
        "related": [related_to_dict(link) for link in article.related],
        "source": source_to_dict(article.source) if article.source else None,
        "promos": [promo_to_dict(promo) for promo in article.promos],
        "captions": [{"text": caption.text, "span": span_to_dict(caption.span)} for caption in article.captions],
        "byline": _byline_dict(article.byline),
        "published": article.published.isoformat() if article.published else None,
        "updated": article.updated.isoformat() if article.updated else None,
        "timestamps": [_timestamp_dict(stamp) for stamp in article.timestamps],
        "dateline": _dateline_dict(article.dateline),
        "url": article.url,
        "highlights": list(article.highlights),
        "diagnostics": [{"code": d.code.value, "message": d.message, "line": d.line} for d in article.diagnostics],
        "text": article.text,
        "encoding": article.encoding,
        "blocks": [block_to_dict(block) for block in article.blocks],
    }


def _byline_dict(byline: Byline | None) -> BylineDict | None:
    if byline is None:
        return None
    return {"text": byline.text, "authors": list(byline.authors), "span": span_to_dict(byline.span)}


def _timestamp_dict(stamp: Timestamp) -> TimestampDict:
    return {
        "kind": stamp.kind.value,
        "value": stamp.value.isoformat(),
        "date_only": stamp.date_only,
        "text": stamp.text,
        "span": span_to_dict(stamp.span),
    }


def _dateline_dict(dateline: Dateline | None) -> DatelineDict | None:
    if dateline is None:
        return None
    return {
        "text": dateline.text,
        "place": dateline.place,
        "agency": dateline.agency,
        "date": dateline.date,
        "span": span_to_dict(dateline.span),
    }
