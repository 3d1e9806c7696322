"""The one pipeline: every entry point normalises a dump once and takes the same route."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import articleparse
from articleparse import _classify, _normalize

from .conftest import EXPORTS, ROOT, SEED

SOURCE = ROOT / "src" / "articleparse"


@pytest.fixture
def normalisations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts normalised while the test runs, in order."""
    seen: list[str] = []
    original = _normalize._steps

    def counting(text: str) -> tuple[str, tuple[_normalize.Step, ...]]:
        seen.append(text)
        return original(text)

    monkeypatch.setattr(_normalize, "_steps", counting)
    return seen


ENTRY_POINTS: dict[str, Callable[[Path], object]] = {
    "parse": lambda path: articleparse.parse(path.read_text(encoding="utf-8")),
    "parse_all": lambda path: articleparse.parse_all(path.read_text(encoding="utf-8")),
    "tokenize": lambda path: articleparse.tokenize(path.read_text(encoding="utf-8")),
    "explain": lambda path: articleparse.explain(path.read_text(encoding="utf-8")),
    "parse_bytes": lambda path: articleparse.parse_bytes(path.read_bytes()),
    "parse_file": articleparse.parse_file,
    "parse_all_file": articleparse.parse_all_file,
}


@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
@pytest.mark.parametrize("dump", [SEED, EXPORTS / "lexisnexis.txt", EXPORTS / "form_feeds.txt"], ids=lambda p: p.name)
def test_a_dump_is_normalised_once_whatever_reads_it(entry: str, dump: Path, normalisations: list[str]) -> None:
    ENTRY_POINTS[entry](dump)
    assert len(normalisations) == 1


def _imported_private_names(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("articleparse"):
            package = ROOT / "src" / Path(*node.module.split("."))
            for alias in node.names:
                name = alias.name
                module = (package / f"{name}.py").exists() or (package / name).is_dir()
                if name.startswith("_") and not name.startswith("__") and not module:
                    yield f"{path.relative_to(SOURCE)}: from {node.module} import {name}"


def test_no_module_imports_another_modules_private_names() -> None:
    # A private module (``_api``) may be imported; a private name inside one (``_groups``) may not.
    found = [hit for path in sorted(SOURCE.rglob("*.py")) for hit in _imported_private_names(path)]
    assert found == []


def test_the_chain_is_built_from_named_rule_constants() -> None:
    named = {value: name for name, value in vars(_classify).items() if isinstance(value, _classify.Rule)}
    assert all(rule in named for rule in _classify.RULES), "every rule of the chain is a named constant"
    assert len(named) == len(_classify.RULES), "every named rule is in the chain"


def test_a_rule_returns_its_labels_and_the_driver_applies_them() -> None:
    document = _normalize.read("A headline\n\nThe story begins here. It goes on.")
    from articleparse._classify._state import State
    from articleparse._classify.features import features_of
    from articleparse._classify.zones import locate
    from articleparse._tokenize import segment

    segments = segment(document, articleparse.DEFAULT_CONFIG)
    table = features_of(segments, articleparse.DEFAULT_CONFIG)
    state = State(segments, articleparse.DEFAULT_CONFIG, table, locate(segments, table, articleparse.DEFAULT_CONFIG))
    labels = list(_classify.HEADLINE.run(state))
    assert [(label.at, label.role) for label in labels] == [(0, articleparse.Role.HEADLINE)]
    assert state.free(0), "a rule never writes the state itself"
