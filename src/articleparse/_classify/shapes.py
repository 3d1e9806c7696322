"""What a line is by its shape and vocabulary: an address, a date line, a byline, a trail.

Pure predicates and recognisers over one line of text and the configuration;
the feature table asks them once per segment and keeps what they matched
(:class:`BylineMatch`, :class:`DateLineMatch`), and the rules and the metadata
read the matches from the table. This module is the one grammar of bylines and
of date lines: :func:`date_parts` is what both the date-line recogniser and
:func:`articleparse._metadata.dates.read_dates` split a date line with.
"""

from __future__ import annotations

import re

import attrs

from articleparse._config import ParserConfig, compiled
from articleparse._text import ends_sentence, without_wire_mark

__all__ = [
    "BylineMatch",
    "DateLineMatch",
    "DatePart",
    "date_parts",
    "is_breadcrumb",
    "is_date_line",
    "is_dateline_alone",
    "is_url",
    "looks_like_names",
    "match_byline",
    "match_date_line",
    "opens_with_date",
]

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LONE_DOT = re.compile(r"(?:^|\s)\.(?=\s|$)")
# "Tyler Durden at Zero Hedge": the outlet after "at" is not a name.
_AT_OUTLET = re.compile(r"(?<!\s)\s+at\s+\S.*$", re.IGNORECASE)
# "By Jane Doe on behalf of ...": what follows "on" after the names is not a name.
_ON_DATE = re.compile(r"(?<!\s)\s+on\s+\S.*$", re.IGNORECASE)
# "by jane on July 14, 2012": a writer's handle and the day, English blogs' byline.
_ON = re.compile(r"(?<!\s)\s+(?:(?:on|am|le|el|il|op)\s+|at\s+(?=\d))", re.IGNORECASE)
# What separates a name from a date on a byline: bars, dashes, bullets, commas.
_SEPARATORS = re.compile(r"(?<![\s|•·,/–—-])[\s|•·,/–—-]+$|^[\s|•·,/–—-]+")
# Marks that write a job title for both genders: "Kolumnist*in", "Redakteur:in", "Redakteur_in".
_GENDER_MARKS = ("*in", ":in", "_in", "/in")
# A writer's handle after a marker on a dated line: "by jdoe", "von freeman1984".
_HANDLE = re.compile(r"\w[\w.-]*")
# The parts of a dated byline: "by Jane Doe · in News · 5 Comments", "Jane Doe | News".
_DATED_PARTS = re.compile(r"(?<!\s)\s+(?:[|•·~–—-]|//)\s+|(?<!\s)\s*\|\s*")
# "Home » News » Putin: ...": the page's navigation trail.
_BREADCRUMB = re.compile(r"\A(?:[^»›]+[»›]){2,}")
# "WASHINGTON, D.C. –": a dateline left alone on its line, the first paragraph's start.
_DATELINE_ALONE = re.compile(r"[A-Z][A-Z .,'’-]{2,60}\s[-–—]+")
# Tokens of a date line are split at white space, commas and bars; marks left at their ends
# are trimmed, so "1:48pm" and "2016-09-17" stay whole while "PUBLISHED:" becomes a label.
_TOKEN = re.compile(r"[^\s,|]+")
_TRIM = ".:;()[]-–—"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?", re.I)
_HAS_DIGIT = re.compile(r"\d")
# A place before a date line's date: "Bonn, ", "New York, " (up to three capitalised words and a comma).
_PLACE = re.compile(r"\A[A-ZÀ-Ý][\w.'’-]*(?: [A-ZÀ-Ý][\w.'’-]*){0,2},\s+(?=\d)")
# Every date the calendar finds has a four-digit year: most lines are ruled out by this first.
_YEAR = re.compile(r"\d{4}")
# Labels this long open a run of labels anywhere in a date line ("17 Sep 2016 updated 18 Sep 2016");
# shorter ones ("am", "on", "le") only carry on a run, as "9:15 am" is a time.
_LABEL_WORD_MIN = 4
# A mark standing alone between a date line's words: "UPDATED: . 5 May 2017", "Published | ".
_LONE_MARK = re.compile(r"(?:^|\s)[.:|]+(?=\s|$)")
# Date lines hold at most twenty tokens and bylines at most byline_max_words words; a line
# many times that long is prose, so the patterns need not scan it.
_DATE_LINE_MAX_CHARS = 200
_BYLINE_MAX_CHARS = 400


