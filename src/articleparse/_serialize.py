"""Records to JSON-ready dictionaries and back.

The dictionaries hold only ``str``, ``int``, ``None``, lists and dictionaries,
so :func:`json.dumps` takes them as they are. Reading back checks every value
and raises :class:`ValueError` naming where a bad one was (``body[3].span.start``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypedDict, TypeVar

from articleparse._model import Article, Block, Caption, Paragraph, Promo, RelatedLink, SourceLine, Span
from articleparse._roles import Role

T = TypeVar("T")

__all__ = [
    "ArticleDict",
    "BlockDict",
    "CaptionDict",
    "ParagraphDict",
    "PromoDict",
    "RelatedLinkDict",
    "SourceLineDict",
    "SpanDict",
    "article_from_dict",
    "article_to_dict",
    "span_from_dict",
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


class ArticleDict(TypedDict):
    """An :class:`~articleparse.Article` as JSON, as :meth:`~articleparse.Article.to_dict` returns it."""

    headline: str | None
    standfirst: str | None
    body: list[ParagraphDict]
    related: list[RelatedLinkDict]
    source: SourceLineDict | None
    promos: list[PromoDict]
    captions: list[CaptionDict]
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
        "text": article.text,
        "encoding": article.encoding,
        "blocks": [block_to_dict(block) for block in article.blocks],
    }


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
        blocks=blocks,
        encoding=_optional_str(_field(data, "encoding", "article"), "encoding"),
    )
