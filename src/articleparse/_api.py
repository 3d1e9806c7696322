"""The entry points: text, bytes or a path in, an :class:`~articleparse.Article` out."""

from __future__ import annotations

import os

from articleparse._config import DEFAULT_CONFIG, ParserConfig
from articleparse._decode import Decoded, decode
from articleparse._errors import NO_PATH, TEXT
from articleparse._model import Article, Block
from articleparse._pipeline import checked, run_text
from articleparse._read import DEFAULT_MAX_BYTES, read_dump
from articleparse._types import check_bytes, check_text

__all__ = ["parse", "parse_bytes", "parse_file", "tokenize"]


def tokenize(text: str, *, config: ParserConfig | None = None) -> tuple[Block, ...]:
    r"""Split a dump into its blocks, each with its role and span.

    Every non-blank line of ``text`` lies in exactly one block; blocks come in
    document order; each span, sliced from the normalised text, holds the
    block's lines. For a dump of one article this is :attr:`Article.blocks
    <articleparse.Article.blocks>` without the rest of the article; for a file
    of several (see :func:`~articleparse.parse_all`), the preamble's blocks and
    then each article's, in order. Never raises.

    >>> [block.role.value for block in tokenize("A headline\n\nThe story begins here.")]
    ['headline', 'paragraph']
    """
    check_text("tokenize", text)
    parsed = run_text(text, config or DEFAULT_CONFIG)
    return tuple(block for block, _ in parsed.blocks())


def parse(text: str, *, config: ParserConfig | None = None, strict: bool = False) -> Article:
    r"""Parse the text of an article dump.

    Never raises, whatever the string, unless ``strict`` is set: text that fits
    no role is kept as a ``boilerplate`` block, never dropped, and doubts are
    recorded as :attr:`Article.diagnostics <articleparse.Article.diagnostics>`.
    A file of several articles (see :func:`~articleparse.parse_all`) gives its
    first, with a ``several_articles`` diagnostic.

    Args:
        text: The dump.
        config: The vocabulary and thresholds to use; :data:`DEFAULT_CONFIG`
            when ``None``.
        strict: Raise on the first doubt instead of recording it.

    Raises:
        ArticleParseError: Only with ``strict``, when the parse has diagnostics;
            the error carries them all.

    Example:
        >>> article = parse("A headline\n\nThe story begins here.")
        >>> article.headline, article.text
        ('A headline', 'The story begins here.')
    """
    check_text("parse", text)
    return checked(run_text(text, config or DEFAULT_CONFIG).first(), strict, TEXT)


def _from_decoded(decoded: Decoded, config: ParserConfig | None, strict: bool, path: str) -> Article:
    return checked(run_text(decoded.text, config or DEFAULT_CONFIG, decoded).first(), strict, path)


def parse_bytes(
    data: bytes, *, encoding: str | None = None, config: ParserConfig | None = None, strict: bool = False
) -> Article:
    """Decode and parse the raw bytes of an article dump.

    Without ``encoding`` the bytes are decoded by the first that applies of: a
    byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8; UTF-8 with a few stray
    bytes replaced by U+FFFD; the legacy code page detected (cp1252 for Western text). The
    encoding used is recorded as :attr:`Article.encoding
    <articleparse.Article.encoding>`, and a fallback or a replacement as a
    diagnostic.

    Args:
        data: The dump's bytes.
        encoding: A codec to use instead of the chain above, strictly.
        config: As for :func:`parse`.
        strict: As for :func:`parse`.

    Raises:
        ArticleDecodeError: ``encoding`` was given and is unknown, or ``data`` is
            not in it.
        ArticleParseError: With ``strict``, when the parse has diagnostics.
    """
    check_bytes("parse_bytes", data)
    return _from_decoded(decode(data, encoding), config, strict, NO_PATH)


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    config: ParserConfig | None = None,
    strict: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Article:
    """Read and parse the article dump at ``path``.

    Args:
        path: The dump's path.
        encoding: As for :func:`parse_bytes`.
        config: As for :func:`parse`.
        strict: As for :func:`parse`.
        max_bytes: Refuse a file larger than this many bytes (default
            :data:`DEFAULT_MAX_BYTES`); ``None`` for no limit. The file is
            read as large as it is, never as large as the limit, so any value
            is safe: one beyond any file (``2**63``) is no limit.

    Raises:
        ArticleFileError: The path cannot be read (missing, a directory, not
            permitted); the message names the path and the reason.
        NotADumpError: The file is binary (NUL bytes, or mostly control
            characters) or over ``max_bytes``.
        ArticleDecodeError: ``encoding`` was given and the bytes are not in it.
        ArticleParseError: With ``strict``, when the parse has diagnostics; the
            message names the path.
    """
    decoded = read_dump(path, encoding=encoding, max_bytes=max_bytes)
    return _from_decoded(decoded, config, strict, os.fspath(path))
