"""Small pure predicates about the shape of a piece of text.

Rules ask these questions of lines and segments; keeping them here, named,
means every rule asks them the same way.
"""

from __future__ import annotations

__all__ = ["ends_sentence", "final_mark", "squash", "starts_lower"]

#: Characters that may close a sentence after its final mark: quotes, brackets.
CLOSERS = "\"'”’»)]"
#: Marks that end a sentence.
SENTENCE_END = ".!?…"


def final_mark(text: str) -> str:
    """The last character of ``text`` once closing quotes and brackets are set aside.

    >>> final_mark('He said "no."')
    '.'
    """
    return text.rstrip().rstrip(CLOSERS)[-1:]


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends the way a sentence does (``.``, ``!``, ``?``, ``…``)."""
    return final_mark(text) in tuple(SENTENCE_END)


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
