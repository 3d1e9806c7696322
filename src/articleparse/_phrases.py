"""Phrase lists compiled once into patterns that match them as whole words, case-insensitively."""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

__all__ = ["PhraseMatcher"]

# Marks that may follow a phrase's first word on a line ("Photo:", "Related,").
_TRAILING = ":;,.!?)»"
# No phrase's first word is longer than this; more of a line is not read to find it.
_FIRST_WORD_CHARS = 64


def _pattern(phrase: str) -> str:
    """The regular expression of one phrase: its words literally, any white space between them."""
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    # A phrase ending in a letter or digit must end a word there: "share" is not "shared".
    return body + r"(?!\w)" if phrase[-1].isalnum() else body


@attrs.frozen
class PhraseMatcher:
    """A list of phrases, matched at the start of a text or anywhere in it.

    Longer phrases are tried first, so ``read more:`` wins over ``read more``.
    Matching is case-insensitive; a phrase that ends in a letter or a digit
    must end a word.

    >>> matcher = PhraseMatcher.of(("read more", "read more:", "share"))
    >>> matcher.match("Read More: the full story"), matcher.match("Shared values"), matcher.search("Please share")
    ('read more:', None, 'share')
    """

    phrases: tuple[str, ...]
    _by_text: Mapping[str, str] = attrs.field(eq=False, repr=False)
    _pattern: re.Pattern[str] | None = attrs.field(eq=False, repr=False)
    _anywhere: re.Pattern[str] | None = attrs.field(eq=False, repr=False)
    _firsts: tuple[str, ...] = attrs.field(eq=False, repr=False)
    _openers: frozenset[str] = attrs.field(eq=False, repr=False)

    @classmethod
    def of(cls, phrases: tuple[str, ...]) -> PhraseMatcher:
        """Compile ``phrases`` (lower case, as a configuration holds them)."""
        ordered = sorted(dict.fromkeys(phrase for phrase in phrases if phrase.strip()), key=len, reverse=True)
        by_text = {" ".join(phrase.casefold().split()): phrase for phrase in ordered}
        alternatives = "|".join(map(_pattern, ordered))
        pattern = re.compile(f"(?:{alternatives})", re.IGNORECASE) if ordered else None
        # Anywhere, a phrase must also start a word: "share" is not in "timeshare".
        anywhere = re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE) if ordered else None
        firsts = tuple(dict.fromkeys(phrase.split()[0].casefold() for phrase in ordered))
        return cls(tuple(phrases), by_text, pattern, anywhere, firsts, frozenset(firsts))

    def _may_open(self, text: str) -> bool:
        """Whether ``text``'s first word could open one of the phrases: a cheap test before the pattern."""
        first = text[:_FIRST_WORD_CHARS].split(maxsplit=1)
        if not first:
            return False
        word = first[0].casefold()
        openers = self._openers
        return word in openers or word.rstrip(_TRAILING) in openers or word[0] in openers or word[:2] in openers

    def _phrase(self, found: str) -> str:
        return self._by_text.get(" ".join(found.casefold().split()), found.casefold())

    def match(self, text: str) -> str | None:
        """The phrase ``text`` opens with, or ``None``."""
        if self._pattern is None or not self._may_open(text):
            return None
        found = self._pattern.match(text)
        return self._phrase(found.group(0)) if found else None

    def prefix(self, text: str) -> int:
        """How many characters of ``text`` the phrase it opens with takes (0 when none)."""
        if self._pattern is None or not self._may_open(text):
            return 0
        found = self._pattern.match(text)
        return found.end() if found else 0

    def find(self, text: str) -> tuple[int, int] | None:
        """Where the first phrase standing anywhere in ``text`` is, as ``(start, end)``, or ``None``."""
        if self._anywhere is None:
            return None
        found = self._anywhere.search(text)
        return found.span() if found else None

    def search(self, text: str) -> str | None:
        """The first phrase that stands anywhere in ``text`` as whole words, or ``None``."""
        if self._anywhere is None:
            return None
        folded = text.casefold()
        # A plain substring scan rules most texts out before the pattern runs.
        if not any(first in folded for first in self._firsts):
            return None
        found = self._anywhere.search(text)
        return self._phrase(found.group(0)) if found else None
