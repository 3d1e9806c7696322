"""LexisNexis (classic) exports: a centred ``N of M DOCUMENTS`` line opens each article.

The layout, article by article::

                               2 of 10 DOCUMENTS            counter (centred)
                              The Guardian (London)         publication
                             March 4, 2015 Wednesday        date line, weekday after the date
                                  Final Edition             edition lines, sometimes
    Headline, which may wrap
    over two lines
    BYLINE: Jane Doe                                        labelled header fields, a blank line
    SECTION: NEWS; Pg. 5                                    between each: BYLINE, SECTION,
    LENGTH: 812 words                                       LENGTH, DATELINE, HIGHLIGHT ...
    The body, hard-wrapped ...
    LOAD-DATE: March 5, 2015                                labelled trailer fields: LOAD-DATE,
    LANGUAGE: ENGLISH                                       LANGUAGE, PUBLICATION-TYPE, JOURNAL-CODE
                      Copyright 2015 Guardian News          centred copyright lines
                              All Rights Reserved

A request header (``Download Request:``, ``Time Of Request:``, ``Send To:`` and an
address, ``Terms:``, ``Source:``, ``Project ID:``) stands before the first article.
A counter line opens an article only when labelled LexisNexis fields follow it:
``1 of 3 DOCUMENTS`` alone in a story is not a boundary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articleparse._exports._lines import Run, fields_of, is_copyright, is_date_line, label_of, runs
from articleparse._exports._plan import Entry, Furniture, Kind, Plan, furniture
from articleparse._model import ExportLayout
from articleparse._normalize import Document, Line

__all__ = ["applies", "plans"]

_COUNTER = re.compile(r"\d{1,6} of \d{1,6} DOCUMENTS?|Dokument \d{1,6} von \d{1,6}|Document \d{1,6} de \d{1,6}")
_PRECHECK = re.compile(r"\d of \d{1,6} DOCUMENTS?|Dokument \d{1,6} von \d|Document \d{1,6} de \d")

# Labels as LexisNexis writes them (German and French exports in brackets), and the kind of field each opens.
_KINDS = {
    "BYLINE": Kind.BYLINE,
    "AUTOR": Kind.BYLINE,
    "AUTEUR": Kind.BYLINE,
    "SECTION": Kind.SECTION,
    "RUBRIK": Kind.SECTION,
    "RUBRIQUE": Kind.SECTION,
    "LENGTH": Kind.WORD_COUNT,
    "LÄNGE": Kind.WORD_COUNT,
    "LONGUEUR": Kind.WORD_COUNT,
    "LANGUAGE": Kind.LANGUAGE,
    "SPRACHE": Kind.LANGUAGE,
    "LANGUE": Kind.LANGUAGE,
    "LOAD-DATE": Kind.LOAD_DATE,
    "BODY": Kind.MARK,
}
# Labels of the header, between the headline and the body.
_HEADER = frozenset(
    {
        *("BYLINE", "AUTOR", "AUTEUR", "SECTION", "RUBRIK", "RUBRIQUE", "LENGTH", "LÄNGE", "LONGUEUR", "DATELINE"),
        *("HIGHLIGHT", "BODY", "GRAPHIC", "CORRECTION", "CORRECTION-APPENDED", "CORRECTION-DATE", "UPDATE"),
        *("SERIES", "TYPE", "DISTRIBUTION", "SOURCE", "ABSTRACT", "EDITION", "CITY", "COLUMN", "NAME"),
    }
)
# Labels of the trailer, after the body.
_TRAILER = frozenset(
    {
        *("LOAD-DATE", "LANGUAGE", "SPRACHE", "LANGUE", "PUBLICATION-TYPE", "JOURNAL-CODE", "GRAPHIC", "SUBJECT"),
        *("ORGANIZATION", "GEOGRAPHIC", "INDUSTRY", "PERSON", "TICKER", "COMPANY", "DOCUMENT-TYPE", "NOTES", "URL"),
        *("CORRECTION-DATE", "CORRECTION-APPENDED", "UPDATE", "DISTRIBUTION", "STATE", "COUNTRY", "CITY"),
    }
)
# The fields that show a counter line opens an article.
_EVIDENCE = frozenset({"BYLINE", "SECTION", "LENGTH", "LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "JOURNAL-CODE"})
_EVIDENCE |= frozenset({"DATELINE", "HIGHLIGHT", "RUBRIK", "LÄNGE", "SPRACHE", "RUBRIQUE", "LONGUEUR", "LANGUE"})
# A centred line is padded with spaces; the headline and the fields stand at the margin.
_CENTRED = 3
# Runs of furniture at most between the counter and the headline: publication, date, editions.
_MAX_TOP_RUNS = 4
# The copyright notice stands among the last runs of an article: a footer may follow the last one.
_NOTICE_WITHIN = 3
# A headline longer than this many lines is the body of an article without one.
_MAX_HEADLINE_LINES = 3
# An unknown label before LENGTH is a field when its run is this short; after LENGTH, the body's dateline.
_MAX_UNKNOWN_FIELD_LINES = 3


def _label(text: str) -> str | None:
    """The label opening ``text`` when it is a LexisNexis one, in capitals: ``LOAD-DATE``."""
    label = label_of(text)
    return label if label is not None and label.isupper() else None


def _kind(label: str) -> Kind:
    return _KINDS.get(label, Kind.FIELD)


def applies(text: str) -> bool:
    """Whether the normalised ``text`` is worth reading as this layout: it holds a counter line's words."""
    words = "DOCUMENT" in text or "Dokument " in text or "Document " in text  # a substring search is fast
    return words and _PRECHECK.search(text) is not None


