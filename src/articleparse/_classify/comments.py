"""Readers' comments: after a comments marker, and comment headers, nothing is the article."""

from __future__ import annotations

import re

from articleparse._classify._state import Label, Labels, State
from articleparse._classify.features import Furniture
from articleparse._compiled import Compiled
from articleparse._config import ParserConfig, compiled
from articleparse._roles import Role

__all__ = ["after_a_gap", "after_marker", "comment_headers", "reader_reactions", "section_headers"]

_WORD = re.compile(r"[^\W\d_]+")
# "* * *", "-----", "___": a separator line. At most 500 marks (the longest of 3,760 real dumps
# has 99): the bound keeps the regex engine's memory per attempt small on a megabyte of dots.
_SEPARATOR = re.compile(r"(?:[^\w\s]|_)(?:\s{0,3}(?:[^\w\s]|_)){2,500}")
# What stands between a commenter's name and the date: bars, slashes, bullets, "at", "um".
_NAME_SEPARATORS = re.compile(r"[|/•·,–—-]|\b(?:at|on|um|am|le|el|il)\b", re.IGNORECASE)
_NAME_MAX_WORDS = 3
# What stands between a comment header's name and its date: "Dan / May 2", "J. Smith | March 3".
_HEADER_MARKS = ("|", "/", "•", "·", "–", "—", "-")
# A comment's header stands after the article has begun: two paragraphs of it at least.
_HEADER_AFTER_PARAGRAPHS = 2
# "Jane, Leeds, UK", "Tom, Hull": a comment's signature, a name and a place.
_SIGNATURE = re.compile(r"[A-ZÀ-Ý][\w.'’-]{0,30}(?: [A-ZÀ-Ý][\w.'’-]{0,30})?,(?: [A-ZÀ-Ý][\w.'’ -]{1,30},?){1,2}")


def after_marker(state: State) -> Labels:
    """Label a comments marker after the body and every free segment after it boilerplate.

    A marker is a comments marker or a count of comments (``42 comments``,
    ``Comments (3)``, ``Show 12 comments``). One with the body's prose still to
    come after it is a comment count in the article's header (``Comments (32)``),
    not the start of the comments.
    """
    counted = compiled(state.config).comment_count
    start = state.body_start()
    zones = state.zones
    last_prose = max((i for i in zones.body if zones.scores[i] > 0), default=start)
    for index in range(max(start + 1, last_prose), len(state.segments)):
        segment = state.segments[index]
        is_marker = (
            len(segment.lines) == 1
            and segment.words <= state.config.marker_max_words
            and (counted.fullmatch(segment.text) or Furniture.COMMENT in state.features[index].vocabulary)
        )
        if state.free(index) and is_marker:
            for rest in range(index, len(state.segments)):
                if state.free(rest):
                    yield Label(rest, Role.BOILERPLATE)
            return


def section_headers(state: State) -> Labels:
    """Label a comment's header after the body, and all that follows it, boilerplate.

    ``jsmith said...``, ``Posted by: J. Smith | March 3, 2012 at 11:20 AM``,
    ``Dan / May 2, 2011 at 9:15 am``: a byline with its date, or a name before
    one of ``ParserConfig.comment_verbs`` (``said``, ``sagt:``, ``a écrit :``)
    with a date next to it or another such header further on, standing after
    the body's first paragraphs, opens the readers' comments. A single
    ``Anna sagt:`` above a quotation is the article's; above the article a
    dated byline is the article's own: its place decides.
    """
    config = state.config
    body = state.zones.body
    vocabulary = compiled(config)
    header = vocabulary.comment_header
    said = [False] * len(state.segments)
    for index in range(body.start, len(state.segments)):
        found = header.fullmatch(state.segments[index].text) if len(state.segments[index].lines) == 1 else None
        row = state.features[index]
        # One token names a commenter (``jsmith``, ``Karo``); ``Mayor Smith said:`` is a lead-in.
        said[index] = found is not None and " " not in found.group("name") and not row.function_share
    later = [False] * (len(said) + 1)  # whether a said-header stands after each index
    for index in range(len(said) - 1, -1, -1):
        later[index] = later[index + 1] or said[index]
    seen = 0  # body paragraphs passed
    for index in range(body.start, len(state.segments)):
        row = state.features[index]
        if state.free(index) and seen >= _HEADER_AFTER_PARAGRAPHS and len(state.segments[index].lines) == 1:
            dated_near = any(state.features[i].date for i in (index - 1, index + 1) if 0 <= i < len(said))
            named = said[index] and (later[index + 1] or dated_near)
            text = state.segments[index].text
            dated = (
                row.date
                and row.words <= config.byline_max_words
                and (row.byline or _name_and_date(text, config))
                and vocabulary.source_label.fullmatch(text) is None  # "Source: Financial Times, 24.3.2020"
            )
            if named or dated:
                for rest in range(index, len(state.segments)):
                    if state.free(rest):
                        yield Label(rest, Role.BOILERPLATE)
                return
        seen += state.prose[index] and row.words >= config.wrapped_min_words


