"""Articles as the command line writes them: JSON, JSON Lines, Markdown, plain text, CSV.

Each writer turns one parsed file into a string; the command line joins them.
:func:`rendered` is what a worker process of the command line gives back for a
result: the article already written in the format, as UTF-8 bytes, and the little
the command line counts, so that no article crosses the process boundary.
"""

from __future__ import annotations

import csv
import enum
import io
import json
import os
import re
from typing import TYPE_CHECKING

import attrs

from articleparse._errors import ArticleParseError
from articleparse._model import Article, TimestampKind
from articleparse._roles import Role

if TYPE_CHECKING:
    from articleparse._batch import Result

__all__ = [
    "CSV_COLUMNS",
    "CSV_JOIN",
    "Format",
    "Rendered",
    "csv_header",
    "csv_row",
    "error_record",
    "json_line",
    "markdown",
    "plain_text",
    "pretty_json",
    "rendered",
]


class Format(enum.Enum):
    """An output format of the command line, and the suffix of files it writes with ``--split``."""

    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
    TEXT = "text"
    CSV = "csv"

    @property
    def suffix(self) -> str:
        """The file suffix, for ``--split``."""
        return {"json": ".json", "jsonl": ".jsonl", "markdown": ".md", "text": ".txt", "csv": ".csv"}[self.value]


_NUMBERED = re.compile(r"(\d{1,9})[.)]")

#: The columns of ``--format csv``, one row an article; ``index`` is the article's place in its file (0-based).
#: docs/cli.md describes each column.
CSV_COLUMNS = (
    "path",
    "index",
    "headline",
    "standfirst",
    "byline",
    "authors",
    "published",
    "updated",
    "url",
    "language",
    "publication",
    "section",
    "source",
    "word_count",
    "paragraphs",
    "diagnostics",
    "text",
)
#: What joins the members of a CSV cell that holds several (authors, diagnostics' codes).
CSV_JOIN = "; "


def pretty_json(article: Article) -> str:
    """The article as indented JSON, as :meth:`Article.to_dict` gives it."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)


def printable_path(path: str) -> str:
    r"""``path`` as text any output can hold: bytes of a file name that are not UTF-8 become ``\xNN``."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def json_line(path: str, article: Article, index: int | None = None) -> str:
    """One JSON Lines record: ``{"path": ..., "article": {...}}``, no newline.

    An article of a file of several has its place in the file too:
    ``{"path": ..., "index": 2, "article": {...}}``.
    """
    record: dict[str, object] = {"path": printable_path(path)}
    if index is not None:
        record["index"] = index
    record["article"] = article.to_dict()
    return json.dumps(record, ensure_ascii=False)


def error_record(path: str, error: ArticleParseError) -> str:
    """One JSON Lines record for a file that failed: ``{"path": ..., "error": {"type": ..., "reason": ...}}``."""
    record = {"path": printable_path(path), "error": {"type": type(error).__name__, "reason": error.reason}}
    return json.dumps(record, ensure_ascii=False)


def markdown(article: Article) -> str:
    """The article as Markdown: ``#`` headline, the standfirst in italics, the body, then related links and promos.

    Subheadings become ``##`` headings and list items ``-`` items; related
    links and promos get sections of their own, the source line closes it.
    """
    parts: list[str] = []
    if article.headline:
        parts.append(f"# {_inline(article.headline)}")
    if article.standfirst:
        parts.append(f"*{_inline(article.standfirst)}*")
    meta = [article.byline.text if article.byline else None, article.written_time(TimestampKind.PUBLISHED)]
    if any(meta):
        parts.append(" · ".join(_inline(item) for item in meta if item))
    items: list[str] = []
    for paragraph in article.body:
        if paragraph.role is Role.LIST_ITEM:
            items.append(f"- {_inline(paragraph.text)}")
            continue
        if items:
            parts.append("\n".join(items))
            items = []
        if paragraph.role is Role.SUBHEADING:
            parts.append(f"## {_inline(paragraph.text)}")
        else:
            parts.append(_inline(paragraph.text))
    if items:
        parts.append("\n".join(items))
    if article.related:
        parts.append("## Related\n\n" + "\n".join(f"- {_inline(link.text)}" for link in article.related))
    if article.source:
        parts.append(f"*{_inline(article.source.text)}*")
    if article.promos:
        lines = [f"- **{_inline(p.title)}**" + (f": {_inline(p.blurb)}" if p.blurb else "") for p in article.promos]
        parts.append("## More stories\n\n" + "\n".join(lines))
    return "\n\n".join(parts)


