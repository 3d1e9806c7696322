"""Segments to roles: the classifier's rule chain.

Each rule is a named :class:`~articleparse._classify._state.Rule` constant: a
small generator over the :class:`~articleparse._classify._state.State` that
yields a :class:`~articleparse._classify._state.Label` for each segment it
recognises and leaves the rest to later rules; :func:`classify` applies the
labels. :data:`RULES`, built from the constants, is the whole classifier read
top to bottom: header lines first, then what closes the article, then furniture
inside it, then the body, and last whatever is left, kept as boilerplate.
"""

from __future__ import annotations

from articleparse._classify import (
    body,
    boilerplate,
    caption,
    comments,
    embed,
    header,
    headline,
    highlight,
    lists,
    promo,
    pullquote,
    related,
    source,
    standfirst,
)
from articleparse._classify._state import Fields, Group, Label, Rule, State
from articleparse._classify.features import Table, features_of
from articleparse._classify.zones import Zones, locate
from articleparse._config import ParserConfig
from articleparse._tokenize import Segment

__all__ = [
    "KEPT_WHOLE",
    "LEFTOVERS",
    "ORDER",
    "RULES",
    "WIRE_HEADERS",
    "Fields",
    "Group",
    "Label",
    "Rule",
    "classify",
]

# Each rule, by name: what explain() reports, and what assembly and tests refer to.
KEPT_WHOLE = Rule("kept whole", boilerplate.kept_whole)
WIRE_HEADERS = Rule("wire headers", header.dash_headers)
AT_HIGHLIGHT = Rule("@highlight", highlight.at_highlight)
HIGHLIGHT_LISTS = Rule("highlight lists", highlight.marked_lists)
ADDRESSES = Rule("addresses", header.url_lines)
HEADLINE_ABOVE_THE_BODY = Rule("headline above the body", headline.near_the_body)
HEADLINE = Rule("headline", headline.first_line_title)
EMBEDDED_POSTS = Rule("embedded posts", embed.post_chrome)
BYLINES = Rule("bylines", header.bylines)
TIMESTAMPS = Rule("timestamps", header.timestamps)
STANDFIRST_BY_INDENTATION = Rule("standfirst by indentation", standfirst.set_apart_by_indent)
STANDFIRST_BEFORE_BYLINE = Rule("standfirst before byline", standfirst.before_byline)
COMMENTS_MARKER = Rule("comments marker", comments.after_marker)
COMMENT_HEADERS = Rule("comment headers", comments.comment_headers)
COMMENT_SECTIONS = Rule("comment sections", comments.section_headers)
SOURCE_LABELS = Rule("source labels", source.labelled)
WIRE_SIGN_OFF = Rule("wire sign-off", source.wire_sign_off)
CREDIT_PHRASES = Rule("credit phrases", source.credit_phrases)
PROMO_TEASERS = Rule("promo teasers", promo.trailing_teasers)
COMMENTS_AFTER_A_GAP = Rule("comments after a gap", comments.after_a_gap)
MORE_STORIES = Rule("more stories", promo.more_stories)
SET_OFF_CREDIT = Rule("set-off credit", source.set_off_credit)
AUTHOR_BIO = Rule("author bio", source.author_bio)
SEPARATORS = Rule("separators", boilerplate.separators)
PROMPTS = Rule("prompts", boilerplate.prompts)
INTERFACE_LINES = Rule("interface lines", boilerplate.interface_lines)
POLLS = Rule("polls", boilerplate.polls)
CALLS_TO_THE_READER = Rule("calls to the reader", boilerplate.calls_to_the_reader)
CAPTIONS_SHOWN_TWICE = Rule("captions shown twice", caption.shown_twice)
CAPTIONS = Rule("captions", caption.marked)
DESCRIBED_PICTURES = Rule("described pictures", caption.described)
RELATED_LABELS = Rule("related labels", related.marked)
VIDEO_TEASERS = Rule("video teasers", related.video_teasers)
RELATED_LISTS = Rule("related lists", related.trailing_list)
REPEATED_TITLES = Rule("repeated titles", related.repeated_titles)
EXCERPT_CREDITS = Rule("excerpt credits", source.excerpt_credits)
PULL_QUOTES = Rule("pull quotes", pullquote.repeats_body)
READERS_COMMENTS = Rule("readers' comments", comments.reader_reactions)
BROKEN_PARAGRAPHS = Rule("broken paragraphs", body.continued_across_blank_lines)
BULLETS = Rule("bullets", lists.bulleted)
NUMBERED_ITEMS = Rule("numbered items", lists.numbered)
FACT_BOXES = Rule("fact boxes", lists.definitions)
DENSE_LISTS = Rule("dense lists", lists.dense_blocks)
SHORT_RUNS = Rule("short runs", lists.short_runs)
LINKS_IN_INDENTED_BODIES = Rule("links in indented bodies", related.between_paragraphs_in_indented_body)
SUBHEADINGS = Rule("subheadings", body.subheadings)
PARAGRAPHS = Rule("paragraphs", body.paragraphs)
LEFTOVERS = Rule("leftovers", boilerplate.leftovers)

