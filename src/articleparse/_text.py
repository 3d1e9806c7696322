"""Small pure predicates about the shape of a piece of text.

Rules ask these questions of lines and segments; keeping them here, named,
means every rule asks them the same way.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = [
    "ends_sentence",
    "final_mark",
    "full_stop",
    "sentence_breaks",
    "squash",
    "starts_lower",
    "title_cased",
    "wire_marked",
    "without_wire_mark",
]

# The wire layout's mark before a header line: "-- By Jane Doe", "-- http://...", a bare "--".
_WIRE_MARK = re.compile(r"--(?:\s|$)")

#: Characters that may close a sentence after its final mark: quotes, brackets.
CLOSERS = "\"'”’»)]"
#: Marks that end a sentence.
SENTENCE_END = frozenset(".!?…")
# A possible sentence break: the word before it, its mark, closers, then (looked at, not consumed,
# so the next word can end a sentence too) space and a capital or digit. The word starts after
# white space, so each long token is scanned once, not from every character.
_BREAK = re.compile(r"(?<!\S)(\S+?)[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9À-Þ])")
# Initials and dotted abbreviations: "U.S.", "a.m.", "J." (the final dot is the break's mark). Bounded:
# a repeated group costs the regex engine memory per repetition, and no abbreviation has 20 dots.
_INITIALS = re.compile(r"(?:[A-Za-z]\.){0,20}[A-Za-z]")
# A word of four letters or more: title case is judged on these, not on "of" or "a".
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def final_mark(text: str) -> str:
    """The last character of ``text`` once closing quotes and brackets are set aside.

    >>> final_mark('He said "no."')
    '.'
    """
    return text.rstrip().rstrip(CLOSERS)[-1:]


def full_stop(text: str) -> bool:
    """Whether ``text`` ends in a full stop, not an ellipsis written as dots.

    >>> full_stop("It was late."), full_stop("It was late..."), full_stop('He said "no."')
    (True, False, True)
    """
    return final_mark(text) == "." and not text.rstrip().rstrip(CLOSERS).endswith("..")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends the way a sentence does (``.``, ``!``, ``?``, ``…``)."""
    return final_mark(text) in SENTENCE_END


def sentence_breaks(text: str, abbreviations: Collection[str]) -> int:
    """How many times a sentence ends inside ``text`` and another begins.

    A full stop after an abbreviation (``Dr.``, ``U.S.``, ``a.m.``) or an initial
    does not end a sentence.

    >>> sentence_breaks("He left. Why? Dr. Smith and the U.S. Army knew.", {"dr"})
    2
    """
    count = 0
    for match in _BREAK.finditer(text):
        word = match[1].lstrip("\"'“‘([")
        if _INITIALS.fullmatch(word) or word.casefold() in abbreviations:
            continue
        count += 1
    return count


def title_cased(text: str, small_words: Collection[str]) -> bool:
    """Whether ``text`` is in Title Case: its longer words capitalised, short function words aside.

    Only words of four letters or more are weighed, those of ``small_words``
    (lower case: ``with``, ``from``) aside. A sentence full of names ("Tonight,
    Donald J. Trump accepted the Republican Party's nomination") still has
    lower-case verbs and nouns, so at most one longer word in ten may be lower case.

    >>> small = {"with", "from"}
    >>> title_cased("You've Been Accepted to Columbia. Oops, Our Error.", small), title_cased("It was late.", small)
    (True, False)
    >>> title_cased("Back from the Brink", small)
    True
    """
    words = [word for word in _LONG_WORD.findall(text) if word.casefold() not in small_words]
    lower = sum(not word[0].isupper() for word in words)
    return bool(words) and lower <= 0.1 * len(words)


def starts_lower(text: str) -> bool:
    """Whether the first letter of ``text``, after opening quotes and brackets, is lower case."""
    for char in text:
        if char.isalpha():
            return char.islower()
        if not (char.isspace() or char in "\"'“‘«([-–—…"):
            return False
    return False


def squash(text: str) -> str:
    """``text`` case-folded with its white space runs made single spaces, for comparing."""
    return " ".join(text.casefold().split())


def wire_marked(text: str) -> bool:
    """Whether ``text`` opens with the wire layout's ``--`` mark (``-- By Jane Doe``, a bare ``--``)."""
    return _WIRE_MARK.match(text) is not None


def without_wire_mark(text: str) -> str:
    """``text`` without the wire layout's ``--`` mark before it (``-- By Jane Doe`` → ``By Jane Doe``).

    The one helper every stage uses: the features, the header rules, assembly and
    the metadata read the same line the same way.
    """
    return text[2:].strip() if _WIRE_MARK.match(text) else text
