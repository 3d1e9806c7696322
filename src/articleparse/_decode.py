"""Bytes to text: a byte-order mark decides, else UTF-8, cp1252, Latin-1.

The chain, tried in order (the first that applies wins):

1. A byte-order mark: UTF-32, UTF-16 or UTF-8 (``utf-32``, ``utf-16``,
   ``utf-8-sig``); undecodable sequences after it become U+FFFD.
2. Strict UTF-8 (``utf-8``).
3. Mostly UTF-8: the bytes hold valid multi-byte UTF-8 sequences and no more
   stray bytes than those; the stray bytes become U+FFFD (``utf-8``, with
   :attr:`Decoded.replaced` counting them). A UTF-8 file with one corrupt byte
   stays readable instead of turning into cp1252 mojibake.
4. Strict cp1252 (``cp1252``), what many Windows-made dumps are in.
5. Latin-1 (``latin-1``), which decodes any byte sequence.

The recorded encoding is the name of a Python codec that decodes the whole
input, byte-order mark included.
"""

from __future__ import annotations

import codecs
import re

import attrs

from articleparse._errors import NO_PATH, ArticleDecodeError

__all__ = ["Decoded", "decode"]

# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_REPLACEMENT = "\ufffd"
# After decoding with "surrogateescape", each undecodable byte is one lone surrogate.
_STRAY = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


@attrs.frozen
class Decoded:
    """Text decoded from bytes, and how.

    Attributes:
        text: The decoded text (a byte-order mark is still its first character).
        encoding: The codec that decoded it.
        replaced: How many undecodable sequences became U+FFFD.
    """

    text: str
    encoding: str
    replaced: int = 0


def decode(data: bytes, encoding: str | None = None, *, path: str = NO_PATH) -> Decoded:
    """Decode ``data`` by the chain in this module's docstring.

    With ``encoding`` given, only that codec is tried, strictly.

    Raises:
        ArticleDecodeError: ``encoding`` was given and is unknown, or the bytes
            are not in it. Never raised without ``encoding``.
    """
    if encoding is not None:
        return _forced(data, encoding, path)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _with_replacement(data, name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _with_replacement(data, "utf-8")
    try:
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1")


def _forced(data: bytes, encoding: str, path: str) -> Decoded:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ArticleDecodeError(path, f"unknown encoding {encoding!r}") from None
    try:
        return Decoded(data.decode(name), name)
    except LookupError:  # a codec, but not a text encoding: rot13, base64, zlib
        raise ArticleDecodeError(path, f"{encoding!r} is not a text encoding") from None
    except UnicodeDecodeError as error:
        reason = f"not valid {name}: byte {data[error.start]:#04x} at offset {error.start} ({error.reason})"
        raise ArticleDecodeError(path, reason) from None


def _with_replacement(data: bytes, name: str) -> Decoded:
    text = data.decode(name, errors="replace")
    # Count only what the decoder replaced, not U+FFFD the input already held.
    replaced = text.count(_REPLACEMENT) - data.decode(name, errors="ignore").count(_REPLACEMENT)
    return Decoded(text, name, replaced)


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 with a few stray bytes rather than a single-byte encoding."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY.findall(escaped))
    multibyte = len(_NON_ASCII.findall(escaped)) - stray
    return 0 < stray <= multibyte
