"""The wire dateline at the start of the first paragraph."""

from __future__ import annotations

import re

import attrs

__all__ = ["Found", "find_dateline"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# "WASHINGTON, Sept 17 (Reuters) -", "PHOENIX A.Z. (AP) —", "(CNN) --", "(CNN)Seventy years",
# "MADISON, WISCONSIN (The Borowitz Report) –", "Washington (CNN)", "NEW YORK  (Reuters) -".
_WITH_AGENCY = re.compile(
    rf"\A(?P<place>[A-Z][\w.'’/ -]{{0,40}}?(?:,\s*(?!{_MONTH})[A-Z][\w.'’ -]{{0,30}}?)?)?"
    rf"(?:,?\s*(?P<date>{_MONTH}))?"
    r"\s*\((?P<agency>[A-Z][^()\n]{0,40})\)\s*(?:[-–—]+\s*)?"
)
# "CLEVELAND —", "WASHINGTON, D.C. –", "NEW ORLEANS - ", "TOKYO, March 3 - ": a place in
# capitals, the day when there is one (never part of the place), and a dash.
_PLACE_ONLY = re.compile(
    rf"\A(?P<place>[A-Z][A-Z.'’ ]{{1,40}}?(?:,\s*(?!{_MONTH})[A-Z][\w.'’ ]{{1,20}}?)?)"
    rf"(?:,\s*(?P<date>{_MONTH}))?\s+[-–—]+\s+"
)


@attrs.frozen
class Found:
    """A dateline found at the start of a text: its parts and its length."""

    text: str
    place: str | None
    agency: str | None
    date: str | None
    length: int


def find_dateline(text: str, agencies: frozenset[str]) -> Found | None:
    """The dateline that opens ``text``, or ``None``.

    A place in capitals (``MOSCOW``) opens a dateline before any agency; a place
    in mixed case (``Washington (CNN)``) only before one of ``agencies``, so that
    ``The Senate (R-Calif.) voted`` is no dateline.

    >>> agencies = frozenset({"reuters", "cnn"})
    >>> find_dateline("WASHINGTON, Sept 17 (Reuters) - The Senate voted.", agencies)
    Found(text='WASHINGTON, Sept 17 (Reuters) -', place='WASHINGTON', agency='Reuters', date='Sept 17', length=31)
    >>> find_dateline("(CNN)Seventy years ago, Anne Frank died.", agencies).agency
    'CNN'
    """
    match = _WITH_AGENCY.match(text)
    if match is None or not match.group(0).strip():
        match = _PLACE_ONLY.match(text)
        if match is None:
            return None
        place = match["place"].strip(" ,")
        return Found(match.group(0).rstrip(), place, None, match["date"], len(match.group(0).rstrip()))
    place = match["place"].strip(" ,") if match["place"] else None
    agency = match["agency"].strip()
    if place and not place.split()[0].isupper() and agency.casefold() not in agencies:
        return None
    found = match.group(0).rstrip()
    return Found(found, place or None, agency, match["date"], len(found))
