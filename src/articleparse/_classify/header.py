"""Header lines: wire ``--`` headers, addresses, bylines and timestamps."""

from __future__ import annotations

import re

from articleparse._classify._state import State
from articleparse._roles import Role
from articleparse._text import ends_sentence

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
# "Jane Doe | Political editor", "Jane Doe, Chief Correspondent": a name, a bar or comma, a role.
_NAME_THEN_ROLE = re.compile(r"(?P<name>[^|,]+?)\s*[|,]\s*(?P<role>.+)")
_NAME_WORD = re.compile(r"[\w'’.-]*[A-ZÀ-Þ][\w'’.-]*|(?:and|&|of|de|van|von|der|la|le|da|bin|al)")
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


def is_date_line(text: str, labels: frozenset[str]) -> bool:
    """Whether ``text`` holds a date and nothing else but labels, times and zones.

    >>> is_date_line("Published: 17 Sep 2016 15:47 GMT", frozenset({"published"}))
    True
    >>> is_date_line("Since March 2011 the war has killed thousands", frozenset())
    False
    """
    text = _bare(text)
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


def is_byline(text: str, roles: frozenset[str]) -> bool:
    """Whether ``text`` says who wrote the article.

    ``By Jane Doe``, ``By: Jane Doe and John Roe, Reuters``, ``By . Jane Doe .``,
    ``by jane on July 14, 2012``, ``Jane Doe | Political editor``,
    ``This article was originally published by X at Y``.
    """
    text = _bare(text)
    words = text.split()
    if not words or len(words) > 15:
        return False
    if _ORIGINALLY.match(text) or _BY_ON_DATE.match(text):
        return True
    by = _BY.match(text)
    if by and by.end() < len(text) and text[by.end()].isupper():
        rest = _LONE_DOT.sub(" ", text[by.end() :]).strip()  # "By . Jane Doe ." (Daily Mail)
        return not ends_sentence(rest) or len(rest.split()) <= 5
    named = _NAME_THEN_ROLE.fullmatch(text)
    if named is None:
        return False
    name = named["name"].split()
    return (
        2 <= len(name) <= 4
        and all(_NAME_WORD.fullmatch(word) for word in name)
        and any(word.casefold().strip(".,") in roles for word in named["role"].split())
    )


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
        elif is_byline(rest, state.config.byline_roles):
            state.label(index, Role.BYLINE)
        elif is_date_line(rest, state.config.timestamp_labels):
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
        header_like = is_byline(text, config.byline_roles) or is_date_line(text, config.timestamp_labels)
        if state.body_like(index) and not header_like:
            prose_seen += 1
            if prose_seen == 2:
                return range(index)
    return range(limit)


def bylines(state: State) -> None:
    """Label byline lines in the header zone."""
    for index in _header_zone(state):
        segment = state.segments[index]
        if state.free(index) and len(segment.lines) == 1 and is_byline(segment.text, state.config.byline_roles):
            state.label(index, Role.BYLINE)


def timestamps(state: State) -> None:
    """Label lines in the header zone whose job is a date: ``Published: ...``, a bare date."""
    for index in _header_zone(state):
        segment = state.segments[index]
        if state.free(index) and len(segment.lines) == 1 and is_date_line(segment.text, state.config.timestamp_labels):
            state.label(index, Role.TIMESTAMP)
