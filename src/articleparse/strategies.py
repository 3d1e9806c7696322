r"""Hypothesis strategies for articles and the dumps they are written as.

Property-test a pipeline built on articleparse with realistic input: articles
with headlines, standfirsts, paragraphs of several sentences (quotes,
abbreviations such as U.S., Dr. and a.m., numbers, dashes, non-ASCII names),
related links, a source line and promos; layouts as real dumps vary them; and
the noise real dumps carry.

Needs Hypothesis: ``pip install "articleparse[hypothesis]"``.

>>> from hypothesis import given
>>> import articleparse
>>> from articleparse.strategies import dumps
>>> @given(dumps())
... def test_my_pipeline_keeps_every_paragraph(dump):
...     article, text = dump
...     assert len(articleparse.parse(text).body) == len(article.body)
>>> test_my_pipeline_keeps_every_paragraph()

Every drawn :class:`~articleparse.Article` carries the spans and blocks of its
rendering in the default style, so ``parse(render(article)) == article``.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised in a separate environment
    raise ImportError(
        "articleparse.strategies needs Hypothesis; install it with: pip install 'articleparse[hypothesis]'"
    ) from error

from articleparse._assemble import split_credits
from articleparse._model import Article, Paragraph, Promo, RelatedLink, SourceLine, Span
from articleparse._render import Style, lay_out, render
from articleparse._roles import Role

if TYPE_CHECKING:
    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = ["articles", "dumps", "headlines", "paragraphs", "sentences", "shows_its_wrap", "styles"]

# Vocabulary: realistic, varied, and free of the labels that mark furniture.
_NAMES = (
    "Vladimir Putin",
    "Angela Merkel",
    "José Álvarez",
    "Zoë Müller",
    "Søren Berg",
    "Nguyễn Thị Lan",
    "Dr. Amara Okafor",
    "Mr. Tom O'Neill",
    "Aleksandr Lukashenko",
    "Ama Ata",
    "Łukasz Nowak",
    "Chloé Dubois",
)
_GROUPS = (
    "the government",
    "the U.S. State Department",
    "the United Nations",
    "officials",
    "the opposition",
    "the central bank",
    "the ministry",
    "local residents",
    "the company",
    "analysts",
    "the police",
    "the court",
)
_PLACES = ("Aleppo", "São Paulo", "Kyiv", "Reykjavík", "Washington", "Moscow", "Lagos", "Zürich", "Montréal")
_VERBS = ("said", "warned", "announced", "argued", "confirmed", "denied", "insisted", "told reporters")
_CLAIMS = (
    "the truce would hold until the end of the month",
    "about 300,000 people had been displaced since March 2011",
    "spending on schools would rise by 7.8% next year",
    "talks would resume at 9 a.m. on Monday",
    "the $14.5bn plan was a “very dangerous route”",
    "nearly 2.3 million residents were still without power",
    "the 16-year-old had been released without charge",
    "no decision had been taken — at least not yet",
    "prices fell 4.5 percent in the three months to June",
    "the deal was “a step in the right direction”",
)
_QUOTES = (
    "We will not give up",
    "This is a very dangerous route",
    "Nobody expected it to happen so quickly",
    "It's a small step, but an important one",
    "We have no choice but to act",
    "The numbers speak for themselves",
)
_TIMES = ("On Monday", "Earlier this week", "Last year", "On Saturday", "In 2016", "Since March 2011")
_TOPICS = (
    "ceasefire",
    "budget",
    "election",
    "pipeline",
    "vaccine",
    "border",
    "strike",
    "trade deal",
    "flood",
    "inquiry",
    "summit",
    "protest",
)
_TITLE_WORDS = (
    "Russia",
    "blasts",
    "US",
    "over",
    "violations",
    "Women",
    "under",
    "siege",
    "Diplomats",
    "for",
    "sale",
    "How",
    "an",
    "ambassadorship",
    "was",
    "bought",
    "and",
    "lost",
    "Mapping",
    "Canada's",
    "battle",
    "New",
    "rules",
    "Crisis",
    "talks",
    "end",
    "without",
    "deal",
    "Inside",
    "the",
    "race",
    "to",
    "save",
    "Zürich's",
)
_CREDITS = ("Al Jazeera News", "Agencies", "Reuters", "AP", "AFP", "Staff", "BBC Monitoring", "Wires")


@st.composite
def sentences(draw: DrawFn) -> str:
    """One sentence of news prose, ending in a full stop, question mark or a closing quote."""
    name, group = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_GROUPS))
    claim, verb = draw(st.sampled_from(_CLAIMS)), draw(st.sampled_from(_VERBS))
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return f"{name} {verb} that {claim}."
    if shape == 1:
        return f"“{draw(st.sampled_from(_QUOTES))},” {name} {verb.split()[0]} in {draw(st.sampled_from(_PLACES))}."
    if shape == 2:
        return f"{draw(st.sampled_from(_TIMES))}, {group} {verb} that {claim}."
    if shape == 3:
        topic = draw(st.sampled_from(_TOPICS))
        return f"The {topic} in {draw(st.sampled_from(_PLACES))} - a key demand - was discussed with {group}."
    if shape == 4:
        return f'"{draw(st.sampled_from(_QUOTES))}. {claim[0].upper()}{claim[1:]}," {name} {verb.split()[0]}.'
    return f"Why did {group} wait so long, {name} asked, when {claim}?"


@st.composite
def paragraphs(draw: DrawFn, *, min_sentences: int = 2, max_sentences: int = 4) -> str:
    """A paragraph of several sentences."""
    return " ".join(draw(st.lists(sentences(), min_size=min_sentences, max_size=max_sentences)))


@st.composite
def headlines(draw: DrawFn, *, min_words: int = 3, max_words: int = 10, marks: bool = True) -> str:
    """A headline-shaped line: no final full stop; with ``marks``, may end in ``?``, ``!`` or an ellipsis."""
    words = draw(st.lists(st.sampled_from(_TITLE_WORDS), min_size=min_words, max_size=max_words))
    words[0] = words[0][0].upper() + words[0][1:]
    title = " ".join(words)
    shape = draw(st.integers(0, 6 if marks else 5))
    if shape == 0:
        return f"{draw(st.sampled_from(_TOPICS)).capitalize()}: {title}"
    if shape == 1:
        return f"'{draw(st.sampled_from(_QUOTES))}': {title}"
    if shape == 6:
        return title + draw(st.sampled_from(("?", "!", "...")))
    return title


@st.composite
def _sources(draw: DrawFn) -> SourceLine:
    credits = draw(st.lists(st.sampled_from(_CREDITS), min_size=1, max_size=3, unique=True))
    text = credits[0]
    for credit in credits[1:]:
        text += draw(st.sampled_from((", ", " and ", " And ", " & "))) + credit
    label = draw(st.sampled_from(("SOURCE", "Source", None)))
    return SourceLine(label, text, split_credits(text), _NOWHERE)


# Drawn records get their real spans from the rendering; this stands in until then.
_NOWHERE = Span(0, 0, 1, 1)


@st.composite
def articles(draw: DrawFn, *, min_paragraphs: int = 3, max_paragraphs: int = 10) -> Article:
    """A realistic article, with the spans and blocks of its default rendering.

    The headline, standfirst (only under a headline), related links, source
    line and promos (0 to 4) are each present or not, as in real dumps; the
    body has ``min_paragraphs`` to ``max_paragraphs`` paragraphs of several
    sentences. Related links stand between paragraphs.
    """
    texts = draw(st.lists(paragraphs(), min_size=min_paragraphs, max_size=max_paragraphs, unique=True))
    body = tuple(Paragraph(text, Role.PARAGRAPH, _NOWHERE) for text in texts)
    headline = draw(st.none() | headlines())
    standfirst = None if headline is None else draw(st.none() | sentences())
    inner = range(1, len(body))
    positions = draw(st.lists(st.sampled_from(inner), max_size=3, unique=True)) if inner else []
    # A related link ending in "?" reads as a one-line question paragraph, so links are drawn unpunctuated.
    links = headlines(marks=False)
    related = tuple(RelatedLink(draw(links), _NOWHERE, position) for position in sorted(positions))
    source = draw(st.none() | _sources())
    titles = draw(st.lists(headlines(), max_size=4, unique=True))
    promos = tuple(Promo(title, draw(sentences().filter(lambda s: s.endswith("."))), _NOWHERE) for title in titles)
    draft = Article(headline=headline, standfirst=standfirst, body=body, related=related, source=source, promos=promos)
    return lay_out(draft)[1]


@st.composite
def styles(draw: DrawFn) -> Style:
    """A layout real dumps use: indentation, line ends, hard wrapping, blank lines, a final newline or not."""
    indent = draw(st.sampled_from(("    ", "", "  ", "\t")))
    width = draw(st.none() | st.integers(40, 100))
    gaps = st.integers(0, 2) if indent or width is None else st.integers(1, 2)
    return Style(
        indent=indent,
        line_end=draw(st.sampled_from(("\n", "\r\n", "\r"))),
        width=width,
        paragraph_gap=draw(gaps),
        final_newline=draw(st.booleans()),
    )


@st.composite
def _noisy(draw: DrawFn, text: str, line_end: str) -> str:
    """``text`` with the noise of real dumps: trailing white space, extra blank lines, no-break spaces, a BOM."""
    lines = text.split(line_end)
    noisy: list[str] = [""] * draw(st.integers(0, 2))
    for index, line in enumerate(lines):
        alone = (index == 0 or not lines[index - 1].strip()) and (
            index + 1 == len(lines) or not lines[index + 1].strip()
        )
        if line.strip() and alone and draw(st.integers(0, 5)) == 0:  # as before a related link in the seed
            content = len(line) - len(line.lstrip())
            line = line[:content] + "\u00a0" + line[content:]
        if line.strip() and draw(st.integers(0, 4)) == 0:
            line += draw(st.sampled_from((" ", "  ", "\t", "\u00a0", " \u00a0 ")))
        noisy.append(line)
        blank_follows = index + 1 < len(lines) and not lines[index + 1].strip()
        if blank_follows and draw(st.integers(0, 5)) == 0:
            noisy.append(draw(st.sampled_from(("", " ", "\t"))))
    noisy.extend([""] * draw(st.integers(0, 2)))
    return ("\ufeff" if draw(st.booleans()) else "") + line_end.join(noisy)


def shows_its_wrap(text: str, style: Style) -> bool:
    """Whether ``text``, rendered in ``style``, shows a reader that it is hard-wrapped.

    A wrap shows where a wrapped line is continued by a lower-case word. Text
    wrapped so that every break falls at a sentence end looks exactly like one
    sentence a line, and is read that way (a documented limit).
    """
    if style.width is None:
        return True
    lines = text.split(style.line_end)
    return any(line.strip() and after.lstrip()[:1].islower() for line, after in pairwise(lines))


@st.composite
def dumps(draw: DrawFn, article: SearchStrategy[Article] | None = None) -> tuple[Article, str]:
    """An ``(article, text)`` pair: the article rendered in a drawn style, with noise.

    Articles come from ``article``, a strategy, or :func:`articles` when it is
    ``None``. When a drawn hard wrap would not show (see :func:`shows_its_wrap`),
    the article is written unwrapped instead, so the text always reads as the article.
    """
    drawn = draw(article if article is not None else articles())
    style = draw(styles())
    text = render(drawn, style=style)
    if not shows_its_wrap(text, style):
        style = attrs.evolve(style, width=None)
        text = render(drawn, style=style)
    return drawn, draw(_noisy(text, style.line_end))
