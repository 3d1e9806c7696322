"""The exception family of the file and bytes entry points.

:func:`articleparse.parse` never raises; :func:`articleparse.parse_bytes` raises
only when a caller forces an encoding the bytes are not in, and
:func:`articleparse.parse_file` when a path cannot be read. Every exception
is an :class:`ArticleParseError`, and its message names the path (or
``<bytes>``) and the reason.
"""

from __future__ import annotations

import os

__all__ = ["ArticleDecodeError", "ArticleFileError", "ArticleParseError"]

#: What messages name when the input has no path.
NO_PATH = "<bytes>"


class ArticleParseError(Exception):
    """Base class of every exception articleparse raises.

    Attributes:
        path: The path of the input, or ``"<bytes>"`` when it had none.
        reason: Why the input could not be parsed, in words.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[type[ArticleParseError], tuple[str, str]]:
        # Keep the error picklable, so batch workers can send it home.
        return (type(self), (self.path, self.reason))


class ArticleFileError(ArticleParseError):
    """A path could not be read: missing, a directory, not permitted, ...

    Raised by :func:`articleparse.parse_file`.
    """


class ArticleDecodeError(ArticleParseError):
    """The bytes do not decode in the encoding the caller forced.

    Raised by :func:`articleparse.parse_bytes` and
    :func:`articleparse.parse_file` only when ``encoding`` is given; without
    it, decoding falls back until it succeeds and never raises.
    """
