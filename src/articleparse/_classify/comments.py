"""Readers' comments: after a comments marker, and comment headers, nothing is the article."""

from __future__ import annotations

import re

from articleparse._classify._state import State
from articleparse._classify.features import Furniture
from articleparse._compiled import Compiled
from articleparse._config import compiled
from articleparse._roles import Role

__all__ = ["after_marker", "comment_headers", "reader_reactions"]

# "Robert Fastiggi • 13 hours ago", "Chris Ferrara to Robert Fastiggi • 9 hours ago"
_COMMENT_HEADER = re.compile(r".{1,80}\s[•·|-]\s+(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago")
# "42 comments", "Comments (3)", "Show 12 comments"
_COUNTED = re.compile(r"(?<![\w,])(?:show\s+)?(?:\d[\d,]*\s+)?comments?(?:\s*\(\d[\d,]*\))?:?", re.IGNORECASE)


def after_marker(state: State) -> None:
    """Label a comments marker after the body and every free segment after it boilerplate.

    A marker with the body's prose still to come after it is a comment count in
    the article's header (``Comments (32)``), not the start of the comments.
    """
    start = state.body_start()
    zones = state.zones
    last_prose = max((i for i in zones.body if zones.scores[i] > 0), default=start)
    for index in range(max(start + 1, last_prose), len(state.segments)):
        segment = state.segments[index]
        is_marker = (
            len(segment.lines) == 1
            and segment.words <= state.config.marker_max_words
            and (_COUNTED.fullmatch(segment.text) or Furniture.COMMENT in state.features[index].vocabulary)
        )
        if state.free(index) and is_marker:
            for rest in range(index, len(state.segments)):
                if state.free(rest):
                    state.label(rest, Role.BOILERPLATE)
            return


def comment_headers(state: State) -> None:
    """Label the author-and-age line of a reader's comment (``Jane • 9 hours ago``) boilerplate."""
    for index, segment in enumerate(state.segments):
        if state.free(index) and len(segment.lines) == 1 and _COMMENT_HEADER.fullmatch(segment.text):
            state.label(index, Role.BOILERPLATE)


# A speaker of the comment itself: first or second person, outside quotation.
_PERSONAL = re.compile(r"\b(?:I|me|my|we|our|us|you|your)\b")
# Reported speech: a paragraph opening with a quotation mark or a transcript's speaker
# label ("Downey: ...").
_QUOTED = re.compile(r"[\"“‘']|(?<![\w.'’-])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}:\s")
_FIRST_SENTENCE = re.compile(r".*?[.!?](?:\s|$)|.+", re.DOTALL)


def _reported(text: str, vocabulary: Compiled) -> bool:
    """Whether a paragraph reports speech, or opens with a quotation."""
    return _QUOTED.match(text) is not None or vocabulary.reporting.search(text) is not None


def _reaction(text: str, vocabulary: Compiled) -> bool:
    """Whether a paragraph opens as a reader's reaction: ``I agree with ...``, ``An interesting article``."""
    if _reported(text, vocabulary):
        return False
    match = _FIRST_SENTENCE.match(text)
    first = match[0] if match else text
    return vocabulary.reaction_openers.match(first) is not None or vocabulary.reaction_phrases.search(first) is not None


def reader_reactions(state: State) -> None:
    """Label readers' comments that follow an article with no marker before them boilerplate.

    A comment section is a closing run of at least ``comment_min_paragraphs``
    prose paragraphs that seldom report speech and mostly speak in the first or
    second person, and that either opens with a reader's reaction and has many
    of them, or follows paragraphs that report speech throughout, as news does,
    right after the last of them. Quoted material the article introduces with a
    colon (``Read her full remarks here:``) is the article's: a speech, not comments.
    """
    config = state.config
    paragraphs = [index for index in range(len(state.segments)) if state.free(index) and state.prose[index]]
    count = len(paragraphs)
    if count < config.comment_min_paragraphs + 2:
        return
    texts = [state.segments[index].text for index in paragraphs]
    vocabulary = compiled(config)
    reported = [_reported(text, vocabulary) for text in texts]
    reaction = [_reaction(text, vocabulary) for text in texts]
    personal = [
        r or (not q and _PERSONAL.search(t) is not None) for t, q, r in zip(texts, reported, reaction, strict=True)
    ]
    # How many of the paragraphs from each one to the end report speech, speak personally, react.
    reported_after, personal_after, reaction_after = (
        _suffix_sums(reported),
        _suffix_sums(personal),
        _suffix_sums(reaction),
    )
    for start in range(2, count - config.comment_min_paragraphs + 1):
        size = count - start
        if reported[start] or reported_after[start] > config.comment_reported_share * size:
            continue
        if personal_after[start] < config.comment_personal_share * size:
            continue
        if _introduced(state, paragraphs[0], paragraphs[start]):
            continue
        opened = reaction[start] and reaction_after[start] >= config.comment_reaction_share * size
        reported_before = reported_after[0] - reported_after[start]
        after_news = reported_before >= config.article_reported_share * start and reported[start - 1]
        if opened or after_news:
            for index in range(paragraphs[start], len(state.segments)):
                if state.free(index):
                    state.label(index, Role.BOILERPLATE)
            return


def _suffix_sums(flags: list[bool]) -> list[int]:
    """``sums[i]``: how many of ``flags[i:]`` are true."""
    sums = [0] * (len(flags) + 1)
    for index in range(len(flags) - 1, -1, -1):
        sums[index] = sums[index + 1] + flags[index]
    return sums


def _introduced(state: State, first: int, start: int) -> bool:
    """Whether a line from ``first`` up to ``start`` introduces what follows with a colon."""
    return any(state.segments[index].text.rstrip().endswith(":") for index in range(first, start))
