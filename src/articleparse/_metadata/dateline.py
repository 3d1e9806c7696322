"""The wire dateline at the start of the first paragraph.

Its patterns are the configuration's (:attr:`articleparse._compiled.Compiled.dateline_agency`
and ``dateline_place``), built once from the month names of every configured
language, so that ``WASHINGTON, Sept 17 (Reuters) -`` and ``PARIS, Mars 3 (AFP) -``
are read alike.
"""

from __future__ import annotations

import attrs

from articleparse._config import ParserConfig, compiled

__all__ = ["Found", "find_dateline"]


@attrs.frozen
class Found:
    """A dateline found at the start of a text: its parts and its length."""

    text: str
    place: str | None
    agency: str | None
    date: str | None
    length: int


def find_dateline(text: str, config: ParserConfig) -> Found | None:
    """The dateline that opens ``text``, or ``None``.

    A place in capitals (``MOSCOW``) opens a dateline before any agency; a place
    in mixed case (``Washington (CNN)``) only before one of the configuration's
    outlets or agencies, so that ``The Senate (R-Calif.) voted`` is no dateline.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> find_dateline("WASHINGTON, Sept 17 (Reuters) - The Senate voted.", config)
    Found(text='WASHINGTON, Sept 17 (Reuters) -', place='WASHINGTON', agency='Reuters', date='Sept 17', length=31)
    >>> find_dateline("(CNN)Seventy years ago, Anne Frank died.", config).agency
    'CNN'
    >>> find_dateline("PARIS, Mars 3 (AFP) - Le Sénat a voté.", config).date
    'Mars 3'
    """
    vocabulary = compiled(config)
    match = vocabulary.dateline_agency.match(text)
    if match is None or not match.group(0).strip():
        match = vocabulary.dateline_place.match(text)
        if match is None:
            return None
        place = match["place"].strip(" ,")
        return Found(match.group(0).rstrip(), place, None, match["date"], len(match.group(0).rstrip()))
    place = match["place"].strip(" ,") if match["place"] else None
    agency = match["agency"].strip()
    if place and not place.split()[0].isupper() and agency.casefold() not in vocabulary.outlets:
        return None
    found = match.group(0).rstrip()
    return Found(found, place or None, agency, match["date"], len(found))
