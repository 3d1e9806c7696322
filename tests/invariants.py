"""What must hold of any parse, checked the same way by every test that needs it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from articleparse import Article, Block, normalize


def joined_lines(piece: str) -> str:
    """A slice of normalised text as a block's text: its non-blank lines stripped and joined by one space."""
    return " ".join(line.strip() for line in piece.split("\n") if line.strip())


def line_of(text: str, offset: int) -> int:
    """The 1-based number of the line holding ``text[offset]``."""
    return text.count("\n", 0, offset) + 1


def check_blocks(raw: str, blocks: Sequence[Block]) -> None:
    """Assert the tokenizer's contract of ``blocks`` parsed from ``raw``.

    Every non-white-space character lies in exactly one block; blocks are in
    order; each span slices back to its block's text; line numbers agree with
    offsets. Linear in the input, so pathological inputs can be checked too.
    """
    text = normalize(raw)
    breaks = [match.start() for match in re.finditer("\n", text)]
    previous_end = 0
    for index, block in enumerate(blocks):
        span = block.span
        assert previous_end <= span.start < span.end <= len(text), (index, span)
        assert not text[previous_end : span.start].strip(), f"text between blocks {index - 1} and {index} is lost"
        previous_end = span.end
        piece = text[span.start : span.end]
        assert joined_lines(piece) == block.text, (index, block)
        assert piece[0] == block.text[0]
        assert piece[-1] == block.text[-1]
        assert span.first_line == bisect_right(breaks, span.start - 1) + 1, (index, span)
        assert span.last_line == bisect_right(breaks, span.end - 1) + 1, (index, span)
    assert not text[previous_end:].strip(), "text after the last block is lost"


def content(article: Article) -> tuple[object, ...]:
    """The fields a reader cares about, without spans or the blocks' layout."""
    source = article.source
    return (
        article.headline,
        article.standfirst,
        [(paragraph.text, paragraph.role) for paragraph in article.body],
        [(link.text, link.position) for link in article.related],
        None if source is None else (source.label, source.text, source.credits),
        [(promo.title, promo.blurb) for promo in article.promos],
        None if article.byline is None else (article.byline.text, article.byline.authors),
        article.published,
        article.updated,
        article.url,
        article.highlights,
    )


def layout(article: Article) -> list[tuple[object, ...]]:
    """The blocks' roles, texts and line numbers: everything but offsets."""
    return [(b.role, b.text, b.span.first_line, b.span.last_line) for b in article.blocks]
