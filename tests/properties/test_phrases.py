"""Phrase lists compiled as a trie match exactly what a longest-first alternation of them matches."""

from __future__ import annotations

import re
from random import Random

import attrs
from hypothesis import example, given
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
# A phrase and the same phrase with a mark after it: the longer is tried first.
@example(["read more", "read more:"], "Read More: the full story")
@example(["ab", "ab.", "a"], "ab. b")
def test_a_phrase_matcher_matches_what_the_longest_first_alternation_matches(phrases: list[str], text: str) -> None:
    matcher = PhraseMatcher.of(tuple(phrases))
    either = _longest_first(phrases)
    # The same matcher (its cheap first-word test included) with the alternation the trie replaced.
    reference = attrs.evolve(
        matcher,
        pattern=re.compile(f"(?:{either})", re.IGNORECASE),
        anywhere=re.compile(rf"(?<!\w)(?:{either})", re.IGNORECASE),
    )
    assert matcher.prefix(text) == reference.prefix(text)
    assert matcher.match(text) == reference.match(text)
    assert matcher.find(text) == reference.find(text)
    assert matcher.search(text) == reference.search(text)


@given(st.lists(st.text(alphabet=st.sampled_from("abAB."), min_size=1, max_size=5), max_size=12), _TEXTS, st.booleans())
def test_alternatives_match_what_a_longest_first_alternation_matches(names: list[str], text: str, fold: bool) -> None:
    flags = re.IGNORECASE if fold else 0
    ordered = sorted(set(names), key=len, reverse=True)
    reference = re.compile(rf"(?:{'|'.join(map(re.escape, ordered)) or '(?!)'})\b", flags)
    trie = re.compile(rf"(?:{alternatives(words(names), fold=fold)})\b", flags)
    for start in range(len(text) + 1):
        expected, found = reference.match(text, start), trie.match(text, start)
        assert (found.span() if found else None) == (expected.span() if expected else None)


@given(st.lists(st.text(alphabet=st.sampled_from("abAB."), min_size=1, max_size=5), max_size=12), st.randoms())
def test_alternatives_are_the_same_pattern_whatever_the_order_of_the_entries(names: list[str], random: Random) -> None:
    # Patterns are built from sets (a configuration's months, agencies): the pattern, and the test
    # ids pytest-xdist's workers compare, must not depend on the order a set gives.
    shuffled = list(names)
    random.shuffle(shuffled)
    assert alternatives(words(shuffled), fold=True) == alternatives(words(names), fold=True)