@attrs.frozen
class BylineMatch:
    """What a byline says.

    Attributes:
        names: The part naming the authors (``Jane Doe and John Roe``), to be
            split by :func:`articleparse._metadata.authors.authors_of`.
        date: The date it gives, if any (``by jane on July 14, 2012``).
        marker: The marker that opened it (``By``, ``Von``, ``Author:``), as
            written, if any.
    """

    names: str
    date: str | None = None
    marker: str | None = None


@attrs.frozen
class DatePart:
    """One ``|``-separated part of a date line (``Published: 17 Sep 2016 15:47 GMT``).

    Attributes:
        text: The part as written.
        labels: Its label words, lower case (``("published",)``).
        date: The part without its labels and lone marks: the text to read as a
            date (``17 Sep 2016 15:47 GMT``).
        zone: The zone it names (``GMT``), as written, if any.
        updated: Whether a label says the date is an update (``Updated:``).
    """

    text: str
    labels: tuple[str, ...]
    date: str
    zone: str | None
    updated: bool


@attrs.frozen
class DateLineMatch:
    """What a date line says: its parts (one, or one per ``|``-separated part), each a :class:`DatePart`."""

    parts: tuple[DatePart, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        """The label words of every part, lower case, in order."""
        return tuple(label for part in self.parts for label in part.labels)

    @property
    def worded(self) -> bool:
        """Whether a label word names the date (``Published``, ``Stand``, ``Erschienen``), not only ``am`` or ``le``."""
        return any(len(label) >= _LABEL_WORD_MIN for label in self.labels)

    @property
    def zone(self) -> str | None:
        """The first zone a part names, if any."""
        return next((part.zone for part in self.parts if part.zone), None)


def is_url(text: str) -> bool:
    """Whether ``text`` is a web address and nothing else (a ``--`` prefix allowed)."""
    return _URL.fullmatch(without_wire_mark(text)) is not None


def is_breadcrumb(text: str) -> bool:
    """Whether ``text`` is a navigation trail (``Home » News » Politics``)."""
    return _BREADCRUMB.match(text) is not None


def is_dateline_alone(text: str) -> bool:
    """Whether ``text`` is a wire dateline with nothing after it (``WASHINGTON, D.C. –``)."""
    return _DATELINE_ALONE.fullmatch(text) is not None


def is_date_line(text: str, config: ParserConfig) -> bool:
    """Whether ``text`` holds a date and nothing else but labels, times and zones (see :func:`match_date_line`).

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> is_date_line("Published: 17 Sep 2016 15:47 GMT", config), is_date_line("Mi, 18. Oktober 2023", config)
    (True, True)
    >>> is_date_line("Since March 2011 the war has killed thousands", config)
    False
    """
    return match_date_line(text, config) is not None


def opens_with_date(text: str, config: ParserConfig) -> bool:
    """Whether ``text`` opens with a date, after its labels only: a header's date line, however it goes on.

    ``07.11.2023 Ormalingen, Baselbiet``, ``27.04.2020 - 18:50 Uhr 3 Kommentare``,
    ``Veröffentlicht am 19. Dezember 2022 von Redaktion``: such a line is the page's
    date with its place, a count or a byline after it, never a headline.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> opens_with_date("25. Januar 2022 (DJV) Berlin", config), opens_with_date("Gipfel am 3. März 2021", config)
    (True, False)
    """
    if len(text) > _DATE_LINE_MAX_CHARS or not _YEAR.search(text):
        return False
    vocabulary = compiled(config)
    found = vocabulary.calendar.date.search(text)
    if found is None:
        return False
    labels = vocabulary.timestamp_labels
    before = (token.strip(_TRIM).casefold() for token in _TOKEN.findall(text[: found.start()]))
    return all(not token or token in labels for token in before)


def match_date_line(text: str, config: ParserConfig) -> DateLineMatch | None:
    """What ``text`` says as a date line (a date and nothing else but labels, times and zones), or ``None``.

    A publisher's own timestamp lines can be added as ``timestamp_patterns``.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> found = match_date_line("Updated: 17 Sep 2016 15:47 GMT", config)
    >>> found.labels, found.parts[0].date, found.zone, found.parts[0].updated
    (('updated',), '17 Sep 2016 15:47 GMT', 'GMT', True)
    """
    text = without_wire_mark(text)
    vocabulary = compiled(config)
    if any(pattern.fullmatch(text) for pattern in vocabulary.timestamp_patterns):
        return DateLineMatch(date_parts(text, config))
    if len(text) > _DATE_LINE_MAX_CHARS or not _HAS_DIGIT.search(text):
        return None
    text = _PLACE.sub("", text, count=1)  # "Bonn, 11.10.2021": a press release's place and day
    calendar = vocabulary.calendar
    tokens = [token.strip(_TRIM) for token in _TOKEN.findall(text)]
    tokens = [token for token in tokens if token]
    if not tokens or len(tokens) > 20:
        return None
    # A year, a month name, or a date written with digits: "Since 2011" and "10:30" are not dates.
    dated = (_YEAR.search(text) is not None and calendar.date.search(text) is not None) or any(
        token.casefold() in calendar.months for token in tokens
    )
    enough = len(tokens) >= 2 or _ISO_DATE.fullmatch(text) is not None or calendar.date.fullmatch(text) is not None
    labels = vocabulary.timestamp_labels
    if not (
        dated
        and enough
        and all(
            token.casefold() in labels
            or token.casefold() in calendar.words
            or calendar.token.fullmatch(token) is not None
            or _zone_like(token)
            for token in tokens
        )
    ):
        return None
    return DateLineMatch(date_parts(text, config))


def date_parts(line: str, config: ParserConfig) -> tuple[DatePart, ...]:
    """The parts of a date line, each with its labels set apart from its date.

    The line is cut into tokens at white space, commas and bars, marks trimmed
    from their ends (so ``PUBLISHED:`` is the label ``published`` and ``1:48pm``
    stays whole); a token that is one of the configuration's timestamp labels is
    a label where labels stand, the rest is the date, as written. Labels stand
    in runs: from the part's start or from a label word of four letters or more
    (``Last updated on``, ``Veröffentlicht am``), so that the short ones a date
    also writes (``9:15 am``, ``um 12:50``) stay in it. A part ends at a ``|``,
    or where a run of labels opens after a date (``Publié le 3 mars 2021, mis à
    jour le 4 mars 2021``). Parts that hold nothing but labels and marks are
    left out.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> parts = date_parts("Veröffentlicht am 18.10.2023 | Aktualisiert: 19.10.2023", config)
    >>> [(part.labels, part.date) for part in parts]
    [(('veröffentlicht', 'am'), '18.10.2023'), (('aktualisiert',), '19.10.2023')]
    >>> [(part.date, part.updated) for part in date_parts("Publié le 3 mars 2021, mis à jour le 4 mars", config)]
    [('3 mars 2021', False), ('4 mars', True)]
    """
    vocabulary = compiled(config)
    labels = vocabulary.timestamp_labels
    found = []
    for whole in without_wire_mark(line).split("|"):
        begin = 0  # where the current part began
        checked, digit = 0, False  # whole[begin:checked] was looked at for a digit; whether it holds one
        for token in _TOKEN.finditer(whole):
            if not digit:  # each character is looked at once: a long run of labels costs no rescans
                digit = _HAS_DIGIT.search(whole, checked, token.start()) is not None
                checked = token.start()
            folded = token.group(0).strip(_TRIM).casefold()
            if digit and folded in labels and (len(folded) >= _LABEL_WORD_MIN or folded in vocabulary.update_labels):
                found += _date_part(whole[begin : token.start()], config)
                begin = checked = token.start()
                digit = False
        found += _date_part(whole[begin:], config)
    return tuple(found)


def _date_part(part: str, config: ParserConfig) -> list[DatePart]:
    """The one part ``part`` of a date line makes, its labels set apart, or none if it holds only labels."""
    vocabulary = compiled(config)
    labels, updates, zones = vocabulary.timestamp_labels, vocabulary.update_labels, vocabulary.calendar.tzinfos
    kept, named, zone = [], [], None
    last = 0
    labelling = True  # in a run of labels: at the part's start, or from a label word
    for token in _TOKEN.finditer(part):
        word = token.group(0).strip(_TRIM)
        folded = word.casefold()
        if folded in labels and (labelling or len(folded) >= _LABEL_WORD_MIN):
            kept.append(part[last : token.start()])
            last = token.end()
            named.append(folded)
            labelling = True
            continue
        labelling = False
        if zone is None and word and (word in zones or word.upper() in zones or _zone_like(word)):
            zone = word
    kept.append(part[last:])
    date = " ".join(_LONE_MARK.sub(" ", " ".join(kept)).split()).strip(" ,.;")
    if not date:
        return []
    return [DatePart(part.strip(), tuple(named), date, zone, any(label in updates for label in named))]


def _zone_like(token: str) -> bool:
    """Whether ``token`` reads as a zone abbreviation (``EDT``), known to the configuration or not."""
    return 2 <= len(token) <= 5 and token.isalpha() and token.isupper()


def _name_word(word: str, particles: frozenset[str]) -> bool:
    """Whether ``word`` can be part of a name: a particle, or letters with a capital (``Łukasz``, ``deCasparis``)."""
    if word in particles:
        return True
    return any(char.isupper() for char in word) and all(char.isalpha() or char in "'’.-" for char in word)


def looks_like_names(text: str, config: ParserConfig) -> bool:
    """Whether ``text`` is nothing but a person's name, or several (``Jane Doe``, ``Jane Doe und John Roe``)."""
    return _names(text, config)


def _names(text: str, config: ParserConfig, *, least: int = 2) -> bool:
    """Whether ``text`` is one name or several, each of ``least`` to ``name_max_words`` name words."""
    parts = [part.split() for part in compiled(config).name_joins.split(text.strip(" .:")) if part.strip()]
    particles = config.name_particles
    return bool(parts) and all(
        least <= len(part) <= config.name_max_words
        and all(_name_word(word, particles) for word in part)
        and " ".join(part).casefold() not in compiled(config).outlets
        for part in parts
    )


def _dated(text: str, config: ParserConfig) -> BylineMatch | None:
    """``Jane Doe, 24. April 2020``, ``Posted on May 3, 2014 by Jane Doe``: names beside a date.

    Every date of the line is set aside (``Veröffentlicht am 19. Dezember 2022 19. Dezember 2022 von
    Jane Doe``: published and updated), the first is the byline's. When the rest is not all names,
    one of its parts opened by a marker may be (``July 24, 2019 · by Jane Doe · in News · 5 Comments``).
    """
    vocabulary = compiled(config)
    dates = list(vocabulary.calendar.date.finditer(text)) if _YEAR.search(text) else []
    if not dates:
        return None
    pieces, last = [], 0
    for when in dates:
        pieces.append(text[last : when.start()])
        last = when.end()
    pieces.append(text[last:])
    labels = vocabulary.timestamp_labels
    words = [w for w in " | ".join(pieces).split() if w.casefold().strip(":,.") not in labels]
    rest = _SEPARATORS.sub("", " ".join(words)).strip()
    # "Posted on May 3, 2014 by Jane Doe": with the date and its labels gone, a marker opens the rest.
    marker = vocabulary.byline.prefix(rest)
    rest_marker = rest[:marker].strip()
    named = rest[marker:]
    parts = [_SEPARATORS.sub("", part).strip() for part in _DATED_PARTS.split(named) if part.strip()]
    if len(parts) == 1 and _names(parts[0], config, least=1 if marker else 2):
        return BylineMatch(parts[0], dates[0].group(0), rest_marker or None)
    # "July 24, 2019 by Jane Doe 5 Comments", "Dezember 26, 2019 von Jane Kategorien: News | 3 Kommentare".
    for part in (_SEPARATORS.sub("", part).strip() for part in _DATED_PARTS.split(rest) if part.strip()):
        opened = vocabulary.byline.prefix(part)
        if not opened:
            continue
        names = _names_before_field(part[opened:])
        if names and (_names(names, config, least=1) or _HANDLE.fullmatch(names) is not None):
            return BylineMatch(names, dates[0].group(0), part[:opened].strip())
    # "Jane Doe | 24. April 2020 | News": the names before the date, the page's section after it.
    before = _SEPARATORS.sub("", pieces[0]).strip()
    if not marker and before and len(parts) > 1 and _names(before, config):
        return BylineMatch(before, dates[0].group(0))
    return None


def _role_label(text: str, config: ParserConfig) -> int:
    """How many characters of ``text`` a job title written as a label takes (``Kolumnistin:``), or 0.

    The title may carry a gender mark (``Kolumnist*in:``, ``Redakteur:in:``, ``Redakteur_in:``).
    """
    first = text.split(maxsplit=1)[0] if text else ""
    if len(first) < 2 or not first.endswith(":"):
        return 0
    title = first[:-1].casefold()
    for mark in _GENDER_MARKS:
        title = title.split(mark, 1)[0]
    if title not in config.byline_roles:
        return 0
    end = text.index(first) + len(first)
    # Only names after it: "Editor: Welcome to the new site" is no byline.
    return end if _names(text[end:].partition(",")[0], config, least=1) else 0


def _names_before_field(text: str) -> str:
    """The words of ``text`` before a count (``5 Comments``) or another field's label (``Kategorien:``)."""
    kept: list[str] = []
    for word in text.split():
        if word[:1].isdigit() or (word.endswith(":") and kept):
            break
        kept.append(word)
    return " ".join(kept).strip(" :")


def match_byline(text: str, config: ParserConfig) -> BylineMatch | None:
    """What ``text`` says as a byline, or ``None`` when it is not one.

    ``By Jane Doe``, ``Von Jane Doe``, ``By: Jane Doe and John Roe, Reuters``,
    ``By . Jane Doe .``, ``by jane on July 14, 2012``, ``Jane Doe | Political
    editor``, ``Jane Doe, 24. April 2020``, ``This article was originally
    published by X at Y``, or a line matching one of the configuration's
    ``byline_patterns``.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> match_byline("von Stefan Beiersmann am 29. Mai 2017, 14:14 Uhr", config)
    BylineMatch(names='Stefan Beiersmann', date='29. Mai 2017, 14:14 Uhr', marker='von')
    """
    text = without_wire_mark(text)
    vocabulary = compiled(config)
    if any(pattern.fullmatch(text) for pattern in vocabulary.byline_patterns):
        return BylineMatch(text)
    words = text.split()
    if len(text) > _BYLINE_MAX_CHARS or not words or len(words) > config.byline_max_words:
        return None
    if vocabulary.origin.match(text):
        # "This article was originally published by Jane Doe at The Site": the author after "by" or "on".
        by = vocabulary.origin_by.match(text)
        if by is None:
            return BylineMatch(text)
        return BylineMatch(_AT_OUTLET.sub("", text[by.end() :]), marker=text[: by.end()].strip())
    dated = _dated(text, config)
    if dated is not None:
        return dated
    marker = vocabulary.byline.prefix(text) or _role_label(text, config)
    if marker:
        opened = text[:marker].strip()
        rest = _LONE_DOT.sub(" ", text[marker:]).strip().lstrip(":. ")  # "By . Jane Doe ." (Daily Mail)
        when = compiled(config).calendar.date.search(rest) if _YEAR.search(rest) else None
        if when is not None and when.start() > 0:  # "by Jane Doe November 8, 2023 | 6:03 pm", "by jane on July 14"
            names = _SEPARATORS.sub("", rest[: when.start()]).split()
            while names and names[-1].casefold().strip(",:") in vocabulary.timestamp_labels:
                names.pop()
            return BylineMatch(" ".join(names), when.group(0), opened)
        on = _ON.search(rest)
        if on and rest[:1].isalpha() and len(rest[: on.start()].split()) <= 3:
            return BylineMatch(rest[: on.start()], rest[on.end() :], opened)  # "by jane on July 14, 2012"
        if rest[:1].isupper() and (not ends_sentence(rest) or len(rest.split()) <= 5):
            named = _ON_DATE.sub("", rest)
            # A marker the vocabulary also has as a label ("Autor" of "Autor:") is a noun of the
            # language: with no colon it opens a byline only when names are all that follow ("Autor
            # Mario Vargas Llosa gana el Nobel" is a headline).
            label = f"{opened.casefold()}:" in config.byline_markers
            if opened.endswith(":") or not label or _names(named, config, least=1):
                return BylineMatch(named, marker=opened)
            return None
        # "Autorin: Jana Müller, Projektleiterin der Stiftung in Tunis.": the names, then who they are.
        named, comma, _ = rest.partition(",")
        if comma and _names(named, config):
            return BylineMatch(named.strip(), marker=opened)
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
