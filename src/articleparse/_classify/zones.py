"""Zones once: where the article is, decided before any rule labels a segment.

Every segment gets a *zone score*: positive for prose (long, and full of the
function words of the dump's language, as jusText's good paragraphs are),
negative for furniture (short lines, lines whose text recurs elsewhere in the
dump as menus do, short lines holding a date as teasers and comments do,
lines the vocabulary marks as share prompts or link labels). The article's
body is the stretch of segments with the greatest total score (the maximum-sum
run, found in one pass), with a bonus for a stretch that starts right under a
line repeating the page's title at the top of the dump; short prose lines at
either end that belong to it (no run of blank lines between) join it. Above
it, the header zone runs up from the body to the headline: the line repeating
the page title, or else the nearest title-shaped line. Below it, the trailer
zone runs to the end of the dump.

The zones are frozen and every rule reads them, so no rule guesses what a
later rule will do. Their evidence (each segment's score, the title line, the
headline) is kept for :func:`articleparse.explain`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from articleparse._classify.features import Features, Furniture, Table
from articleparse._classify.shapes import is_breadcrumb, is_dateline_alone, opens_with_date
from articleparse._config import ParserConfig, compiled
from articleparse._text import final_mark, full_stop, sentence_breaks, squash, starts_lower, title_cased
from articleparse._tokenize import Segment

__all__ = ["Zone", "Zones", "headline_shaped", "locate", "scores_of"]

# What separates a page title from its site's name: "Headline | Site", "Headline - Site",
# "Site » Section » Headline", "Headline :: Site".
_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+(?:[|–—•·:»›/-]{1,2})\s+")
# A repeated title must be at least this long to count: "Home", "News" recur everywhere.
_TITLE_MIN_CHARS = 10
# Repeated lines make a menu's block when this many stand in a row: a promo's title shown twice
# is two.
_REPEATED_BLOCK = 3
# A list bullet: "* Politik", "• News", "+ Kontakt", "o Sport" (inscriptis renders menus so).
_BULLET = re.compile(r"[*•+o·–-]\s")
# A segment this much made of symbols ("* * *", "-----") is a separator, not a menu item.
_SEPARATOR_SYMBOLS = 0.5
# A teaser's or a comment's meta line ("Jane Doe / 22.04.2020", "Energie 12.12.2022, 08:30 Uhr")
# is short; a sentence that mentions a date is not chrome.
_DATED_MAX_WORDS = 12


class Zone:
    """Names of the zones of a dump."""

    ABOVE = "above"
    HEADER = "header"
    BODY = "body"
    TRAILER = "trailer"


@attrs.frozen
class Zones:
    """Where the article lies in a dump, as segment indexes.

    Attributes:
        scores: Each segment's zone score.
        header: The segments from the headline (or the top of the article's
            header) down to the body.
        body: The segments of the article's body: the maximum-sum run.
        title: The index of the page title at the top of the dump (a first
            line that another line repeats, with the site's name after it),
            or ``None``.
        headline: The index of the headline the zones found, or ``None``.
        page_like: Whether the dump is a whole page with its chrome (menus,
            prompts, teasers), rather than an article on its own; its layout
            (indentation) is the page's, no cue to the article's parts.
    """

    scores: tuple[float, ...]
    header: range
    body: range
    title: int | None
    headline: int | None
    page_like: bool = False

    def of(self, index: int) -> str:
        """The name of the zone segment ``index`` lies in (:class:`Zone`)."""
        if index in self.body:
            return Zone.BODY
        if index in self.header:
            return Zone.HEADER
        return Zone.ABOVE if index < self.header.start else Zone.TRAILER


def _chrome(rows: Sequence[Features]) -> list[bool]:
    """Which segments show page chrome: a menu's repeats, a prompt, a button, a teaser's or comment's date.

    A repeat counts where it stands in a repeated block (three lines in a row
    that recur elsewhere), as menus do; a line repeated among lines that do not (``Winners meet
    in final match`` under each fixture of a list) is the article's own. So
    are a repeated section break (``* * *``), captions, related links, a
    byline with its date, and an embedded post's dated attribution (``— Jane
    (@jane) May 3, 2017``).
    """
    repeated = [bool(row.repeats) and not row.prose and row.symbol_share < _SEPARATOR_SYMBOLS for row in rows]
    in_block = [False] * len(rows)
    run = 0  # how many repeated segments in a row end at the index
    for index, here in enumerate(repeated):
        run = run + 1 if here else 0
        if run == _REPEATED_BLOCK:  # the run becomes a block: mark its members so far, once
            for member in range(index - run + 1, index + 1):
                in_block[member] = True
        elif run > _REPEATED_BLOCK:  # the block goes on
            in_block[index] = True
    return [
        block or bool(row.vocabulary & _CHROME) or row.interface or (_dated(row) and not row.byline)
        for row, block in zip(rows, in_block, strict=True)
    ]


def _dated(row: Features) -> bool:
    """Whether a segment is a short line holding a date, not a date line of the header nor a post's attribution."""
    return row.date and not (row.date_line or row.handle or row.address) and row.words <= _DATED_MAX_WORDS


