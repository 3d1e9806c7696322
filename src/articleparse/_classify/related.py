"""Related-story links, inside or after the body."""

from __future__ import annotations

import re

from articleparse._classify._state import Fields, Label, Labels, State
from articleparse._classify.features import Furniture
from articleparse._classify.lists import is_bulleted
from articleparse._config import compiled
from articleparse._phrases import PhraseMatcher
from articleparse._roles import Role
from articleparse._text import final_mark, squash

__all__ = ["between_paragraphs_in_indented_body", "link_title", "marked", "repeated_titles", "trailing_list"]

# A link's title in brackets: "[The funniest lines from the interview]".
_BRACKETED = re.compile(r"\[[^\[\]]{5,200}\]")
# A video's running time at the end of its teaser: "... flooded town 1:47", "(2:05)".
_DURATION = re.compile(r"\s\(?\d{1,2}:\d{2}(?::\d{2})?\)?\Z")
# A teaser's label of up to three words before its title: "MAY 4:", "VIDEO:", "WATCH:".
_TEASER_LABEL = re.compile(r"[^\W_]{1,20}(?:[ .][^\W_]{1,12}){0,2}:\s")
# A line ending in one of these is prose or introduces what follows, not a title.
_NOT_TITLE_END = frozenset(".!?…:;,")
# What may follow a related label that heads a list, on its line: "Related:", "【関連記事】", "■関連リンク ▼".
_HEADS_A_LIST = re.compile(r"[\s:：】〕］)）>»›▼▽↓]{0,4}")
# Headers of a list of links after the article: "Additional resources", "Learn more".
_LIST_HEADERS = PhraseMatcher.of(
    ("additional resources", "learn more", "further reading", "related links", "useful links")
)


def link_title(text: str, markers: PhraseMatcher) -> str:
    """The linked story's title: ``text`` without a label such as ``Related:`` or ``Read more:``.

    >>> link_title("Related: Can Bernie Sanders deliver free college?", PhraseMatcher.of(("related:",)))
    'Can Bernie Sanders deliver free college?'
    """
    marker = markers.match(text)
    end = markers.prefix(text)
    if marker is None or not marker.endswith(":") or not text[end:].strip():
        return text
    return text[end:].strip()


def marked(state: State) -> Labels:
    """Label lines opened by a related-link label (``Related: ...``, ``Read more``) or in brackets.

    A label standing alone on its line (``Related:``, ``■関連リンク``, ``■デジ通の記事をもっと見る``)
    heads a list: the bulleted items and addresses right under it are its links.
    """
    config = state.config
    vocabulary = compiled(config)
    markers = vocabulary.related
    segments = state.segments
    listed = -1  # the last segment taken as an item of a list under a label
    for index, segment in enumerate(segments):
        if index <= listed or not state.free(index) or segment.words > config.title_max_words + 5:
            continue
        if Furniture.RELATED not in state.features[index].vocabulary and not _BRACKETED.fullmatch(segment.text):
            continue
        yield Label(index, Role.RELATED, fields=Fields(title=link_title(segment.text, markers)))
        opened = markers.prefix(segment.text)
        text = segment.text
        heads = _HEADS_A_LIST.fullmatch(text, opened) if opened else vocabulary.related_heading.fullmatch(text)
        if heads is None:
            continue
        for later in range(index + 1, len(segments)):
            item = segments[later]
            if not state.free(later) or item.words > config.title_max_words + 5:
                break
            if not (is_bulleted(item.text) or state.features[later].address):
                break
            listed = later
            yield Label(later, Role.RELATED, fields=Fields(title=item.text))


def video_teasers(state: State) -> Labels:
    """Label a video teaser with its duration a related link: ``MAY 4: Senator visits flooded town 1:47``.

    A title-length line, not a sentence, that ends in a running time, with a label
    before its title or in a list of such lines.
    """
    config = state.config
    ends: list[int] = []  # where each line's running time starts, or -1
    for index, segment in enumerate(state.segments):
        row = state.features[index]
        found = _DURATION.search(segment.text) if len(segment.lines) == 1 else None
        fits = found is not None and found.start() > 0 and row.words <= config.title_max_words
        ends.append(found.start() if found is not None and fits and not (row.date_line or row.sentence_end) else -1)
    for index, segment in enumerate(state.segments):
        if ends[index] < 0 or not state.free(index):
            continue
        # A teaser is labelled ("MAY 4:", "VIDEO:") or one of a list of them: a lone line ending
        # in a time ("John 3:16", "Kick-off 7:30") is not.
        listed = any(0 <= other < len(ends) and ends[other] >= 0 for other in (index - 1, index + 1))
        if listed or _TEASER_LABEL.match(segment.text):
            yield Label(index, Role.RELATED, fields=Fields(title=segment.text[: ends[index]].strip()))


def trailing_list(state: State) -> Labels:
    """Label a closing list of links (``Additional resources`` and what follows) related.

    The list must run to the end of the dump in lines no longer than titles:
    links, even when each is written as a sentence, not more of the article.
    """
    config = state.config
    segments = state.segments
    for index in range(state.body_start() + 1, len(segments)):
        if not (
            state.free(index)
            and segments[index].words <= config.marker_max_words
            and _LIST_HEADERS.match(segments[index].text)
        ):
            continue
        rest = range(index, len(segments))
        if all(segments[later].words <= config.title_max_words for later in rest if state.free(later)):
            for later in rest:
                if state.free(later):
                    yield Label(later, Role.RELATED)
        return


def repeated_titles(state: State) -> Labels:
    """Label a title shown twice in a row between paragraphs (a video's) one related block."""
    segments = state.segments
    for index in range(len(segments) - 1):
        first, second = segments[index], segments[index + 1]
        if (
            state.free(index)
            and state.free(index + 1)
            and first.words <= state.config.title_max_words
            and final_mark(first.text) not in _NOT_TITLE_END
            and squash(first.text) == squash(second.text)
        ):
            yield Label(index, Role.RELATED)
            yield Label(index + 1, Role.RELATED, joins=True)


def between_paragraphs_in_indented_body(state: State) -> Labels:
    """In a dump whose body is indented, label a short title line between paragraphs a related link.

    Page-template dumps such as the seed indent the whole body (and set any
    headline and standfirst at column 0); a short unpunctuated line inside such
    a body, indented like it, with prose on both sides, is a related-story
    link. Elsewhere, and in a whole page rendered with its own layout's
    indentation, such a line is a subheading.
    """
    body = [i for i in range(len(state.segments)) if state.body_like(i)]
    if state.zones.page_like or len(body) < 2 or min(state.segments[i].indent for i in body) < state.config.indent_cue:
        return
    first, last = body[0], body[-1]
    for index in range(first + 1, last):
        segment = state.segments[index]
        if (
            state.free(index)
            and segment.indent >= state.config.indent_cue
            and not state.prose[index]
            and len(segment.lines) == 1
            and segment.words <= state.config.title_max_words
            and final_mark(segment.text) not in _NOT_TITLE_END
        ):
            yield Label(index, Role.RELATED)
