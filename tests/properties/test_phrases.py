"""Phrase lists compiled as a trie match exactly what a longest-first alternation of them matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from articleparse._phrases import PhraseMatcher, alternatives, words

# Few letters, so that drawn phrases share beginnings and drawn texts hold them.
_LETTERS = st.sampled_from("abAB:. -")
_WORDS = st.text(alphabet=st.sampled_from("abAB:."), min_size=1, max_size=4)
_PHRASES = st.lists(st.lists(_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=12)
_TEXTS = st.text(alphabet=_LETTERS, max_size=30)


def _longest_first(phrases: list[str]) -> str:
    """The pattern the trie replaced: each phrase's own pattern, the longest first."""

    def one(phrase: str) -> str:
        body = r"\s+".join(re.escape(word) for word in phrase.split())
        return body + r"(?!\w)" if phrase[-1].isalnum() else body

    return "|".join(one(phrase) for phrase in sorted(dict.fromkeys(phrases), key=len, reverse=True))


@given(_PHRASES, _TEXTS)
def test_a_phrase_matcher_matches_what_the_longest_first_alternation_matches(phrases: list[str], text: str) -> None:
    reference = _longest_first(phrases)
    at_start = re.compile(f"(?:{reference})", re.IGNORECASE).match(text)
    anywhere = re.compile(rf"(?<!\w)(?:{reference})", re.IGNORECASE).search(text)
    matcher = PhraseMatcher.of(tuple(phrases))
    assert matcher.prefix(text) == (at_start.end() if at_start else 0)
    assert matcher.find(text) == (anywhere.span() if anywhere else None)


@given(st.lists(st.text(alphabet=st.sampled_from("abAB."), min_size=1, max_size=5), max_size=12), _TEXTS, st.booleans())
def test_alternatives_match_what_a_longest_first_alternation_matches(names: list[str], text: str, fold: bool) -> None:
    flags = re.IGNORECASE if fold else 0
    ordered = sorted(set(names), key=len, reverse=True)
    reference = re.compile(rf"(?:{'|'.join(map(re.escape, ordered)) or '(?!)'})\b", flags)
    trie = re.compile(rf"(?:{alternatives(words(names), fold=fold)})\b", flags)
    for start in range(len(text) + 1):
        expected, found = reference.match(text, start), trie.match(text, start)
        assert (found.span() if found else None) == (expected.span() if expected else None)
