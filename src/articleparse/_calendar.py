"""Dates in the languages of the configuration: finding them in a line and reading them.

A :class:`Calendar` is compiled once from a configuration's languages, time
zones and ``dayfirst``: the month and weekday names of every language, one
``dateutil`` :class:`~dateutil.parser.parserinfo` that knows them, and patterns
that find a date in a line. Every pattern is linear: fixed-width pieces joined
by single white-space runs, never a quantified group of overlapping classes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from articleparse._languages import Language
from articleparse._phrases import alternatives, words

if TYPE_CHECKING:
    from dateutil.parser import parserinfo

__all__ = ["Calendar"]

# "17 Sep", "Sept.", "3rd", "2016", "15:47", "4:25pm", "GMT", "+02:00", "2016-09-17T15:47Z", "05.06.2019".
_NUMERIC_TOKEN = (
    r"\d{1,4}(?:st|nd|rd|th|er|e|º|ª)?\.?|\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?"
    r"|[ap]\.?m\.?|[+-]\d{2}:?\d{2}|utc[+-]\d{1,2}|\d{4}-\d{2}-\d{2}(?:t\S*)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
)
_ISO = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?)?"
# "05.06.2019", "17/09/2016": a four-digit year, so that version numbers ("10.11.12") are no dates.
_NUMERIC = r"\d{1,2}[./]\s?\d{1,2}[./]\s?\d{4}(?!\d)"
# A time after a date, and its zone: "um 12:50 Uhr", "at 9:15 am", "à 11h46", "4:25pm EDT".
_TIME = (
    r"(?:,?\s{{0,3}}(?:[-–|•·@,]|um|at|à|a las|alle|om|às)?\s{{0,3}}\d{{1,2}}[:.h]\d{{2}}(?:[:.]\d{{2}})?"
    r"(?:\s?[ap]\.?m\.?)?(?:\s?uhr)?(?:\s?(?:{zones})(?!\w))?)?"
)


@functools.cache
def _info_class() -> Callable[[Sequence[tuple[str, ...]], Sequence[tuple[str, ...]], Sequence[str]], parserinfo]:
    """The parser vocabulary's class, made on the first calendar: importing dateutil costs about 15 ms."""
    from dateutil.parser import parserinfo

    class Info(parserinfo):
        """A ``dateutil`` vocabulary made from given month, weekday and skipped words (picklable)."""

        def __init__(
            self, months: Sequence[tuple[str, ...]], weekdays: Sequence[tuple[str, ...]], jump: Sequence[str]
        ) -> None:
            # dateutil reads its vocabulary from these attributes when it builds its tables.
            month_names: list[Any] = list(months)
            day_names: list[Any] = list(weekdays)
            self.MONTHS = month_names
            self.WEEKDAYS = day_names
            self.JUMP = list(jump)
            # A one-letter word a language writes beside its dates ("a las 10:00") is skipped, not
            # read as "a.m."; "am" and "pm" stay marks of the time after them ("12:00am").
            marks: list[Any] = [tuple(m for m in pair if len(m) > 1 or m not in jump) for pair in parserinfo.AMPM]
            self.AMPM = marks
            self._given = (tuple(months), tuple(weekdays), tuple(jump))
            super().__init__()

        def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
            return (_info, self._given)

    return Info


def _info(months: Sequence[tuple[str, ...]], weekdays: Sequence[tuple[str, ...]], jump: Sequence[str]) -> parserinfo:
    """A parser vocabulary of ``months``, ``weekdays`` and skipped words ``jump`` (what a pickle calls)."""
    return _info_class()(months, weekdays, jump)


def _alternatives(names: Iterable[str]) -> str:
    # Every pattern of the calendar ignores case.
    return alternatives(words(names), fold=True)


@attrs.frozen
class Calendar:
    """The date vocabulary of a configuration, compiled.

    Attributes:
        info: The ``dateutil`` parser vocabulary: every language's month and
            weekday names, and the words of date lines to skip.
        tzinfos: Zone abbreviations and their fixed offsets, for ``dateutil``.
        token: Matches one token of a date line: a month or day name, a number,
            a time, a zone, an offset, a date written with digits.
        date: Finds a date written out in a line: ``17 September 2016``,
            ``Sept 17, 2016``, ``18. Oktober 2023``, ``05.06.2019``,
            ``2016-09-17``, with a time after it when there is one.
        months: Every month name and abbreviation, lower case.
        words: The words a date line holds beside its date in every language
            (``um``, ``Uhr``, ``à``, ``h``, ``alle``), lower case.
    """

    info: parserinfo = attrs.field(eq=False)
    tzinfos: dict[str, int] = attrs.field(eq=False)
    token: re.Pattern[str] = attrs.field(eq=False)
    date: re.Pattern[str] = attrs.field(eq=False)
    months: frozenset[str] = attrs.field(eq=False)
    words: frozenset[str] = attrs.field(eq=False, default=frozenset())

    @classmethod
    def of(cls, languages: tuple[Language, ...], timezones: tuple[tuple[str, int], ...]) -> Calendar:
        """Compile the calendar of ``languages`` and ``timezones`` (name, offset in seconds)."""
        months = [tuple(dict.fromkeys(n for language in languages for n in language.months[i])) for i in range(12)]
        weekdays = [tuple(dict.fromkeys(n for language in languages for n in language.weekdays[i])) for i in range(7)]
        skip = sorted({word for language in languages for word in language.date_words})
        from dateutil.parser import parserinfo as base

        info = _info(
            months if all(months) else base.MONTHS,
            weekdays if all(weekdays) else base.WEEKDAYS,
            [*base.JUMP, *skip, "uhr", "h"],
        )
        month_names = frozenset(name for names in months for name in names)
        day_names = frozenset(name for names in weekdays for name in names)
        zones = {name.casefold() for name, _ in timezones} | {"z", "et", "pt"}
        month = _alternatives(month_names)
        day = _alternatives(day_names)
        token = re.compile(
            rf"(?:{month}|{day})\.?|{_NUMERIC_TOKEN}|{_alternatives(zones)}",
            re.IGNORECASE,
        )
        weekday = rf"(?:(?:{day})\.?,?\s{{1,3}})?"
        written = (
            rf"{weekday}(?:\d{{1,2}}(?:\.|st|nd|rd|th|er|º)?\s{{0,3}}(?:de\s)?(?:{month})\.?,?\s{{1,3}}(?:de\s)?\d{{4}}"
            rf"|(?:{month})\.?\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}\d{{4}})"
        )
        time = _TIME.format(zones=_alternatives(zones))
        date = re.compile(rf"(?<![\w.])(?:{written}|{weekday}(?:{_ISO}|{_NUMERIC})){time}", re.IGNORECASE)
        return cls(info, dict(timezones), token, date, month_names, frozenset({*skip, "uhr", "h"}))
