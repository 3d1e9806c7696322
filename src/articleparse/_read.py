"""Reading a dump file: the size limit, the binary check, then decoding.

:func:`articleparse.parse_file`, :func:`articleparse.parse_many` and the
command line read files through :func:`read_dump`, so each refuses the same
files with the same messages.
"""

from __future__ import annotations

import codecs
import os
from typing import Protocol

from articleparse._decode import Decoded, decode
from articleparse._errors import ArticleFileError, NotADumpError

__all__ = ["DEFAULT_MAX_BYTES", "decode_dump", "read_at_most", "read_dump"]

#: The default size limit: 64 MiB. The largest dump in the development corpus is
#: under 1 MiB; a file many times that is a log, an archive or a database.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

# Bytes below 0x20 that text uses: tab, line feed, vertical tab, form feed,
# carriage return, and escape (terminal colours in captured output).
_TEXT_CONTROLS = b"\t\n\x0b\x0c\r\x1b"
_CONTROLS = bytes(byte for byte in range(0x20) if byte not in _TEXT_CONTROLS) + b"\x7f"
# Dumps in the corpus hold no other control bytes at all; a file where more than
# one byte in ten is one is not text in any single-byte encoding.
_MAX_CONTROL_SHARE = 0.1
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# What a stream of unknown length (a pipe, standard input) is read in: the limit itself is
# never asked for at once, as a read of N bytes sets N bytes aside before any arrive.
_PIECE = 1024 * 1024


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def read_dump(path: str | os.PathLike[str], *, encoding: str | None = None, max_bytes: int | None = None) -> Decoded:
    """Read and decode the dump at ``path``.

    Any ``max_bytes``, however large, is only compared with sizes: what is
    read is the file, never a buffer of the limit's size, so a limit larger
    than the platform can hold (``2**63``) means no limit.

    Raises:
        ArticleFileError: The path cannot be read.
        NotADumpError: The file is over ``max_bytes`` or binary.
        ArticleDecodeError: ``encoding`` was given and the bytes are not in it.
    """
    name = os.fspath(path)
    try:
        with open(path, "rb") as file:
            if max_bytes is None:
                data = file.read()
            else:
                size = os.fstat(file.fileno()).st_size
                if size > max_bytes:
                    raise NotADumpError(name, f"{_size(size)} is over the {_size(max_bytes)} limit (max_bytes)")
                # Up to one byte more than allowed: a file can grow, or lie about its size.
                data = read_at_most(file, max_bytes, size)
    except OSError as error:
        raise ArticleFileError(name, error.strerror or type(error).__name__) from error
    except ValueError as error:  # a path holding a NUL character
        raise ArticleFileError(name, f"not a valid path ({error})") from error
    return decode_dump(data, name, encoding=encoding, max_bytes=max_bytes)


def read_at_most(stream: _Readable, limit: int, expected: int = 0) -> bytes:
    """The bytes of ``stream`` up to its end or to one byte past ``limit``, whichever comes first.

    ``expected`` is the size the stream says it has (a regular file's), read at
    once; beyond it (a stream of unknown size, a file that grew) the stream is
    read a piece at a time. No read asks for more than the stream has
    shown it holds plus a piece, however large ``limit`` is.
    """
    want = min(limit + 1, max(expected + 1, _PIECE))
    data = stream.read(want)
    if len(data) < want or len(data) > limit:
        return data  # the end, or past the limit
    pieces = [data]
    total = len(data)
    while total <= limit:
        piece = stream.read(min(_PIECE, limit + 1 - total))
        if not piece:
            break
        pieces.append(piece)
        total += len(piece)
    return b"".join(pieces)


def decode_dump(data: bytes, name: str, *, encoding: str | None = None, max_bytes: int | None = None) -> Decoded:
    """Check and decode the bytes of a dump read from ``name`` (a file, or standard input).

    Raises:
        NotADumpError: The bytes are over ``max_bytes`` or binary.
        ArticleDecodeError: ``encoding`` was given and the bytes are not in it.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise NotADumpError(name, f"over the {_size(max_bytes)} limit (max_bytes)")
    reason = _binary(data, encoding)
    if reason:
        raise NotADumpError(name, f"binary file, not a text dump ({reason})")
    return decode(data, encoding, path=name)


def _binary(data: bytes, encoding: str | None) -> str | None:
    """Why ``data`` is binary rather than text, or ``None`` when it is text."""
    if data.startswith(_WIDE_BOMS):
        return None
    if encoding is not None and _wide(encoding):
        return None
    nul = data.find(b"\x00")
    if nul >= 0:
        return f"a NUL byte at offset {nul}"
    controls = len(data) - len(data.translate(None, _CONTROLS))
    if controls > _MAX_CONTROL_SHARE * len(data):
        return f"{controls} of {len(data)} bytes are control characters"
    return None


def _wide(encoding: str) -> bool:
    """Whether ``encoding`` is UTF-16 or UTF-32, where NUL bytes are text."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False  # decode() reports the unknown name
    return name.startswith(("utf-16", "utf-32"))


def _size(count: int) -> str:
    """A byte count for people: ``512 bytes``, ``1.5 KiB``, ``64.0 MiB``."""
    if count < 1024:
        return f"{count} bytes"
    value = count / 1024
    for unit in ("KiB", "MiB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"
