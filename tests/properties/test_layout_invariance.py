"""Property 5: line ends, a BOM, trailing white space and indentation do not change what is parsed."""

from __future__ import annotations

import attrs
from hypothesis import assume, example, given
from hypothesis import strategies as st

import articleparse
from articleparse import Article, Style
from articleparse.strategies import articles, shows_its_wrap, styles

from ..examples import WRAPPED_AT_SENTENCES
from ..invariants import content, layout


@given(articles(), styles(), st.sampled_from(["\n", "\r\n", "\r"]))
def test_line_ends_do_not_change_the_records(article: Article, style: Style, line_end: str) -> None:
    text = articleparse.render(article, style=style)
    assume(shows_its_wrap(text, style))
    first = articleparse.parse(text)
    second = articleparse.parse(articleparse.render(article, style=attrs.evolve(style, line_end=line_end)))
    assert layout(second) == layout(first)
    assert content(second) == content(first)


@given(articles(), styles(), st.sampled_from(["", "    ", "\t", "  "]))
@example(WRAPPED_AT_SENTENCES, Style(indent="    ", width=73), "")
def test_indentation_does_not_change_the_records(article: Article, style: Style, indent: str) -> None:
    if style.paragraph_gap == 0 and style.width is not None and not indent:
        indent = "    "  # the wire layout needs an indent to mark paragraphs
    other = attrs.evolve(style, indent=indent)
    text, other_text = articleparse.render(article, style=style), articleparse.render(article, style=other)
    assume(shows_its_wrap(text, style) and shows_its_wrap(other_text, other))
    first, second = articleparse.parse(text), articleparse.parse(other_text)
    assert content(second) == content(first)
    if style.width is None:  # a hard wrap counts the indent, so only then may line breaks move
        # Texts aside: a flush body labels its related links "Related: ", an indented one does not.
        assert [(role, first, last) for role, _, first, last in layout(second)] == [
            (role, first, last) for role, _, first, last in layout(first)
        ]


@given(articles(), styles(), st.sampled_from([" ", "\t", "\u00a0", "  \t"]))
def test_a_bom_and_trailing_white_space_do_not_change_the_records(article: Article, style: Style, tail: str) -> None:
    text = articleparse.render(article, style=style)
    assume(shows_its_wrap(text, style))
    noisy = "\ufeff" + style.line_end.join(line + tail for line in text.split(style.line_end))
    assert layout(articleparse.parse(noisy)) == layout(articleparse.parse(text))
    assert content(articleparse.parse(noisy)) == content(articleparse.parse(text))


@given(articles())
def test_a_final_newline_does_not_change_the_records(article: Article) -> None:
    text = articleparse.render(article)
    assert articleparse.parse(text + "\n") == articleparse.parse(text)