def _name_and_date(text: str, config: ParserConfig) -> bool:
    """``Dan / May 2, 2011 at 9:15 am``: a name or a handle of up to three words, a bar or slash, a date.

    The name comes first: ``24. April 2020 | Press releases`` is a dated
    heading, not a comment's header.
    """
    found = compiled(config).calendar.date.search(text)
    if found is None:
        return False
    prefix = text[: found.start()].rstrip()
    if not prefix.endswith(_HEADER_MARKS):  # "Updated: May 3", "London, May 3" are no headers
        return False
    name = _NAME_SEPARATORS.sub(" ", prefix).split()
    rest = name + _NAME_SEPARATORS.sub(" ", text[found.end() :]).split()
    return len(name) > 0 and len(rest) <= _NAME_MAX_WORDS and all(w[:1].isupper() or w[:1] == "@" for w in rest)


def after_a_gap(state: State) -> Labels:
    """Label readers' comments after a gap the article never uses boilerplate, even without a marker.

    The article ends, then a run of blank lines (``section_gap`` or more) or a
    separator line (``* * *``) of a kind the article does not use between its
    own paragraphs, then short paragraphs in a reader's voice: most of them in
    the first or second person or reacting, hardly any reporting speech,
    sometimes each signed with a name and a place (``Jane, Leeds, UK``). Three
    or four comments are enough: the gap is the evidence, the voice confirms it.
    """
    config = state.config
    segments = state.segments
    vocabulary = compiled(config)
    body = state.zones.body
    seen = 0
    gaps = [_gap(state, index) for index in range(len(segments))]
    for index in range(body.start, len(segments)):
        if gaps[index] and seen >= _HEADER_AFTER_PARAGRAPHS:
            # The first gap decides. Gaps recurring after it are the dump's layout, not a break.
            recurring = any(gaps[later] for later in range(index + 1, len(segments)))
            start = index + (1 if _SEPARATOR.fullmatch(segments[index].text) else 0)
            if not recurring and _voice_of_readers(state, start, vocabulary) and not _personal_article(state, index):
                for rest in range(index, len(segments)):
                    if state.free(rest):
                        yield Label(rest, Role.BOILERPLATE)
            return
        seen += state.prose[index] and state.features[index].words >= config.wrapped_min_words


def _gap(state: State, index: int) -> bool:
    """Whether a gap stands before segment ``index``: a run of blank lines, or it is a separator line."""
    segment = state.segments[index]
    return segment.gap_before >= state.config.section_gap or _SEPARATOR.fullmatch(segment.text) is not None


def _voice_of_readers(state: State, start: int, vocabulary: Compiled) -> bool:
    """Whether the paragraphs from ``start`` to the end are readers' comments by their voice."""
    config = state.config
    texts = [
        state.segments[index].text
        for index in range(start, len(state.segments))
        if state.prose[index] and not _SIGNATURE.fullmatch(state.segments[index].text)
    ]
    if len(texts) < config.gap_comments_min or any(len(text.split()) > config.comment_max_words for text in texts):
        return False
    voice = _voice(state, vocabulary)
    personal = sum(_personal(text, vocabulary, voice) for text in texts)
    reported = sum(_reported(text, vocabulary) for text in texts)
    questions = sum(text.rstrip().endswith("?") for text in texts)
    if 2 * questions >= len(texts):
        return False  # questions and answers in turn: an interview, the article's own
    return personal >= config.comment_personal_share * len(texts) and reported <= config.comment_reported_share * len(
        texts
    )


def _voice(state: State, vocabulary: Compiled) -> frozenset[str]:
    """The first-person pronouns of the dump's language (of every language when it is not known)."""
    return vocabulary.voices.get(state.features.language, vocabulary.voices[None])


def _personal(text: str, vocabulary: Compiled, voice: frozenset[str]) -> bool:
    """Whether a paragraph speaks in the first person or reacts, as a reader's comment does."""
    return _reaction(text, vocabulary) or _in_voice(text, voice)


