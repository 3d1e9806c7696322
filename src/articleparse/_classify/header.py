"""Header lines: wire ``--`` headers, addresses, bylines and timestamps."""

from __future__ import annotations

import re

from articleparse._classify._state import State
from articleparse._classify.shapes import bare, is_date_line, is_url, match_byline
from articleparse._config import ParserConfig
from articleparse._roles import Role

__all__ = ["bylines", "dash_headers", "is_byline", "is_date_line", "is_url", "timestamps", "url_lines"]


def is_byline(text: str, config: ParserConfig) -> bool:
    """Whether ``text`` says who wrote the article (see :func:`~articleparse._classify.shapes.match_byline`)."""
    return match_byline(text, config) is not None


_DASH = re.compile(r"--(?:\s|$)")


def dash_headers(state: State) -> None:
    """Label the wire layout's ``--`` header lines at the top of a dump.

    The first is the headline; then ``-- By ...`` is the byline, ``-- <date>``
    the timestamp, ``-- http://...`` the address, and an empty ``--`` boilerplate.
    """
    for index, segment in enumerate(state.segments):
        if len(segment.lines) != 1 or not _DASH.match(segment.text) or not state.free(index):
            return
        rest = bare(segment.text)
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
