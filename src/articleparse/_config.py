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
        abbreviations: Words whose full stop does not end a sentence
            (``Dr.``, ``Sept.``), lower case, without the stop. Initials and
            dotted forms (``U.S.``, ``a.m.``) need no entry.
        headline_max_words: The longest first line taken as a headline.
        title_max_words: The longest line taken as a related link, promo title
            or other headline-like furniture.
        standfirst_min_words: The shortest second block taken as a standfirst.
        section_gap: How many blank lines in a row close the body or a section after it.
        credit_max_words: The longest unlabelled line taken as a source credit.
        wrap_min_breaks: The fewest line breaks inside runs that can show a hard wrap.
        wrap_max_width: The widest column a dump is taken to be hard-wrapped at.
        wrap_full_share: The share of breaks that must be full (the next word
            would not have fitted) in a hard-wrapped dump.
        wrap_lower_share: The share of full breaks that must be followed by a
            lower-case word in a hard-wrapped dump.
        wrap_sure_share: The share of full breaks above which one full break
            followed by a lower-case word shows a hard wrap.
    """

    source_labels: tuple[str, ...] = ("source", "sources")
    abbreviations: frozenset[str] = frozenset(
        {
            "mr",
            "mrs",
            "ms",
            "dr",
            "prof",
            "st",
            "jr",
            "sr",
            "gen",
            "gov",
            "sen",
            "rep",
            "lt",
            "col",
            "capt",
            "sgt",
            "rev",
            "hon",
            "no",
            "vs",
            "inc",
            "corp",
            "ltd",
            "co",
            "dept",
            "univ",
            "mt",
            "ave",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "etc",
            "approx",
        }
    )
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
    # Hard wraps need a few breaks to show; two full breaks can be chance.
    wrap_min_breaks: int = 3
    # Hard-wrapped dumps in the shared corpus break at 60-75 columns (Golbeck,
    # Perez-Rosas); e-mail wraps at 72-78, terminals at 80. Lines longer than this
    # are paragraphs written on one line, not a wrap.
    wrap_max_width: int = 120
    # In the corpus's wrapped dumps 60-100 % of breaks are full; in one-paragraph-
    # a-line dumps few are, because paragraph lengths vary widely.
    wrap_full_share: float = 0.6
    # Prose is mostly lower-case words, so a wrap's breaks mostly land before one;
    # lines of a list of capitalised items of similar width (summary bullets) do not.
    wrap_lower_share: float = 0.4
    # A greedy wrap makes every break full; a list of similar-width capitalised
    # lines (celebrity 064's summary bullets: 3 of 4 full) falls short of this.
    wrap_sure_share: float = 0.9


#: The configuration :func:`articleparse.parse` uses when none is given.
DEFAULT_CONFIG = ParserConfig()
