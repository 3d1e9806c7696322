"""The entry points for files of several articles: text, bytes or a path in, a :class:`~articleparse.Dump` out."""

from __future__ import annotations

import os

from articleparse._config import DEFAULT_CONFIG, ParserConfig
from articleparse._decode import Decoded, decode
from articleparse._errors import NO_PATH, TEXT
from articleparse._model import Dump
from articleparse._pipeline import checked, run_text
from articleparse._read import DEFAULT_MAX_BYTES, read_dump
from articleparse._types import check_bytes, check_text

__all__ = ["dump_of_decoded", "parse_all", "parse_all_bytes", "parse_all_file"]


def _checked(dump: Dump, strict: bool, path: str) -> Dump:
    """Return ``dump``, or with ``strict`` raise on the first doubt of its first doubtful article."""
    for article in dump.articles:
        checked(article, strict, path)
    return dump


def parse_all(text: str, *, config: ParserConfig | None = None, strict: bool = False) -> Dump:
    r"""Parse every article of a file: a news database's export, dumps joined into one file, or one dump.

    Recognises LexisNexis, Nexis Uni, Factiva and ProQuest exports and plain
    concatenations (form feeds, or the same separator line between dumps that
    each read as an article), each from the layout's own conventions; any other
    text is one article, exactly :func:`parse`'s. Each article's export fields
    (publication, section, language, word count, copyright, every labelled field)
    are on the :class:`Article`; spans index the whole file. What stands before
    the first article (a request header) is the dump's ``preamble``. Never
    raises, unless ``strict`` is set.

    Args:
        text: The file's text.
        config: As for :func:`parse`.
        strict: Raise on the first article with a diagnostic.

    Raises:
        ArticleParseError: Only with ``strict``, when an article has diagnostics.

    Example:
        >>> one = "A headline\n\nThe story begins here.\n\nIt goes on here."
        >>> dump = parse_all(one + "\f\n" + one.replace("A headline", "Another headline"))
        >>> dump.layout.value, [article.headline for article in dump]
        ('form_feeds', ['A headline', 'Another headline'])
    """
    check_text("parse_all", text)
    return _checked(run_text(text, config or DEFAULT_CONFIG).dump, strict, TEXT)


def dump_of_decoded(decoded: Decoded, config: ParserConfig | None, strict: bool, path: str) -> Dump:
    """Every article of the decoded text of the file at ``path`` (as :func:`parse_all_file` reads it)."""
    return _checked(run_text(decoded.text, config or DEFAULT_CONFIG, decoded).dump, strict, path)


def parse_all_bytes(
    data: bytes, *, encoding: str | None = None, config: ParserConfig | None = None, strict: bool = False
) -> Dump:
    """Decode and parse every article of a file's raw bytes, as :func:`parse_bytes` decodes them.

    Each article records the encoding used (and a fallback or a replacement as a
    diagnostic).

    Args:
        data: The file's bytes.
        encoding: As for :func:`parse_bytes`.
        config: As for :func:`parse`.
        strict: As for :func:`parse_all`.

    Raises:
        ArticleDecodeError: ``encoding`` was given and is unknown, or ``data`` is
            not in it.
        ArticleParseError: With ``strict``, when an article has diagnostics.
    """
    check_bytes("parse_all_bytes", data)
    return dump_of_decoded(decode(data, encoding), config, strict, NO_PATH)


def parse_all_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    config: ParserConfig | None = None,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Dump:
    """Read the file at ``path`` and parse every article in it.

    Args:
        path: The file's path.
        encoding: As for :func:`parse_bytes`.
        config: As for :func:`parse`.
        strict: As for :func:`parse_all`.
        max_bytes: As for :func:`parse_file`.

    Raises:
        ArticleFileError: The path cannot be read; the message names it and why.
        NotADumpError: The file is binary or over ``max_bytes``.
        ArticleDecodeError: ``encoding`` was given and the bytes are not in it.
        ArticleParseError: With ``strict``, when an article has diagnostics; the
            message names the path.
    """
    decoded = read_dump(path, encoding=encoding, max_bytes=max_bytes)
    return dump_of_decoded(decoded, config, strict, os.fspath(path))
