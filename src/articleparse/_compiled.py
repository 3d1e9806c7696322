"""A configuration's vocabulary compiled once, when the configuration is made.

Rules never compile a pattern or fold a phrase list per parse: they read the
matchers here, built from the configuration's own fields, so that a phrase a
user adds is seen by every rule that reads that list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from articleparse._calendar import Calendar
from articleparse._phrases import OPENER_MARKS, PhraseMatcher, alternatives, spaced, words

if TYPE_CHECKING:
    from articleparse._config import ParserConfig

__all__ = ["Compiled"]


@attrs.frozen
class Compiled:
    """The matchers of one configuration (see :class:`~articleparse.ParserConfig` for each list)."""

    boilerplate: PhraseMatcher
    related: PhraseMatcher
    #: A line opened by a heading's mark and closed by a related ending: ``■デジ通の記事をもっと見る``.
    related_heading: re.Pattern[str]
    caption: PhraseMatcher
    caption_credits: PhraseMatcher
    #: A picture credit in the brackets that close a line: ``(Getty Images)``, ``(William B. Plowman/NBC)``,
    #: a slash or an agency's or picture credit's name inside.
    paren_credit: re.Pattern[str]
    #: A credit label and a capitalised name closing a caption: ``Credit Bon Duke for The New York Times``,
    #: ``(Photo Credit: Getty Images)``.
    labelled_credit: re.Pattern[str]
    #: A video player's label and the video's length: ``Play Video2:14``.
    video: re.Pattern[str]
    comment: PhraseMatcher
    promo: PhraseMatcher
    end: PhraseMatcher
    #: Every phrase of the lists above and the source labels: a line none opens with opens with none of them.
    furniture: PhraseMatcher
    highlight: PhraseMatcher
    credit: PhraseMatcher
    byline: PhraseMatcher
    reaction_openers: PhraseMatcher
    reaction_phrases: PhraseMatcher
    reporting: PhraseMatcher
    calls: PhraseMatcher
    #: An embedded post's button, perhaps with the author's handle: ``Follow``, ``Follow @jack``.
    post_button: re.Pattern[str]
    #: The rest of an embedded post's chrome, a whole line: its counts (``4,101 Retweets 3,957 likes``),
    #: its credit (``A post shared by Jane Doe``), its links (``View this post on Instagram``).
    post_chrome: re.Pattern[str]
    #: A gallery's counter, a whole line: ``4 of 21``, ``Image 3 of 12``, ``Bild 2 von 9``, ``Photo 1/5``.
    counter: re.Pattern[str]
    #: A poll's vote button, a whole line: ``Vote``, ``Jetzt abstimmen!``.
    vote: re.Pattern[str]
    #: The words that address the reader, in every language.
    reader_words: frozenset[str]
    #: For each language's code, its pronouns of the first person (its speaker words): a reader's own
    #: voice. ``None`` gives every language's.
    voices: dict[str | None, frozenset[str]]
    #: ``jsmith said...``, ``Karoline sagt:``: a comment's header, its author's name in ``name``.
    comment_header: re.Pattern[str]
    #: ``42 comments``, ``Comments (3)``, ``Show 12 comments``: a count of comments, a whole line.
    comment_count: re.Pattern[str]
    #: ``Robert Fastiggi • 13 hours ago``: a comment's author and age, a whole line.
    comment_age: re.Pattern[str]
    #: ``label: text``, the label one of the source labels.
    source_label: re.Pattern[str]
    #: What splits a source line's credits: a comma, ``&``, a credit join (``and``).
    credit_separator: re.Pattern[str]
    #: ``Jane Doe is a ...``: the opening of a closing author bio.
    bio: re.Pattern[str]
    byline_patterns: tuple[re.Pattern[str], ...]
    #: ``This article was originally published``: the opening of a byline that says where a piece first appeared.
    origin: re.Pattern[str]
    #: ``... originally published by``: what of an origin byline comes before the author's name.
    origin_by: re.Pattern[str]
    #: The words that label a timestamp line: the timestamp labels and the update labels.
    timestamp_labels: frozenset[str]
    #: The labels that make a timestamp an update.
    update_labels: frozenset[str]
    #: What separates the names of a byline: a comma, semicolon or slash, or a language's "and" (``und``, ``et``).
    name_joins: re.Pattern[str]
    #: A language's "and" between two names (``Jane Doe und John Roe``), or ``&``.
    and_joins: re.Pattern[str]
    timestamp_patterns: tuple[re.Pattern[str], ...]
    calendar: Calendar
    #: The words that date an export's header: every month name and abbreviation and every season's name.
    header_date_words: frozenset[str]
    #: The outlets a byline may name beside its authors: the configured outlets and agencies.
    outlets: frozenset[str]
    #: A line that ends with a day written month first (``... in Mumbai May 13, 2014``), as a caption does.
    ends_with_date: re.Pattern[str]
    #: A wire dateline with an agency: ``WASHINGTON, Sept 17 (Reuters) -``, ``(CNN) --``, ``Washington (CNN)``.
    dateline_agency: re.Pattern[str]
    #: A wire dateline without one: ``CLEVELAND —``, ``TOKYO, March 3 - ``.
    dateline_place: re.Pattern[str]
    #: Each language's code and function words, in the configuration's order.
    function_words: tuple[tuple[str, frozenset[str]], ...]
    #: For each function word, the indexes (in ``function_words``) of the languages that have it.
    languages_of: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, config: ParserConfig) -> Compiled:
        """Compile the vocabulary of ``config``."""
        source_label = re.compile(
            rf"(?P<label>{_alternatives(config.source_labels)})[ \t]*[:：][ \t]*(?P<text>\S.*)",
            re.IGNORECASE | re.DOTALL,
        )
        calendar = Calendar.of(config.languages, config.timezones)
        dateline_agency, dateline_place = _datelines(calendar.months)
        ands = _alternatives(word for language in config.languages for word in language.and_words)
        origins = _spaced(config.origin_phrases)
        return cls(
            boilerplate=PhraseMatcher.of(config.boilerplate_phrases),
            related=PhraseMatcher.of(config.related_markers),
            # The mark, a name of a title's length read once, the ending, closing marks: bounded, so linear.
            related_heading=re.compile(
                rf"[{re.escape(OPENER_MARKS)}][^\n]{{0,80}}?(?:{_spaced(config.related_endings)})[\s:：】」』)）>»]{{0,4}}",
                re.IGNORECASE,
            ),
            caption=PhraseMatcher.of(config.caption_markers),
            caption_credits=PhraseMatcher.of(
                (
                    *config.caption_credits,
                    *(f"/ {agency}" for agency in config.agencies),
                    *(f"({agency})" for agency in config.agencies),
                )
            ),
            paren_credit=_paren_credit((*config.agencies, *config.picture_credits)),
            # The label in any case, the name that follows capitalised.
            labelled_credit=re.compile(rf"(?:^|\s|\()(?i:{_spaced(config.credit_labels)}):?\s+[A-Z][^()]{{0,80}}\)?$"),
            video=re.compile(rf"(?:{_spaced(config.video_labels)})\s*\d{{1,2}}:\d{{2}}", re.IGNORECASE),
            comment=PhraseMatcher.of(config.comment_markers),
            promo=PhraseMatcher.of(config.promo_markers),
            end=PhraseMatcher.of(config.end_markers),
            furniture=PhraseMatcher.of(
                (
                    *config.boilerplate_phrases,
                    *config.related_markers,
                    *config.caption_markers,
                    *config.comment_markers,
                    *config.promo_markers,
                    *config.end_markers,
                    *config.highlight_markers,
                    *config.source_labels,
                )
            ),
            highlight=PhraseMatcher.of(config.highlight_markers),
            credit=PhraseMatcher.of(config.credit_phrases),
            byline=PhraseMatcher.of(config.byline_markers),
            reaction_openers=PhraseMatcher.of(config.reaction_openers),
            reaction_phrases=PhraseMatcher.of(config.reaction_phrases),
            reporting=PhraseMatcher.of(config.reporting_words),
            calls=PhraseMatcher.of(config.calls_to_action),
            post_button=re.compile(rf"(?:{_spaced(config.post_buttons)})(?:\s+@\w{{1,15}})?", re.IGNORECASE),
            post_chrome=_post_chrome(config),
            counter=re.compile(
                rf"(?:(?:{_alternatives(config.counter_labels)})\s{{1,3}})?"
                rf"\d{{1,3}}\s{{0,3}}(?:{_alternatives(config.counter_words)}|/)\s{{0,3}}\d{{1,3}}",
                re.IGNORECASE,
            ),
            vote=re.compile(rf"(?:{_alternatives(config.vote_buttons)})!?", re.IGNORECASE),
            reader_words=frozenset(word for language in config.languages for word in language.reader_words),
            voices=_voices(config),
            source_label=source_label,
            # No white space in the pattern: "\s*" around an alternative rescans long space runs.
            credit_separator=re.compile(rf",|&|\b(?:{_alternatives(config.credit_joins)})\b", re.IGNORECASE),
            # A name of two to four words, then the opening, as written.
            bio=re.compile(
                rf"(?<!\S)(?:[A-Z][\w'’.-]*\s+){{1,3}}[A-Z][\w'’.-]*\s+(?:{alternatives(spaced(config.bio_openings))})\s"
            ),
            comment_header=_comment_header(config.comment_verbs),
            comment_count=_comment_count(config.comment_counts),
            # Matched as written, lower case, as the rule always has.
            comment_age=re.compile(
                rf".{{1,80}}\s[•·|-]\s+(?:\d+|{alternatives(words(config.comment_age_numbers))})"
                rf"\s+(?:{alternatives(spaced(config.comment_ages))})"
            ),
            byline_patterns=tuple(re.compile(pattern) for pattern in config.byline_patterns),
            origin=re.compile(rf"(?:{_spaced(config.origin_subjects)})\s+(?:{origins})", re.IGNORECASE),
            origin_by=re.compile(rf"\A.*?\b(?:{origins})\s+(?:{_spaced(config.origin_markers)})\s+", re.IGNORECASE),
            timestamp_labels=config.timestamp_labels | config.update_labels,
            update_labels=config.update_labels,
            name_joins=re.compile(rf"(?<!\s)\s*[,;/]\s*|(?<!\s)\s+(?:{ands}|&)\s+", re.IGNORECASE),
            and_joins=re.compile(rf"(?<!\s)\s+(?:{ands}|&)\s+", re.IGNORECASE),
            timestamp_patterns=tuple(re.compile(pattern) for pattern in config.timestamp_patterns),
            calendar=calendar,
            outlets=config.outlets | frozenset(config.agencies),
            header_date_words=calendar.months | {name for language in config.languages for name in language.seasons},
            dateline_agency=dateline_agency,
            ends_with_date=re.compile(
                rf"\b(?:{_alternatives(calendar.months)})\.?\s+\d{{1,2}},\s+\d{{4}}$", re.IGNORECASE
            ),
            dateline_place=dateline_place,
            function_words=tuple((language.code, language.function_words) for language in config.languages),
            languages_of=_languages_of(config),
        )


def _alternatives(names: Iterable[str], *, fold: bool = True) -> str:
    """``names`` as one pattern's alternatives, escaped, longest first (``(?!)`` when there are none)."""
    return alternatives(words(names), fold=fold)


