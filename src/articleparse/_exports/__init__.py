"""Files of several articles: news database exports and plain concatenations, split before classification.

This stage runs before the classifier and reads only the layout's own
conventions. Each reader (one module a layout) looks for its evidence (a
counter line with the header fields under it, a closing line with a header
above it, a rule with fields after it) and, when it finds it, plans the split:
each article's extent, its furniture (counter, publication, date, labelled
fields, copyright, closing line) with the role each line gets, and its body
region. :mod:`._build` then makes each article: the furniture as blocks, the body
region through the one pipeline (:mod:`articleparse._pipeline`: the classifier,
then assembly), its spans those of the whole file. A file no reader claims is one article, parsed exactly
as before.

Readers run in a fixed order, vendors' layouts first; the first plan that holds
wins. Plain concatenations (form feeds, a repeated separator line) carry no
fields, so their plans hold only when every part reads as an article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

import attrs

from articleparse._exports import factiva, joined, lexisnexis, nexis_uni, proquest
from articleparse._exports._build import Region, article, preamble, regions, shifted, whole
from articleparse._exports._plan import Entry, Furniture, Kind, Plan
from articleparse._exports.joined import TooManyParts
from articleparse._normalize import Document

__all__ = [
    "Entry",
    "Furniture",
    "Kind",
    "Plan",
    "Region",
    "TooManyParts",
    "article",
    "plans",
    "preamble",
    "regions",
    "shifted",
    "whole",
]

#: Exports' lines average 40 to 80 characters; below 16 a file is mostly empty or tiny lines.
_MIN_LINE_CHARS = 16

#: The readers, in the order they are tried: whether the normalised text is worth reading, and the reader.
READERS: Final[tuple[tuple[Callable[[str], bool], Callable[[Document], list[Plan]]], ...]] = (
    (lexisnexis.applies, lexisnexis.plans),
    (nexis_uni.applies, nexis_uni.plans),
    (factiva.applies, factiva.plans),
    (proquest.applies, proquest.plans),
    (joined.form_feeds_apply, joined.form_feed_plans),
    (joined.separators_apply, joined.separator_plans),
)


def plans(document: Document) -> Iterator[tuple[Document, Plan | TooManyParts]]:
    """The splits the readers find in ``document``, in the order to try them, each with the document to build it on.

    A reader's substring check runs first, on the text alone: a dump of one
    article pays only for those. The document a plan is built on has its lines
    built once (see :func:`_materialized`). A plain concatenation of more parts
    than the cap is not split: its refusal comes in a plan's place, for the
    pipeline to note on the article.
    """
    lined = None
    for applies, find in READERS:
        if not applies(document.text):
            continue
        lined = lined or _materialized(document)
        try:
            found = find(lined)
        except TooManyParts as refused:  # past the cap: not split, and the article says so
            yield lined, refused
            continue
        for plan in found:
            yield lined, plan


def _materialized(document: Document) -> Document:
    """``document`` with its lines built once, as the readers index them again and again.

    Only when the lines average :data:`_MIN_LINE_CHARS` characters or more, as an
    export's do: a flood of empty or one-character lines stays a lazy view, so its
    memory stays a few bytes a line.
    """
    if len(document.lines) * _MIN_LINE_CHARS > len(document.text):
        return document
    return attrs.evolve(document, lines=tuple(document.lines))