def score(row: Features, shows_chrome: bool, config: ParserConfig) -> float:
    """The zone score of one segment: how much it reads as the article's prose, before its context."""
    if row.words >= config.zone_long_words:
        value = row.words * (row.function_share - config.zone_function_share) * config.zone_prose_weight
    else:
        value = -config.zone_short_cost
    if shows_chrome:
        value -= config.zone_furniture_cost if row.vocabulary & _CHROME or row.interface else 0.0
        value -= config.zone_date_cost if _dated(row) else 0.0
        value -= config.zone_repeat_cost if row.repeats else 0.0
    return value


def _templated_cost(row: Features, config: ParserConfig) -> float:
    """What a segment costs for closing alike with several others.

    Lines closing alike are a template's in a page, but also a list's in an
    article, or a writer's paragraphs (``... until the end of the month.``):
    they cost as repeats do, scaled like all evidence by the dump's chrome,
    and do not count as chrome.
    """
    return config.zone_repeat_cost if row.templated else 0.0


def chrome_share(table: Table) -> float:
    """The share of the dump's segments that show page chrome."""
    return sum(_chrome(table.rows)) / max(1, len(table))


def chrome_factor(table: Table, config: ParserConfig) -> float:
    """How much the dump shows page chrome: its share of segments that do, against ``zone_chrome_share``, up to 1."""
    if not config.zone_chrome_share:
        return 1.0
    return min(1.0, chrome_share(table) / config.zone_chrome_share)


def scores_of(segments: Sequence[Segment], table: Table, config: ParserConfig) -> tuple[float, ...]:
    """Every segment's zone score, in context.

    What speaks against a segment counts in full in a dump that shows page
    chrome, and proportionally less below ``zone_chrome_share``: in a clean
    dump a list, a line-up or a quoted post is the article's. Chrome comes in
    runs (menus, share bars, teaser lists); one line of it between two
    paragraphs of prose is the article's own furniture (a link, a prompt) and
    costs ``zone_isolated_share`` of its cost. Crossing a section break costs
    ``zone_gap_cost``.
    """
    shows = _chrome(table.rows)
    factor = chrome_factor(table, config)
    raw = [score(row, shown, config) for row, shown in zip(table.rows, shows, strict=True)]
    # A templated segment's cost is scaled on its own: taken from a long paragraph's positive
    # score, it would count in full in a dump that shows no chrome.
    raw = [
        (value * factor if value < 0 else value) - _templated_cost(row, config) * factor
        for row, value in zip(table.rows, raw, strict=True)
    ]
    ends = [Furniture.END in row.vocabulary for row in table.rows]
    positive = [value > 0 for value in raw]
    return tuple(
        (
            value * config.zone_isolated_share
            if value < 0 and 0 < index < len(raw) - 1 and positive[index - 1] and positive[index + 1]
            else value
        )
        - (config.zone_gap_cost if segments[index].gap_before >= config.section_gap else 0.0)
        - (config.zone_end_cost if ends[index] else 0.0)
        for index, value in enumerate(raw)
    )


def _title_parts(text: str) -> set[str]:
    """The ways a page title may name its story: whole, or any run of its separator-split parts.

    A run is taken as written, its inner separators kept (``Bad Grades – Until Now``
    of ``Bad Grades – Until Now | Site``), and with them dropped.
    """
    cuts = list(_TITLE_SEPARATOR.finditer(text))
    starts = [0, *(cut.end() for cut in cuts)]
    ends = [*(cut.start() for cut in cuts), len(text)]
    found = {squash(text)}
    for first in range(len(starts)):
        for last in range(first, len(ends)):
            found.add(squash(text[starts[first] : ends[last]]))
            found.add(squash(" ".join(text[starts[i] : ends[i]] for i in range(first, last + 1))))
    return {part for part in found if len(part) >= _TITLE_MIN_CHARS}