def _personal_article(state: State, end: int) -> bool:
    """Whether the body's paragraphs before ``end`` speak in the first person themselves.

    A blog post or a column written as ``I`` gives a reader's voice after the gap
    no contrast, so the voice is no evidence of comments there.
    """
    config = state.config
    vocabulary = compiled(config)
    texts = [
        state.segments[index].text
        for index in range(state.zones.body.start, end)
        if state.prose[index] and state.features[index].words >= config.wrapped_min_words
    ]
    voice = _voice(state, vocabulary)
    personal = sum(_personal(text, vocabulary, voice) for text in texts)
    return bool(texts) and personal >= config.comment_personal_share * len(texts)


def comment_headers(state: State) -> Labels:
    """Label the author-and-age line of a reader's comment (``Jane • 9 hours ago``) boilerplate.

    ``Robert Fastiggi • 13 hours ago``, ``Chris Ferrara to Robert Fastiggi • 9 hours ago``: the ages
    are the configuration's ``comment_ages``.
    """
    aged = compiled(state.config).comment_age
    for index, segment in enumerate(state.segments):
        if state.free(index) and len(segment.lines) == 1 and aged.fullmatch(segment.text):
            yield Label(index, Role.BOILERPLATE)


# Reported speech: a paragraph opening with a quotation mark or a transcript's speaker
# label ("Downey: ...").
_QUOTED = re.compile(r"[\"“‘']|(?<![\w.'’-])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}:\s")
_FIRST_SENTENCE = re.compile(r".*?[.!?](?:\s|$)|.+", re.DOTALL)


def _in_voice(text: str, voice: frozenset[str]) -> bool:
    """Whether a paragraph speaks in the first or second person: one of ``voice``'s pronouns, as pronouns are written.

    A pronoun counts in lower case (``we``, ``you``, ``ich``), or in capitals when
    it is one letter (``I``): ``US`` is a country, ``Our`` may open a title.
    """
    return any(
        word.casefold() in voice
        for word in _WORD.findall(text)
        if word.islower() or (len(word) == 1 and word.isupper())
    )


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


def reader_reactions(state: State) -> Labels:
    """Label readers' comments that follow an article with no marker before them boilerplate.

    A comment section is a closing run of at least ``comment_min_paragraphs``
    prose paragraphs that seldom report speech and mostly speak in the first
    person (the dump's language's ``speaker_words``), whose first paragraph
    does so or reacts, and that either opens with a reader's reaction and has
    many of them, or follows paragraphs that report speech throughout, as news
    does, right after the last of them. Quoted material the article introduces with a
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
    voice = _voice(state, vocabulary)
    personal = [r or (not q and _in_voice(t, voice)) for t, q, r in zip(texts, reported, reaction, strict=True)]
    # How many of the paragraphs from each one to the end report speech, speak personally, react.
    reported_after, personal_after, reaction_after = (
        _suffix_sums(reported),
        _suffix_sums(personal),
        _suffix_sums(reaction),
    )
    colon = _first_colon(state, paragraphs[0])
    for start in range(2, count - config.comment_min_paragraphs + 1):
        size = count - start
        if reported[start] or reported_after[start] > config.comment_reported_share * size:
            continue
        if personal_after[start] < config.comment_personal_share * size:
            continue
        if colon < paragraphs[start]:
            continue  # introduced with a colon: quoted material, the article's
        opened = reaction[start] and reaction_after[start] >= config.comment_reaction_share * size
        if not personal[start]:
            continue  # a comment section opens with a comment: a reader's voice or reaction
        reported_before = reported_after[0] - reported_after[start]
        after_news = reported_before >= config.article_reported_share * start and reported[start - 1]
        if opened or after_news:
            for index in range(paragraphs[start], len(state.segments)):
                if state.free(index):
                    yield Label(index, Role.BOILERPLATE)
            return


def _suffix_sums(flags: list[bool]) -> list[int]:
    """``sums[i]``: how many of ``flags[i:]`` are true."""
    sums = [0] * (len(flags) + 1)
    for index in range(len(flags) - 1, -1, -1):
        sums[index] = sums[index + 1] + flags[index]
    return sums


def _first_colon(state: State, first: int) -> int:
    """The index of the first segment from ``first`` on that introduces what follows with a colon (or past the end).

    Found once, so that asking of each possible start whether a line before it
    introduces it costs nothing (asked by rescanning, it was quadratic).
    """
    segments = state.segments
    return next(
        (index for index in range(first, len(segments)) if segments[index].text.rstrip().endswith(":")), len(segments)
    )
