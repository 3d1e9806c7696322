"""Phrase lists compiled once into patterns that match them as whole words, case-insensitively."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from articleparse._text import starts_unspaced

__all__ = ["OPENER_MARKS", "PhraseMatcher", "alternatives", "spaced", "words"]

#: Marks that may stand before a label at the start of a line, as a heading's or a list's
#: mark does (``■関連リンク``, ``【関連記事】``, ``● Read more:``): a phrase that opens a line
#: may follow one of them, and white space.
OPENER_MARKS = "■□◆◇●○▼▽▲△▶►★☆◎※【〔［"
_OPENER = rf"(?:[{re.escape(OPENER_MARKS)}][ \t\u3000]*)?"
_OPENER_STRIP = OPENER_MARKS + " \t\u3000"

# Marks that may follow a phrase's first word on a line ("Photo:", "Related,").
_TRAILING = ":;,.!?)»"
# No phrase's first word is longer than this; more of a line is not read to find it.
_FIRST_WORD_CHARS = 64


# A phrase that ends in a letter or digit must end a word there: "share" is not "shared".
_WORD_ENDS = r"(?!\w)"


def _spaced(phrase: str) -> tuple[str, ...]:
    """One phrase's pieces of a pattern: each character escaped, any white space between its words."""
    pieces: list[str] = []
    for index, word in enumerate(phrase.split()):
        if index:
            pieces.append(r"\s+")
        pieces.extend(map(re.escape, word))
    return tuple(pieces)


def _tokens(phrase: str) -> tuple[str, ...]:
    """One phrase's pieces of a pattern, as :func:`_spaced`, and the end of a word after a letter or digit.

    A phrase ending in a script written without spaces (``関連記事``, ``相关阅读``) has no end of a
    word to check: the next word follows it with nothing between.
    """
    pieces = _spaced(phrase)
    return (*pieces, _WORD_ENDS) if phrase[-1].isalnum() and not starts_unspaced(phrase[-1]) else pieces


class _Node:
    """A trie node while a pattern is built: the pieces that may follow, and whether an entry ends here."""

    __slots__ = ("children", "ends")

    def __init__(self) -> None:
        self.children: dict[str, tuple[str, _Node]] = {}
        self.ends = False

    def pattern(self) -> str:
        """The pattern of every entry below this node, the longer tried first."""
        return self._built()[0]

    def _built(self) -> tuple[str, int]:
        """The pattern of every entry below this node, and how many pieces the longest has.

        Built bottom-up, each node once. An entry that goes on is tried before one that
        only checks that a word ends here (``read more:`` before ``read more``), as in an
        alternation ordered longest first; the end of a word's check is not counted.
        """
        branches = []
        for piece, child in self.children.values():
            below, depth = child._built()
            branches.append(((piece != _WORD_ENDS) + depth, piece, piece + below))
        if not branches:
            return "", 0
        # Deepest first, then by piece: the same pattern whatever order the entries came in.
        branches.sort(key=lambda branch: (-branch[0], branch[1]))
        reach = branches[0][0]
        if len(branches) == 1 and not self.ends:
            return branches[0][2], reach
        joined = "|".join(branch[2] for branch in branches)
        return (f"(?:{joined})?" if self.ends else f"(?:{joined})"), reach


def alternatives(entries: Iterable[Sequence[str]], *, fold: bool = False) -> str:
    """A pattern matching any of ``entries`` (each a sequence of pattern pieces), common beginnings shared.

    ``a|ab|abc`` becomes ``a(?:b(?:c)?)?``: the engine reads a shared beginning once rather than
    once an entry, so a list of hundreds of phrases costs at each position about what its longest
    phrase costs, not what all of them do together. Longer entries are tried first, as in an
    alternation ordered longest first. With ``fold``, pieces that differ only in case are shared
    (for a pattern compiled with :data:`re.IGNORECASE`). No entries give ``(?!)``, which never matches.

    >>> alternatives(["a", "ab", "abc", "b"])
    '(?:a(?:b(?:c)?)?|b)'
    """
    root = _Node()
    for entry in entries:
        node = root
        for piece in entry:
            key = piece.lower() if fold else piece
            if key not in node.children:
                # Folded, a piece is written in lower case: the same pattern whichever spelling came first.
                node.children[key] = (key, _Node())
            node = node.children[key][1]
        node.ends = True
    return root.pattern() if root.children else "(?!)"


def words(names: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Each name as the pieces :func:`alternatives` takes: its characters, escaped."""
    return tuple(tuple(map(re.escape, name)) for name in names if name)


def spaced(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    r"""Each phrase as the pieces :func:`alternatives` takes: its characters escaped, any white space between its words.

    >>> alternatives(spaced(["play video"]))
    'play\\s+video'
    """
    return tuple(_spaced(phrase) for phrase in phrases if phrase.strip())


@attrs.frozen
class PhraseMatcher:
    """A list of phrases, matched at the start of a text or anywhere in it.

    Longer phrases are tried first, so ``read more:`` wins over ``read more``.
    Matching is case-insensitive; a phrase that ends in a letter or a digit
    must end a word (one of a script written without spaces need not). At the
    start of a text, a phrase may follow one of the :data:`OPENER_MARKS`
    (``■関連リンク``, ``【関連記事】``).

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
        either = alternatives(map(_tokens, ordered), fold=True)
        pattern = re.compile(f"{_OPENER}(?:{either})", re.IGNORECASE) if ordered else None
        # Anywhere, a phrase must also start a word: "share" is not in "timeshare".
        anywhere = re.compile(rf"(?<!\w)(?:{either})", re.IGNORECASE) if ordered else None
        firsts = tuple(dict.fromkeys(phrase.split()[0].casefold() for phrase in ordered))
        # A line in a script without spaces is one "word": its first character is what may open a phrase.
        initials = {first[0] for first in firsts if starts_unspaced(first)}
        return cls(tuple(phrases), by_text, pattern, anywhere, firsts, frozenset(firsts) | initials)

    def _may_open(self, text: str) -> bool:
        """Whether ``text``'s first word could open one of the phrases: a cheap test before the pattern."""
        first = text[:_FIRST_WORD_CHARS].lstrip(_OPENER_STRIP).split(maxsplit=1)
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
        # The phrase without the mark before it: no phrase opens with one.
        return self._phrase(found.group(0).lstrip(_OPENER_STRIP)) if found else None

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
