"""Header lines: wire ``--`` headers, addresses, bylines and timestamps."""

from __future__ import annotations

from articleparse._classify._state import Fields, Label, Labels, State
from articleparse._classify.features import Furniture
from articleparse._classify.shapes import (
    BylineMatch,
    DateLineMatch,
    is_date_line,
    is_url,
    looks_like_names,
    match_byline,
    match_date_line,
    opens_with_date,
)
from articleparse._config import ParserConfig, compiled
from articleparse._roles import Role
from articleparse._text import wire_marked
from articleparse._text import without_wire_mark as bare

__all__ = ["bylines", "dash_headers", "is_byline", "is_date_line", "is_url", "timestamps", "url_lines"]


def is_byline(text: str, config: ParserConfig) -> bool:
    """Whether ``text`` says who wrote the article (see :func:`~articleparse._classify.shapes.match_byline`)."""
    return match_byline(text, config) is not None


# A page may break its date line over a few lines ("Veröffentlicht am" / "19.10.2023", "-" / "6. November 2023").
_DATE_SEGMENT_LINES = 3
# How far from the headline a byline without a marker may stand: "Jane Doe" under it, or above it.
_NAME_REACH = 2
# How far under another copy of the headline its marked byline may stand (a standfirst, a date between).
_REPEAT_REACH = 4
# Markers of what follows an article (readers' comments, the end of the story): a byline is
# never looked for past one.
_AFTER_THE_ARTICLE = frozenset({Furniture.COMMENT, Furniture.END})
# The longest line that ends with a byline marker and leaves the names to the next line ("Ein Kommentar von").
_MARKER_LINE_WORDS = 4


def dash_headers(state: State) -> Labels:
    """Label the wire layout's ``--`` header lines at the top of a dump.

    The first is the headline; then ``-- By ...`` is the byline, ``-- <date>``
    the timestamp, ``-- http://...`` the address, and an empty ``--`` boilerplate.
    """
    for index, segment in enumerate(state.segments):
        if len(segment.lines) != 1 or not wire_marked(segment.text) or not state.free(index):
            return
        rest = bare(segment.text)
        if index == 0 and rest and not is_url(rest):
            yield Label(index, Role.HEADLINE)
        elif not rest:
            yield Label(index, Role.BOILERPLATE)
        elif is_url(rest):
            yield Label(index, Role.URL)
        elif (found := state.features.bylines.get(index)) is not None:
            dates = (found.date,) if found.date else ()
            yield Label(index, Role.BYLINE, fields=Fields(names=found.names, dates=dates, marker=found.marker))
        elif index in state.features.date_lines:
            yield Label(index, Role.TIMESTAMP, fields=Fields(dates=(rest,)))
        else:
            yield Label(index, Role.BOILERPLATE)


def url_lines(state: State) -> Labels:
    """Label every one-line segment that is only a web address."""
    for index, segment in enumerate(state.segments):
        if state.free(index) and len(segment.lines) == 1 and is_url(segment.text):
            yield Label(index, Role.URL)


def _header_zone(state: State) -> range:
    """The segments that may hold header lines: around the headline, down to the body's second prose.

    From the headline the zones found (or the top of the dump) down to the
    second block of prose that is not itself shaped like a byline or a date: a
    standfirst and a lead may stand between the headline and the byline, but
    the body has begun by the next paragraph. A page's header may also put the
    byline and the date a line or two above the headline (a kicker, a date).
    """
    config = state.config
    zones = state.zones
    top = max(0, zones.header.start - config.header_above) if zones.headline is not None else 0
    start = min(top, zones.body.start)
    limit = min(len(state.segments), max(zones.body.start, start) + config.header_max_segments)
    prose_seen = 0
    for index in range(max(start, zones.body.start), limit):
        row = state.features[index]
        if state.body_like(index) and not (row.byline or row.date_line):
            prose_seen += 1
            if prose_seen == 2:
                return range(start, index)
    return range(start, limit)


