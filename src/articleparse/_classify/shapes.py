"""What a line is by its shape and vocabulary: an address, a date line, a byline, a trail.

Pure predicates over one line of text and the configuration; the feature table
asks them once per segment, and the rules read the answers from the table.
"""

from __future__ import annotations

import re

import attrs

from articleparse._config import ParserConfig, compiled
from articleparse._text import NAME_PARTICLES, ends_sentence

__all__ = [
    "BylineMatch",
    "bare",
    "is_breadcrumb",
    "is_date_line",
    "is_dateline_alone",
    "is_url",
    "looks_like_names",
    "match_byline",
]

_DASH = re.compile(r"--(?:\s|$)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LONE_DOT = re.compile(r"(?:^|\s)\.(?=\s|$)")
_ORIGINALLY = re.compile(
    r"(?:this|the)\s+(?:article|report|story|post|piece)\s+(?:was\s+)?(?:originally|first)\s+"
    r"(?:published|appeared|posted)",
    re.IGNORECASE,
)
# "by jane on July 14, 2012": a writer's handle and the day, English blogs' byline.
_ON = re.compile(r"(?<!\s)\s+(?:(?:on|am|le|el|il|op)\s+|at\s+(?=\d))", re.IGNORECASE)
# Names of several authors: "Jane Doe, John Roe and Mei Nguyen", "Jane Doe und John Roe".
_NAME_JOINS = re.compile(r"(?<!\s)\s*[,;/]\s*|(?<!\s)\s+(?:and|und|et|y|e|en|&)\s+", re.IGNORECASE)
# What separates a name from a date on a byline: bars, dashes, bullets, commas.
_SEPARATORS = re.compile(r"(?<![\s|•·,/–—-])[\s|•·,/–—-]+$|^[\s|•·,/–—-]+")
# "Home » News » Putin: ...": the page's navigation trail.
_BREADCRUMB = re.compile(r"\A(?:[^»›]+[»›]){2,}")
# "WASHINGTON, D.C. –": a dateline left alone on its line, the first paragraph's start.
_DATELINE_ALONE = re.compile(r"[A-Z][A-Z .,'’-]{2,60}\s[-–—]+")
# Tokens of a date line are split at white space, commas and bars; marks left at their ends
# are trimmed, so "1:48pm" and "2016-09-17" stay whole while "PUBLISHED:" becomes a label.
_TOKEN_SEPARATORS = re.compile(r"[\s,|]+")
_TRIM = ".:;()[]-–—"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?", re.I)
_HAS_DIGIT = re.compile(r"\d")
# A place before a date line's date: "Bonn, ", "New York, " (up to three capitalised words and a comma).
_PLACE = re.compile(r"\A[A-ZÀ-Ý][\w.'’-]*(?: [A-ZÀ-Ý][\w.'’-]*){0,2},\s+(?=\d)")
# Every date the calendar finds has a four-digit year: most lines are ruled out by this first.
_YEAR = re.compile(r"\d{4}")
# Date lines hold at most twenty tokens and bylines at most byline_max_words words; a line
# many times that long is prose, so the patterns need not scan it.
_DATE_LINE_MAX_CHARS = 200
_BYLINE_MAX_CHARS = 400


@attrs.frozen
class BylineMatch:
    """What a byline says: the part naming the authors, and the date it gives, if any."""

    names: str
    date: str | None = None


def bare(text: str) -> str:
    """``text`` without a wire ``--`` prefix."""
    return text[2:].strip() if _DASH.match(text) else text


def is_url(text: str) -> bool:
    """Whether ``text`` is a web address and nothing else (a ``--`` prefix allowed)."""
    return _URL.fullmatch(bare(text)) is not None


def is_breadcrumb(text: str) -> bool:
    """Whether ``text`` is a navigation trail (``Home » News » Politics``)."""
    return _BREADCRUMB.match(text) is not None


def is_dateline_alone(text: str) -> bool:
    """Whether ``text`` is a wire dateline with nothing after it (``WASHINGTON, D.C. –``)."""
    return _DATELINE_ALONE.fullmatch(text) is not None


def is_date_line(text: str, config: ParserConfig) -> bool:
    """Whether ``text`` holds a date and nothing else but labels, times and zones.

    A publisher's own timestamp lines can be added as ``timestamp_patterns``.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> is_date_line("Published: 17 Sep 2016 15:47 GMT", config), is_date_line("Mi, 18. Oktober 2023", config)
    (True, True)
    >>> is_date_line("Since March 2011 the war has killed thousands", config)
    False
    """
    text = bare(text)
    vocabulary = compiled(config)
    if any(pattern.fullmatch(text) for pattern in vocabulary.timestamp_patterns):
        return True
    if len(text) > _DATE_LINE_MAX_CHARS or not _HAS_DIGIT.search(text):
        return False
    text = _PLACE.sub("", text, count=1)  # "Bonn, 11.10.2021": a press release's place and day
    calendar = vocabulary.calendar
    tokens = [token.strip(_TRIM) for token in _TOKEN_SEPARATORS.split(text)]
    tokens = [token for token in tokens if token]
    if not tokens or len(tokens) > 20:
        return False
    # A year, a month name, or a date written with digits: "Since 2011" and "10:30" are not dates.
    dated = (_YEAR.search(text) is not None and calendar.date.search(text) is not None) or any(
        token.casefold() in calendar.months for token in tokens
    )
    enough = len(tokens) >= 2 or _ISO_DATE.fullmatch(text) is not None or calendar.date.fullmatch(text) is not None
    labels = config.timestamp_labels
    return (
        dated
        and enough
        and all(
            token.casefold() in labels or calendar.token.fullmatch(token) is not None or _zone_like(token)
            for token in tokens
        )
    )


def _zone_like(token: str) -> bool:
    """Whether ``token`` reads as a zone abbreviation (``EDT``), known to the configuration or not."""
    return 2 <= len(token) <= 5 and token.isalpha() and token.isupper()


def _name_word(word: str) -> bool:
    """Whether ``word`` can be part of a name: a particle, or letters with a capital (``Łukasz``, ``deCasparis``)."""
    if word in NAME_PARTICLES:
        return True
    return any(char.isupper() for char in word) and all(char.isalpha() or char in "'’.-" for char in word)


def looks_like_names(text: str, config: ParserConfig) -> bool:
    """Whether ``text`` is nothing but a person's name, or several (``Jane Doe``, ``Jane Doe und John Roe``)."""
    return _names(text, config)


def _names(text: str, config: ParserConfig, *, least: int = 2) -> bool:
    """Whether ``text`` is one name or several, each of ``least`` to ``name_max_words`` name words."""
    parts = [part.split() for part in _NAME_JOINS.split(text.strip(" .:")) if part.strip()]
    return bool(parts) and all(
        least <= len(part) <= config.name_max_words
        and all(_name_word(word) for word in part)
        and " ".join(part).casefold() not in config.outlets
        for part in parts
    )


def _dated(text: str, config: ParserConfig) -> BylineMatch | None:
    """``Jane Doe, 24. April 2020``, ``Posted on May 3, 2014 by Jane Doe``: names beside a date."""
    found = compiled(config).calendar.date.search(text) if _YEAR.search(text) else None
    if found is None:
        return None
    before, after = text[: found.start()], text[found.end() :]
    words = [w for w in f"{before} | {after}".split() if w.casefold().strip(":,.") not in config.timestamp_labels]
    rest = _SEPARATORS.sub("", " ".join(words)).strip()
    # "Posted on May 3, 2014 by Jane Doe": with the date and its labels gone, a marker opens the rest.
    marker = compiled(config).byline.prefix(rest)
    rest = rest[marker:]
    rest = " ".join(
        _SEPARATORS.sub("", part).strip() for part in re.split(r"\s+(?:[|•·–—-]|//)\s+", rest) if part.strip()
    )
    if rest and _names(rest, config, least=1 if marker else 2):
        return BylineMatch(rest, found.group(0))
    return None


def match_byline(text: str, config: ParserConfig) -> BylineMatch | None:
    """What ``text`` says as a byline, or ``None`` when it is not one.

    ``By Jane Doe``, ``Von Jane Doe``, ``By: Jane Doe and John Roe, Reuters``,
    ``By . Jane Doe .``, ``by jane on July 14, 2012``, ``Jane Doe | Political
    editor``, ``Jane Doe, 24. April 2020``, ``This article was originally
    published by X at Y``, or a line matching one of the configuration's
    ``byline_patterns``.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> match_byline("von Stefan Beiersmann am 29. Mai 2017, 14:14 Uhr", config)
    BylineMatch(names='Stefan Beiersmann', date='29. Mai 2017, 14:14 Uhr')
    """
    text = bare(text)
    vocabulary = compiled(config)
    if any(pattern.fullmatch(text) for pattern in vocabulary.byline_patterns):
        return BylineMatch(text)
    words = text.split()
    if len(text) > _BYLINE_MAX_CHARS or not words or len(words) > config.byline_max_words:
        return None
    if _ORIGINALLY.match(text):
        return BylineMatch(text)
    dated = _dated(text, config)
    if dated is not None:
        return dated
    marker = vocabulary.byline.prefix(text)
    if marker:
        rest = _LONE_DOT.sub(" ", text[marker:]).strip().lstrip(":. ")  # "By . Jane Doe ." (Daily Mail)
        when = compiled(config).calendar.date.search(rest) if _YEAR.search(rest) else None
        if when is not None and when.start() > 0:  # "by Jane Doe November 8, 2023 | 6:03 pm", "by jane on July 14"
            names = _SEPARATORS.sub("", rest[: when.start()]).split()
            while names and names[-1].casefold().strip(",:") in config.timestamp_labels:
                names.pop()
            return BylineMatch(" ".join(names), when.group(0))
        on = _ON.search(rest)
        if on and rest[:1].isalpha() and len(rest[: on.start()].split()) <= 3:
            return BylineMatch(rest[: on.start()], rest[on.end() :])  # "by jane on July 14, 2012"
        if rest[:1].isupper() and (not ends_sentence(rest) or len(rest.split()) <= 5):
            return BylineMatch(rest)
        return None
    # Names, then their role after a bar ("Jane Doe | Political editor") or a last comma.
    if "|" in text:
        named, _, role = text.partition("|")
    elif "," in text:
        named, _, role = text.rpartition(",")
    else:
        return None
    if not any(word.casefold().strip(".,") in config.byline_roles for word in role.split()):
        return None
    return BylineMatch(named.strip()) if _names(named, config) else None
