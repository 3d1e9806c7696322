"""Factiva exports: a ``Document <id>`` line closes each article.

The layout, article by article, each header item on its own line::

    Headline of the article             headline (one or two lines)
    By Jane Doe and John Roe            byline, sometimes
    1,234 words                         the word count
    4 March 2015                        date
    14:35 GMT                           time, sometimes
    The Wall Street Journal             source name
    J                                   source code
    English                             language
    Copyright 2015 Dow Jones & Company, Inc. All Rights Reserved.
    The body ...
    Document J000000020150304eb3400001  the document's id

An article is one when its header holds the word count and, under it, the date:
a ``Document`` line in a story is not a boundary. The line right above the word
count is the byline when the byline grammar
(:func:`articleparse._classify.shapes.match_byline`) reads it as one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from articleparse._classify.shapes import match_byline
from articleparse._config import DEFAULT_CONFIG
from articleparse._exports._lines import is_copyright, is_date_line, non_blank
from articleparse._exports._plan import Entry, Furniture, Kind, Plan, furniture, opened
from articleparse._model import ExportLayout, Span
from articleparse._normalize import Document, Line

__all__ = ["applies", "plans"]

# Factiva's ids: the source code padded with zeros, the date, a sequence: J000000020150304eb3400001.
_CLOSING = re.compile(r"Document (?=[A-Za-z0-9]{0,32}\d{8})([A-Za-z0-9]{16,40})")
_PRECHECK = re.compile(r"^[ \t]*Document [A-Za-z0-9]{16,40}[ \t]*$", re.MULTILINE)
_WORDS = re.compile(r"(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,9}) words")
_TIME = re.compile(r"\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,5})?")
_CODE = re.compile(r"[A-Z0-9]{1,12}")
_LANGUAGE = re.compile(r"[^\W\d_]{2,20}")
# How far under the word count the date may stand (the time may come between).
_DATE_WITHIN = 2
# The most lines a headline takes.
_MAX_HEADLINE_LINES = 3


def applies(text: str) -> bool:
    """Whether the normalised ``text`` is worth reading as this layout: a ``Document <id>`` line stands in it."""
    return "Document " in text and _PRECHECK.search(text) is not None


def _header(lines: Sequence[Line], index: int) -> bool:
    """Whether line ``index`` is a word count with the date under it: the evidence of a Factiva header."""
    if not _WORDS.fullmatch(lines[index].stripped):
        return False
    after = [line for line in (lines[i] for i in range(index + 1, min(index + 6, len(lines)))) if not line.blank]
    return any(is_date_line(line.stripped) for line in after[:_DATE_WITHIN])


def plans(document: Document) -> list[Plan]:
    """The split of ``document`` as a Factiva export, or none."""
    lines = document.lines
    extents: list[tuple[int, int, int]] = []  # first line, closing line, word count line
    start, counted = 0, None
    for index, line in enumerate(lines):
        if _CLOSING.fullmatch(line.stripped):
            if counted is not None:
                extents.append((start, index, counted))
                start, counted = index + 1, None
        elif counted is None and _header(lines, index):
            counted = index
    if not extents:
        return []
    entries = [_article(lines, first, closing, counted) for first, closing, counted in extents]
    if counted is not None:
        entries.append(_article(lines, start, None, counted))  # a last article with no closing line
    entries[-1] = attrs.evolve(entries[-1], last=len(lines) - 1)  # what follows the last article is its furniture
    return [Plan(ExportLayout.FACTIVA, *opened(entries))]


def _article(lines: Sequence[Line], first: int, closing: int | None, counted: int) -> Entry:
    stop = len(lines) if closing is None else closing
    found: list[Furniture] = []
    above = [index for index in range(counted - 1, first - 1, -1) if not lines[index].blank]
    byline = bool(above) and match_byline(lines[above[0]].stripped, DEFAULT_CONFIG) is not None
    head = above[1:] if byline else above
    if head:
        top = head[0]
        while top - 1 >= first and not lines[top - 1].blank and head[0] - (top - 1) < _MAX_HEADLINE_LINES:
            top -= 1
        found.append(furniture(lines, top, head[0], Kind.HEADLINE))
    if byline:
        found.append(furniture(lines, above[0], above[0], Kind.BYLINE))
    found.append(furniture(lines, counted, counted, Kind.WORD_COUNT))
    below = non_blank(lines, counted + 1, stop)
    index = next(below, None)
    slots = iter(((Kind.PUBLICATION, None), (Kind.MARK, _CODE), (Kind.LANGUAGE, _LANGUAGE)))
    if index is not None and is_date_line(lines[index].stripped):
        end = index
        following = next(below, None)
        if following is not None and _TIME.fullmatch(lines[following].stripped):
            end, following = following, next(below, None)
        found.append(furniture(lines, index, end, Kind.DATE))
        index = following
        for kind, shape in slots:
            if index is None or is_copyright(lines[index].stripped):
                break
            if shape is not None and not shape.fullmatch(lines[index].stripped):
                continue
            found.append(furniture(lines, index, index, kind))
            index = next(below, None)
    if index is not None and is_copyright(lines[index].stripped):
        end = index
        following = next(below, None)
        while following is not None and following == end + 1 and is_copyright(lines[following].stripped):
            end, following = following, next(below, None)
        found.append(furniture(lines, index, end, Kind.COPYRIGHT))
        index = following
    body = None
    content = [] if index is None else [index, *below]
    if content:
        body = (lines[content[0]].start, lines[content[-1]].end)
    if closing is not None:
        found.append(_closing(lines[closing]))
    return Entry(first, stop if closing is None else closing, tuple(found), body)


def _closing(line: Line) -> Furniture:
    """The ``Document <id>`` line: a field labelled ``Document``, its value the id."""
    span = Span(line.content_start, line.content_end, line.number, line.number)
    value = line.stripped.split(maxsplit=1)[1]
    return Furniture(Kind.FIELD, span, line.stripped, "Document", value, line.content_end - len(value))
