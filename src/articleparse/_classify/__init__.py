"""Segments to roles: the classifier's rule chain.

Each rule is a small function over the :class:`~articleparse._classify._state.State`
that labels the segments it recognises and leaves the rest to later rules. The
order below is the whole classifier, read top to bottom: header lines first,
then what closes the article, then furniture inside it, then the body, and
last whatever is left, kept as boilerplate.
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
from articleparse._classify._state import Fields, Group, Rule, State
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
    "Rule",
    "classify",
    "classify_in_zones",
]

#: The rules, in the order they run.
RULES: tuple[Rule, ...] = (
    Rule("kept whole", boilerplate.kept_whole),
    Rule("wire headers", header.dash_headers),
    Rule("@highlight", highlight.at_highlight),
    Rule("highlight lists", highlight.marked_lists),
    Rule("addresses", header.url_lines),
    Rule("headline above the body", headline.near_the_body),
    Rule("headline", headline.first_line_title),
    Rule("embedded posts", embed.post_chrome),
    Rule("bylines", header.bylines),
    Rule("timestamps", header.timestamps),
    Rule("standfirst by indentation", standfirst.set_apart_by_indent),
    Rule("standfirst before byline", standfirst.before_byline),
    Rule("comments marker", comments.after_marker),
    Rule("comment headers", comments.comment_headers),
    Rule("comment sections", comments.section_headers),
    Rule("source labels", source.labelled),
    Rule("wire sign-off", source.wire_sign_off),
    Rule("credit phrases", source.credit_phrases),
    Rule("promo teasers", promo.trailing_teasers),
    Rule("comments after a gap", comments.after_a_gap),
    Rule("more stories", promo.more_stories),
    Rule("set-off credit", source.set_off_credit),
    Rule("author bio", source.author_bio),
    Rule("separators", boilerplate.separators),
    Rule("prompts", boilerplate.prompts),
    Rule("interface lines", boilerplate.interface_lines),
    Rule("polls", boilerplate.polls),
    Rule("calls to the reader", boilerplate.calls_to_the_reader),
    Rule("captions shown twice", caption.shown_twice),
    Rule("captions", caption.marked),
    Rule("described pictures", caption.described),
    Rule("related labels", related.marked),
    Rule("video teasers", related.video_teasers),
    Rule("related lists", related.trailing_list),
    Rule("repeated titles", related.repeated_titles),
    Rule("excerpt credits", source.excerpt_credits),
    Rule("pull quotes", pullquote.repeats_body),
    Rule("readers' comments", comments.reader_reactions),
    Rule("broken paragraphs", body.continued_across_blank_lines),
    Rule("bullets", lists.bulleted),
    Rule("numbered items", lists.numbered),
    Rule("fact boxes", lists.definitions),
    Rule("dense lists", lists.dense_blocks),
    Rule("short runs", lists.short_runs),
    Rule("links in indented bodies", related.between_paragraphs_in_indented_body),
    Rule("subheadings", body.subheadings),
    Rule("paragraphs", body.paragraphs),
    Rule("leftovers", boilerplate.leftovers),
)
#: The orders between rules that matter, each with its reason: the earlier rule's labels
#: are what the later one reads or must not take (tests hold the chain to them).
ORDER: tuple[tuple[str, str, str], ...] = (
    ("wire headers", "headline", "a wire header's first line is the headline, the `--` mark set aside"),
    ("addresses", "headline", "a dump may open with its own address; the headline is the line after it"),
    ("headline above the body", "headline", "in a page, the headline near the body wins over its first line"),
    ("headline", "bylines", "a byline-shaped first line is not taken for a headline, nor a headline for a byline"),
    ("bylines", "standfirst before byline", "a standfirst is the block standing above a byline"),
    ("timestamps", "standfirst before byline", "or above a timestamp"),
    ("promo teasers", "set-off credit", "a credit set off after the body is followed only by promos"),
    ("captions", "described pictures", "a credit line's caption is found from the credit"),
    ("bullets", "short runs", "bulleted items are items whatever their length"),
    ("subheadings", "paragraphs", "a heading is taken before the body takes what is left"),
    ("paragraphs", "leftovers", "what no rule took is kept as boilerplate, last"),
)
#: The rule that keeps what fits no role as boilerplate.
LEFTOVERS = RULES[-1]
#: The rule that reads the wire layout's ``--`` headers.
WIRE_HEADERS = RULES[1]
#: The rule that keeps the rest of a dump past ``max_segments`` whole, as boilerplate.
KEPT_WHOLE = RULES[0]


def classify(segments: tuple[Segment, ...], config: ParserConfig, table: Table | None = None) -> tuple[Group, ...]:
    """Run the rules over ``segments`` and return the blocks they make.

    ``table`` is the segments' feature table when the caller has it already.
    """
    return classify_in_zones(segments, config, table)[0]


def classify_in_zones(
    segments: tuple[Segment, ...], config: ParserConfig, table: Table | None = None
) -> tuple[tuple[Group, ...], Zones]:
    """Like :func:`classify`, and the zones the rules read."""
    table = table if table is not None else features_of(segments, config)
    state = State(segments, config, table, locate(segments, table, config))
    for rule in RULES:
        state.rule = rule
        rule.run(state)
    return state.groups(), state.zones
