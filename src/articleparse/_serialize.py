"""Records to JSON-ready dictionaries and back, derived from their attrs fields by a :mod:`cattrs` converter.

The dictionaries hold only ``str``, ``int``, ``bool``, ``None``, lists and dictionaries (enums as their
values, times in ISO 8601). Reading back coerces nothing (``"3"`` is no integer) and raises one
:class:`ValueError` naming the path to the first bad value. This module knows no record: the records'
module imports it, not the other way round.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Mapping
from datetime import datetime
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast, get_args, get_origin

import attrs

if TYPE_CHECKING:
    import cattrs

__all__ = ["SCHEMA", "ArticleDict", "from_json", "schema", "to_json"]

T = TypeVar("T")
Hook = Callable[[object, object], T]
#: The field metadata key for JSON Schema keywords (a tuple's: for its members; an optional's: for its value).
SCHEMA = "json_schema"


def schema(**keywords: object) -> Mapping[str, Mapping[str, object]]:
    """Field metadata, read-only: JSON Schema keywords for the field's value (a ``minimum`` its ``v.ge`` checks)."""
    return MappingProxyType({SCHEMA: MappingProxyType(keywords)})


# The JSON of each record (XDict for record X), for users' type checkers; tests hold them to the records' fields.
class SpanDict(TypedDict):
    start: int
    end: int
    first_line: int
    last_line: int


class BlockDict(TypedDict):
    role: str
    text: str
    span: SpanDict


class ParagraphDict(TypedDict):
    text: str
    role: str
    span: SpanDict


class RelatedLinkDict(TypedDict):
    text: str
    span: SpanDict
    position: int


class SourceLineDict(TypedDict):
    label: str | None
    text: str
    credits: list[str]
    span: SpanDict


class PromoDict(TypedDict):
    title: str
    blurb: str | None
    span: SpanDict


class CaptionDict(TypedDict):
    text: str
    span: SpanDict


class BylineDict(TypedDict):
    text: str
    authors: list[str]
    span: SpanDict


class TimestampDict(TypedDict):
    kind: str
    value: str
    date_only: bool
    text: str
    span: SpanDict


class DatelineDict(TypedDict):
    text: str
    place: str | None
    agency: str | None
    date: str | None
    span: SpanDict


class DiagnosticDict(TypedDict):
    code: str
    message: str
    line: int | None
    severity: str  # derived from the code: "info" or "warning"


class ArticleDict(TypedDict):
    """An :class:`~articleparse.Article` as JSON, as :meth:`~articleparse.Article.to_dict` returns it."""

    headline: str | None
    standfirst: str | None
    body: list[ParagraphDict]
    related: list[RelatedLinkDict]
    source: SourceLineDict | None
    promos: list[PromoDict]
    captions: list[CaptionDict]
    byline: BylineDict | None
    published: str | None
    updated: str | None
    default_zone: str
    published_utc: str | None  # derived
    updated_utc: str | None  # derived
    timestamps: list[TimestampDict]
    dateline: DatelineDict | None
    url: str | None
    highlights: list[str]
    diagnostics: list[DiagnosticDict]
    text: str  # derived
    encoding: str | None
    blocks: list[BlockDict]
    publication: str | None
    section: str | None
    language: str | None
    language_source: str | None
    word_count: int | None
    copyright: str | None
    header_fields: list[list[str]]


def _strict(kind: type[T], expected: str) -> Hook[T]:
    """A structure hook that takes a ``kind`` as it is and nothing else (a bool is no integer)."""

    def structure(value: object, _: object) -> T:
        if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
            return value
        raise ValueError(f"expected {expected}, got {value!r:.60}")

    return structure


_STRING = _strict(str, "a string")


def _checked(check: type | tuple[type, ...], expected: str, make: Callable[..., Any]) -> Callable[..., Hook[object]]:
    """A hook factory: what is not a ``check`` is refused, the rest built by the hook ``make`` gives."""

    def factory(kind: type, converter: cattrs.Converter) -> Hook[object]:
        build = make(kind, converter)

        def structure(value: object, _: object) -> object:
            if not isinstance(value, check):
                raise ValueError(f"expected {expected}, got {value!r:.60}")
            return build(value, kind)

        return structure

    return factory


