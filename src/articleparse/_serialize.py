"""Records to JSON-ready dictionaries.

The dictionaries hold only ``str``, ``int``, ``None``, lists and dictionaries,
so :func:`json.dumps` takes them as they are.
"""

from __future__ import annotations

from typing import TypedDict

from articleparse._model import Article, Block, Paragraph, Promo, RelatedLink, SourceLine, Span

__all__ = [
    "ArticleDict",
    "BlockDict",
    "ParagraphDict",
    "PromoDict",
    "RelatedLinkDict",
    "SourceLineDict",
    "SpanDict",
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


class ArticleDict(TypedDict):
    """An :class:`~articleparse.Article` as JSON, as :meth:`~articleparse.Article.to_dict` returns it."""

    headline: str | None
    standfirst: str | None
    body: list[ParagraphDict]
    related: list[RelatedLinkDict]
    source: SourceLineDict | None
    promos: list[PromoDict]
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
        "text": article.text,
        "encoding": article.encoding,
        "blocks": [block_to_dict(block) for block in article.blocks],
    }
