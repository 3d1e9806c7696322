"""Timestamp lines to datetimes, with their zones, through dateutil and the configuration's calendar.

A line is split into its parts and their labels by the one date-line grammar,
:func:`articleparse._classify.shapes.date_parts` (the labels are the
configuration's ``timestamp_labels``, an ``update_labels`` one making the date an
update). A part is read whole once its labels are set aside (``Published: 17 Sep 2016
15:47 GMT``, ``14:11 EST, 25 October 2013``), in the configured languages
(``Mi, 18. Oktober 2023 um 12:50 Uhr``); when that fails, the date the calendar
finds in it is read alone. Dates written with dots (``05.06.2019``) are day
first in every language that writes them; dates with slashes follow
``dayfirst``.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime

import attrs

from articleparse._classify.shapes import date_parts
from articleparse._config import ParserConfig, compiled
from articleparse._errors import DiagnosticCode
from articleparse._model import TimestampKind

__all__ = ["Reading", "read_dates"]

_YEAR = re.compile(r"\b\d{4}\b")
# "15:47", "4:25pm", "2016-09-17T15:47", "à 11h46", "à 11 h 46": the line gives a time of day.
_TIME = re.compile(r"\d{1,2}:\d{2}|\b\d{1,2}\s*[ap]\.?m\b|T\d{2}|\b\d{1,2} ?h ?\d{2}\b", re.IGNORECASE)
# "a.m." and "p.m." written with stops, read as "am" and "pm": the calendar does not take a
# one-letter "a" for a mark of the morning, since some languages write it beside their dates
# ("a las 10:00").
_DOTTED_MARK = re.compile(r"\b([ap])\.\s?m\.?(?!\w)", re.IGNORECASE)
# Fields a line leaves out are filled from here; a line must give its own year.
_DEFAULT = datetime(2000, 1, 1)
# "05.06.2019", "5. 6. 2019": a date written with dots, day first wherever it is written so.
_DOTTED = re.compile(r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?!\d)")


@attrs.frozen
class Reading:
    """What one part of a timestamp line says: a date, or the reason it does not.

    Attributes:
        kind: Publication or update, from the part's label.
        value: The date read, or ``None`` when it did not parse.
        date_only: Whether the part gives no time of day.
        problem: Why the part gave no date, or why its date is doubtful.
        code: The diagnostic code of ``problem``.
    """

    kind: TimestampKind
    value: datetime | None
    date_only: bool
    problem: str | None = None
    code: DiagnosticCode | None = None


def read_dates(line: str, config: ParserConfig) -> tuple[Reading, ...]:
    """Read the dates a timestamp line gives: one, or one per ``|``-separated part.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> [r.value.isoformat() for r in read_dates("-- Fri Oct 20, 2006 4:25pm EDT", config)]
    ['2006-10-20T16:25:00-04:00']
    >>> reading, = read_dates("Last updated on 17 September 2016", config)
    >>> reading.kind.value, reading.value.isoformat(), reading.date_only
    ('updated', '2016-09-17T00:00:00', True)
    """
    return tuple(
        _read(part.date, TimestampKind.UPDATED if part.updated else TimestampKind.PUBLISHED, config)
        for part in date_parts(line, config)
    )


def _read(text: str, kind: TimestampKind, config: ParserConfig) -> Reading:
    text = _DOTTED_MARK.sub(r"\1m", text)
    date_only = _TIME.search(text) is None
    if not _YEAR.search(text):
        return Reading(kind, None, date_only, f"no year in {text!r}", DiagnosticCode.TIMESTAMP_UNPARSED)
    calendar = compiled(config).calendar  # imports dateutil on the first calendar
    from dateutil import parser as dateutil_parser

    attempts = [text]
    found = calendar.date.search(text)
    if found is not None and found.group(0) != text:
        attempts.append(found.group(0))  # the date alone, when the whole line does not read
    error: Exception | None = None
    for attempt in attempts:
        dayfirst = config.dayfirst or _DOTTED.search(attempt) is not None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", dateutil_parser.UnknownTimezoneWarning)
            try:
                value = dateutil_parser.parse(
                    attempt, parserinfo=calendar.info, default=_DEFAULT, dayfirst=dayfirst, tzinfos=calendar.tzinfos
                )
            except (ValueError, OverflowError) as problem:
                error = problem
                continue
        if _before_1000(attempt, value):
            doubt = f"{text!r} has a year before 1000, which no dump's date has"
            return Reading(kind, None, date_only, doubt, DiagnosticCode.TIMESTAMP_UNPARSED)
        if not _possible_offset(value):
            doubt = f"impossible zone offset in {text!r}: offsets lie within a day"
            return Reading(kind, None, date_only, doubt, DiagnosticCode.TIMESTAMP_UNPARSED)
        if any(issubclass(warning.category, dateutil_parser.UnknownTimezoneWarning) for warning in caught):
            doubt = f"unknown time zone in {text!r}; the time is kept without one"
            return Reading(kind, value, _TIME.search(attempt) is None, doubt, DiagnosticCode.UNKNOWN_TIMEZONE)
        return Reading(kind, value, _TIME.search(attempt) is None)
    return Reading(kind, None, date_only, f"{text!r} is not a date ({error})", DiagnosticCode.TIMESTAMP_UNPARSED)


def _before_1000(text: str, value: datetime) -> bool:
    """Whether the year written in ``text`` is before 1000 (``0000``, ``0001``, ``0999``).

    dateutil reads a year written with leading zeros as one of two digits
    (``0001`` as 2001, ``0000`` as 2000), or keeps it (``0999``); neither is a
    date a news dump means. A year of four digits is the one dateutil read, or,
    when it read another, one of the four-digit numbers the text holds.
    """
    if value.year < 1000:
        return True
    written = _YEAR.findall(text)
    return f"{value.year:04}" not in written and any(year < "1000" for year in written)


def _possible_offset(value: datetime) -> bool:
    """Whether ``value``'s zone offset, if it has one, is one a datetime can hold (under a day).

    dateutil reads ``+2400`` or ``UTC+25`` into a zone whose offset Python's datetimes
    refuse later, when the value is compared, hashed or written out.
    """
    try:
        value.utcoffset()
    except ValueError:
        return False
    return True
