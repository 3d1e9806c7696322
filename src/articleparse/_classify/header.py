"""Header lines: wire ``--`` headers, addresses, bylines and timestamps."""

from __future__ import annotations

import re

from articleparse._classify._state import State
from articleparse._config import ParserConfig
from articleparse._roles import Role
from articleparse._text import NAME_PARTICLES, ends_sentence

__all__ = ["bylines", "dash_headers", "is_byline", "is_date_line", "is_url", "timestamps", "url_lines"]

_DASH = re.compile(r"--(?:\s|$)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_BY = re.compile(r"by\b[:.\s]*", re.IGNORECASE)
_LONE_DOT = re.compile(r"(?:^|\s)\.(?=\s|$)")
_BY_ON_DATE = re.compile(r"by\s+\S+(?:\s+\S+){0,2}\s+on\s+\S", re.IGNORECASE)
_ORIGINALLY = re.compile(
    r"(?:this|the)\s+(?:article|report|story|post|piece)\s+(?:was\s+)?(?:originally|first)\s+"
    r"(?:published|appeared|posted)",
    re.IGNORECASE,
)
# Names of several authors: "Jane Doe, John Roe and Mei Nguyen".
_NAME_JOINS = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    "|september|october|november|december"
)
_DAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_ZONES = "gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ist|jst|aest|z"
_DATE_TOKEN = re.compile(
    rf"(?:{_MONTHS}|{_DAYS})\.?|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ap]\.?m\.?)?"
    rf"|[ap]\.?m\.?|{_ZONES}|[+-]\d{{2}}:?\d{{2}}|utc[+-]\d{{1,2}}|\d{{4}}-\d{{2}}-\d{{2}}(?:t\S*)?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}",
    re.IGNORECASE,
)
# Date lines hold at most twenty tokens and bylines at most byline_max_words words; a line
# many times that long is prose, so the patterns need not scan it.
_DATE_LINE_MAX_CHARS = 200
_BYLINE_MAX_CHARS = 400
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?", re.I)
_HAS_DATE = re.compile(rf"\b(?:{_MONTHS})\b|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}", re.IGNORECASE)
# Tokens are split at white space, commas and bars; marks left at their ends are trimmed,
# so "1:48pm" and "2016-09-17" stay whole while "PUBLISHED:" and "." become a label and nothing.
_SEPARATORS = re.compile(r"[\s,|]+")
_TRIM = ".:;()[]-–—"


def _bare(text: str) -> str:
    """``text`` without a wire ``--`` prefix."""
    return text[2:].strip() if _DASH.match(text) else text


def is_url(text: str) -> bool:
    """Whether ``text`` is a web address and nothing else (a ``--`` prefix allowed)."""
    return _URL.fullmatch(_bare(text)) is not None


def is_date_line(text: str, config: ParserConfig) -> bool:
    """Whether ``text`` holds a date and nothing else but labels, times and zones.

    A publisher's own timestamp lines can be added as ``timestamp_patterns``.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> is_date_line("Published: 17 Sep 2016 15:47 GMT", config)
    True
    >>> is_date_line("Since March 2011 the war has killed thousands", config)
    False
    """
    text = _bare(text)
    if any(re.fullmatch(pattern, text) for pattern in config.timestamp_patterns):
        return True
    if len(text) > _DATE_LINE_MAX_CHARS:
        return False
    labels = config.timestamp_labels
    if not _HAS_DATE.search(text):
        return False
    tokens = [token.strip(_TRIM) for token in _SEPARATORS.split(text)]
    tokens = [token for token in tokens if token]
    enough = len(tokens) >= 2 or _ISO_DATE.fullmatch(text) is not None
    return (
        enough
        and len(tokens) <= 20
        and all(token.casefold() in labels or _DATE_TOKEN.fullmatch(token) for token in tokens)
    )


