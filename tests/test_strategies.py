"""The public strategies: what users draw from, and the extra they need."""

from __future__ import annotations

import importlib
import subprocess
import sys

from hypothesis import given

import articleparse
from articleparse import Article, Role, Style
from articleparse.strategies import articles, dumps, headlines, styles


@given(articles())
def test_drawn_articles_have_a_body_and_furniture_in_place(article: Article) -> None:
    assert len(article.body) >= 3
    assert all(paragraph.role is Role.PARAGRAPH for paragraph in article.body)
    assert all(0 < link.position < len(article.body) for link in article.related)
    assert len(article.promos) <= 4
    assert article.standfirst is None or article.headline is not None
    assert [block.role for block in article.blocks].count(Role.PARAGRAPH) == len(article.body)


@given(headlines())
def test_headlines_never_end_with_a_full_stop(headline: str) -> None:
    assert not headline.endswith(".") or headline.endswith("...")


@given(styles())
def test_styles_are_valid_and_wire_styles_are_indented(style: Style) -> None:
    assert style.line_end in {"\n", "\r\n", "\r"}
    assert not (style.paragraph_gap == 0 and style.width is not None and not style.indent)


@given(dumps())
def test_dumps_are_renderings_of_their_article(dump: tuple[Article, str]) -> None:
    article, text = dump
    assert all(paragraph.text.split()[0] in text for paragraph in article.body)
    assert articleparse.parse(text).body  # the noise never hides the body


def test_without_hypothesis_the_import_error_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import articleparse.strategies\n"
        "except ImportError as error:\n    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'newsdump-parse[hypothesis]'" in result.stdout


def test_the_module_documents_its_example() -> None:
    module = importlib.import_module("articleparse.strategies")
    assert module.__doc__ is not None
    assert ">>> @given(dumps())" in module.__doc__


def test_a_wrap_that_falls_only_at_sentence_ends_does_not_show() -> None:
    from articleparse.strategies import shows_its_wrap

    style = Style(width=60)
    assert not shows_its_wrap("    One sentence here.\n    Another one here.", style)
    assert shows_its_wrap("    One sentence that goes\n    on here.", style)
    assert shows_its_wrap("    Anything at all.\n    Here.", Style())