def bylines(state: State) -> Labels:
    """Label byline lines in the header zone, with the names and the date each gives.

    In a whole page, a line that is nothing but a person's name near the
    headline is its byline too (``Jane Doe`` under the headline), and so is,
    when the header has none, a marked byline right after the body (``Text:
    Jane Doe``) or a name there beside a date or after a line ending with a
    marker.
    """
    config = state.config
    page_like = state.zones.page_like
    found_any = False
    for index in _header_zone(state):
        segment = state.segments[index]
        if not (state.free(index) and len(segment.lines) == 1):
            continue
        found = state.features.bylines.get(index)
        if found is None and page_like:
            found = _bare_byline(state, index)
        if found is not None:
            dates = (found.date,) if found.date else ()
            yield Label(index, Role.BYLINE, fields=Fields(names=found.names, dates=dates, marker=found.marker))
            found_any = True
    if page_like and not found_any:
        near = _near_headline_repeated(state)
        if near is not None:
            yield near
            return
    body = state.zones.body
    if page_like and not found_any and body:
        for index in range(body.stop, min(len(state.segments), body.stop + config.trailer_byline_reach)):
            segment = state.segments[index]
            if state.features[index].vocabulary & _AFTER_THE_ARTICLE:
                return  # past a comments or end marker, a name beside a date is a reader's
            if not (state.free(index) and len(segment.lines) == 1):
                continue
            marked = compiled(config).byline.prefix(segment.text)
            found = state.features.bylines.get(index) if marked else None
            if found is None:
                found = _bare_byline(state, index)  # "Jana Müller" beside the date under the story
            if found is not None:
                dates = (found.date,) if found.date else ()
                yield Label(index, Role.BYLINE, fields=Fields(names=found.names, dates=dates, marker=found.marker))
                return


def _near_headline_repeated(state: State) -> Label | None:
    """A marked byline beside another line that repeats the headline (``Von Jana Müller`` under its first copy).

    A page may show the headline twice (a teaser or the story's own header above the copy the zones
    found); its byline stands by the copy it belongs to, a few lines below it.
    """
    headline = state.zones.headline
    if headline is None:
        return None
    title = _folded(state.segments[headline].text)
    shortest, longest = len(title), 2 * len(title)
    for index, segment in enumerate(state.segments):
        # Only a line about as long as the folded headline can repeat it: most are ruled out unfolded.
        if index == headline or not shortest <= len(segment.text) <= longest or _folded(segment.text) != title:
            continue
        for near in range(index + 1, min(len(state.segments), index + 1 + _REPEAT_REACH)):
            found = state.features.bylines.get(near)
            if found is not None and found.marker and state.free(near) and len(state.segments[near].lines) == 1:
                dates = (found.date,) if found.date else ()
                return Label(near, Role.BYLINE, fields=Fields(names=found.names, dates=dates, marker=found.marker))
    return None


def _bare_byline(state: State, index: int) -> BylineMatch | None:
    """Segment ``index`` as a byline without a marker on its line (see :func:`_bare_name`), or ``None``."""
    if not _bare_name(state, index):
        return None
    before = state.segments[index - 1].text if index else ""
    return BylineMatch(state.segments[index].text, marker=before if _ends_with_marker(before, state.config) else None)


def _bare_name(state: State, index: int) -> bool:
    """Whether segment ``index`` is a byline without a marker: a person's name beside the headline or a date.

    Menus are made of short capitalised lines too, so the name must stand next
    to the headline (a line or two away) or next to a date, hold no function
    word and no interface word, and not be written in capitals.
    """
    row = state.features[index]
    text = state.segments[index].text
    if (
        row.interface
        or row.upper
        or row.furniture
        or row.function_share > 0
        or not looks_like_names(text, state.config)
    ):
        return False
    headline = state.zones.headline
    if headline is not None and _folded(text) == _folded(state.segments[headline].text):
        return False  # the headline repeated (a kicker or the page's own title above it)
    if headline is not None and 0 < abs(index - headline) <= _NAME_REACH:
        return True
    if index > 0 and _ends_with_marker(state.segments[index - 1].text, state.config):
        return True  # "Kommentar von" / "Jana Müller": the marker on a line of its own
    near = (state.features[i] for i in (index - 1, index + 1) if 0 <= i < len(state.segments))
    return any(other.date or other.date_line for other in near)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _ends_with_marker(text: str, config: ParserConfig) -> bool:
    """Whether a short line ends with a byline marker, the names on the next line (``Kommentar von``, ``By``)."""
    words = text.split()
    if not words or len(words) > _MARKER_LINE_WORDS:
        return False
    matcher = compiled(config).byline
    for size in range(1, len(words) + 1):
        tail = " ".join(words[-size:])
        if matcher.prefix(tail) == len(tail):
            return True
    return False


