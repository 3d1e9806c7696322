"""Bylines to the authors' names."""

from __future__ import annotations

import re

from articleparse._config import ParserConfig
from articleparse._text import NAME_PARTICLES

__all__ = ["authors_of", "without_wire_mark"]

_WIRE_MARK = re.compile(r"--\s*")
_ORIGINALLY = re.compile(r"\A.*?\b(?:originally|first)\s+(?:published|appeared|posted)\s+(?:by|on)\s+", re.IGNORECASE)
_BY = re.compile(r"(?:written\s+)?by\b[:.\s]*", re.IGNORECASE)
# "by jane on July 14, 2012": the date after the name is not part of it.
_ON_DATE = re.compile(r"(?<!\s)\s+on\s+\S.*$", re.IGNORECASE)
# "Tyler Durden at Zero Hedge": the outlet after "at" is not a name.
_AT_OUTLET = re.compile(r"(?<!\s)\s+at\s+\S.*$", re.IGNORECASE)
_LONE_DOT = re.compile(r"(?:^|\s)\.(?=\s|$)")
# Parts of a byline: "Jane Doe | Political editor", "Jane Doe - Analysis", "Jane Doe, Reuters".
_PARTS = re.compile(r"(?<!\s)\s*(?:\||\s[-–—]\s|[,;])\s*")
_JOINED = re.compile(r"(?<!\s)\s+(?:and|und|et|y|e|en|&)\s+", re.IGNORECASE)


def without_wire_mark(text: str) -> str:
    """``text`` without a wire ``--`` prefix."""
    mark = _WIRE_MARK.match(text)
    return text[mark.end() :] if mark else text


def authors_of(byline: str, config: ParserConfig) -> tuple[str, ...]:
    """The authors a byline names, in order: names only, job titles and outlets dropped.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> authors_of("By Andrew Hurst, European Banking Correspondent", config)
    ('Andrew Hurst',)
    >>> authors_of("By  Wayne Cole ,  Leika Kihara  and  Marc Jones", config)
    ('Wayne Cole', 'Leika Kihara', 'Marc Jones')
    >>> authors_of("By JANE DOE, Reuters", config), authors_of("by jane on July 14, 2012", config)
    (('Jane Doe',), ('jane',))
    """
    text = " ".join(without_wire_mark(byline).split())
    originally = _ORIGINALLY.match(text)
    if originally:
        text = _AT_OUTLET.sub("", text[originally.end() :])
    else:
        by = _BY.match(text)
        if by:
            text = text[by.end() :]
    text = _ON_DATE.sub("", _LONE_DOT.sub(" ", text)).strip(" .")
    names: list[str] = []
    for part in _PARTS.split(text):
        for piece in _JOINED.split(f" {part} "):
            name = _strip_marks(piece)
            if _is_name(name, config):
                names.append(name.title() if name.isupper() and len(name) > 1 else name)
    return tuple(names)


def _strip_marks(piece: str) -> str:
    """A name without the marks around it, but with a final initial's stop (``Nicolas Gutierrez C.``)."""
    name = piece.strip(" .,;:/|")
    last = name.rsplit(maxsplit=1)[-1] if name else ""
    return f"{name}." if len(last) == 1 and last.isupper() and piece.rstrip().endswith(".") else name


def _is_name(text: str, config: ParserConfig) -> bool:
    words = text.split()
    if not words or len(words) > config.name_max_words or any(char.isdigit() for char in text):
        return False
    folded = text.casefold()
    if folded in config.outlets or any(word.casefold().strip(".,") in config.byline_roles for word in words):
        return False
    if len(words) == 1:
        return True  # "jane": a writer's handle
    return all(word.casefold() in NAME_PARTICLES or not word.islower() for word in words)