def plans(document: Document) -> list[Plan]:
    """The split of ``document`` as a LexisNexis export, or none."""
    lines = document.lines
    counters = [index for index, line in enumerate(lines) if _COUNTER.fullmatch(line.stripped)]
    bounds = [*counters, len(lines)]
    starts = [
        counter
        for counter, stop in zip(counters, bounds[1:], strict=True)
        if any(_label(lines[index].stripped) in _EVIDENCE for index in range(counter + 1, stop))
    ]
    if not starts:
        return []
    stops = [*starts[1:], len(lines)]
    entries = tuple(_article(lines, start, stop) for start, stop in zip(starts, stops, strict=True))
    return [Plan(ExportLayout.LEXISNEXIS, starts[0], entries)]


def _article(lines: Sequence[Line], counter: int, stop: int) -> Entry:
    found = [furniture(lines, counter, counter, Kind.MARK)]
    blocks = runs(lines, counter + 1, stop)
    index = _top(lines, blocks, lines[counter].indent >= _CENTRED, found)
    if index < len(blocks) and not _known(lines, blocks[index], _HEADER):
        first, last = blocks[index]
        if last - first < _MAX_HEADLINE_LINES:
            found.append(furniture(lines, first, last, Kind.HEADLINE))
            index += 1
    index = _header_fields(lines, blocks, index, found)
    trailer: list[Furniture] = []
    # The copyright notice closes the article; what follows it (a file's footer) is left over.
    last = len(blocks) - 1
    end = next(
        (run + 1 for run in range(last, max(index, last - _NOTICE_WITHIN) - 1, -1) if _notice(lines, blocks[run])),
        last + 1,
    )
    while end > index and _notice(lines, blocks[end - 1]):
        end -= 1
        trailer.insert(0, furniture(lines, *blocks[end], Kind.COPYRIGHT))
    labelled = end
    while labelled > index and _label(lines[blocks[labelled - 1][0]].stripped) is not None:
        labelled -= 1
    # The trailer begins at the first known trailer label of the labelled runs that close the article.
    begins = next((run for run in range(labelled, end) if _known(lines, blocks[run], _TRAILER)), end)
    fields = [field for run in blocks[begins:end] for field in fields_of(lines, run, _kind, _label)]
    body = None
    if begins > index:
        body = (lines[blocks[index][0]].start, lines[blocks[begins - 1][1]].end)
    return Entry(counter, stop - 1, (*found, *fields, *trailer), body)


def _notice(lines: Sequence[Line], run: Run) -> bool:
    return all(is_copyright(lines[line].stripped) for line in range(*_through(run)))


def _through(run: Run) -> tuple[int, int]:
    return run[0], run[1] + 1


def _known(lines: Sequence[Line], run: Run, labels: frozenset[str]) -> bool:
    return _label(lines[run[0]].stripped) in labels


def _centred(lines: Sequence[Line], run: Run) -> bool:
    return all(lines[index].indent >= _CENTRED for index in range(*_through(run)))


def _top(lines: Sequence[Line], blocks: list[Run], centred: bool, found: list[Furniture]) -> int:
    """Read the publication, the date line and the edition lines above the headline; return the next run."""
    dated = published = False
    index = 0
    while index < min(len(blocks), _MAX_TOP_RUNS) and not _known(lines, blocks[index], _HEADER):
        first, last = blocks[index]
        has_date = any(is_date_line(lines[line].stripped) for line in range(first, last + 1))
        centred_run = centred and _centred(lines, blocks[index])
        if index and not centred_run and (dated or not has_date):
            break  # the headline stands at the margin, under the date
        start = first
        for line in range(first, last + 1):
            if not dated and is_date_line(lines[line].stripped):
                if line > start:
                    found.append(furniture(lines, start, line - 1, Kind.MARK if published else Kind.PUBLICATION))
                    published = True
                found.append(furniture(lines, line, line, Kind.DATE))
                dated = True
                start = line + 1
        if start <= last:
            kind = Kind.MARK if published or dated else Kind.PUBLICATION
            found.append(furniture(lines, start, last, kind))
            published = published or kind is Kind.PUBLICATION
        index += 1
    return index


def _header_fields(lines: Sequence[Line], blocks: list[Run], index: int, found: list[Furniture]) -> int:
    """Read the labelled fields between the headline and the body; return the body's first run."""
    lengthened = False
    while index < len(blocks):
        first, last = blocks[index]
        label = _label(lines[first].stripped)
        if label is None:
            break
        if label not in _HEADER and (lengthened or last - first >= _MAX_UNKNOWN_FIELD_LINES):
            break  # "NEW DELHI: The government said ...": the body's first paragraph
        fields = fields_of(lines, blocks[index], _kind, _label)
        lengthened = lengthened or any(field.kind is Kind.WORD_COUNT for field in fields)
        found.extend(fields)
        index += 1
    return index