def timestamps(state: State) -> Labels:
    """Label lines in the header zone whose job is a date: ``Published: ...``, a bare date.

    In a whole page, any short line near the headline that holds a date
    (``Bonn, 11.10.2021``, ``Stand: 07.11.2023, 07:30 Uhr``) is its timestamp,
    the date read from where the calendar finds it. A page whose header gives
    no date may give it under the article, within ``trailer_date_reach``
    segments of the body's end, on a date line a label word names
    (``Veröffentlicht am 16.08.2019``, ``Pubblicato il: 30 Settembre 2020``);
    an unlabelled date there is a comment's or a teaser's. Before that, the
    nearest date line above the header, within ``date_above_reach`` segments,
    is taken: a page may show its own title and date before a share bar or a
    table of contents and the headline the zones found.
    """
    config = state.config
    calendar = compiled(config).calendar
    found = False
    for index in _header_zone(state):
        segment = state.segments[index]
        lines = len(segment.lines)
        if not (state.free(index) and lines <= _DATE_SEGMENT_LINES):
            continue
        row = state.features[index]
        line = _date_line_of(state, index)
        if line is not None:
            yield Label(index, Role.TIMESTAMP, fields=Fields(dates=(line[0],)))
            found = True
        elif (
            state.zones.page_like
            and row.date
            and not row.prose
            and (row.words <= config.dated_line_max_words or opens_with_date(segment.text, config))
            and (lines == 1 or opens_with_date(segment.text, config))
        ):
            when = calendar.date.search(segment.text)
            if when is not None:
                # Its labels, when only labels stand before the date, say whether it is an update
                # ("Letzte Aktualisierung am 2.02.2022 / ..."); else the date alone is read.
                opened = opens_with_date(segment.text, config)
                date = segment.text[: when.end()] if opened else when.group(0)
                yield Label(index, Role.TIMESTAMP, fields=Fields(dates=(date,)))
                found = True
    body = state.zones.body
    if found or not (state.zones.page_like and body):
        return
    zone = _header_zone(state)
    reach = range(zone.start - 1, max(-1, zone.start - 1 - config.date_above_reach), -1)
    above = [(index, line) for index in reach if (line := _date_line_of(state, index)) is not None]
    trailer: list[tuple[int, tuple[str, DateLineMatch]]] = []
    for index in range(body.stop, len(state.segments)):
        line = _date_line_of(state, index)
        # A labelled date line right under the last one goes with it ("Letzte Änderung" / "Erschienen am").
        last = trailer[-1][0] if trailer else None
        if index >= body.stop + config.trailer_date_reach and (last is None or index != last + 1):
            break
        if line is not None and line[1].worded:
            trailer.append((index, line))
    # A label word is the best evidence: the nearest labelled date above, or every labelled one
    # under the body (a publication and an update); else the nearest date line above.
    labelled = [(index, line) for index, line in above if line[1].worded]
    for index, (text, _) in labelled[:1] or trailer or above[:1]:
        yield Label(index, Role.TIMESTAMP, fields=Fields(dates=(text,)))


def _date_line_of(state: State, index: int) -> tuple[str, DateLineMatch] | None:
    """The date line segment ``index`` is or holds, with what it says, if it is free and of a few lines.

    A page may break its date line over lines (``-`` / ``6. November 2023``), or
    set it among other short lines of its header (``Lesezeit: 1 min`` /
    ``31.10.2023 14:08``): then the line that is a date line is the one read.
    """
    segment = state.segments[index]
    if not state.free(index) or len(segment.lines) > _DATE_SEGMENT_LINES:
        return None
    found = state.features.date_lines.get(index)
    if found is not None:
        return bare(segment.text), found
    if len(segment.lines) == 1:
        return None
    for line in segment.lines:
        found = match_date_line(line.stripped, state.config)
        if found is not None:
            return bare(line.stripped), found
    return None
