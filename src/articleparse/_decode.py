"""Bytes to text: a byte-order mark decides, else UTF-8, else the code page detected.

The chain, tried in order (the first that applies wins):

1. A byte-order mark: UTF-32, UTF-16 or UTF-8 (``utf-32``, ``utf-16``,
   ``utf-8-sig``); undecodable sequences after it become U+FFFD.
2. Strict UTF-8 (``utf-8``).
3. Mostly UTF-8: the bytes hold valid multi-byte UTF-8 sequences, no more
   stray bytes than those, and what those decode to reads as text; the stray
   bytes become U+FFFD (``utf-8``, with :attr:`Decoded.replaced` counting them). A UTF-8 file with one corrupt byte
   stays readable instead of turning into cp1252 mojibake.
4. A legacy code page, detected (:mod:`articleparse._charset`): cp1252
   (``cp1252``, or ``latin-1`` where cp1252 leaves a byte undefined) when that
   reads as Western European text, as before detection existed; else the
   candidate that reads as text in one script (``cp1251``, ``koi8_r``,
   ``gb18030``, ``big5``, ``cp932``, ``euc_jp``, ``cp949``, ``cp1253``,
   ``iso8859_7``, ``cp1256``, ...); else cp1252 or Latin-1 again, unsure.
   :attr:`Decoded.doubt` says when the choice is unsure, and
   :attr:`Decoded.runner_up` names the next candidate.

The recorded encoding is the name of a Python codec that decodes the whole
input, byte-order mark included.
"""

from __future__ import annotations

import codecs
import re

import attrs

from articleparse._errors import NO_PATH, ArticleDecodeError, Diagnostic, DiagnosticCode

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
        detected: Whether the bytes were neither UTF-8 nor marked, and the
            encoding was detected.
        doubt: Why a detected encoding may be wrong, in words; ``None`` when
            the detection is sure or there was none.
        runner_up: The next candidate of an unsure detection, if one read as text.
    """

    text: str
    encoding: str
    replaced: int = 0
    detected: bool = False
    doubt: str | None = None
    runner_up: str | None = None

    def diagnostics(self) -> list[Diagnostic]:
        """What an article decoded from these bytes reports about its decoding."""
        found = []
        if self.doubt is not None:
            runner_up = f"; the runner-up was {self.runner_up}" if self.runner_up else ""
            message = (
                f"the bytes are not UTF-8; decoded as {self.encoding}, unsure: {self.doubt}, "
                f"so the text may be mojibake{runner_up}; pass encoding= to force one"
            )
            found.append(Diagnostic(DiagnosticCode.ENCODING_UNSURE, message))
        elif self.detected:
            message = f"the bytes are not UTF-8; decoded as {self.encoding}"
            found.append(Diagnostic(DiagnosticCode.ENCODING_FALLBACK, message))
        if self.replaced:
            message = f"{self.replaced} undecodable byte sequence(s) replaced by U+FFFD"
            found.append(Diagnostic(DiagnosticCode.BYTES_REPLACED, message))
        return found


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
    from articleparse._charset import detect  # only for bytes that are neither marked nor UTF-8

    found = detect(data)
    return Decoded(found.text, found.encoding, detected=True, doubt=found.doubt, runner_up=found.runner_up)


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
    r"""Whether ``data`` is UTF-8 with a few stray bytes rather than a legacy code page.

    Bytes of a legacy CJK code page hold valid two-byte UTF-8 by chance
    (``\xcd\xab``, EUC-JP's 憂, is U+036B); what they decode to reads as no script.
    """
    from articleparse._charset import reads_as_text

    escaped = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY.findall(escaped))
    multibyte = len(_NON_ASCII.findall(escaped)) - stray
    return 0 < stray <= multibyte and reads_as_text(_STRAY.sub("", escaped))
