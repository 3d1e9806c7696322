"""Conversion and validation of configuration fields, chosen by each field's type.

:class:`~articleparse.ParserConfig` is declared with plain annotated fields;
:func:`checked_fields` (an ``attrs`` field transformer) gives each one the
converter and validator its type calls for, so that a configuration is made
right or not at all: lists become tuples, phrases are lower-cased, patterns
must compile, counts must be whole and not negative, shares must lie between 0
and 1, zone offsets within a day. Every error names the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from articleparse._languages import Language
from articleparse._timezone import zone_of

__all__ = ["checked_fields"]

#: The widest offset from UTC a zone can have, in seconds (exclusive): a day.
_DAY = 24 * 3600


def _name(field: attrs.Attribute[Any]) -> str:
    return f"ParserConfig.{field.name}"


def _sequence(value: object, field: attrs.Attribute[Any]) -> list[object]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"{_name(field)}: expected a collection, got {type(value).__name__} {value!r:.60}")
    return list(value)


def _strings(value: object, field: attrs.Attribute[Any]) -> list[str]:
    items = _sequence(value, field)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{_name(field)}: expected strings, got {type(item).__name__} {item!r:.60}")
    return [item for item in items if isinstance(item, str)]


def _phrases(value: object, _self: object, field: attrs.Attribute[Any]) -> tuple[str, ...]:
    phrases = tuple(" ".join(item.casefold().split()) for item in _strings(value, field))
    if not all(phrases):
        raise ValueError(f"{_name(field)}: a phrase is empty")
    return phrases


def _word_set(value: object, _self: object, field: attrs.Attribute[Any]) -> frozenset[str]:
    words = frozenset(item.casefold().strip() for item in _strings(value, field))
    if not all(words):
        raise ValueError(f"{_name(field)}: a word is empty")
    return words


def _patterns(value: object, _self: object, field: attrs.Attribute[Any]) -> tuple[str, ...]:
    patterns = tuple(_strings(value, field))
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"{_name(field)}: {pattern!r} is not a regular expression ({error})") from None
    return patterns


def _zones(value: object, _self: object, field: attrs.Attribute[Any]) -> tuple[tuple[str, int], ...]:
    zones = []
    for item in _sequence(value, field):
        pair = tuple(item) if isinstance(item, (tuple, list)) else ()
        if len(pair) != 2 or not isinstance(pair[0], str) or not pair[0].strip():
            raise TypeError(f"{_name(field)}: expected (name, offset in seconds) pairs, got {item!r:.60}")
        name, offset = pair
        if isinstance(offset, bool) or not isinstance(offset, int):
            raise TypeError(f"{_name(field)}: the offset of {name!r} must be an integer, got {offset!r:.60}")
        if not -_DAY < offset < _DAY:
            raise ValueError(f"{_name(field)}: the offset of {name!r} must be within a day, got {offset}")
        zones.append((name.strip(), offset))
    return tuple(zones)


def _languages(value: object, _self: object, field: attrs.Attribute[Any]) -> tuple[Language, ...]:
    languages = _sequence(value, field)
    for language in languages:
        if not isinstance(language, Language):
            raise TypeError(f"{_name(field)}: expected Language records, got {type(language).__name__}")
    return tuple(language for language in languages if isinstance(language, Language))


def _count(value: object, _self: object, field: attrs.Attribute[Any]) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{_name(field)}: expected an integer, got {type(value).__name__} {value!r:.60}")
    if value < 0:
        raise ValueError(f"{_name(field)}: must not be negative, got {value}")
    return value


def _share(value: object, _self: object, field: attrs.Attribute[Any]) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{_name(field)}: expected a number, got {type(value).__name__} {value!r:.60}")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{_name(field)}: must lie between 0 and 1, got {value}")
    return float(value)


def _weight(value: object, _self: object, field: attrs.Attribute[Any]) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or abs(value) == float("inf"):
        raise TypeError(f"{_name(field)}: expected a finite number, got {value!r:.60}")
    return float(value)


def _zone(value: object, _self: object, field: attrs.Attribute[Any]) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{_name(field)}: expected a time zone name, got {type(value).__name__} {value!r:.60}")
    try:
        zone_of(value)
    except ValueError as error:
        raise ValueError(f"{_name(field)}: {error}") from None
    return value


def _flag(value: object, _self: object, field: attrs.Attribute[Any]) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{_name(field)}: expected True or False, got {value!r:.60}")
    return value


# Field type (as annotated) → its converter. Share fields are floats named "*_share" or
# "*_overlap"; other floats are weights of the zone score, any finite number.
_BY_TYPE: dict[str, Callable[[object, object, attrs.Attribute[Any]], object]] = {
    "tuple[str, ...]": _phrases,
    "frozenset[str]": _word_set,
    "tuple[tuple[str, int], ...]": _zones,
    "tuple[Language, ...]": _languages,
    "int": _count,
    "bool": _flag,
}


def _converter(field: attrs.Attribute[Any]) -> Callable[[object, object, attrs.Attribute[Any]], object]:
    kind = str(field.type)
    if field.name.endswith("_patterns"):
        return _patterns
    if field.name.endswith("_zone"):
        return _zone
    if kind == "float":
        return _share if field.name.endswith(("_share", "_overlap")) else _weight
    if kind not in _BY_TYPE:
        raise TypeError(f"{_name(field)}: no check for fields of type {kind}")
    return _BY_TYPE[kind]


def checked_fields(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """Give every field the converter its type calls for (an ``attrs`` field transformer)."""
    return [
        field.evolve(converter=attrs.Converter(_converter(field), takes_self=True, takes_field=True))
        if field.init
        else field
        for field in fields
    ]