def _repeated_title(
    segments: Sequence[Segment], table: Table, config: ParserConfig
) -> tuple[int | None, tuple[int, ...]]:
    """The page title at the top, and the later segments that repeat it (its story's headline).

    A page title is one line of a headline's length, not a sentence. It names
    the site after the story (``Headline | Site``), or the page's chrome
    stands between it and the story's own headline; a headline that an
    article merely mentions again (a related link of the same name) is not a
    page title.
    """
    if len(segments) < 2 or len(segments[0].lines) != 1 or table[0].words > 2 * config.headline_max_words:
        return None, ()
    first = segments[0].text
    if full_stop(first) or len(_TITLE_SEPARATOR.split(first)) > 8:
        return None, ()
    if table[0].vocabulary & _CHROME or table[0].interface or table[0].words < config.headline_min_words:
        return None, ()  # an advertisement's label or a menu item, not a title
    parts = _title_parts(first)
    whole = squash(first)
    shows = _chrome(table.rows)
    repeats = []
    chrome_above = False  # whether chrome stands between the title and the segment
    for index in range(1, len(segments)):
        # A repeat names the story with some of the title's words: a longer segment is never squashed.
        if table[index].words <= table[0].words:
            text = squash(segments[index].text)
            if text in parts and (text != whole or chrome_above):
                repeats.append(index)
        chrome_above = chrome_above or shows[index]
    return (0, tuple(repeats)) if repeats else (None, ())


def _best_run(values: Sequence[float], bonus: Sequence[float]) -> range:
    """The run ``a..b`` with the greatest ``sum(values[a:b]) + bonus[a]``, in one pass (empty if none is positive)."""
    best, best_start, best_end = 0.0, 0, 0
    total = 0.0
    start_value, start = float("-inf"), 0
    for end in range(1, len(values) + 1):
        if bonus[end - 1] - total > start_value:  # total is the sum of values[:end - 1]
            start_value, start = bonus[end - 1] - total, end - 1
        total += values[end - 1]
        if total + start_value >= best > 0 or total + start_value > best:  # ties: the longer run
            best, best_start, best_end = total + start_value, start, end
    return range(best_start, best_end)


def _joins_body(row: Features, gap: int, config: ParserConfig) -> bool:
    """Whether a segment next to the body belongs to it: prose, with no section break (``gap`` blank lines) between."""
    return row.prose and not row.furniture and not row.repeats and gap < config.section_gap


# A line ending in one of these breaks off; it is not a title. A colon may end a title
# ("What to expect from the memorial:") but not a label of a word or two ("Reference:").
_OPENING_ENDS = frozenset(";,-–—")
# Vocabulary of the page around an article, not of the article's own furniture (captions,
# related links and highlights belong to the article and stand inside it).
_CHROME = frozenset({Furniture.BOILERPLATE, Furniture.COMMENT, Furniture.PROMO})
# Vocabulary a headline does not open with ("WATCH: ...", "Related: ..." may head a story).
_NOT_HEADLINES = frozenset(
    {Furniture.BOILERPLATE, Furniture.COMMENT, Furniture.PROMO, Furniture.HIGHLIGHT, Furniture.SOURCE}
)
# "U.K.", "U.S.": a final initialism's stop need not end a sentence.
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,20}")


