"""Any configuration the type allows parses any dump without raising; a bad one fails when made, naming its field."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articleparse
from articleparse import DEFAULT_CONFIG, ParserConfig
from articleparse._checks import Check, check_of, count
from articleparse._languages import DEFAULT_LANGUAGES
from articleparse.strategies import dumps, exports

from ..strategies_dump import any_text


def _kind(annotation: object) -> str:
    """A field's type as written in the class (``int``, ``tuple[str, ...]``), resolved or not."""
    if isinstance(annotation, type):
        return annotation.__name__
    return str(annotation).replace("articleparse._languages.", "").replace("articleparse.", "")


FIELDS = {field.name: _kind(field.type) for field in attrs.fields(ParserConfig) if field.init}
# Each field's declared check: its kind (share, weight, count, ...) and a count's least value.
CHECKS = {field.name: check_of(field) for field in attrs.fields(ParserConfig) if field.init}
SHARES = {name for name, check in CHECKS.items() if check is not None and check.kind == "share"}
WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12).filter(str.strip)
# Patterns users write: literal words, classes and bounded repeats, no nested quantifiers.
PATTERNS = st.lists(st.sampled_from([r"\w+", r"By .{1,40}", r"\d{4}-\d{2}", r"[A-Z][a-z]+", "Filed"]), max_size=2)


def value_of(name: str) -> st.SearchStrategy[Any]:
    """Values of a field that the configuration accepts."""
    kind = FIELDS[name]
    check = CHECKS[name]
    if check is not None and check.kind == "patterns":
        return PATTERNS.map(tuple)
    if check is not None and check.kind == "zone":
        return st.sampled_from(["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo"])
    if kind == "tuple[str, ...]":
        return st.lists(WORDS, max_size=6).map(tuple)
    if kind == "frozenset[str]":
        return st.frozensets(WORDS, max_size=6)
    if kind == "int":
        return st.integers(check.minimum if check else 0, 200)
    if kind == "bool":
        return st.booleans()
    if kind == "float":
        return st.floats(0, 1) if name in SHARES else st.floats(-1000, 1000)
    if kind == "tuple[tuple[str, int], ...]":
        return st.lists(st.tuples(st.sampled_from(["GMT", "CET", "XYZ"]), st.integers(-86399, 86399)), max_size=3)
    if kind == "tuple[Language, ...]":
        return st.lists(st.sampled_from(DEFAULT_LANGUAGES), max_size=3).map(tuple)
    raise AssertionError(f"no strategy for {name}: {kind}")


@st.composite
def configs(draw: st.DrawFn) -> ParserConfig:
    names = draw(st.lists(st.sampled_from(sorted(FIELDS)), max_size=6, unique=True))
    return attrs.evolve(DEFAULT_CONFIG, **{name: draw(value_of(name)) for name in names})


@given(configs(), any_text)
def test_parse_never_raises_with_any_valid_configuration(config: ParserConfig, text: str) -> None:
    article = articleparse.parse(text, config=config)
    assert article == articleparse.parse(text, config=config)


def bad_value_of(name: str) -> st.SearchStrategy[Any]:
    """Values of a field that the configuration refuses."""
    kind = FIELDS[name]
    check = CHECKS[name]
    if check is not None and check.kind == "patterns":
        return st.sampled_from([("By (",), "By .+", (3,)])
    if check is not None and check.kind == "zone":
        return st.sampled_from(["Mars/Olympus", "", 3, None])
    if kind in ("tuple[str, ...]", "frozenset[str]"):
        return st.sampled_from(["a string", 3, (1, 2), ("",)])
    if kind == "int":
        return st.sampled_from([(check.minimum if check else 0) - 1, 2.5, "3", True, None])
    if kind == "bool":
        return st.sampled_from([1, "yes", None])
    if kind == "float":
        return st.sampled_from([-0.5, 1.5, "0.3"] if name in SHARES else ["0.3", float("nan"), None])
    if kind == "tuple[tuple[str, int], ...]":
        return st.sampled_from([(("GMT", 90_000),), (("GMT", "0"),), ("GMT",), ((3, 0),)])
    if kind == "tuple[Language, ...]":
        return st.sampled_from([("en",), 3])
    raise AssertionError(f"no strategy for {name}: {kind}")


