"""What the layout readers share: blank-separated runs, labels, dates, copyright notices.

Every pattern here is linear: no quantified group can match the same text two ways.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from articleparse._config import DEFAULT_CONFIG, ParserConfig, compiled
from articleparse._exports._plan import Furniture, Kind, furniture
from articleparse._normalize import Line

__all__ = [
    "Run",
    "fields_of",
    "is_copyright",
    "is_date_line",
    "label_of",
    "non_blank",
    "runs",
    "word_count",
]

#: A run of non-blank lines: the indexes of its first and last line.
Run = tuple[int, int]

# "LOAD-DATE:", "Publication title:", "Company / organization:", "ProQuest document ID:": up to six
# words of letters, digits and hyphens, then a colon and a space or the line's end. Separators and
# words share no character, so each repetition has one way to match; every length is bounded, so
# even a search from every position of a long line stays linear.
_LABEL = re.compile(r"([^\W\d_][\w-]{0,30}(?:(?: / | |/)[\w-]{1,30}){0,5}):(?=\s|$)")
# "Copyright 2015 ...", "© 2015 ...", "(c) 2015 ...", "Copyright © ...".
_COPYRIGHT = re.compile(r"(?:copyright\b|©|\(c\)\s?\d)", re.IGNORECASE)
_RESERVED = re.compile(r"all rights reserved\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]\d\d|2\d\d\d)\b")
# The words of a date in an export's header, as the configuration's languages write them.
_WORD = re.compile(r"[^\W\d_]+")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# A date line is a date and little else: "January 11, 2010 Monday 5:43 PM EST" has 7 words.
_DATE_MAX_WORDS = 9
_COUNT = re.compile(r"(\d{1,3}(?:[,.]\d{3}){1,3}|\d{1,9})\s{1,3}words?\b", re.IGNORECASE)


def runs(lines: Sequence[Line], first: int, stop: int) -> list[Run]:
    """The runs of non-blank lines among ``lines[first:stop]``, in order."""
    found: list[Run] = []
    start = None
    for index in range(first, stop):
        if lines[index].blank:
            if start is not None:
                found.append((start, index - 1))
                start = None
        elif start is None:
            start = index
    if start is not None:
        found.append((start, stop - 1))
    return found


def non_blank(lines: Sequence[Line], first: int, stop: int) -> Iterator[int]:
    """The indexes of the non-blank lines among ``lines[first:stop]``."""
    return (index for index in range(first, stop) if not lines[index].blank)


def label_of(text: str) -> str | None:
    """The label opening ``text`` (``LOAD-DATE`` of ``LOAD-DATE: March 5, 2015``), or ``None``."""
    match = _LABEL.match(text)
    return match.group(1) if match else None


def is_copyright(text: str) -> bool:
    """Whether ``text`` is a copyright notice or the ``All Rights Reserved`` line that ends one."""
    return _COPYRIGHT.match(text) is not None or _RESERVED.match(text) is not None


def is_date_line(text: str, config: ParserConfig = DEFAULT_CONFIG) -> bool:
    """Whether ``text`` is a date on its own: ``January 11, 2010 Monday``, ``4 März 2015``, ``Spring 2015``.

    A year and a month or season of one of the configuration's languages, or an
    ISO date. The readers are handed no configuration, so they read a layout with
    the default languages.

    >>> is_date_line("January 11, 2010 Monday 5:43 PM EST"), is_date_line("Frühjahr 2015")
    (True, True)
    >>> is_date_line("Decision 2015")
    False
    """
    if len(text.split()) > _DATE_MAX_WORDS or _YEAR.search(text) is None:
        return False
    words = compiled(config).header_date_words
    return any(word in words for word in _WORD.findall(text.casefold())) or _ISO_DATE.search(text) is not None


def word_count(text: str) -> int | None:
    """The count opening ``812 words``, ``1,234 words``; ``None`` when there is none."""
    match = _COUNT.match(text)
    return int(re.sub(r"[,.]", "", match.group(1))) if match else None


def fields_of(
    lines: Sequence[Line], run: Run, kind_of: Callable[[str], Kind], labelled: Callable[[str], str | None]
) -> list[Furniture]:
    """The fields of a run of labelled lines: each label line opens one, the lines after it carry on its value.

    Lines before the run's first label line make one ``MARK``. ``labelled`` gives
    a line's label or ``None``; ``kind_of`` the kind of field a label opens.
    """
    first, last = run
    found: list[Furniture] = []
    start = first
    for index in range(first + 1, last + 2):
        if index == last + 1 or labelled(lines[index].stripped) is not None:
            label = labelled(lines[start].stripped)
            kind = Kind.MARK if label is None else kind_of(label)
            found.append(furniture(lines, start, index - 1, kind, label=label))
            start = index
    return found
