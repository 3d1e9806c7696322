"""List items: bulleted, numbered, ``Label: value`` and runs of short parallel lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator, Sequence

from articleparse._classify._state import Label, Labels, State
from articleparse._config import compiled
from articleparse._roles import Role
from articleparse._text import final_mark

__all__ = ["bulleted", "definitions", "dense_blocks", "is_bulleted", "numbered", "parallel", "short_runs"]

# "- item", "• item", "– item", "* item": a bullet, white space (optional after "•"), text.
_BULLET = re.compile(r"(?:[-–—*▪►○●◦■□✓✔→>]\s+|[•·・]\s*)\S")
# An embedded post's attribution, "— Name (@handle) December 1, 2017", is prose, not an item.
_ATTRIBUTION = re.compile(r"\A[-–—].*\(@\w+\)")  # anchored: linear under search too
# "1. ", "2) ", "(3) ", "#4 ", "a) ", "IV. "
_NUMBER = re.compile(r"(?:\(?\d{1,3}[.)]|\(\d{1,3}\)|#\d{1,3}|\(?[a-z][)]|[IVXL]{1,5}\.)\s+\S")
_FIGURE = re.compile(r"\d")
# "Magnetic field: Mars has no global field." A label of one to five words, a colon, a value.
_DEFINITION = re.compile(r"[A-Z][\w'’&/()-]*(?:\s+[\w'’&/()-]+){0,4}\s?:\s+\S")


def is_bulleted(text: str) -> bool:
    """Whether ``text`` opens with a list bullet (and is not an embedded post's attribution)."""
    return _BULLET.match(text) is not None and _ATTRIBUTION.match(text) is None


def bulleted(state: State) -> Labels:
    """Label every segment that opens with a bullet a list item."""
    for index, segment in enumerate(state.segments):
        if state.free(index) and state.in_body(index) and is_bulleted(segment.text):
            yield Label(index, Role.LIST_ITEM)


def numbered(state: State) -> Labels:
    """Label numbered segments next to other numbered segments list items.

    A numbered line followed by prose instead is a numbered subheading
    (``3. U.S. presidents are by design not kings.``), left to the body rules.
    """
    marks = [_NUMBER.match(segment.text) is not None for segment in state.segments]
    for index in range(len(state.segments)):
        neighbours = (index > 0 and marks[index - 1]) or (index + 1 < len(marks) and marks[index + 1])
        if state.free(index) and state.in_body(index) and marks[index] and neighbours:
            yield Label(index, Role.LIST_ITEM)


def definitions(state: State) -> Labels:
    """Label two or more ``Label: value`` lines in a row list items (a fact box)."""
    for run in _runs(state, lambda i: state.in_body(i) and _is_definition(state, i)):
        if len(run) >= 2:
            for index in run:
                yield Label(index, Role.LIST_ITEM)


def short_runs(state: State) -> Labels:
    """Label runs of short unpunctuated lines inside the body list items, or related links.

    A run counts when it has at least ``list_min_items`` lines, or two when the
    line before it ends with a colon (``based on:``) and so introduces it. One
    line after a colon is a title (of a quoted article, say), not a list.

    A run nothing introduces whose lines share no pattern and are each shaped
    like a headline (``Council approves new bridge`` / ``Storm closes coastal
    roads``) is a row of links to other stories between paragraphs: related.
    Lines that share a pattern (see :func:`parallel`) stay a list, and a
    parallel table of figures (``Shr 41 cts vs 37 cts``) is a list wherever it
    stands in the body, even with no prose before it.
    """
    config = state.config
    start = state.body_start()
    words = compiled(config).languages_of
    for run in _runs(state, lambda i: state.in_body(i) and _is_short_item(state, i)):
        texts = [state.segments[index].text for index in run]
        alike = parallel(texts, words)
        if run[0] <= start and not (alike and any(_FIGURE.search(text) for text in texts)):
            run = [index for index in run if index > start]
            texts = texts[len(texts) - len(run) :]
        if not run:
            continue
        introduced = run[0] > 0 and final_mark(state.segments[run[0] - 1].text) == ":"
        if not (len(run) >= config.list_min_items or (introduced and len(run) >= 2)):
            continue
        headlines = not introduced and not alike and all(_headline_shaped(text) for text in texts)
        for index in run:
            yield Label(index, Role.RELATED if headlines else Role.LIST_ITEM)


def parallel(texts: Sequence[str], function_words: Container[str]) -> bool:
    """Whether the lines ``texts`` share a pattern, as the items of one list do.

    They do when every line has the same separator (``Best film - The
    Aviator`` / ``Best actor - Jamie Foxx``; ``Arsenal v Stoke`` / ``Chelsea v
    Fulham``: a mark, or a short lower-case word that is not a function word of
    any configured language), opens with the same word (not a function word), or has the same shape
    of words and figures with a figure in it (``Shr 41 cts vs 37 cts`` / ``Net
    4.1 mln vs 3.7 mln``).
    """
    if len(texts) < 2:
        return False
    tokens = [text.split() for text in texts]
    first = tokens[0][0]
    if first.lower() not in function_words and all(line[0] == first for line in tokens):
        return True
    separators = set.intersection(*({t for t in line[1:-1] if _is_separator(t, function_words)} for line in tokens))
    if separators:
        return True
    shapes = {" ".join(_shape(token) for token in line) for line in tokens}
    return len(shapes) == 1 and "0" in next(iter(shapes))


def _is_separator(token: str, function_words: Container[str]) -> bool:
    if not any(character.isalnum() for character in token):
        return True
    return len(token) <= 3 and token.isalpha() and token.islower() and token not in function_words


def _shape(token: str) -> str:
    """A token's class: ``0`` a figure, ``A`` capitalised, ``a`` lower case, ``.`` anything else."""
    if any(character.isdigit() for character in token):
        return "0"
    if token[:1].isupper():
        return "A"
    return "a" if token[:1].isalpha() else "."


def _headline_shaped(text: str) -> bool:
    """A clause set like a headline: capitalised, three words or more, lower-case words in it, no end mark."""
    words = text.split()
    return (
        len(words) >= 3
        and text[:1].isupper()
        and any(word[:1].islower() for word in words[1:])
        and final_mark(text) not in ".!:;,"
        and not _FIGURE.search(text)
    )


def dense_blocks(state: State) -> Labels:
    """Label the lines of a block written without blank lines, among paragraphs that have them, as a list.

    In a dump whose paragraphs are separated by blank lines (two or more prose
    paragraphs stand alone), lines run together, at least three and most of
    them not prose, are a list (``Name, role`` lines
    under ``Heading (N)`` headings). Short lines without a comma that head
    other lines are its subheadings.
    """
    segments = state.segments
    alone = [i for i in range(len(segments)) if state.body_like(i) and _standing_alone(state, i)]
    if len(alone) < 2:
        return  # no paragraphs set apart by blank lines: lines run together are just the body's
    index = 0
    while index < len(segments):
        end = index + 1
        while end < len(segments) and segments[end].gap_before == 0:
            end += 1
        short_lines = [i for i in range(index, end) if state.free(i) and state.in_body(i) and not state.prose[i]]
        # The list runs from its first short line to its last: prose around them is not in it.
        block = [i for i in range(short_lines[0], short_lines[-1] + 1) if state.free(i)] if short_lines else []
        block = [i for i in block if state.in_body(i)]
        set_apart = segments[index].gap_before > 0 and (index == 0 or _standing_alone(state, index - 1))
        short = len(short_lines)
        if set_apart and short >= state.config.list_min_items and 2 * short > len(block):
            for position, member in enumerate(block):
                text = segments[member].text
                heads = position + 1 < len(block) and segments[member].words <= state.config.list_heading_max_words
                if heads and "," not in text and final_mark(text) not in ".:;,":
                    yield Label(member, Role.SUBHEADING)
                else:
                    yield Label(member, Role.LIST_ITEM)
        index = end


def _standing_alone(state: State, index: int) -> bool:
    """Whether segment ``index`` stands alone between blank lines, as paragraphs around a list do."""
    segment = state.segments[index]
    return segment.gap_before > 0 and segment.gap_after > 0


def _is_short_item(state: State, index: int) -> bool:
    segment = state.segments[index]
    return (
        state.free(index)
        and not state.prose[index]
        and len(segment.lines) == 1
        and segment.words <= state.config.list_item_max_words
        and final_mark(segment.text) not in ":;"
    )


def _is_definition(state: State, index: int) -> bool:
    """``Label: value``, or a bare ``Label:`` line, or the value line under one.

    A line that introduces quoted prose (``The Times reported:`` above a
    paragraph of quotation) or a run of parallel lines is a lead-in, not a
    label, and prose under it is prose.
    """
    if not state.free(index):
        return False
    segments = state.segments
    text = segments[index].text
    if _DEFINITION.match(text) is not None and not text.split(":", 1)[0].isupper():
        return True
    if _bare_label(text):
        return index + 1 >= len(segments) or not (state.prose[index + 1] or _leads_in(state, index))
    return (
        index > 0 and _bare_label(segments[index - 1].text) and not (state.prose[index] or _leads_in(state, index - 1))
    )


def _leads_in(state: State, index: int) -> bool:
    """Whether the line ``index``, ending with a colon, introduces a list of parallel lines rather than one value.

    ``Acme Corp said on Tuesday:`` above ``Shr 41 cts vs 37 cts`` / ``Net 4.1
    mln vs 3.7 mln`` is a lead-in; ``Playing colours:`` above ``All black`` is
    a label and its value.
    """
    following = state.segments[index + 1 : index + 3]
    texts = [segment.text for segment in following]
    return len(texts) == 2 and parallel(texts, compiled(state.config).languages_of)


def _bare_label(text: str) -> bool:
    """``Atmospheric composition (by volume):``: a short label waiting for its value on the next line."""
    return text.endswith(":") and len(text.split()) <= 5 and text[:1].isupper()


def _runs(state: State, member: Callable[[int], bool]) -> Iterator[list[int]]:
    """Maximal runs of consecutive segments for which ``member(index)`` holds."""
    run: list[int] = []
    for index in range(len(state.segments)):
        if member(index):
            run.append(index)
        elif run:
            yield run
            run = []
    if run:
        yield run