#: The rules, in the order they run.
RULES: tuple[Rule, ...] = (
    KEPT_WHOLE,
    WIRE_HEADERS,
    AT_HIGHLIGHT,
    HIGHLIGHT_LISTS,
    ADDRESSES,
    HEADLINE_ABOVE_THE_BODY,
    HEADLINE,
    EMBEDDED_POSTS,
    BYLINES,
    TIMESTAMPS,
    STANDFIRST_BY_INDENTATION,
    STANDFIRST_BEFORE_BYLINE,
    COMMENTS_MARKER,
    COMMENT_HEADERS,
    COMMENT_SECTIONS,
    SOURCE_LABELS,
    WIRE_SIGN_OFF,
    CREDIT_PHRASES,
    PROMO_TEASERS,
    COMMENTS_AFTER_A_GAP,
    MORE_STORIES,
    SET_OFF_CREDIT,
    AUTHOR_BIO,
    SEPARATORS,
    PROMPTS,
    INTERFACE_LINES,
    POLLS,
    CALLS_TO_THE_READER,
    CAPTIONS_SHOWN_TWICE,
    CAPTIONS,
    DESCRIBED_PICTURES,
    RELATED_LABELS,
    VIDEO_TEASERS,
    RELATED_LISTS,
    REPEATED_TITLES,
    EXCERPT_CREDITS,
    PULL_QUOTES,
    READERS_COMMENTS,
    BROKEN_PARAGRAPHS,
    BULLETS,
    NUMBERED_ITEMS,
    FACT_BOXES,
    DENSE_LISTS,
    SHORT_RUNS,
    LINKS_IN_INDENTED_BODIES,
    SUBHEADINGS,
    PARAGRAPHS,
    LEFTOVERS,
)
#: The orders between rules that matter, each with its reason: the earlier rule's labels
#: are what the later one reads or must not take (tests hold the chain to them).
ORDER: tuple[tuple[Rule, Rule, str], ...] = (
    (WIRE_HEADERS, HEADLINE, "a wire header's first line is the headline, the `--` mark set aside"),
    (ADDRESSES, HEADLINE, "a dump may open with its own address; the headline is the line after it"),
    (HEADLINE_ABOVE_THE_BODY, HEADLINE, "in a page, the headline near the body wins over its first line"),
    (HEADLINE, BYLINES, "a byline-shaped first line is not taken for a headline, nor a headline for a byline"),
    (BYLINES, STANDFIRST_BEFORE_BYLINE, "a standfirst is the block standing above a byline"),
    (TIMESTAMPS, STANDFIRST_BEFORE_BYLINE, "or above a timestamp"),
    (PROMO_TEASERS, SET_OFF_CREDIT, "a credit set off after the body is followed only by promos"),
    (CAPTIONS, DESCRIBED_PICTURES, "a credit line's caption is found from the credit"),
    (BULLETS, SHORT_RUNS, "bulleted items are items whatever their length"),
    (SUBHEADINGS, PARAGRAPHS, "a heading is taken before the body takes what is left"),
    (PARAGRAPHS, LEFTOVERS, "what no rule took is kept as boilerplate, last"),
)


def classify(
    segments: tuple[Segment, ...], config: ParserConfig, table: Table | None = None
) -> tuple[tuple[Group, ...], Zones]:
    """Run the rules over ``segments``: the blocks they make, and the zones the rules read.

    Each rule yields its labels; the driver applies each one as it comes, with
    the rule that gave it, so a rule sees its own labels and every earlier rule's.
    ``table`` is the segments' features when the caller has them already (a
    script fitting weights over many configurations).
    """
    table = table if table is not None else features_of(segments, config)
    state = State(segments, config, table, locate(segments, table, config))
    for rule in RULES:
        for label in rule.run(state):
            state.apply(label, rule)
    return state.groups(), state.zones
