"""Classified lines to typed values: authors, dates with zones, datelines, addresses, highlights.

Each value is read from the lines whose role says they hold it: dates only from
timestamp lines and bylines (``by jane on July 14, 2012``), never from prose.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs

from articleparse._classify import Fields, Group
from articleparse._config import ParserConfig, compiled
from articleparse._errors import Diagnostic, DiagnosticCode
from articleparse._metadata.authors import authors_of, byline_authors
from articleparse._metadata.dateline import find_dateline
from articleparse._metadata.dates import read_dates
from articleparse._model import Block, Byline, Dateline, Span, Timestamp, TimestampKind
from articleparse._roles import Role
from articleparse._text import without_wire_mark

__all__ = ["Metadata", "read_metadata"]

_HIGHLIGHT_MARKER = "@highlight"


@attrs.frozen
class Metadata:
    """The typed values read from an article's classified blocks."""

    byline: Byline | None = None
    timestamps: tuple[Timestamp, ...] = ()
    dateline: Dateline | None = None
    url: str | None = None
    highlights: tuple[str, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def first(self, kind: TimestampKind) -> Timestamp | None:
        """The first timestamp of ``kind``, or ``None``."""
        return next((stamp for stamp in self.timestamps if stamp.kind is kind), None)


def read_metadata(groups: Sequence[Group], blocks: Sequence[Block], config: ParserConfig) -> Metadata:
    """Read the byline, dates, dateline, address and highlights from the classified ``blocks``.

    The byline's names and every date are read from what the rule that labelled
    the block matched (its ``groups``' fields), not matched again here.
    """
    diagnostics: list[Diagnostic] = []
    timestamps: list[Timestamp] = []
    bylines: list[_Candidate] = []
    headline = None
    for at, (group, block) in enumerate(zip(groups, blocks, strict=True)):
        fields = group.fields or Fields()
        if block.role is Role.HEADLINE and headline is None:
            headline = at
        if block.role is Role.BYLINE:
            names = fields.names
            authors = authors_of(names, config) if names is not None else byline_authors(block.text, config)
            marked = fields.marker is not None or bool(compiled(config).byline.prefix(block.text))
            bylines.append(_Candidate(Byline(without_wire_mark(block.text), authors, block.span), marked, at))
            # "by jane on July 14, 2012": every byline's date counts, the chosen one's or another's (a
            # second byline line of the header may be the one that dates the story).
            for when in fields.dates:
                timestamps += _dates(block, when, config, diagnostics, quiet=True)
        elif block.role is Role.TIMESTAMP:
            for when in fields.dates or (without_wire_mark(block.text),):
                timestamps += _dates(block, when, config, diagnostics, quiet=False)
    chosen = _chosen_byline(bylines, headline)
    published = [stamp for stamp in timestamps if stamp.kind is TimestampKind.PUBLISHED]
    if len({stamp.value for stamp in published}) > 1:
        lines = ", ".join(str(stamp.span.first_line) for stamp in published)
        diagnostics.append(
            Diagnostic(DiagnosticCode.TIMESTAMPS_DISAGREE, f"lines {lines} give different publication times")
        )
    return Metadata(
        byline=chosen.byline if chosen is not None else None,
        timestamps=tuple(timestamps),
        dateline=_dateline(blocks, config),
        url=_own_address(blocks),
        highlights=tuple(
            block.text for block in blocks if block.role is Role.HIGHLIGHT and not _highlight_marker(block, config)
        ),
        diagnostics=tuple(diagnostics),
    )


def _dates(
    block: Block, text: str, config: ParserConfig, diagnostics: list[Diagnostic], *, quiet: bool
) -> list[Timestamp]:
    """The timestamps ``text``, read from ``block``, gives; what does not parse is a diagnostic unless ``quiet``."""
    found = []
    line = without_wire_mark(block.text)
    for reading in read_dates(text, config):
        if reading.problem and reading.code and not quiet:
            diagnostics.append(Diagnostic(reading.code, reading.problem, block.span.first_line))
        if reading.value is not None:
            found.append(Timestamp(reading.kind, reading.value, reading.date_only, line, block.span))
    return found


def _dateline(blocks: Sequence[Block], config: ParserConfig) -> Dateline | None:
    """The wire dateline opening the first body paragraph."""
    first = next((block for block in blocks if block.role is Role.PARAGRAPH), None)
    if first is None:
        return None
    found = find_dateline(first.text, config)
    if found is None:
        return None
    span = first.span
    # The dateline opens the paragraph's first line, so its text starts where the paragraph does.
    where = Span(span.start, min(span.start + found.length, span.end), span.first_line, span.first_line)
    return Dateline(found.text, found.place, found.agency, found.date, where)


def _own_address(blocks: Sequence[Block]) -> str | None:
    """The first address standing before the body: the article's own."""
    for block in blocks:
        if block.role is Role.URL:
            return without_wire_mark(block.text)
        if block.role is Role.PARAGRAPH:
            return None
    return None


def _highlight_marker(block: Block, config: ParserConfig) -> bool:
    text = block.text.casefold()
    return text == _HIGHLIGHT_MARKER or text.rstrip(":") in config.highlight_markers


class _Candidate(NamedTuple):
    """A line labelled a byline, and the evidence that chooses among several."""

    byline: Byline
    marked: bool  # opened by a marker, on its line or on the line before
    at: int  # its block's index


def _chosen_byline(bylines: Sequence[_Candidate], headline: int | None) -> _Candidate | None:
    """The article's byline among the lines labelled one: the nearest to the headline that names an author.

    A line opened by a marker (``Von Jana Müller``) is chosen before a bare name or a name
    beside a date (``Isabell Angele 25. Dezember 2022``); a byline naming only a desk
    (``Von Redaktion``) is chosen only when no other names anyone; among equals, the one
    nearest the headline, then the first.
    """
    named = [candidate for candidate in bylines if candidate.byline.authors]
    return min(
        named or bylines,
        key=lambda candidate: (not candidate.marked, abs(candidate.at - headline) if headline is not None else 0),
        default=None,
    )