def headline_shaped(segment: Segment, row: Features, config: ParserConfig, *, first: bool = False) -> bool:
    """Whether a segment is shaped like a headline.

    A short line or two; it may end in ``?``, ``!``, a quote or an ellipsis. A
    line that ends in a full stop, or has a sentence ending inside it, is prose
    unless it is in Title Case (``Torona Cancels U.S. Class Trips.``): in the
    shared corpus such a sentence-case line heads 6 of 2,600 dumps with
    headlines and opens 123 of 160 dumps without one. Nor is a headline a
    byline, a date, a prompt, a navigation trail or a lone dateline. Only a
    dump's ``first`` line may open with a caption's or a link's label (``WATCH:
    ...``): further down such a line is the caption or the link.
    """
    text = segment.text
    mark = final_mark(text)
    too_short = row.words < config.headline_min_words and mark not in "!?"
    if len(segment.lines) > 2 or too_short or row.words > config.headline_max_words:
        return False
    if mark in _OPENING_ENDS or (mark == ":" and row.words <= config.headline_min_words):
        return False
    if row.byline or row.date_line or row.address or row.interface:
        return False
    if row.vocabulary & _NOT_HEADLINES or (row.furniture and not first):
        return False
    if is_breadcrumb(text) or compiled(config).ends_with_date.search(text) or is_dateline_alone(text):
        return False
    if row.date and opens_with_date(text, config):
        return False  # "07.11.2023 Ormalingen", "27.04.2020 - 18:50 Uhr 3 Kommentare": the page's date
    last = text.rsplit(maxsplit=1)[-1]
    stopped = full_stop(text) and not _INITIALISM.fullmatch(last)
    sentence = stopped or sentence_breaks(text, config.abbreviations)
    return not sentence or title_cased(text, config.title_small_words)


def _headline(
    segments: Sequence[Segment],
    table: Table,
    scores: Sequence[float],
    config: ParserConfig,
    start: int,
    title: int | None,
    repeats: Sequence[int],
) -> int | None:
    """The headline of the body starting at ``start``: the best headline-shaped segment near it.

    Candidates stand from ``headline_above`` segments above the body's start to
    ``headline_below`` into it. Each is weighed by what speaks for a headline:
    repeating the page title at the top of the dump (or sharing its words),
    standing close above the body, prose following it once the header's
    bylines, dates and captions are passed, a headline's length; and against
    it: standing among other short title-shaped lines (a menu, a table of
    contents).
    """
    words = set(squash(segments[title].text).split()) if title is not None else set()
    lead = _lead_words(segments, table, start, config)
    best: tuple[float, int] | None = None
    # The dump's first line is a candidate too when the body starts right under it, unless it is
    # the page's own title (a site's name after a separator): a dump may be an article with a
    # little chrome in it, headed as articles are.
    first_line = (
        [0]
        if segments
        and title is None
        and start <= config.header_max_segments
        and len(_TITLE_SEPARATOR.split(segments[0].text)) == 1
        else []
    )
    window = range(max(0, start - config.headline_above), min(len(segments), start + config.headline_below))
    for index in dict.fromkeys([*first_line, *window]):
        row = table[index]
        if not headline_shaped(segments[index], row, config, first=index == 0) or _BULLET.match(segments[index].text):
            continue
        if index == title:
            continue
        if (
            index + 1 < len(segments)
            and starts_lower(segments[index + 1].text)
            and not (table[index + 1].byline or table[index + 1].date_line or table[index + 1].words < 3)
            and index not in repeats
        ):
            # A sentence broken off, going on below; but a byline or a date line may open in lower
            # case ("by Jane Doe", "vor 11 Minuten"), as may a word or two of the page's chrome, and
            # a line repeating the page title is its headline whatever follows it.
            continue
        value = config.headline_first_weight if index == 0 else 0.0
        if index in repeats:
            value += config.headline_title_weight
        elif words:
            mine = set(squash(segments[index].text).split())
            value += config.headline_title_weight * len(mine & words) / max(1, len(mine | words))
        if lead:
            mine = _content_words(segments[index].text)
            told = set().union(*(words for at, words in lead if at != index))  # not the candidate's own words
            value += config.headline_lead_weight * len(mine & told) / max(1, len(mine))
        distance = start - index if index < start else 1 + 2 * (index - start)
        value -= config.headline_distance_weight * distance
        following = next(
            (i for i in range(index + 1, min(len(segments), index + 6)) if not _header_furniture(table[i])), None
        )
        if following is not None and table[following].prose and table[following].words >= config.zone_long_words:
            value += config.headline_prose_weight
        if config.headline_min_words + 2 <= row.words <= 20:
            value += config.headline_length_weight
        if index > 0 and scores[index - 1] < 0 and not table[index - 1].prose:
            value += config.headline_after_chrome_weight  # the page's chrome ends where the story begins
        neighbours = [i for i in (index - 1, index + 1) if 0 <= i < len(segments)]
        if neighbours and all(
            headline_shaped(segments[i], table[i], config) and not table[i].prose for i in neighbours
        ):
            value -= config.headline_list_weight
        if best is None or value > best[0]:
            best = (value, index)
    return best[1] if best is not None and best[0] > config.headline_min_weight else None