def _inline(text: str) -> str:
    """``text`` with the characters Markdown would read as markup escaped."""
    escaped = "".join("\\" + char if char in "\\`*_[]<>#|&~" else char for char in text)
    # A paragraph starting "-", "+" or "1." would become a list.
    if escaped[:1] in ("-", "+"):
        return "\\" + escaped
    number = _NUMBERED.match(escaped)
    if number:
        return f"{number.group(1)}\\{escaped[number.end(1) :]}"
    return escaped


def plain_text(article: Article) -> str:
    """The clean body only: its paragraphs, a blank line between them."""
    return article.text


def csv_row(path: str, article: Article, index: int | None = None) -> str:
    """One CSV row (with its line end) in :data:`CSV_COLUMNS` order; the index of a file's only article is 0.

    An empty cell is a value the article lacks; a date without a time is ``YYYY-MM-DD``.
    """
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [
            printable_path(path),
            index or 0,
            article.headline or "",
            article.standfirst or "",
            article.byline.text if article.byline else "",
            CSV_JOIN.join(article.authors),
            article.written_time(TimestampKind.PUBLISHED) or "",
            article.written_time(TimestampKind.UPDATED) or "",
            article.url or "",
            article.language or "",
            article.publication or "",
            article.section or "",
            article.source.text if article.source else "",
            "" if article.word_count is None else article.word_count,
            len(article.body),
            CSV_JOIN.join(diagnostic.code.value for diagnostic in article.diagnostics),
            article.text,
        ]
    )
    return buffer.getvalue()


def csv_header() -> str:
    """The CSV header row, with its line end."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(CSV_COLUMNS)
    return buffer.getvalue()


@attrs.frozen
class Rendered:
    """A result as the command line writes it: its article rendered in the output format, or its error.

    What a worker process sends back in place of a :class:`~articleparse.Result`:
    a few fields and bytes, which cost little to send and nothing to write.

    Attributes:
        path: The path as given.
        index: The article's place in a file of several, or ``None``.
        error: Why the path could not be parsed, or ``None``.
        empty: Whether the article has no blocks (an empty file).
        data: The article in the format (what :func:`json_line`, :func:`pretty_json`,
            :func:`markdown`, :func:`plain_text` or :func:`csv_row` give), UTF-8
            encoded; the text itself when it cannot be encoded (a lone surrogate,
            which only the writing of the output may report); ``b""`` for an error.
    """

    path: str
    index: int | None
    error: ArticleParseError | None
    empty: bool
    data: bytes | str


def rendered(fmt: Format, result: Result) -> Rendered:
    """``result`` rendered in ``fmt``: what a worker of the command line sends back instead of the article."""
    article = result.article
    if article is None:
        return Rendered(result.path, result.index, result.error, False, b"")
    if fmt is Format.JSONL:
        text = json_line(result.path, article, result.index)
    elif fmt is Format.JSON:
        text = pretty_json(article)
    elif fmt is Format.MARKDOWN:
        text = markdown(article)
    elif fmt is Format.TEXT:
        text = plain_text(article)
    else:
        text = csv_row(result.path, article, result.index)  # with the CSV line end
    data: bytes | str
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = text
    return Rendered(result.path, result.index, None, not article.blocks, data)