def _spaced(phrases: Iterable[str]) -> str:
    """``phrases`` as one pattern's alternatives, any white space between their words (``(?!)`` when there are none)."""
    return alternatives(spaced(phrases), fold=True)


def _paren_credit(names: Iterable[str]) -> re.Pattern[str]:
    # Names of four letters or more may open a longer word ("Photographer", "Reuters'"); shorter ones
    # ("AP", "EPA") are whole words.
    long = _alternatives(name for name in names if len(name) >= 4)
    short = _alternatives(name for name in names if len(name) < 4)
    return re.compile(rf"\([^()]*(?:/|\b(?:{long})|\b(?:{short})\b)[^()]*\)$", re.IGNORECASE)


def _datelines(months: Iterable[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a wire dateline, with an agency and without, their dates' months those given."""
    # "Sept 17", "Mars 3": a month as datelines write it (capitalised, every language's), then the day.
    month = rf"(?:{_alternatives((name[:1].upper() + name[1:] for name in months), fold=False)})\.?\s+\d{{1,2}}"
    # "WASHINGTON, Sept 17 (Reuters) -", "PHOENIX A.Z. (AP) —", "(CNN) --", "(CNN)Seventy years",
    # "MADISON, WISCONSIN (The Borowitz Report) –", "Washington (CNN)", "NEW YORK  (Reuters) -".
    agency = re.compile(
        rf"\A(?P<place>[A-Z][\w.'’/ -]{{0,40}}?(?:,\s*(?!{month})[A-Z][\w.'’ -]{{0,30}}?)?)?"
        rf"(?:,?\s*(?P<date>{month}))?"
        r"\s*\((?P<agency>[A-Z][^()\n]{0,40})\)\s*(?:[-–—]+\s*)?"
    )
    # "CLEVELAND —", "WASHINGTON, D.C. –", "NEW ORLEANS - ", "TOKYO, March 3 - ": a place in
    # capitals, the day when there is one (never part of the place), and a dash.
    place = re.compile(
        rf"\A(?P<place>[A-Z][A-Z.'’ ]{{1,40}}?(?:,\s*(?!{month})[A-Z][\w.'’ ]{{1,20}}?)?)"
        rf"(?:,\s*(?P<date>{month}))?\s+[-–—]+\s+"
    )
    return agency, place


def _comment_header(verbs: Sequence[str]) -> re.Pattern[str]:
    # A name of one to three words, each read whole: a word is never tried again at every shorter length.
    word = r"[^\s:]{1,40}(?![^\s:])"
    return re.compile(rf"(?P<name>{word}(?: {word}){{0,2}}) (?:{_alternatives(verbs)})\s?(?:\.\.\.|…|:)", re.IGNORECASE)


def _comment_count(labels: Iterable[str]) -> re.Pattern[str]:
    # The count before a label's last word ("42 comments", "Show 12 comments"), or in brackets after it.
    number = r"(?:\d[\d,]*\s+)?"
    entries = []
    for label in labels:
        opening, _, last = " ".join(label.split()).rpartition(" ")
        before = (*spaced([opening])[0], r"\s+") if opening else ()
        entries.append((*before, number, *map(re.escape, last)))
    either = alternatives(entries, fold=True)
    return re.compile(rf"(?<![\w,])(?:{either})(?:\s*\(\d[\d,]*\))?:?", re.IGNORECASE)


def _post_chrome(config: ParserConfig) -> re.Pattern[str]:
    # "4,101 Retweets 3,957 likes", "1.2K 1,234 likes": one count or two, each a number or two and a noun.
    # The first number starts where a run of digits does: a search does not rescan a long run from each digit.
    number = r"[\d,.]+K?(?:\s+[\d,.]+K?)?"
    noun = _spaced(config.post_counts)
    counts = rf"(?<![\d,.]){number}\s+(?:{noun})(?:\s+{number}\s+(?:{noun}))?"
    credit = rf"(?:{_spaced(config.post_credits)})\s+.{{1,80}}"
    links = _spaced(config.post_links)
    return re.compile(rf"{counts}|{credit}|{links}", re.IGNORECASE)


def _voices(config: ParserConfig) -> dict[str | None, frozenset[str]]:
    voices: dict[str | None, frozenset[str]] = {language.code: language.speaker_words for language in config.languages}
    voices[None] = frozenset(word for words in voices.values() for word in words)
    return voices


def _languages_of(config: ParserConfig) -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for index, language in enumerate(config.languages):
        for word in language.function_words:
            found.setdefault(word, []).append(index)
    return {word: tuple(indexes) for word, indexes in found.items()}
