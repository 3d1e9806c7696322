"""Boilerplate: separators, share and subscribe prompts, and what is left outside the body."""

from __future__ import annotations

import re

from articleparse._classify._state import Label, Labels, State
from articleparse._classify.features import Furniture
from articleparse._classify.shapes import is_breadcrumb
from articleparse._config import compiled
from articleparse._roles import Role

__all__ = ["interface_lines", "kept_whole", "leftovers", "prompts", "separators"]

_WORD = re.compile(r"[^\W\d_]+")
# "Sie wollen mehr von uns?": a prompt's question is a few words; a longer one is the article's.
_QUESTION_MAX_WORDS = 6
# "* * *", "-----", "___", "• • •": three or more marks and nothing else, up to 500 (the longest
# of 3,760 real dumps has 99; unbounded, the regex engine keeps ~200 bytes per mark).
_SEPARATOR = re.compile(r"(?:[^\w\s]|_)(?:\s*(?:[^\w\s]|_)){2,500}")


def kept_whole(state: State) -> Labels:
    """Label the rest of a dump past ``max_segments``, kept whole as one segment, boilerplate.

    Only hostile input has so many segments (a megabyte of one-character lines);
    keeping its rest whole bounds the time and memory of every rule after.
    """
    last = len(state.segments) - 1
    if last >= 0 and state.segments[last].rest and state.free(last):
        yield Label(last, Role.BOILERPLATE)


def separators(state: State) -> Labels:
    """Label section breaks and rules (``* * *``, ``-----``) boilerplate."""
    for index, segment in enumerate(state.segments):
        if state.free(index) and len(segment.lines) == 1 and _SEPARATOR.fullmatch(segment.text):
            yield Label(index, Role.BOILERPLATE)


def prompts(state: State) -> Labels:
    """Label share, follow, subscribe and advertisement prompts, and navigation trails, boilerplate."""
    for index, segment in enumerate(state.segments):
        if not state.free(index) or segment.words > state.config.prompt_max_words:
            continue
        if Furniture.BOILERPLATE in state.features[index].vocabulary or is_breadcrumb(segment.text):
            yield Label(index, Role.BOILERPLATE)


def interface_lines(state: State) -> Labels:
    """Label a page's interface boilerplate: share bars, buttons, gallery controls and counters.

    A line made only of interface words (``Facebook Twitter Pinterest Email``,
    ``Share this: Email Facebook Twitter``, ``Fullscreen``, ``Next Slide``,
    ``close dialog``), or a gallery's counter (``4 of 21``, ``Image 3 of 12``,
    ``Bild 2 von 9``), is never the article.
    """
    counter = compiled(state.config).counter
    for index, segment in enumerate(state.segments):
        if not state.free(index):
            continue
        if state.features[index].interface or counter.fullmatch(segment.text):
            yield Label(index, Role.BOILERPLATE)


def polls(state: State) -> Labels:
    """Label a poll boilerplate: a short question, its options, and the button that casts the vote.

    ``Who should pay for the new wall?``, ``The council``, ``The port``,
    ``Vote``: a line asking (ending in ``?``) followed by up to
    ``poll_max_options`` short lines and a vote button.
    """
    config = state.config
    segments = state.segments
    vote = compiled(config).vote
    for index, segment in enumerate(segments):
        if not (state.free(index) and vote.fullmatch(segment.text)):
            continue
        first = index - 1
        while first >= 0 and index - first <= config.poll_max_options and state.free(first):
            if segments[first].text.rstrip().endswith("?"):
                break
            if state.prose[first] or segments[first].words > config.list_item_max_words:
                first = -1
                break
            first -= 1
        if first < 0 or not state.free(first) or not segments[first].text.rstrip().endswith("?"):
            continue
        if segments[first].words > config.title_max_words:
            continue
        for member in range(first, index + 1):
            yield Label(member, Role.BOILERPLATE)


def calls_to_the_reader(state: State) -> Labels:
    """Label a page's calls to the reader boilerplate: lines that address the reader and ask for something.

    ``Never miss the latest news: sign up to our newsletter``, ``Wie gefällt
    Ihnen unsere Website?``, ``Sie wollen mehr von uns?``: a short line in the
    second person that holds a call to action (subscribe, register, comment,
    share...), or a question to the reader, in a whole page's article or after
    it. An article that addresses its reader without asking anything for the
    site stays prose.
    """
    if not state.zones.page_like:
        return
    vocabulary = compiled(state.config)
    reader = vocabulary.reader_words
    start = state.zones.body.start
    for index in range(start, len(state.segments)):
        segment = state.segments[index]
        if not state.free(index) or segment.words > state.config.call_max_words:
            continue
        words = _WORD.findall(segment.text.casefold())
        text = segment.text.rstrip()
        # Addressed to the reader: in the second person, asking, exclaiming, or opening with the call itself.
        addressed = any(word in reader for word in words) or text.endswith(("?", "!")) or vocabulary.calls.match(text)
        if addressed and (vocabulary.calls.search(text) or _short_question(text, words, reader)):
            yield Label(index, Role.BOILERPLATE)


def _short_question(text: str, words: list[str], reader: frozenset[str]) -> bool:
    """``Lust auf mehr?``, ``Sie wollen mehr von uns?``: a question of a few words, to the reader or of no one."""
    return (
        text.rstrip().endswith("?")
        and len(words) <= _QUESTION_MAX_WORDS
        and (any(word in reader for word in words) or len(words) <= 3)
    )


def leftovers(state: State) -> Labels:
    """Label every segment no rule claimed boilerplate: text that fits no role is kept, never dropped."""
    for index in range(len(state.segments)):
        if state.free(index):
            yield Label(index, Role.BOILERPLATE)
