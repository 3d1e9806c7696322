"""The parser's configuration: vocabulary and thresholds, each named once.

A :class:`ParserConfig` is frozen; make a variant with :func:`attrs.evolve`.
"""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_CONFIG", "ParserConfig"]


@attrs.frozen(kw_only=True)
class ParserConfig:
    """What the classifier knows and the thresholds it uses.

    Every threshold's comment says what chose its default.

    Attributes:
        source_labels: Labels that open a source line (``SOURCE: ...``),
            compared case-insensitively.
        headline_max_words: The longest first line taken as a headline.
        title_max_words: The longest line taken as a related link, promo title
            or other headline-like furniture.
        standfirst_min_words: The shortest second block taken as a standfirst.
        section_gap: How many blank lines in a row close the body or a section after it.
        credit_max_words: The longest unlabelled line taken as a source credit.
    """

    source_labels: tuple[str, ...] = ("source", "sources")
    # Headlines in the shared corpus run to 27 words at most (Golbeck, SemEval);
    # 99 % are 25 words or fewer. A first line longer than this is prose.
    headline_max_words: int = 30
    # Related-story titles and promo titles in the corpus are headlines of other
    # stories, so they get the same bound as headlines.
    title_max_words: int = 30
    # A standfirst is written as a sentence or two; three words is a label, not a dek.
    standfirst_min_words: int = 4
    # Inside a body, paragraphs are separated by one blank line; the seed layout
    # closes the body and the source section with two.
    section_gap: int = 2
    # Credits name outlets and agencies ("Al Jazeera News And Agencies"): a handful
    # of words. A longer line set off at the end is prose or a promo, not a credit.
    credit_max_words: int = 12


#: The configuration :func:`articleparse.parse` uses when none is given.
DEFAULT_CONFIG = ParserConfig()
