"""Conversion and validation of configuration fields, declared field by field.

Each field of :class:`~articleparse.ParserConfig` is made with a helper that
states its check (:func:`phrases`, :func:`words`, :func:`patterns`,
:func:`zones`, :func:`languages`, :func:`count`, :func:`share`,
:func:`weight`, :func:`flag`), so that a configuration is made right or not at
all: lists become tuples, phrases are lower-cased, patterns must compile,
counts must be whole and at least their minimum (0 unless declared), shares
must lie between 0 and 1, weights be finite, zone offsets within a day. Every
error names the field. :func:`checked_fields` refuses a field declared without
a check, so none is guessed from its name or type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from articleparse import _vocabulary as vocabulary
from articleparse._languages import Language
from articleparse._timezone import zone_of

__all__ = [
    "CHECK",
    "Check",
    "check_of",
    "checked_fields",
    "count",
    "flag",
    "languages",
    "patterns",
    "phrases",
    "share",
    "weight",
    "words",
    "zones",
]

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


def _count(value: object, field: attrs.Attribute[Any], minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{_name(field)}: expected an integer, got {type(value).__name__} {value!r:.60}")
    if value < minimum:
        least = "must not be negative" if minimum == 0 else f"must be {minimum} or more"
        raise ValueError(f"{_name(field)}: {least}, got {value}")
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


#: The converter of each kind of check.
_CONVERTERS: dict[str, Callable[[object, object, attrs.Attribute[Any]], object]] = {
    "phrases": _phrases,
    "words": _word_set,
    "patterns": _patterns,
    "zones": _zones,
    "languages": _languages,
    "share": _share,
    "weight": _weight,
    "flag": _flag,
    "zone": _zone,
}


@attrs.frozen
class Check:
    """The check a configuration field declares: its kind, and for a count its least value.

    Attributes:
        kind: ``phrases``, ``words``, ``patterns``, ``zones``, ``zone``,
            ``languages``, ``count``, ``share``, ``weight`` or ``flag``.
        minimum: A count's least accepted value.
    """

    kind: str
    minimum: int = 0


#: The key of a field's :class:`Check` in its ``attrs`` metadata.
CHECK = "articleparse.check"


def _declared(default: object, check: Check) -> Any:
    """An ``attrs`` field with ``default``, converted and checked as ``check`` says."""
    if check.kind == "count":
        minimum = check.minimum

        def convert(value: object, _self: object, field: attrs.Attribute[Any]) -> int:
            return _count(value, field, minimum)

        converter: Callable[[object, object, attrs.Attribute[Any]], object] = convert
    else:
        converter = _CONVERTERS[check.kind]
    return attrs.field(
        default=default,
        converter=attrs.Converter(converter, takes_self=True, takes_field=True),
        metadata={CHECK: check},
    )


def phrases(default: str | tuple[str, ...]) -> tuple[str, ...]:
    """A field of phrases: a collection of strings, kept in order as a tuple, lower case, none empty.

    A default given as one string is split at ``|`` (see :func:`articleparse._vocabulary.phrases`).
    """
    return _declared(vocabulary.phrases(default) if isinstance(default, str) else default, Check("phrases"))  # type: ignore[no-any-return]


def words(default: str | Iterable[str]) -> frozenset[str]:
    """A field of words: a collection of strings, kept as a set, lower case, none empty.

    A default given as one string is split at white space (see :func:`articleparse._vocabulary.words`).
    """
    return _declared(vocabulary.words(default) if isinstance(default, str) else frozenset(default), Check("words"))  # type: ignore[no-any-return]


def patterns(default: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A field of regular expressions: a collection of strings that each compile."""
    return _declared(default, Check("patterns"))  # type: ignore[no-any-return]


def zones(default: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    """A field of time zones: (name, offset in seconds) pairs, each offset within a day."""
    return _declared(default, Check("zones"))  # type: ignore[no-any-return]


def languages(default: tuple[Language, ...]) -> tuple[Language, ...]:
    """A field of :class:`~articleparse._languages.Language` records."""
    return _declared(default, Check("languages"))  # type: ignore[no-any-return]


def count(default: int, *, minimum: int = 0) -> int:
    """A field that counts: a whole number, ``minimum`` or more."""
    return _declared(default, Check("count", minimum))  # type: ignore[no-any-return]


def share(default: float) -> float:
    """A field that is a share: a number between 0 and 1."""
    return _declared(default, Check("share"))  # type: ignore[no-any-return]


def weight(default: float) -> float:
    """A field that weighs: any finite number."""
    return _declared(default, Check("weight"))  # type: ignore[no-any-return]


def flag(default: bool) -> bool:
    """A field that is True or False."""
    return _declared(default, Check("flag"))  # type: ignore[no-any-return]


def zone(default: str) -> str:
    """A field that names a time zone: ``UTC`` or an IANA name (``Europe/Berlin``)."""
    return _declared(default, Check("zone"))  # type: ignore[no-any-return]


def check_of(field: attrs.Attribute[Any]) -> Check | None:
    """The check ``field`` declares, or ``None``."""
    found = field.metadata.get(CHECK)
    return found if isinstance(found, Check) else None


def checked_fields(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """Refuse a class whose fields do not each declare a check (an ``attrs`` field transformer).

    A field made with a plain annotation would be accepted unchecked; every field
    of :class:`~articleparse.ParserConfig` is made with one of the helpers above
    instead, so a new field states its check where it is declared.
    """
    for field in fields:
        if field.init and check_of(field) is None:
            raise TypeError(f"{_name(field)}: declare its check (phrases(), count(), share(), weight(), ...)")
    return fields
