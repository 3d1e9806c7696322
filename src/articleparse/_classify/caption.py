"""Captions: text that belongs to a picture or a video."""

from __future__ import annotations

import re

from articleparse._classify._state import Label, Labels, State
from articleparse._classify.features import Furniture
from articleparse._compiled import Compiled
from articleparse._config import compiled
from articleparse._roles import Role
from articleparse._text import ends_sentence, squash

__all__ = ["described", "is_caption", "marked"]

# "... / Reuters", "JONATHAN DRAKE / REUTERS", "(Dennis System, File) / ABC News"
_SLASH_CREDIT = re.compile(r"\s/\s[A-Z][\w.&'’ -]{1,40}$")
# "... keeps growing. (The Washington Post)": an outlet credited after the caption's sentence.
_OUTLET_CREDIT = re.compile(r"[.!?][\"'”’]?\s*\([A-Z][\w.&'’ -]{2,40}\)$")
# "JONATHAN DRAKE / REUTERS": a picture credit standing on its own line, above its caption.
_CREDIT_LINE = re.compile(r"(?<![A-Z.'’ -])[A-Z][A-Z.'’ -]+\s/\s[A-Z][A-Z.&'’ -]+")
# "plane_photo_w_watermark_0_1463649006", "IMG_2041.jpg": an image's file name.
# A caption cut short for a gallery's thumbnail ends in an ellipsis; twenty characters of it
# shared with the line below are no chance.
_ELLIPSES = ("...", "…")
_TRUNCATED_MIN_CHARS = 20
# What may follow a configured picture credit at the end of a caption: "/Jane Doe)".
_CREDIT_REST = re.compile(r"[^.!?]{0,40}")
# Underscores split the name into runs of letters and digits that cannot overlap them,
# so the pattern is linear however long the name; at most 50 parts, as a repeated group costs the
# regex engine memory per repetition.
# Each alternative starts only where a token (or a run of letters and digits) starts, so a
# search does not rescan a long token from each of its characters.
_FILE_NAME = re.compile(r"(?<!\S)\S+\.(?:jpe?g|png|gif|webp)|(?<![^\W_])[^\W_]+(?:_[^\W_]+){2,50}", re.IGNORECASE)


def _credited(text: str, vocabulary: Compiled) -> bool:
    """Whether ``text`` carries a picture or outlet credit: a credit label's, a slash's, or one in brackets."""
    credit = vocabulary.labelled_credit.search(text) or _SLASH_CREDIT.search(text)
    return bool(credit or vocabulary.paren_credit.search(text) or _OUTLET_CREDIT.search(text))


def is_caption(text: str, *, labelled: bool, vocabulary: Compiled) -> bool:
    """Whether ``text`` is marked as a caption: a label, a picture credit, a file name.

    ``labelled`` says that it opens with a caption label (``Photo:``); the
    configuration's caption credits (``/ Reuters``, ``(AP Photo/Jane Doe)``)
    mark a caption where nothing but a name follows them, not a wire dateline's
    ``(Reuters)`` before a sentence.

    >>> from articleparse._config import DEFAULT_CONFIG, compiled
    >>> is_caption("JONATHAN DRAKE / REUTERS", labelled=False, vocabulary=compiled(DEFAULT_CONFIG))
    True
    >>> is_caption("He gave credit to his team.", labelled=False, vocabulary=compiled(DEFAULT_CONFIG))
    False
    """
    credits = vocabulary.caption_credits
    if labelled or _credited(text, vocabulary):
        return True
    credit = credits.find(text)
    # The credit ends the caption: a name or a closing bracket may follow it, a sentence may not.
    if credit is not None and _CREDIT_REST.fullmatch(text[credit[1] :]):
        return True
    # "These Republicans are backing Hillary Clinton  Play Video2:14": a video player's label.
    return bool(vocabulary.video.search(text) or _FILE_NAME.fullmatch(text))


def marked(state: State) -> Labels:
    """Label marked captions, with the lines that belong to them.

    A short unpunctuated line with no blank line between it and a credited
    caption (``Craigslist ad for Donald Trump protesters`` over its credited
    description) is the caption's title, and two marked lines with nothing
    between them are one caption: each makes one block with it.
    """
    config = state.config
    segments = state.segments
    for index, segment in enumerate(segments):
        if not state.free(index) or segment.words > state.config.caption_max_words:
            continue
        labelled = Furniture.CAPTION in state.features[index].vocabulary
        if not is_caption(segment.text, labelled=labelled, vocabulary=compiled(config)):
            continue
        above = index - 1
        touching = above >= 0 and segments[above].gap_after == 0
        title = (
            touching
            and _credited(segment.text, compiled(config))
            and state.free(above)
            and segments[above].words <= config.title_max_words
            and not ends_sentence(segments[above].text)
        )
        if title:
            yield Label(above, Role.CAPTION)
        yield Label(index, Role.CAPTION, joins=title or (touching and state.roles[above] is Role.CAPTION))


def shown_twice(state: State) -> Labels:
    """Label a caption shown truncated and then whole (a gallery's): the truncated one boilerplate, the whole a caption.

    ``Workers inspect the harbour wall at Eastmere, which...`` right above
    ``Workers inspect the harbour wall at Eastmere, which was built in 1890.``
    """
    segments = state.segments
    for index in range(len(segments) - 1):
        text = segments[index].text.rstrip()
        if not (state.free(index) and state.free(index + 1)) or not text.endswith(_ELLIPSES):
            continue
        stem = squash(text.rstrip("".join(_ELLIPSES)))
        whole = squash(segments[index + 1].text)
        if len(stem) >= _TRUNCATED_MIN_CHARS and whole.startswith(stem) and len(whole) > len(stem):
            yield Label(index, Role.BOILERPLATE)
            yield Label(index + 1, Role.CAPTION)


def described(state: State) -> Labels:
    """Label the description a picture credit stands next to.

    A credit line of its own (``JONATHAN DRAKE / REUTERS``) comes above its
    caption, with no blank line between; a ``Credit: ...`` line comes under it.
    """
    segments = state.segments
    for index, segment in enumerate(segments):
        if state.roles[index] is not Role.CAPTION:
            continue
        if _CREDIT_LINE.fullmatch(segment.text) and segment.gap_after == 0:
            below = index + 1
            if below < len(segments) and state.free(below) and segments[below].words <= state.config.caption_max_words:
                yield Label(below, Role.CAPTION)
        elif segment.text[:7].casefold() == "credit:" and index > 0 and segment.gap_before <= 1:
            above = index - 1
            if state.free(above) and segments[above].words <= state.config.caption_max_words and state.prose[above]:
                yield Label(above, Role.CAPTION)