@given(st.sampled_from(sorted(FIELDS)).flatmap(lambda name: st.tuples(st.just(name), bad_value_of(name))))
def test_a_bad_value_fails_when_the_configuration_is_made_naming_its_field(case: tuple[str, Any]) -> None:
    name, value = case
    with pytest.raises((TypeError, ValueError), match=f"ParserConfig.{name}"):
        attrs.evolve(DEFAULT_CONFIG, **{name: value})


def test_lists_become_tuples_and_phrases_lower_case() -> None:
    config = attrs.evolve(DEFAULT_CONFIG, related_markers=["Read This:"], outlets=["The Daily"])
    assert config.related_markers == ("read this:",)
    assert config.outlets == frozenset({"the daily"})
    assert config == attrs.evolve(DEFAULT_CONFIG, related_markers=("read this:",), outlets=frozenset({"the daily"}))


def test_a_configuration_needing_no_line_breaks_for_a_wrap_parses_a_one_line_dump() -> None:
    # Found by the property above: with wrap_min_breaks=0 a dump with no line break inside a
    # paragraph made the hard-wrap check take the widest of no lines, and parse raised.
    config = attrs.evolve(DEFAULT_CONFIG, wrap_min_breaks=0)
    assert articleparse.parse("A headline\n\nThe story.", config=config).headline == "A headline"


def test_every_field_declares_its_check() -> None:
    # A check is declared with the field (share(), count(minimum=...), weight(), patterns(), ...),
    # never guessed from the field's name: a new "foo_ratio: float" must say what it is.
    kinds = {"phrases", "words", "patterns", "zones", "zone", "languages", "count", "share", "weight", "flag"}
    for name, check in CHECKS.items():
        assert isinstance(check, Check), f"ParserConfig.{name} declares no check"
        assert check.kind in kinds, name


def test_a_field_without_a_declared_check_is_refused() -> None:
    from articleparse._checks import checked_fields

    with pytest.raises(TypeError, match="declare its check"):

        @attrs.frozen(kw_only=True, field_transformer=checked_fields)
        class Config:
            checked: int = count(1)
            foo_ratio: float = 0.5


def test_comment_min_paragraphs_must_be_one_or_more() -> None:
    with pytest.raises(ValueError, match=r"ParserConfig\.comment_min_paragraphs"):
        attrs.evolve(DEFAULT_CONFIG, comment_min_paragraphs=0)
    assert attrs.evolve(DEFAULT_CONFIG, comment_min_paragraphs=1).comment_min_paragraphs == 1


def lowest(name: str) -> int:
    """The least a count field accepts: 0, or 1 where the code needs one at least."""
    try:
        attrs.evolve(DEFAULT_CONFIG, **{name: 0})
    except ValueError:
        return 1
    return 0


def bounds_of(name: str) -> st.SearchStrategy[Any]:
    """A field's value at a bound it accepts, or its default: the extremes are where the code breaks."""
    kind = FIELDS[name]
    default = getattr(DEFAULT_CONFIG, name)
    if kind == "int":
        return st.sampled_from([lowest(name), lowest(name) + 1, default, 10_000])
    if kind == "float":
        return st.sampled_from([0.0, 1.0, default] if name in SHARES else [-1000.0, 0.0, default, 1000.0])
    return st.just(default)


@st.composite
def configs_at_bounds(draw: st.DrawFn) -> ParserConfig:
    """A configuration with every number field at one of its bounds (or its default)."""
    numbers = sorted(name for name, kind in FIELDS.items() if kind in ("int", "float"))
    return attrs.evolve(DEFAULT_CONFIG, **{name: draw(bounds_of(name)) for name in numbers})


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(configs_at_bounds(), st.one_of(any_text, dumps().map(lambda pair: pair[1]), exports().map(lambda e: e[1])))
def test_parse_never_raises_with_every_field_at_a_bound(config: ParserConfig, text: str) -> None:
    articleparse.parse(text, config=config)
    articleparse.parse_all(text, config=config)


@pytest.mark.parametrize("name", sorted(name for name, kind in FIELDS.items() if kind == "int"))
def test_every_count_at_its_lowest_parses_the_seed(name: str, seed_bytes: bytes) -> None:
    config = attrs.evolve(DEFAULT_CONFIG, **{name: lowest(name)})
    articleparse.parse_bytes(seed_bytes, config=config)


def test_a_comment_section_of_no_paragraphs_is_refused() -> None:
    # Accepted, comment_min_paragraphs=0 made parsing the seed raise IndexError.
    with pytest.raises(ValueError, match=r"ParserConfig\.comment_min_paragraphs: must be 1 or more, got 0"):
        ParserConfig(comment_min_paragraphs=0)
