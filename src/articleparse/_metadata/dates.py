"""Timestamp lines to datetimes, with their zones, through dateutil."""

from __future__ import annotations

import re
import warnings
from datetime import datetime

import attrs
from dateutil import parser as dateutil_parser

from articleparse._config import ParserConfig
from articleparse._errors import DiagnosticCode
from articleparse._metadata.authors import without_wire_mark
from articleparse._model import TimestampKind

__all__ = ["Reading", "read_dates"]

# "Published:", "Last updated on", "UPDATED: .", "Posted at": labels, not date words.
_LABELS = re.compile(
    r"\b(?:first\s+|last\s+)?(?:published|updated|posted|modified)\b(?:\s+(?:on|at))?\s*:?", re.IGNORECASE
)
_UPDATE = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)
_LONE_MARK = re.compile(r"(?:^|\s)[.:|]+(?=\s|$)")
_YEAR = re.compile(r"\b\d{4}\b")
_TIME = re.compile(r"\d{1,2}:\d{2}|\b\d{1,2}\s*[ap]\.?m\b|T\d{2}", re.IGNORECASE)
# Fields a line leaves out are filled from here; a line must give its own year.
_DEFAULT = datetime(2000, 1, 1)


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
    readings = []
    for part in without_wire_mark(line).split("|"):
        kind = TimestampKind.UPDATED if _UPDATE.search(part) else TimestampKind.PUBLISHED
        cleaned = " ".join(_LONE_MARK.sub(" ", _LABELS.sub(" ", part)).split()).strip(" ,.;")
        if cleaned:
            readings.append(_read(cleaned, kind, config))
    return tuple(readings)


def _read(text: str, kind: TimestampKind, config: ParserConfig) -> Reading:
    date_only = _TIME.search(text) is None
    if not _YEAR.search(text):
        return Reading(kind, None, date_only, f"no year in {text!r}", DiagnosticCode.TIMESTAMP_UNPARSED)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", dateutil_parser.UnknownTimezoneWarning)
        try:
            value = dateutil_parser.parse(
                text, default=_DEFAULT, dayfirst=config.dayfirst, tzinfos=dict(config.timezones)
            )
        except (ValueError, OverflowError) as error:
            return Reading(
                kind, None, date_only, f"{text!r} is not a date ({error})", DiagnosticCode.TIMESTAMP_UNPARSED
            )
    if any(issubclass(warning.category, dateutil_parser.UnknownTimezoneWarning) for warning in caught):
        problem = f"unknown time zone in {text!r}; the time is kept without one"
        return Reading(kind, value, date_only, problem, DiagnosticCode.UNKNOWN_TIMEZONE)
    return Reading(kind, value, date_only)
