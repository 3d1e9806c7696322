"""Nexis Uni exports: ``End of Document`` closes each article.

The layout, article by article::

    Headline of the article                 headline first
    The Guardian (London)                   publication
    March 4, 2015 Wednesday 10:30 PM GMT    date, sometimes with a time and a zone
    Final Edition                           edition, sometimes
    Copyright 2015 Guardian News All Rights Reserved
    Section: NEWS; Pg. 5                    labelled fields, one a line
    Length: 812 words
    Byline: Jane Doe and John Roe
    Body                                    a line saying where the body begins
    The body ...
    Classification                          sometimes, then more labelled fields
    Language: ENGLISH
    Load-Date: March 5, 2015
    End of Document

A cover page (the search, the list of results) may stand before the first article.
A closing line ends an article only when the article has Nexis Uni fields (a
``Body`` line, ``Length:``, ``Section:``, ``Byline:``, ``Load-Date:``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articleparse._exports._lines import Run, fields_of, is_copyright, is_date_line, label_of, runs
from articleparse._exports._plan import Entry, Furniture, Kind, Plan, furniture, opened
from articleparse._model import ExportLayout
from articleparse._normalize import Document, Line

__all__ = ["applies", "plans"]

_CLOSING = "end of document"
_BODY = "body"
_CLASSIFICATION = "classification"
_PRECHECK = re.compile(r"^[ \t]*End of Document[ \t]*$", re.MULTILINE | re.IGNORECASE)

_KINDS = {
    "byline": Kind.BYLINE,
    "section": Kind.SECTION,
    "length": Kind.WORD_COUNT,
    "language": Kind.LANGUAGE,
    "load-date": Kind.LOAD_DATE,
}
_HEADER = frozenset(
    {
        *("section", "length", "byline", "dateline", "highlight", "graphic", "series", "correction"),
        *("correction-date", "correction-appended", "distribution", "edition", "column"),
    }
)
_TRAILER = frozenset(
    {
        *("load-date", "language", "publication-type", "journal-code", "subject", "company", "organization"),
        *("industry", "geographic", "person", "ticker", "document-type", "notes", "graphic", "correction-date"),
        *("correction-appended", "url", "country", "state", "city"),
    }
)
_EVIDENCE = frozenset({"section", "length", "byline", "load-date"})


def _label(text: str) -> str | None:
    return label_of(text)


def _folded(text: str) -> str | None:
    label = label_of(text)
    return None if label is None else label.casefold()


def _kind(label: str) -> Kind:
    return _KINDS.get(label.casefold(), Kind.FIELD)


def _evidence(text: str) -> bool:
    return text.casefold() == _BODY or _folded(text) in _EVIDENCE


def applies(text: str) -> bool:
    """Whether the normalised ``text`` is worth reading as this layout: a closing line stands in it."""
    words = "End of Document" in text or "END OF DOCUMENT" in text or "end of document" in text
    return words and _PRECHECK.search(text) is not None


def plans(document: Document) -> list[Plan]:
    """The split of ``document`` as a Nexis Uni export, or none."""
    lines = document.lines
    extents: list[tuple[int, int | None, int]] = []  # first line, closing line, last line
    start, seen = 0, False
    for index, line in enumerate(lines):
        if line.stripped.casefold() == _CLOSING:
            if seen:
                extents.append((start, index, index))
                start, seen = index + 1, False
        elif not seen and _evidence(line.stripped):
            seen = True
    if not extents:
        return []
    if seen:
        extents.append((start, None, len(lines) - 1))  # a last article with no closing line
    else:
        first, closing, _ = extents[-1]
        extents[-1] = (first, closing, len(lines) - 1)  # what follows the last one is its furniture
    entries = [_article(lines, first, closing, last) for first, closing, last in extents]
    return [Plan(ExportLayout.NEXIS_UNI, *opened(entries))]


def _article(lines: Sequence[Line], first: int, closing: int | None, last: int) -> Entry:
    stop = last + 1 if closing is None else closing
    marker = next((index for index in range(first, stop) if lines[index].stripped.casefold() == _BODY), None)
    until = stop if marker is None else marker
    fields_at = next((index for index in range(first, until) if _folded(lines[index].stripped) in _HEADER), marker)
    found: list[Furniture] = []
    body_first = first
    if fields_at is not None:
        _top(lines, first, runs(lines, first, fields_at), found)
        body_first = _fields(lines, fields_at, until, marker is not None, found)
        if marker is not None:
            found.append(furniture(lines, marker, marker, Kind.MARK))
            body_first = marker + 1
    trailer, body_stop = _trailer(lines, body_first, stop)
    content = [index for index in range(body_first, body_stop) if not lines[index].blank]
    body = (lines[content[0]].start, lines[content[-1]].end) if content else None
    if closing is not None:
        trailer.append(furniture(lines, closing, closing, Kind.MARK))
    return Entry(first, last, (*found, *trailer), body)


def _top(lines: Sequence[Line], first: int, blocks: list[Run], found: list[Furniture]) -> int:
    """Read the headline, publication, date and copyright above the fields, bottom up; return the article's first line.

    Runs above the headline are the file's cover page (before the first article) or
    furniture of the article.
    """
    notice = len(blocks)
    while notice > 0 and _all_copyright(lines, blocks[notice - 1]):
        notice -= 1
    dated = next((run for run in (notice - 1, notice - 2) if run >= 0 and _has_date(lines, blocks[run])), None)
    meta = notice - 1 if dated is None else dated
    if dated is None and notice == 1:
        meta = 1  # one run alone above the fields: the headline
    headline = meta - 1
    if headline >= 0:
        found.append(furniture(lines, *blocks[headline], Kind.HEADLINE))
    kinds: list[tuple[int, Kind]] = []
    dated_line = published = False
    for number, (start, end) in enumerate(blocks[max(meta, 0) :], start=max(meta, 0)):
        for index in range(start, end + 1):
            text = lines[index].stripped
            kind = Kind.MARK
            if is_copyright(text):
                kind = Kind.COPYRIGHT
            elif not dated_line and is_date_line(text):
                kind, dated_line = Kind.DATE, True
            elif not dated_line and not published and number == meta:
                kind, published = Kind.PUBLICATION, True
            kinds.append((index, kind))
    _grouped(lines, kinds, found)
    return blocks[headline][0] if headline >= 0 else (blocks[0][0] if blocks else first)


def _all_copyright(lines: Sequence[Line], run: Run) -> bool:
    return all(is_copyright(lines[index].stripped) for index in range(run[0], run[1] + 1))


def _has_date(lines: Sequence[Line], run: Run) -> bool:
    return any(is_date_line(lines[index].stripped) for index in range(run[0], run[1] + 1))


def _grouped(lines: Sequence[Line], kinds: list[tuple[int, Kind]], found: list[Furniture]) -> None:
    """Furniture of consecutive lines of one kind: a copyright notice over two lines is one block."""
    groups: list[list[tuple[int, Kind]]] = []
    for index, kind in kinds:
        previous = groups[-1][-1] if groups else None
        if previous and kind is previous[1] and kind in (Kind.COPYRIGHT, Kind.MARK) and index == previous[0] + 1:
            groups[-1].append((index, kind))
        else:
            groups.append([(index, kind)])
    found.extend(furniture(lines, group[0][0], group[-1][0], group[0][1]) for group in groups)


def _fields(lines: Sequence[Line], first: int, until: int, marked: bool, found: list[Furniture]) -> int:
    """Read the labelled fields from ``first``; return the line after them.

    Before a ``Body`` line every run is furniture; without one, the fields end at
    the first run that opens with no label.
    """
    end = first
    for run in runs(lines, first, until):
        if not marked and _label(lines[run[0]].stripped) is None:
            break
        found.extend(fields_of(lines, run, _kind, _label))
        end = run[1] + 1
    return until if marked else end


def _trailer(lines: Sequence[Line], first: int, stop: int) -> tuple[list[Furniture], int]:
    """Read the fields after the body; return them and the line where they begin."""
    blocks = runs(lines, first, stop)
    end = labelled = len(blocks)
    while labelled > 0 and _trailing(lines, blocks[labelled - 1]):
        labelled -= 1
    begins = next((run for run in range(labelled, end) if _opens_trailer(lines[blocks[run][0]].stripped)), end)
    fields = [field for run in blocks[begins:end] for field in fields_of(lines, run, _kind, _label)]
    return fields, blocks[begins][0] if begins < end else stop


def _opens_trailer(text: str) -> bool:
    return _folded(text) in _TRAILER or text.casefold() == _CLASSIFICATION


def _trailing(lines: Sequence[Line], run: Run) -> bool:
    text = lines[run[0]].stripped
    return _label(text) is not None or text.casefold() == _CLASSIFICATION
