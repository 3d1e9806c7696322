"""Property 9: pathological shapes complete and stay lossless (timings live in benchmarks/)."""

from __future__ import annotations

import re

import pytest

import articleparse
from articleparse import _assemble, _classify, _decode, _normalize, _text, _tokenize
from articleparse._classify import source
from articleparse._exports import _build, _lines, factiva, joined, lexisnexis, nexis_uni, proquest

from ..invariants import check_blocks

PATHOLOGICAL = {
    "one 5 MB line": "word " * 1_000_000,
    "200,000 blank lines": "Headline\n" + "\n" * 200_000 + "Body.",
    "100,000 one-word lines": "\n".join(["word"] * 100_000),
    "a line of 1,000,000 spaces": "Headline\n\n" + " " * 1_000_000 + "\nBody.",
    "deep indentation": "\n".join(" " * (i % 4000) + "line." for i in range(20_000)),
    "alternating indentation": "\n".join(
        ("    " if i % 2 else "") + "a wrapped line of text and" for i in range(50_000)
    ),
    "100,000 sentences on one line": "Dr. Smith left. " * 100_000,
    "a 1 MB title-cased line": "Word " * 200_000,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_input_completes_and_stays_lossless(text: str) -> None:
    check_blocks(text, articleparse.parse(text).blocks)


def _patterns() -> list[re.Pattern[str]]:
    modules = [_assemble, _classify, _decode, _normalize, _text, _tokenize, source]
    modules += [_build, _lines, factiva, joined, lexisnexis, nexis_uni, proquest]
    found = [value for module in modules for value in vars(module).values() if isinstance(value, re.Pattern)]
    found.append(source.source_label(articleparse._config.DEFAULT_CONFIG))
    return found


ADVERSARIAL = ["a" * 50_000 + "!", ". " * 50_000, " " * 50_000 + "x", "A." * 50_000 + " b", "\u201c" * 50_000 + "?"]
# Shapes aimed at the export readers' patterns: digit groups, rules, labels, ids that never close.
ADVERSARIAL += ["1,000" * 20_000, "_" * 50_000 + "x", "- " * 50_000 + "x", "A " * 50_000 + ":"]
ADVERSARIAL += ["Document " + "0" * 50_000]


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda pattern: pattern.pattern[:40])
def test_no_regular_expression_backtracks_catastrophically(pattern: re.Pattern[str]) -> None:
    for text in ADVERSARIAL:
        pattern.search(text)
        pattern.fullmatch(text)
        list(pattern.finditer(text))
