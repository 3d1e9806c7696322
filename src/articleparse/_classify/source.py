"""Source lines: the credits that close an article, or an excerpt inside it."""

from __future__ import annotations

import re
from collections.abc import Container

from articleparse._classify._state import Fields, Label, Labels, State
from articleparse._config import compiled
from articleparse._roles import Role
from articleparse._text import ends_sentence

__all__ = ["author_bio", "credit_phrases", "excerpt_credits", "labelled", "set_off_credit", "wire_sign_off"]

# "-Daily Mail", "– Reuters", "Via TruePundit": a dash or "via", then a name of up to four words.
_EXCERPT_CREDIT = re.compile(r"(?:[-–—]\s?|[Vv]ia\s+)[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}")
# An editor's initials after an agency's name: "dpa/lno", "AFP/ts".
_INITIALS = re.compile(r"[^\W\d_]{1,4}")


def labelled(state: State) -> Labels:
    """Label every free one-line segment that opens with a source label."""
    pattern = compiled(state.config).source_label
    for index, segment in enumerate(state.segments):
        found = pattern.fullmatch(segment.text) if state.free(index) and len(segment.lines) == 1 else None
        if found:
            yield Label(index, Role.SOURCE, fields=Fields(label=found["label"], text=found["text"].strip()))


def wire_sign_off(state: State) -> Labels:
    """Label a bare agency name on the dump's last line its source: a wire story's sign-off (``Reuter``, ``dpa``).

    The agencies are ``ParserConfig.agencies``; the line crediting one stands
    after the body, often after a line of spaces. Agencies joined by slashes
    (``AP/dpa``) and an editor's initials after one (``dpa/lno``) are a sign-off too.
    """
    if not state.segments:
        return
    index = len(state.segments) - 1
    if index == 0 or not state.free(index):
        return
    name = state.segments[index].text.strip(" .-–—()")
    if _signs_off(name, state.config.agencies):
        yield Label(index, Role.SOURCE, fields=Fields(text=name))


def _signs_off(text: str, agencies: Container[str]) -> bool:
    first, *rest = text.split("/")
    # Agencies sign off in capitals, in lower case (dpa) or, with a longer name, capitalised
    # (Reuter): a capitalised short word ("Pa", "Ria") signs a letter, not a wire story.
    if first.istitle() and len(first) <= 3 and not first.isupper():
        return False
    return first.casefold() in agencies and all(
        part.casefold() in agencies or _INITIALS.fullmatch(part) for part in rest
    )


def credit_phrases(state: State) -> Labels:
    """Label wire credits: ``(Reporting by ...; Editing by ...)``, ``... contributed to this report.``."""
    credits = compiled(state.config).credit
    # Endings such as "contributed to this report" may stand anywhere in the line.
    endings = {phrase for phrase in state.config.credit_phrases if phrase.startswith("contributed")}
    for index, segment in enumerate(state.segments):
        if not state.free(index) or segment.words > state.config.credit_line_max_words:
            continue
        if credits.match(segment.text.lstrip("([")) or credits.search(segment.text) in endings:
            yield Label(index, Role.SOURCE)


def excerpt_credits(state: State) -> Labels:
    """Label a short credit under a quoted excerpt (``-Daily Mail``, ``Via TruePundit``).

    An embedded post's ``— Name (@handle) date`` attribution is prose, not a
    credit, and a dash-bulleted list item is lower case or stands among siblings.
    """
    segments = state.segments
    for index, segment in enumerate(segments):
        if not state.free(index) or len(segment.lines) != 1 or "@" in segment.text:
            continue
        if segment.words > state.config.excerpt_credit_max_words:
            continue
        if not _EXCERPT_CREDIT.fullmatch(segment.text) or ends_sentence(segment.text):
            continue
        neighbours = [segments[i].text for i in (index - 1, index + 1) if 0 <= i < len(segments)]
        if any(_EXCERPT_CREDIT.fullmatch(text) for text in neighbours):
            continue  # a run of dash lines is a list
        if index > 0 and state.prose[index - 1]:
            yield Label(index, Role.SOURCE)


def author_bio(state: State) -> Labels:
    """Label a closing one-sentence author bio (``Jane Doe is a ... correspondent.``) a source line."""
    end = state.body_end()
    if end == 0:
        return
    index = end - 1
    segment = state.segments[index]
    bio = compiled(state.config).bio
    if not state.free(index) or segment.words > state.config.bio_max_words or not bio.match(segment.text):
        return
    words = {word.casefold().strip(".,;:") for word in segment.text.split()}
    if words & state.config.bio_words and index > state.body_start():
        yield Label(index, Role.SOURCE)


def set_off_credit(state: State) -> Labels:
    """Label a short line set off after the body by a run of blank lines a source line.

    Dumps close the body with two or more blank lines; a short unpunctuated line
    of names after such a run, after some prose, with nothing but promos after
    it (or nothing at all), is the credit even without a label. Blank lines alone do not
    make a credit: a related link set off inside the body stays a link.
    """
    config = state.config
    seen_prose = False
    promo_after = _promo_after(state)
    for index, segment in enumerate(state.segments):
        if (
            seen_prose
            and state.free(index)
            and len(segment.lines) == 1
            and segment.gap_before >= config.section_gap
            and segment.words <= config.credit_max_words
            and not ends_sentence(segment.text)
            and _names_only(segment.text, config.credit_connectors)
            and promo_after[index]
        ):
            yield Label(index, Role.SOURCE)
        seen_prose = seen_prose or state.prose[index]


def _names_only(text: str, connectors: Container[str]) -> bool:
    """Whether ``text`` is made of names (``Al Jazeera News And Agencies``), as credits are, not words.

    Lower-case words may only be ``connectors`` (``Reuters and AP``, ``Staff of the Times``).
    """
    words = [word.strip(",;&()") for word in text.split()]
    return all(not word or word[0].isupper() or word[0].isdigit() or word in connectors for word in words)


def _promo_after(state: State) -> list[bool]:
    """For each segment, whether every segment after it is a promo (or there is none): one pass from the end."""
    after = [True] * len(state.segments)
    for index in range(len(state.segments) - 2, -1, -1):
        after[index] = after[index + 1] and state.roles[index + 1] is Role.PROMO
    return after
