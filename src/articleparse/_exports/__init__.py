"""Files of several articles: news database exports and plain concatenations, split before classification.

This stage runs before the classifier and reads only the layout's own
conventions. Each reader (one module a layout) looks for its evidence (a
counter line with the header fields under it, a closing line with a header
above it, a rule with fields after it) and, when it finds it, plans the split:
each article's extent, its furniture (counter, publication, date, labelled
fields, copyright, closing line) with the role each line gets, and its body
region. :mod:`._build` then makes each article: the furniture as blocks, the body
region through the normal pipeline (the classifier, then assembly), its spans
those of the whole file. A file no reader claims is one article, parsed exactly
as before.

Readers run in a fixed order, vendors' layouts first; the first plan that holds
wins. Plain concatenations (form feeds, a repeated separator line) carry no
fields, so their plans hold only when every part reads as an article.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs

from articleparse._config import ParserConfig
from articleparse._decode import Decoded
from articleparse._errors import Diagnostic, DiagnosticCode
from articleparse._exports import factiva, joined, lexisnexis, nexis_uni, proquest
from articleparse._exports._build import Pipeline, build, one_article
from articleparse._exports._plan import Plan
from articleparse._model import Article, Dump
from articleparse._normalize import Document, normalize, read

__all__ = ["Pipeline", "first_article", "read_all"]

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


def read_all(text: str, config: ParserConfig, decoded: Decoded | None, groups: Pipeline) -> Dump:
    """Every article of ``text``: an export's articles, or the one article of any other dump."""
    normal = normalize(text)
    document = None
    refused: joined.TooManyParts | None = None
    for applies, plans in READERS:
        if not applies(normal):
            continue
        document = document or _materialized(read(normal))
        try:
            found = plans(document)
        except joined.TooManyParts as error:  # past the cap: not split, and the article says so
            refused = refused or error
            continue
        for plan in found:
            dump = build(document, plan, config, decoded, groups)
            if dump is not None:
                return dump
    dump = one_article(text, config, decoded, groups)
    return dump if refused is None else refused.noted(dump)


def _materialized(document: Document) -> Document:
    """``document`` with its lines built once, as the readers index them again and again.

    Only when the lines average :data:`_MIN_LINE_CHARS` characters or more, as an
    export's do: a flood of empty or one-character lines stays a lazy view, so its
    memory stays a few bytes a line.
    """
    if len(document.lines) * _MIN_LINE_CHARS > len(document.text):
        return document
    return attrs.evolve(document, lines=tuple(document.lines))


def first_article(text: str, config: ParserConfig, decoded: Decoded | None, groups: Pipeline) -> Article:
    """The first article of ``text``; for a file of several, with a ``several_articles`` diagnostic."""
    dump = read_all(text, config, decoded, groups)
    first = dump.articles[0]
    if len(dump) == 1:
        return first
    layout = dump.layout.value if dump.layout else "unknown"
    message = f"the file holds {len(dump)} articles (layout {layout}); this is the first, parse_all gives them all"
    return attrs.evolve(first, diagnostics=(Diagnostic(DiagnosticCode.SEVERAL_ARTICLES, message), *first.diagnostics))