def is_byline(text: str, config: ParserConfig) -> bool:
    """Whether ``text`` says who wrote the article.

    ``By Jane Doe``, ``By: Jane Doe and John Roe, Reuters``, ``By . Jane Doe .``,
    ``by jane on July 14, 2012``, ``Jane Doe | Political editor``,
    ``This article was originally published by X at Y``, or a line matching one
    of the configuration's ``byline_patterns``.
    """
    text = _bare(text)
    if any(re.fullmatch(pattern, text) for pattern in config.byline_patterns):
        return True
    if len(text) > _BYLINE_MAX_CHARS:
        return False
    roles = config.byline_roles
    words = text.split()
    if not words or len(words) > config.byline_max_words:
        return False
    if _ORIGINALLY.match(text) or _BY_ON_DATE.match(text):
        return True
    by = _BY.match(text)
    if by and by.end() < len(text) and text[by.end()].isupper():
        rest = _LONE_DOT.sub(" ", text[by.end() :]).strip()  # "By . Jane Doe ." (Daily Mail)
        return not ends_sentence(rest) or len(rest.split()) <= 5
    # Names, then their role after a bar ("Jane Doe | Political editor") or a last comma.
    if "|" in text:
        named, _, role = text.partition("|")
    elif "," in text:
        named, _, role = text.rpartition(",")
    else:
        return False
    if not any(word.casefold().strip(".,") in roles for word in role.split()):
        return False
    names = [name.split() for name in _NAME_JOINS.split(named.strip())]
    longest = config.name_max_words
    return all(2 <= len(name) <= longest and all(_name_word(word) for word in name) for name in names)


def _name_word(word: str) -> bool:
    """Whether ``word`` can be part of a name: a particle, or letters with a capital (``Łukasz``, ``deCasparis``)."""
    if word in NAME_PARTICLES:
        return True
    return any(char.isupper() for char in word) and all(char.isalpha() or char in "'’.-" for char in word)


def dash_headers(state: State) -> None:
    """Label the wire layout's ``--`` header lines at the top of a dump.

    The first is the headline; then ``-- By ...`` is the byline, ``-- <date>``
    the timestamp, ``-- http://...`` the address, and an empty ``--`` boilerplate.
    """
    for index, segment in enumerate(state.segments):
        if len(segment.lines) != 1 or not _DASH.match(segment.text) or not state.free(index):
            return
        rest = _bare(segment.text)
        if index == 0 and rest and not is_url(rest):
            state.label(index, Role.HEADLINE)
        elif not rest:
            state.label(index, Role.BOILERPLATE)
        elif is_url(rest):
            state.label(index, Role.URL)
        elif is_byline(rest, state.config):
            state.label(index, Role.BYLINE)
        elif is_date_line(rest, state.config):
            state.label(index, Role.TIMESTAMP)
        else:
            state.label(index, Role.BOILERPLATE)


def url_lines(state: State) -> None:
    """Label every one-line segment that is only a web address."""
    for index, segment in enumerate(state.segments):
        if state.free(index) and len(segment.lines) == 1 and is_url(segment.text):
            state.label(index, Role.URL)


def _header_zone(state: State) -> range:
    """The segments that may hold header lines.

    The first few, up to the second block of prose that is not itself shaped
    like a byline or a date: a standfirst may stand between the headline and
    the byline, but the body has begun by the next paragraph.
    """
    config = state.config
    prose_seen = 0
    limit = min(config.header_max_segments, len(state.segments))
    for index in range(limit):
        text = state.segments[index].text
        header_like = is_byline(text, config) or is_date_line(text, config)
        if state.body_like(index) and not header_like:
            prose_seen += 1
            if prose_seen == 2:
                return range(index)
    return range(limit)


def bylines(state: State) -> None:
    """Label byline lines in the header zone."""
    for index in _header_zone(state):
        segment = state.segments[index]
        if state.free(index) and len(segment.lines) == 1 and is_byline(segment.text, state.config):
            state.label(index, Role.BYLINE)


def timestamps(state: State) -> None:
    """Label lines in the header zone whose job is a date: ``Published: ...``, a bare date."""
    for index in _header_zone(state):
        segment = state.segments[index]
        if state.free(index) and len(segment.lines) == 1 and is_date_line(segment.text, state.config):
            state.label(index, Role.TIMESTAMP)
