"""A configuration's vocabulary compiled once, when the configuration is made.

Rules never compile a pattern or fold a phrase list per parse: they read the
matchers here, built from the configuration's own fields, so that a phrase a
user adds is seen by every rule that reads that list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from articleparse._calendar import Calendar
from articleparse._phrases import PhraseMatcher

if TYPE_CHECKING:
    from articleparse._config import ParserConfig

__all__ = ["Compiled"]


@attrs.frozen
class Compiled:
    """The matchers of one configuration (see :class:`~articleparse.ParserConfig` for each list)."""

    boilerplate: PhraseMatcher
    related: PhraseMatcher
    caption: PhraseMatcher
    caption_credits: PhraseMatcher
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
    #: The words that address the reader, in every language.
    reader_words: frozenset[str]
    #: The words of someone speaking for themselves or to someone, in every language.
    speaker_words: frozenset[str]
    #: ``jsmith said...``, ``Karoline sagt:``: a comment's header, its author's name in ``name``.
    comment_header: re.Pattern[str]
    #: ``label: text``, the label one of the source labels.
    source_label: re.Pattern[str]
    byline_patterns: tuple[re.Pattern[str], ...]
    timestamp_patterns: tuple[re.Pattern[str], ...]
    calendar: Calendar
    #: Each language's code and function words, in the configuration's order.
    function_words: tuple[tuple[str, frozenset[str]], ...]
    #: For each function word, the indexes (in ``function_words``) of the languages that have it.
    languages_of: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, config: ParserConfig) -> Compiled:
        """Compile the vocabulary of ``config``."""
        labels = "|".join(re.escape(label) for label in sorted(config.source_labels, key=len, reverse=True))
        source_label = re.compile(
            rf"(?P<label>{labels or '(?!)'})[ \t]*:[ \t]*(?P<text>\S.*)", re.IGNORECASE | re.DOTALL
        )
        return cls(
            boilerplate=PhraseMatcher.of(config.boilerplate_phrases),
            related=PhraseMatcher.of(config.related_markers),
            caption=PhraseMatcher.of(config.caption_markers),
            caption_credits=PhraseMatcher.of(config.caption_credits),
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
            reader_words=frozenset(word for language in config.languages for word in language.reader_words),
            speaker_words=frozenset(word for language in config.languages for word in language.speaker_words),
            source_label=source_label,
            comment_header=_comment_header(config.comment_verbs),
            byline_patterns=tuple(re.compile(pattern) for pattern in config.byline_patterns),
            timestamp_patterns=tuple(re.compile(pattern) for pattern in config.timestamp_patterns),
            calendar=Calendar.of(config.languages, config.timezones),
            function_words=tuple((language.code, language.function_words) for language in config.languages),
            languages_of=_languages_of(config),
        )


def _comment_header(verbs: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(verb) for verb in sorted(set(verbs), key=len, reverse=True))
    return re.compile(
        rf"(?P<name>[^\s:]{{1,40}}(?: [^\s:]{{1,40}}){{0,2}}) (?:{alternatives or '(?!)'})\s?(?:\.\.\.|…|:)",
        re.IGNORECASE,
    )


def _languages_of(config: ParserConfig) -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for index, language in enumerate(config.languages):
        for word in language.function_words:
            found.setdefault(word, []).append(index)
    return {word: tuple(indexes) for word, indexes in found.items()}
