"""Bylines to the authors' names.

The byline's grammar is :func:`articleparse._classify.shapes.match_byline`: the
classifier keeps what it matched (the marker, the part naming the authors, the
date) and this module only splits the names part into authors, with the
configuration's joining words (each language's ``and``), outlets and job titles.
"""

from __future__ import annotations

import re

from articleparse._classify.shapes import match_byline
from articleparse._config import ParserConfig, compiled

__all__ = ["authors_of", "byline_authors"]

# Hyphenation points a page sets inside words ("Mat\u00adthi\u00adas"): not part of a name.
_SOFT_HYPHEN = "\u00ad"
_LONE_DOT = re.compile(r"(?:^|\s)\.(?=\s|$)")
# Parts of a byline: "Jane Doe | Political editor", "Jane Doe - Analysis", "Jane Doe, Reuters".
_PARTS = re.compile(r"(?<!\s)\s*(?:\||\s[-–—]\s|[,;])\s*")


def byline_authors(line: str, config: ParserConfig) -> tuple[str, ...]:
    """The authors a whole byline line names (``By Jane Doe and John Roe``), read with the byline grammar.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> byline_authors("By Andrew Hurst, European Banking Correspondent", config)
    ('Andrew Hurst',)
    >>> byline_authors("By JANE DOE, Reuters", config), byline_authors("by jane on July 14, 2012", config)
    (('Jane Doe',), ('jane',))
    """
    found = match_byline(line, config)
    if found is not None:
        return authors_of(found.names, config)
    # Not a byline to the grammar (an export's "BYLINE:" value, a long one): the names after any marker.
    text = " ".join(line.split())
    return authors_of(text[compiled(config).byline.prefix(text) :].lstrip(":. "), config)


def authors_of(names: str, config: ParserConfig) -> tuple[str, ...]:
    """The authors the names part of a byline names, in order: names only, job titles and outlets dropped.

    >>> from articleparse._config import DEFAULT_CONFIG as config
    >>> authors_of("Wayne Cole ,  Leika Kihara  and  Marc Jones", config)
    ('Wayne Cole', 'Leika Kihara', 'Marc Jones')
    >>> authors_of("Jane Doe und John Roe", config)
    ('Jane Doe', 'John Roe')
    """
    text = _LONE_DOT.sub(" ", " ".join(names.replace(_SOFT_HYPHEN, "").split())).strip()
    # "Nicolas Gutierrez C.": a final initial keeps its stop; any other stop around the names goes.
    last = text.rsplit(maxsplit=1)[-1] if text else ""
    text = text.lstrip(" .") if len(last) == 2 and last[0].isupper() and last[1] == "." else text.strip(" .")
    # "Jana Müller, Foto: Anna Weber": the photographer's credit belongs to a caption, not the byline.
    credit = compiled(config).caption.find(text)
    if credit is not None:
        text = text[: credit[0]].rstrip(" ,;|/-–—")
    joins = compiled(config).and_joins
    pieces = [_strip_marks(piece) for part in _PARTS.split(text) for piece in joins.split(f" {part} ")]
    pieces = [piece for piece in pieces if piece]
    # A word with digits is a writer's handle only when it is the one name given ("von leser1984"):
    # beside other names it is a desk, a count or a code ("Jane Doe, G7").
    alone = len(pieces) == 1
    found = [
        piece.title() if piece.isupper() and len(piece) > 1 else piece
        for piece in pieces
        if _is_name(piece, config, handle=alone)
    ]
    return tuple(found)


def _strip_marks(piece: str) -> str:
    """A name without the marks around it, but with a final initial's stop (``Nicolas Gutierrez C.``)."""
    name = piece.strip(" .,;:/|")
    last = name.rsplit(maxsplit=1)[-1] if name else ""
    return f"{name}." if len(last) == 1 and last.isupper() and piece.rstrip().endswith(".") else name


def _is_name(text: str, config: ParserConfig, *, handle: bool) -> bool:
    words = text.split()
    if not words or len(words) > config.name_max_words or "@" in text[1:]:
        return False  # an e-mail address beside the name ("jdoe@site.com"); "@jdoe" is a handle
    one_handle = handle and len(words) == 1 and any(char.isalpha() for char in text)
    if any(char.isdigit() for char in text) and not one_handle:
        return False  # a date or a count, not a writer's handle ("freeman1984")
    folded = text.casefold()
    if folded in compiled(config).outlets or any(word.casefold().strip(".,") in config.byline_roles for word in words):
        return False
    if len(words) == 1:
        return True  # "jane": a writer's handle
    particles = config.name_particles
    return all(word.casefold() in particles or not word.islower() for word in words)
