"""Classified blocks to the records of an :class:`~articleparse.Article`, with its diagnostics."""

from __future__ import annotations

from collections.abc import Sequence

from articleparse._classify import KEPT_WHOLE, LEFTOVERS, WIRE_HEADERS, Fields, Group
from articleparse._config import DEFAULT_CONFIG, ParserConfig, compiled
from articleparse._decode import Decoded
from articleparse._detect import article_language
from articleparse._errors import Diagnostic, DiagnosticCode
from articleparse._metadata import read_metadata
from articleparse._model import (
    Article,
    Block,
    Caption,
    Paragraph,
    Promo,
    RelatedLink,
    SourceLine,
    Span,
    TimestampKind,
)
from articleparse._roles import BODY_ROLES, Role
from articleparse._text import squash, without_wire_mark

__all__ = ["assemble", "block_of", "split_credits"]

# What may stand under a headline in place of a blank line: its header lines.
_HEADER = frozenset({Role.URL, Role.BYLINE, Role.TIMESTAMP, Role.STANDFIRST})


def block_of(group: Group) -> Block:
    """The block a group of segments makes: their texts joined by one space, span from first to last."""
    first, last = group.segments[0].first, group.segments[-1].last
    span = Span(first.content_start, last.content_end, first.number, last.number)
    return Block(group.role, " ".join(segment.text for segment in group.segments), span)


def split_credits(text: str, config: ParserConfig = DEFAULT_CONFIG) -> tuple[str, ...]:
    """Split a credit line on commas, ``&`` and the configuration's ``credit_joins`` (``and``).

    >>> split_credits("Al Jazeera News And Agencies")
    ('Al Jazeera News', 'Agencies')
    """
    separator = compiled(config).credit_separator
    return tuple(part for part in (piece.strip() for piece in separator.split(text)) if part)


def assemble(groups: Sequence[Group], config: ParserConfig, decoded: Decoded | None = None) -> Article:
    """Build the article from its classified groups, in document order.

    ``decoded`` says how the text was decoded from bytes, when it was.
    """
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
            headline = without_wire_mark(block.text)
        elif block.role is Role.STANDFIRST and standfirst is None:
            standfirst = block.text
        elif block.role is Role.RELATED:
            title = group.fields.title if group.fields and group.fields.title else block.text
            related.append(RelatedLink(title, block.span, len(body)))
        elif block.role is Role.SOURCE:
            source = _source_line(block, group.fields, config)
        elif block.role is Role.PROMO:
            promos.append(_promo(group, block))
        elif block.role is Role.CAPTION:
            captions.append(Caption(block.text, block.span))
    metadata = read_metadata(groups, blocks, config)
    published, updated = metadata.first(TimestampKind.PUBLISHED), metadata.first(TimestampKind.UPDATED)
    diagnostics = [*_decoding(decoded), *_structure(groups, blocks, body), *metadata.diagnostics]
    diagnostics.sort(key=lambda diagnostic: diagnostic.line or 0)
    texts = (paragraph.text for paragraph in body)
    language = article_language(headline, standfirst, texts, (block.text for block in blocks), config)
    return Article(
        headline=headline,
        standfirst=standfirst,
        body=tuple(body),
        related=tuple(related),
        source=source,
        promos=tuple(promos),
        captions=tuple(captions),
        byline=metadata.byline,
        published=published.value if published else None,
        updated=updated.value if updated else None,
        default_zone=config.default_zone,
        timestamps=metadata.timestamps,
        dateline=metadata.dateline,
        url=metadata.url,
        highlights=metadata.highlights,
        diagnostics=tuple(diagnostics),
        blocks=blocks,
        encoding=decoded.encoding if decoded else None,
        language=language,
        language_source="detected" if language else None,
    )


def _decoding(decoded: Decoded | None) -> list[Diagnostic]:
    return decoded.diagnostics() if decoded is not None else []


def _structure(groups: Sequence[Group], blocks: Sequence[Block], body: Sequence[Paragraph]) -> list[Diagnostic]:
    found = []
    for index, (group, block) in enumerate(zip(groups, blocks, strict=True)):
        if group.rule is KEPT_WHOLE:
            message = "too many segments: the rest of the dump is kept whole as one boilerplate block"
            found.append(Diagnostic(DiagnosticCode.TOO_MANY_SEGMENTS, message, block.span.first_line))
        elif group.rule is LEFTOVERS:
            message = f"{block.text[:60]!r} fits no role; kept as boilerplate"
            found.append(Diagnostic(DiagnosticCode.BOILERPLATE_KEPT, message, block.span.first_line))
        elif block.role is Role.HEADLINE and group.rule is not WIRE_HEADERS and _without_cue(groups, index):
            message = "the headline was taken from the first line, with no blank line or header line under it"
            found.append(Diagnostic(DiagnosticCode.HEADLINE_WITHOUT_CUE, message, block.span.first_line))
    if blocks and not body:
        found.append(Diagnostic(DiagnosticCode.NO_BODY, "no body paragraph was found"))
    return found


def _without_cue(groups: Sequence[Group], index: int) -> bool:
    """Whether the headline at ``index`` runs straight into the body, nothing setting it apart."""
    after = groups[index + 1] if index + 1 < len(groups) else None
    return after is not None and groups[index].segments[-1].gap_after == 0 and after.role not in _HEADER


def _source_line(block: Block, fields: Fields | None, config: ParserConfig) -> SourceLine:
    label = fields.label if fields else None
    text = fields.text if fields and fields.text else block.text
    return SourceLine(label, text, split_credits(text, config), block.span)


def _promo(group: Group, block: Block) -> Promo:
    title = group.segments[0].text
    texts = [segment.text for segment in group.segments if squash(segment.text) != squash(title)]
    return Promo(title, " ".join(texts) if texts else None, block.span)
