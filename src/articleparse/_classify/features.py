"""Features once: the facts every rule reads about every segment, computed in one pass.

A rule asks the table (``state.features[i].date_line``) rather than matching the
segment's text again. The facts are of three kinds: the segment's own shape
(words, sentence ends, case, digits and symbols, function words), what the
vocabulary says of it (a byline, a date line, a share prompt, a related-link
label), and its place in the dump (how often its text recurs). What the
recognisers matched is kept beside the facts, by segment index: a byline's
marker, names and date (``Table.bylines``), a date line's labels, date and zone
(``Table.date_lines``), so that no rule and no metadata reader parses the line
again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from articleparse._classify.shapes import BylineMatch, DateLineMatch, is_url, match_byline, match_date_line
from articleparse._compiled import Compiled
from articleparse._config import ParserConfig, compiled
from articleparse._phrases import OPENER_MARKS
from articleparse._text import ends_sentence, final_mark, squash, title_cased, without_wire_mark
from articleparse._tokenize import Segment

__all__ = ["Features", "Furniture", "Table", "features_of"]

_WORD = re.compile(r"[^\W\d_]+")
_HANDLE = re.compile(r"@\w{2,30}")
_YEAR = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d")
_SYMBOLS = re.compile(r"[^\w\s]|_")
# How much of a segment's start its character shares are measured on.
_SAMPLE = 120
# Interface lines ("Facebook Twitter Pinterest Email", "Suche") and addresses are short.
_INTERFACE_MAX_WORDS = 12
_ADDRESS_MAX_WORDS = 3
# A template's words open or close this many segments or more ("... diese Seite aufrufen" under
# every item of a menu); three segments of a story sharing three words is chance.
_TEMPLATE_MIN_SHOWINGS = 4
_TEMPLATE_MIN_WORDS = 4
# What may follow an end marker on its line: "Tags:", "Comments (12)", "Related articles »".
_ALONE = re.compile(r"[\s:()\d»›>|.-]{0,12}")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}")
# Only so much of a long segment is read for facts that belong to short lines.
_HEAD = 300
# A dump's language is known when its best language's function words make up this
# share of its words: prose runs at 35-55 %, so a tenth means there is prose in it.
_LANGUAGE_MIN_SHARE = 0.1
# Where the language is not known, every word of a long segment that ends as a sentence
# does, or is long enough to be prose without a mark, counts as this share of function
# words: the middle of the range prose has.
_UNKNOWN_SHARE = 0.4


class Furniture:
    """Names of the vocabulary lists a segment may open with (``Furniture.RELATED``)."""

    BOILERPLATE = "boilerplate"
    RELATED = "related"
    CAPTION = "caption"
    COMMENT = "comment"
    PROMO = "promo"
    END = "end"
    HIGHLIGHT = "highlight"
    SOURCE = "source"


@attrs.frozen
class Features:
    """What one segment is like.

    Attributes:
        words: White-space separated words.
        function_share: The share of its words that are function words of the
            dump's language (a typical share when the language is not known).
        sentence_end: Whether it ends as a sentence does.
        final: Its last character, closing quotes and brackets set aside.
        title_case: Whether its longer words are all capitalised.
        upper: Whether it is written in capitals.
        digit_share: The share of its characters that are digits (of its first
            few hundred).
        symbol_share: The share of its characters that are neither letters,
            digits nor white space (of its first few hundred).
        address: Whether it is a web or e-mail address and nothing else.
        handle: Whether it names a social-media handle (``@jane``).
        interface: Whether it is made only of a page's interface words
            (``Facebook Twitter Email``, ``Suche``).
        repeats: How many other segments of the dump, not next to it, have the
            same text (a title shown twice in a row is one thing shown twice;
            a menu repeated in the footer is chrome).
        templated: Whether its last three words close several other segments
            too (``... diese Seite aufrufen``, ``Read more »``): a template's,
            not a writer's.
        date: Whether it holds a date (in its first few hundred characters).
        date_line: Whether it is a date line: a date and nothing else but labels.
        byline: Whether it is a byline.
        vocabulary: The vocabulary lists it opens with (:class:`Furniture` names).
        prose: Whether it reads as prose: long, or a sentence of two words or more.
    """

    words: int
    function_share: float
    sentence_end: bool
    final: str
    title_case: bool
    upper: bool
    digit_share: float
    symbol_share: float
    address: bool
    handle: bool
    interface: bool
    repeats: int
    templated: bool
    date: bool
    date_line: bool
    byline: bool
    vocabulary: frozenset[str]
    prose: bool

    @property
    def furniture(self) -> bool:
        """Whether the vocabulary marks the segment as furniture of any kind."""
        return bool(self.vocabulary)


@attrs.frozen
class Table:
    """The features of every segment of a dump, and the dump's language.

    Attributes:
        rows: One :class:`Features` per segment, in order.
        language: The code of the dump's language, or ``None`` when its words
            are not those of any configured language.
        bylines: What each byline says (its marker, names and date), by the
            index of its segment: the segments whose ``byline`` is true.
        date_lines: What each date line says (its labels, date and zone), by
            the index of its segment: the segments whose ``date_line`` is true.
    """

    rows: tuple[Features, ...]
    language: str | None
    bylines: Mapping[int, BylineMatch] = attrs.field(factory=dict)
    date_lines: Mapping[int, DateLineMatch] = attrs.field(factory=dict)

    def __getitem__(self, index: int) -> Features:
        return self.rows[index]

    def __len__(self) -> int:
        return len(self.rows)


def _language(words: Sequence[list[str]], vocabulary: Compiled) -> tuple[str | None, frozenset[str]]:
    """The configured language whose function words cover most of ``words``."""
    languages_of = vocabulary.languages_of
    covered = [0] * len(vocabulary.function_words)
    total = 0
    for line in words:
        total += len(line)
        for word in line:
            for language in languages_of.get(word, ()):
                covered[language] += 1
    if not covered or total == 0:
        return None, frozenset()
    best = max(range(len(covered)), key=covered.__getitem__)  # the first of equals, in the configuration's order
    if covered[best] < _LANGUAGE_MIN_SHARE * total:
        return None, frozenset()
    return vocabulary.function_words[best]


def _vocabulary(text: str, vocabulary: Compiled) -> frozenset[str]:
    """The vocabulary lists ``text`` opens with."""
    checks = (
        (Furniture.RELATED, vocabulary.related),
        (Furniture.COMMENT, vocabulary.comment),
        (Furniture.PROMO, vocabulary.promo),
        (Furniture.HIGHLIGHT, vocabulary.highlight),
        (Furniture.CAPTION, vocabulary.caption),
        (Furniture.BOILERPLATE, vocabulary.boilerplate),
    )
    found = {name for name, matcher in checks if matcher.match(text)}
    # A marker that ends the article stands alone: nothing after it but a colon or a count.
    for matcher in (vocabulary.end, vocabulary.comment, vocabulary.promo):
        if _ALONE.fullmatch(text[matcher.prefix(text) :]) and matcher.prefix(text):
            found.add(Furniture.END)
    if vocabulary.source_label.match(text):
        found.add(Furniture.SOURCE)
    return frozenset(found)


def features_of(segments: Sequence[Segment], config: ParserConfig) -> Table:
    """Compute the feature table of ``segments``.

    The facts that only short lines can have (a byline, a date line, an
    address, a page's interface words, Title Case) are asked of short lines
    only, and each costly question only where a cheap one lets it through (a
    date needs a four-digit year; a byline needs a marker, a date, or a bar or
    comma before a job title), so that a page of thousands of menu lines costs
    little more than its length.
    """
    vocabulary = compiled(config)
    heads = [segment.text[:_HEAD] for segment in segments]
    # The words of each segment's first few hundred characters: enough to weigh its function words.
    words = [_WORD.findall(head.casefold()) for head in heads]
    language, function_words = _language(words, vocabulary)
    keys = [squash(head) for head in heads]
    counts = Counter(keys)
    # The last three words of every segment of four words or more, and how often each closes one.
    closings = [
        " ".join(_WORD.findall(segment.text[-_HEAD:].casefold())[-3:]) if len(tokens) >= _TEMPLATE_MIN_WORDS else ""
        for segment, tokens in zip(segments, words, strict=True)
    ]
    shown = Counter(closings)
    interface_words = config.interface_words
    user_patterns = bool(vocabulary.byline_patterns or vocabulary.timestamp_patterns)
    rows = []
    bylines: dict[int, BylineMatch] = {}
    date_lines: dict[int, DateLineMatch] = {}
    for index, (segment, head, tokens) in enumerate(zip(segments, heads, words, strict=True)):
        key = keys[index]
        beside = (index > 0 and keys[index - 1] == key) + (index + 1 < len(keys) and keys[index + 1] == key)
        text = segment.text
        count = segment.words
        ended = ends_sentence(text)
        if language is None:
            # A paragraph of a script written without sentence marks (Thai) ends without one, as any
            # segment long enough to be prose may.
            share = _UNKNOWN_SHARE if ended or count >= config.long_prose_words else 0.0
        else:
            share = sum(map(function_words.__contains__, tokens)) / len(tokens) if tokens else 0.0
        short = count <= config.byline_max_words
        sample = head[:_SAMPLE]
        size = max(1, len(sample))
        year = _YEAR.search(head)
        # A date stands around its year: the calendar's pattern reads a few dozen characters, not the line.
        dated = (
            year is not None
            and vocabulary.calendar.date.search(head, max(0, year.start() - 40), year.end() + 40) is not None
        )
        digits = short and _DIGIT.search(text) is not None
        # Bullets and counts around a button's word ("+ antworten", "Like 12") are not words.
        interface = count <= _INTERFACE_MAX_WORDS and _all_interface(tokens, interface_words)
        said = (
            match_byline(text, config)
            if short
            and (
                user_patterns
                or dated
                or "|" in text
                or "," in text
                or bool(vocabulary.byline.prefix(without_wire_mark(text)))
                or "originally" in head
                or "first" in head
            )
            else None
        )
        if said is not None:
            bylines[index] = said
        found = _vocabulary(head, vocabulary) if vocabulary.furniture.prefix(head) else frozenset()
        # "■デジ通の記事をもっと見る": a heading's mark, a name, a related ending.
        if head[:1] in OPENER_MARKS and count <= config.title_max_words and vocabulary.related_heading.fullmatch(text):
            found |= {Furniture.RELATED}
        when = match_date_line(text, config) if short and (digits or user_patterns) else None
        if when is not None:
            date_lines[index] = when
        rows.append(
            Features(
                words=count,
                function_share=share,
                sentence_end=ended,
                final=final_mark(text),
                title_case=2 <= count <= config.headline_max_words and title_cased(head, config.title_small_words),
                upper=head.isupper(),
                digit_share=len(_DIGITS.findall(sample)) / size,
                symbol_share=len(_SYMBOLS.findall(sample)) / size,
                address=count <= _ADDRESS_MAX_WORDS and (is_url(text) or _EMAIL.fullmatch(text) is not None),
                handle="@" in head and _HANDLE.search(head) is not None,
                interface=interface,
                repeats=counts[key] - 1 - beside,
                # A writer may open several paragraphs or items alike ("Vladimir Putin said", "Line 12:");
                # a template closes its items alike ("... diese Seite aufrufen", "Read more »").
                templated=bool(closings[index]) and shown[closings[index]] > _TEMPLATE_MIN_SHOWINGS,
                date=dated,
                date_line=when is not None,
                byline=said is not None,
                vocabulary=found,
                prose=count >= config.long_prose_words or (count >= config.prose_min_words and ended),
            )
        )
    return Table(tuple(rows), language, bylines, date_lines)


def _all_interface(tokens: Sequence[str], interface_words: frozenset[str]) -> bool:
    """Whether the words (of two letters or more) are all interface words, and there are some."""
    found = [word for word in tokens if len(word) > 1]
    return bool(found) and all(word in interface_words for word in found)
