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
from articleparse._classify._state import Group, Rule, State
from articleparse._classify.features import Table, features_of
from articleparse._classify.zones import locate
from articleparse._config import ParserConfig
from articleparse._tokenize import Segment

__all__ = ["RULES", "Group", "classify"]

#: The rules, in the order they run, each with its name.
RULES: tuple[tuple[str, Rule], ...] = (
    ("wire headers", header.dash_headers),
    ("@highlight", highlight.at_highlight),
    ("highlight lists", highlight.marked_lists),
    ("addresses", header.url_lines),
    ("headline above the body", headline.near_the_body),
    ("headline", headline.first_line_title),
    ("embedded posts", embed.post_chrome),
    ("bylines", header.bylines),
    ("timestamps", header.timestamps),
    ("standfirst by indentation", standfirst.set_apart_by_indent),
    ("standfirst before byline", standfirst.before_byline),
    ("comments marker", comments.after_marker),
    ("comment headers", comments.comment_headers),
    ("source labels", source.labelled),
    ("credit phrases", source.credit_phrases),
    ("promo teasers", promo.trailing_teasers),
    ("more stories", promo.more_stories),
    ("set-off credit", source.set_off_credit),
    ("author bio", source.author_bio),
    ("separators", boilerplate.separators),
    ("prompts", boilerplate.prompts),
    ("captions", caption.marked),
    ("described pictures", caption.described),
    ("related labels", related.marked),
    ("related lists", related.trailing_list),
    ("repeated titles", related.repeated_titles),
    ("excerpt credits", source.excerpt_credits),
    ("pull quotes", pullquote.repeats_body),
    ("readers' comments", comments.reader_reactions),
    ("broken paragraphs", body.continued_across_blank_lines),
    ("bullets", lists.bulleted),
    ("numbered items", lists.numbered),
    ("fact boxes", lists.definitions),
    ("dense lists", lists.dense_blocks),
    ("short runs", lists.short_runs),
    ("links in indented bodies", related.between_paragraphs_in_indented_body),
    ("subheadings", body.subheadings),
    ("paragraphs", body.paragraphs),
    ("leftovers", boilerplate.leftovers),
)


def classify(segments: tuple[Segment, ...], config: ParserConfig, table: Table | None = None) -> tuple[Group, ...]:
    """Run the rules over ``segments`` and return the blocks they make.

    ``table`` is the segments' feature table when the caller has it already.
    """
    table = table if table is not None else features_of(segments, config)
    state = State(segments, config, table, locate(segments, table, config))
    for name, rule in RULES:
        state.rule = name
        rule(state)
    return state.groups()