def _list_of(kind: object, converter: cattrs.Converter) -> Callable[[tuple[object, ...]], list[object]]:
    """An unstructure hook for ``tuple[X, ...]``: a list, made by a comprehension (cattrs' default is slower)."""
    member = converter.get_unstructure_hook(get_args(kind)[0])
    from cattrs.fns import identity

    return list if member == identity else lambda items: [member(item) for item in items]


def _is_fixed_tuple(kind: object) -> bool:
    """Whether ``kind`` is a tuple of a fixed length, such as ``tuple[str, str]`` (a label and its value)."""
    arguments = get_args(kind)
    return get_origin(kind) is tuple and bool(arguments) and Ellipsis not in arguments


def _fixed_list(kind: object, converter: cattrs.Converter) -> Callable[[tuple[object, ...]], list[object]]:
    """An unstructure hook for ``tuple[X, Y]``: a list, as JSON has no tuples."""
    members = [converter.get_unstructure_hook(argument) for argument in get_args(kind)]
    return lambda items: [member(item) for member, item in zip(members, items, strict=True)]


def _fixed_tuple(kind: object, converter: cattrs.Converter) -> Hook[tuple[object, ...]]:
    """A structure hook for ``tuple[X, Y]``: a list of exactly that many members, each as its type reads it."""
    arguments = get_args(kind)
    members = [converter.get_structure_hook(argument) for argument in arguments]

    def structure(value: object, _: object) -> tuple[object, ...]:
        if not isinstance(value, (list, tuple)) or len(value) != len(members):
            raise ValueError(f"expected a list of {len(members)} items, got {value!r:.60}")
        return tuple(member(item, argument) for member, item, argument in zip(members, value, arguments, strict=True))

    return structure


@functools.cache
def _converter() -> cattrs.Converter:
    """The converter, set up on first use and never changed: cattrs makes (and keeps) each record type's hooks.

    Imported and built only when a record is first converted, so that importing the package costs nothing for it.
    """
    import cattrs
    from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
    from cattrs.gen import make_dict_structure_fn

    converter = cattrs.Converter(detailed_validation=True)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_unstructure_hook(enum.Enum, attrgetter("_value_"))  # the value, without Enum.value's lookup
    converter.register_unstructure_hook_factory(is_sequence, _list_of)  # tuple[X, ...]
    converter.register_unstructure_hook_factory(_is_fixed_tuple, _fixed_list)  # tuple[X, Y]: a (label, value) pair
    converter.register_structure_hook(str, _STRING)
    converter.register_structure_hook(int, _strict(int, "an integer"))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    # A string first, then as the type reads it: "'lede' is not a valid Role", "Invalid isoformat string: 'x'".
    converter.register_structure_hook(datetime, lambda value, _: datetime.fromisoformat(_STRING(value, str)))
    converter.register_structure_hook(enum.Enum, lambda value, kind: kind(_STRING(value, str)))  # every enum
    tuple_of = _checked((list, tuple), "a list", homogenous_tuple_structure_factory)
    converter.register_structure_hook_factory(is_sequence, tuple_of)
    converter.register_structure_hook_factory(_is_fixed_tuple, _fixed_tuple)
    converter.register_structure_hook_factory(attrs.has, _checked(Mapping, "an object", make_dict_structure_fn))
    return converter


def to_json(record: attrs.AttrsInstance) -> dict[str, object]:
    """A record as a JSON-ready dictionary, its fields in order."""
    return cast("dict[str, object]", _converter().unstructure(record))


def from_json(kind: type[T], data: object) -> T:
    """Build a ``kind`` record from :func:`to_json`'s output, or raise a ValueError naming the bad value's path."""
    import cattrs
    from cattrs.v import transform_error

    try:
        return _converter().structure(data, kind)
    except (cattrs.BaseValidationError, ValueError, TypeError) as error:
        # cattrs reports every failure as "reason @ .path[3].to.it" (a missing key as a KeyError): take the first.
        failures = transform_error(error, "", lambda exc, _: "missing" if isinstance(exc, KeyError) else str(exc))
        reason, _, path = failures[0].rpartition(" @ ")
        raise ValueError(f"{path.lstrip('.') or 'article'}: {reason}") from None
