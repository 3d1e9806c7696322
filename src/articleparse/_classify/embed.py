"""The chrome of embedded posts: follow buttons, author handles, times, counts.

The post's own text, and its ``— Name (@handle) date`` attribution, are the
article's prose (quotations) and stay paragraphs.
"""

from __future__ import annotations

import re

from articleparse._classify._state import Label, Labels, State
from articleparse._config import compiled
from articleparse._roles import Role

__all__ = ["post_chrome"]

# "John T. Miller @cyvault", "Kevin #Trump45# @CNY_KFieLd": at most five words, then the handle.
_AUTHOR = re.compile(r"(?<!\S)(?:\S+\s+){0,4}\S*\s?@\w{1,15}")
# "11:22 PM - 19 Oct 2016": a post's time; chrome only beside other chrome (a header may hold a time too).
_POSTED = re.compile(r"\d{1,2}:\d{2}\s*[AP]M\s*[-–·]\s*\d{1,2}\s+\w{3,9}\.?\s+\d{4}", re.IGNORECASE)


def post_chrome(state: State) -> Labels:
    """Label the chrome lines of an embedded tweet or Instagram post boilerplate.

    A ``Follow`` button line and the author line right after it; a post's time
    line (``11:22 PM - 19 Oct 2016``); its counts (``4,101 Retweets 3,957 likes``);
    Instagram's ``A post shared by ...``. The words are the configuration's
    ``post_buttons``, ``post_counts``, ``post_credits`` and ``post_links``.
    """
    vocabulary = compiled(state.config)
    segments = state.segments
    chrome: set[int] = set()  # the segments this rule took
    for index, segment in enumerate(segments):
        if not state.free(index) or len(segment.lines) != 1:
            continue
        if vocabulary.post_button.fullmatch(segment.text):
            chrome.add(index)
            yield Label(index, Role.BOILERPLATE)
            after = index + 1
            if after < len(segments) and state.free(after) and _AUTHOR.fullmatch(segments[after].text):
                chrome.add(after)
                yield Label(after, Role.BOILERPLATE)
        elif vocabulary.post_chrome.fullmatch(segment.text):
            chrome.add(index)
            yield Label(index, Role.BOILERPLATE)
    for index, segment in enumerate(segments):
        if state.free(index) and _POSTED.fullmatch(segment.text) and _beside(chrome, index):
            chrome.add(index)
            yield Label(index, Role.BOILERPLATE)


def _beside(chrome: set[int], index: int) -> bool:
    """Whether a line this rule took as chrome stands within two blocks of ``index``."""
    return any(near in chrome for near in range(index - 2, index + 3) if near != index)
