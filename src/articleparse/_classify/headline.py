"""The headline: a short, title-shaped first line."""

from __future__ import annotations

import re

from articleparse._classify._state import State, starts_with
from articleparse._classify.header import is_byline, is_date_line
from articleparse._roles import Role
from articleparse._text import final_mark, full_stop, sentence_breaks, title_cased

__all__ = ["first_line_title", "is_breadcrumb", "is_dateline_alone"]

# A line ending in one of these breaks off; it is not a title. A colon may end a title
# ("What to expect from the memorial:") but not a label of a word or two ("Reference:").
_OPENING_ENDS = frozenset(";,-–—")
# "Home » News » Putin: ...": the page's navigation trail.
_BREADCRUMB = re.compile(r"(?:[^»›]+[»›]){2,}")
# "WASHINGTON, D.C. –": a dateline left alone on its line, the first paragraph's start.
_DATELINE_ALONE = re.compile(r"[A-Z][A-Z .,'’-]{2,60}\s[-–—]+")
# "... in Mumbai May 13, 2014": a picture's caption ends with the day it was taken.
_ENDS_WITH_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}$", re.IGNORECASE
)


# "U.K.", "U.S.": a final initialism's stop need not end a sentence.
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


def is_breadcrumb(text: str) -> bool:
    """Whether ``text`` is a navigation trail (``Home » News » Politics``)."""
    return _BREADCRUMB.match(text) is not None


def is_dateline_alone(text: str) -> bool:
    """Whether ``text`` is a wire dateline with nothing after it (``WASHINGTON, D.C. –``)."""
    return _DATELINE_ALONE.fullmatch(text) is not None


def first_line_title(state: State) -> None:
    """Label the first segment a headline when it is a short line shaped like a title.

    Headlines may end in ``?``, ``!``, a quote or an ellipsis. A line that ends
    in a full stop, or has a sentence ending inside it, is the first paragraph
    of a body-only dump unless it is in Title Case (``Torona Cancels U.S. Class
    Trips.``, ``You've Been Accepted to Columbia. Oops, Our Error.``): in the
    shared corpus such a sentence-case line heads 6 of 2,600 dumps with
    headlines and opens 123 of 160 dumps without one. Nor is a headline a
    byline, a date, a prompt, a navigation trail or a lone dateline. A headline
    broken over two lines is one headline. The dump must go on after it: a first
    paragraph is never promoted. A dump may open with its own address; the
    headline is then the line after it.
    """
    segments = state.segments
    index = 1 if segments and state.roles[0] is Role.URL else 0  # a dump may open with its own address
    if len(segments) < index + 2 or not state.free(index):
        return
    first = segments[index]
    config = state.config
    text = first.text
    too_short = first.words < config.headline_min_words and final_mark(text) not in "!?"
    if len(first.lines) > 2 or too_short or first.words > config.headline_max_words:
        return
    mark = final_mark(text)
    if mark in _OPENING_ENDS or (mark == ":" and first.words <= config.headline_min_words):
        return
    if is_byline(text, config) or is_breadcrumb(text):
        return
    if is_date_line(text, config) or _ENDS_WITH_DATE.search(text) or is_dateline_alone(text):
        return
    if starts_with(text, config.boilerplate_phrases):
        return
    last = text.rsplit(maxsplit=1)[-1]
    stopped = full_stop(text) and not _INITIALISM.fullmatch(last)
    sentence = stopped or sentence_breaks(text, config.abbreviations)
    if sentence and not title_cased(text):
        return
    state.label(index, Role.HEADLINE)
