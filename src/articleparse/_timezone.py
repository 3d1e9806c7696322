"""Time zones by name, for the zone a naive time is read in (``ParserConfig.default_zone``)."""

from __future__ import annotations

import functools
from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo

__all__ = ["in_utc", "zone_of"]


@functools.lru_cache(maxsize=64)
def zone_of(name: str) -> tzinfo:
    """The zone named ``name``: ``UTC``, or an IANA name (``Europe/Berlin``); a ValueError when there is none.

    >>> zone_of("UTC"), zone_of("Europe/Berlin")
    (datetime.timezone.utc, zoneinfo.ZoneInfo(key='Europe/Berlin'))
    """
    if name == "UTC":
        return timezone.utc
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # a malformed name; no such zone (ZoneInfoNotFoundError is a KeyError)
        raise ValueError(f"unknown time zone {name!r}: expected UTC or an IANA name such as Europe/Berlin") from None


def in_utc(value: datetime | None, zone: str) -> datetime | None:
    """``value`` in UTC, aware: an aware one converted, a naive one read in the zone named ``zone`` first."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone_of(zone))
    return value.astimezone(timezone.utc)
