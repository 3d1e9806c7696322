"""ProQuest exports: labelled fields, articles between rules of underscores.

The layout, article by article::

    ____________________________________________________________   a rule closes the one before
    Document 2 of 10                                                sometimes
    Title: Headline of the article
    Author: Doe, Jane; Roe, John
    Publication info: The Times; London (UK) [London (UK)]. 04 Mar 2015: 5.
    ProQuest document link
    Abstract: ...
    Full text: The body begins here, on the label's line or under it ...
    Subject: ...                                                    fields after the body
    Title: Headline of the article
    Publication title: The Times; London (UK)
    Publication date: Mar 4, 2015
    Section: News
    Language of publication: English
    ProQuest document ID: 318123456
    Copyright: Copyright 2015 Times Newspapers Ltd.

A rule closes an article only when the part after it opens with ProQuest's fields:
a rule line in a story is not a boundary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articleparse._exports._lines import Run, fields_of, label_of, runs
from articleparse._exports._plan import Entry, Furniture, Kind, Plan, furniture
from articleparse._model import ExportLayout
from articleparse._normalize import Document, Line

__all__ = ["applies", "plans"]

_RULE = re.compile(r"_{20,}")
_PRECHECK = re.compile(r"^[ \t]*_{20,}[ \t]*$", re.MULTILINE)
_COUNTER = re.compile(r"Document \d{1,6} of \d{1,6}")
_FULL_TEXT = "full text"
# Labels only ProQuest's records carry, one of which a record must hold besides its title.
_OWN = frozenset({"full text", "publication title", "proquest document id", "document url", "source type", "database"})
_KINDS = {
    "title": Kind.HEADLINE,
    "author": Kind.BYLINE,
    "publication title": Kind.PUBLICATION,
    "publication date": Kind.DATE,
    "section": Kind.SECTION,
    "language of publication": Kind.LANGUAGE,
    "language": Kind.LANGUAGE,
    "copyright": Kind.COPYRIGHT,
    "word count": Kind.WORD_COUNT,
}
# The labels that open the fields after the body.
_TRAILER = frozenset(
    {
        *("subject", "location", "people", "company / organization", "identifier / keyword", "title"),
        *("publication title", "pages", "first page", "publication year", "publication date", "year", "section"),
        *("publisher", "place of publication", "country of publication", "publication subject", "issn"),
        *("source type", "language of publication", "document type", "proquest document id", "document url"),
        *("copyright", "last updated", "database", "credit", "illustration", "dateline", "edition", "volume"),
        *("issue", "number of pages", "accession number", "document feature", "author", "word count"),
    }
)
# A record's first label stands among its first few lines (after the counter and an unlabelled title).
_FIRST_LABEL_WITHIN = 4


def _label(text: str) -> str | None:
    return label_of(text)


def _folded(text: str) -> str | None:
    label = label_of(text)
    return None if label is None else label.casefold()


def applies(text: str) -> bool:
    """Whether the normalised ``text`` is worth reading as this layout: a rule of underscores stands in it."""
    return "_" * 20 in text and _PRECHECK.search(text) is not None


def plans(document: Document) -> list[Plan]:
    """The split of ``document`` as a ProQuest export, or none."""
    lines = document.lines
    rules = [index for index, line in enumerate(lines) if _RULE.fullmatch(line.stripped)]
    if not rules:
        return []
    starts = [start for start in (0, *(rule + 1 for rule in rules)) if _is_record(lines, start)]
    if not starts:
        return []
    stops = [*starts[1:], len(lines)]
    entries = tuple(_article(lines, start, stop) for start, stop in zip(starts, stops, strict=True))
    return [Plan(ExportLayout.PROQUEST, starts[0], entries)]


def _is_record(lines: Sequence[Line], start: int) -> bool:
    """Whether the part opening at ``start`` (up to the next rule) is a ProQuest record."""
    labels: set[str] = set()
    seen = 0
    for index in range(start, len(lines)):
        text = lines[index].stripped
        if _RULE.fullmatch(text):
            break
        if not text or _COUNTER.fullmatch(text):
            continue
        label = _folded(text)
        if label is None and not labels and seen >= _FIRST_LABEL_WITHIN:
            return False  # prose first: the rest of a story after a rule in it
        seen += 1
        if label is not None:
            labels.add(label)
    return "full text" in labels or ("title" in labels and bool(labels & _OWN))


def _article(lines: Sequence[Line], first: int, stop: int) -> Entry:
    found: list[Furniture] = []
    full = next((index for index in range(first, stop) if _folded(lines[index].stripped) == _FULL_TEXT), None)
    header_end = stop if full is None else full
    blocks = runs(lines, first, header_end)
    titled = any(_folded(lines[index].stripped) == "title" for index in range(first, header_end))
    for run in blocks:
        found.extend(_header_run(lines, run, titled, found))
    body = None
    if full is None:
        return Entry(first, stop - 1, _typed(found), None)
    line = lines[full]
    colon = line.content_start + line.stripped.index(":") + 1
    rest = line.text[colon - line.start :]
    if rest.strip():
        found.append(furniture(lines, full, full, Kind.MARK, end=colon))
        body_start, body_line = colon + len(rest) - len(rest.lstrip()), full
    else:
        found.append(furniture(lines, full, full, Kind.MARK))
        body_start, body_line = None, full + 1
    trailer, body_stop = _trailer(lines, body_line if body_start is None else full + 1, stop)
    content = [index for index in range(body_line, body_stop) if not lines[index].blank]
    if body_start is not None or content:
        start = body_start if body_start is not None else lines[content[0]].start
        end = lines[content[-1]].end if content else line.end
        body = (start, end)
    return Entry(first, stop - 1, _typed([*found, *trailer]), body)


def _header_run(lines: Sequence[Line], run: Run, titled: bool, found: list[Furniture]) -> list[Furniture]:
    """The furniture of a run above ``Full text:``: labelled fields, a counter, an unlabelled title."""
    first, last = run
    if _label(lines[first].stripped) is not None:
        return fields_of(lines, run, _kind, _label)
    if _COUNTER.fullmatch(lines[first].stripped) and first == last:
        return [furniture(lines, first, last, Kind.MARK)]
    if not titled and not any(item.kind is Kind.HEADLINE for item in found) and not any(item.label for item in found):
        label_at = next((index for index in range(first, last + 1) if _label(lines[index].stripped)), last + 1)
        title = [furniture(lines, first, label_at - 1, Kind.HEADLINE)]
        return title + (fields_of(lines, (label_at, last), _kind, _label) if label_at <= last else [])
    return fields_of(lines, run, _kind, _label)


def _kind(label: str) -> Kind:
    return _KINDS.get(label.casefold(), Kind.FIELD)


def _trailer(lines: Sequence[Line], first: int, stop: int) -> tuple[list[Furniture], int]:
    """The fields after the body, and the line where they begin (the rule closing the record stays out)."""
    blocks = [run for run in runs(lines, first, stop) if not _RULE.fullmatch(lines[run[0]].stripped)]
    end = len(blocks)
    while end > 0 and _label(lines[blocks[end - 1][0]].stripped) is None:
        end -= 1  # what follows the fields: leftovers, furniture of the record
    labelled = end
    while labelled > 0 and _label(lines[blocks[labelled - 1][0]].stripped) is not None:
        labelled -= 1
    begins = next((run for run in range(labelled, end) if _folded(lines[blocks[run][0]].stripped) in _TRAILER), end)
    fields = [field for run in blocks[begins:end] for field in fields_of(lines, run, _kind, _label)]
    if begins < end:
        return fields, blocks[begins][0]
    return fields, (blocks[-1][1] + 1) if blocks else first


def _typed(found: list[Furniture]) -> tuple[Furniture, ...]:
    """The first title is the headline and the first author the byline; later ones (the trailer repeats them) fields.

    Authors are written ``Last, First`` and separated by semicolons: ``Doe, Jane; Roe, John``.
    """
    typed: list[Furniture] = []
    seen: set[Kind] = set()
    for item in found:
        kind = item.kind
        if kind in seen and kind in (Kind.HEADLINE, Kind.BYLINE, Kind.PUBLICATION, Kind.DATE, Kind.SECTION):
            kind = Kind.FIELD
        seen.add(kind)
        authors = _authors(item.value) if kind is Kind.BYLINE else None
        typed.append(Furniture(kind, item.span, item.text, item.label, item.value, item.value_start, authors))
    return tuple(typed)


def _authors(text: str) -> tuple[str, ...]:
    names = []
    for part in text.split(";"):
        name = part.strip()
        last, comma, given = name.partition(",")
        if comma and given.strip() and "," not in given:
            name = f"{given.strip()} {last.strip()}"
        if name:
            names.append(" ".join(name.split()))
    return tuple(names)
