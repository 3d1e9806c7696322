"""Classified blocks to the records of an :class:`~articleparse.Article`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from articleparse._classify import Group
from articleparse._classify.related import link_title
from articleparse._classify.source import source_label
from articleparse._config import ParserConfig
from articleparse._model import Article, Block, Caption, Paragraph, Promo, RelatedLink, SourceLine, Span
from articleparse._roles import BODY_ROLES, Role
from articleparse._text import squash

__all__ = ["assemble", "block_of", "split_credits"]

# No white space in the pattern: "\s*" around an alternative rescans long space runs.
_CREDIT_SEPARATOR = re.compile(r",|&|\band\b", re.IGNORECASE)


def block_of(group: Group) -> Block:
    """The block a group of segments makes: lines joined by one space, span from first to last."""
    lines = [line for segment in group.segments for line in segment.lines]
    first, last = lines[0], lines[-1]
    span = Span(first.content_start, last.content_end, first.number, last.number)
    return Block(group.role, " ".join(line.stripped for line in lines), span)


def split_credits(text: str) -> tuple[str, ...]:
    """Split a credit line on commas, ``and`` and ``&``.

    >>> split_credits("Al Jazeera News And Agencies")
    ('Al Jazeera News', 'Agencies')
    """
    return tuple(part for part in (piece.strip() for piece in _CREDIT_SEPARATOR.split(text)) if part)


def assemble(groups: Sequence[Group], config: ParserConfig, *, encoding: str | None = None) -> Article:
    """Build the article from its classified groups, in document order."""
    blocks = tuple(block_of(group) for group in groups)
    body: list[Paragraph] = []
    related: list[RelatedLink] = []
    promos: list[Promo] = []
    captions: list[Caption] = []
    headline = standfirst = None
    source = None
    for group, block in zip(groups, blocks, strict=True):
        if block.role in BODY_ROLES:
            body.append(Paragraph(block.text, block.role, block.span))
        elif block.role is Role.HEADLINE and headline is None:
            headline = block.text
        elif block.role is Role.STANDFIRST and standfirst is None:
            standfirst = block.text
        elif block.role is Role.RELATED:
            related.append(RelatedLink(link_title(block.text, config.related_markers), block.span, len(body)))
        elif block.role is Role.SOURCE:
            source = _source_line(block, config)
        elif block.role is Role.PROMO:
            promos.append(_promo(group, block))
        elif block.role is Role.CAPTION:
            captions.append(Caption(block.text, block.span))
    return Article(
        headline=headline,
        standfirst=standfirst,
        body=tuple(body),
        related=tuple(related),
        source=source,
        promos=tuple(promos),
        captions=tuple(captions),
        blocks=blocks,
        encoding=encoding,
    )


def _source_line(block: Block, config: ParserConfig) -> SourceLine:
    match = source_label(config).fullmatch(block.text)
    label, text = (match["label"], match["text"].strip()) if match else (None, block.text)
    return SourceLine(label, text, split_credits(text), block.span)


def _promo(group: Group, block: Block) -> Promo:
    title = group.segments[0].text
    texts = [segment.text for segment in group.segments if squash(segment.text) != squash(title)]
    return Promo(title, " ".join(texts) if texts else None, block.span)