# A word weighed for what a headline shares with its lead: four letters or more, no digits.
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# How many of the body's first segments are its lead, for the words a headline shares with it.
_LEAD_SEGMENTS = 3


def _content_words(text: str) -> set[str]:
    """The words of ``text`` of four letters or more, case-folded."""
    return {word.casefold() for word in _CONTENT_WORD.findall(text)}


def _lead_words(
    segments: Sequence[Segment], table: Table, start: int, config: ParserConfig
) -> list[tuple[int, set[str]]]:
    """The body's first prose segments (its lead) and their content words, for headline candidates to share."""
    if not config.headline_lead_weight:
        return []
    prose = (index for index in range(start, len(segments)) if table[index].prose)
    return [(index, _content_words(segments[index].text)) for index in itertools.islice(prose, _LEAD_SEGMENTS)]


def _header_furniture(row: Features) -> bool:
    """Whether a segment is what stands between a headline and its story: a byline, a date, a caption, a prompt."""
    return row.byline or row.date_line or row.date or row.interface or row.furniture or row.words < 3


def locate(segments: Sequence[Segment], table: Table, config: ParserConfig) -> Zones:
    """Find the zones of a dump from its segments and their features."""
    scores = scores_of(segments, table, config)
    title, repeats = _repeated_title(segments, table, config)
    bonus = [0.0] * len(segments)
    for index in repeats:
        # The story starts at its first prose under the repeated title, past its byline and date.
        first = next(
            (i for i in range(index + 1, min(len(segments), index + 1 + config.zone_headline_reach)) if scores[i] > 0),
            None,
        )
        if first is not None:
            bonus[first] = config.zone_headline_bonus
    body = _best_run(scores, bonus)
    # Comments follow the article they comment on: when the best run lies after a comments
    # marker, a run before the marker that is worth a good share of it is the article.
    marker = next(
        (
            i
            for i, row in enumerate(table.rows)
            if Furniture.COMMENT in row.vocabulary and Furniture.END in row.vocabulary
        ),
        None,
    )
    if marker is not None and body.start > marker:
        before = _best_run(scores[:marker], bonus[:marker])
        worth = sum(scores[before.start : before.stop]) + bonus[before.start] if before else 0.0
        if worth >= config.zone_before_comments_share * (sum(scores[body.start : body.stop]) + bonus[body.start]):
            body = before
    start, end = body.start, body.stop
    if start == end:
        # Nothing reads as an article's prose for long enough. In a page, the body runs from the
        # first segment that is prose at all to the last, and a page with none is all chrome. An
        # article on its own of a few short lines (a wire story's table) runs from below its
        # first line, the headline's place, to its last prose, or to its end.
        prose = [index for index, row in enumerate(table.rows) if row.prose]
        if chrome_share(table) >= config.page_chrome_share:
            start, end = (prose[0], prose[-1] + 1) if prose else (len(segments), len(segments))
        else:
            start, end = (min(prose[0], 1), prose[-1] + 1) if prose else (0, len(segments))
    while (
        0 < start < len(segments)
        and start - 1 not in repeats
        and _joins_body(table[start - 1], segments[start].gap_before, config)
        and not headline_shaped(segments[start - 1], table[start - 1], config)
    ):
        start -= 1
    while end < len(segments) and _joins_body(table[end], segments[end].gap_before, config):
        end += 1
    page_like = chrome_share(table) >= config.page_chrome_share
    # An article on its own leaves its headline to the headline rule, which reads its first line.
    headline = _headline(segments, table, scores, config, start, title, repeats) if page_like else None
    if headline is not None and headline + 1 >= end:
        headline = None  # a headline heads a body: the last segment of the run is the body's own
    if headline is not None and headline >= start:
        start = headline + 1  # the body's first segment was its headline
    elif headline is not None:
        # The article's first prose under its headline is body, past bylines, dates, captions
        # and share bars: a lead the maximum-sum run left out for the furniture after it.
        start = next((index for index in range(headline + 1, start) if scores[index] > 0 and table[index].prose), start)
    end = max(end, start)
    header_start = headline if headline is not None else (start if page_like else 0)
    return Zones(scores, range(header_start, start), range(start, end), title, headline, page_like)
