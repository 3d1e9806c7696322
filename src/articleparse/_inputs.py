"""The command line's inputs: files, directories searched recursively, standard input.

Directories are walked lazily, in sorted order, so a run over millions of
files starts at once and is the same on every machine.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from typing import BinaryIO

import attrs

from articleparse._api import _from_decoded
from articleparse._batch import Result
from articleparse._errors import ArticleFileError, ArticleParseError
from articleparse._read import decode_dump

__all__ = ["STDIN", "STDIN_NAME", "Input", "NoMatch", "expand", "read_stdin"]

#: The argument that names standard input, and the name its messages use.
STDIN = "-"
STDIN_NAME = "<stdin>"


@attrs.frozen
class NoMatch:
    """A directory argument in which no file matched the pattern."""

    directory: str
    pattern: str

    def error(self) -> ArticleFileError:
        """The error to report for it."""
        return ArticleFileError(self.directory, f"no files match {self.pattern!r} in this directory")


#: An input: a path (``STDIN`` for standard input), or a directory that matched nothing.
Input = str | NoMatch


def expand(arguments: Sequence[str], pattern: str) -> Iterator[Input]:
    """The inputs the arguments name, in order: directories give their matching files."""
    for argument in arguments:
        if argument != STDIN and os.path.isdir(argument):
            found = False
            for path in _walk(argument, pattern):
                found = True
                yield path
            if not found:
                yield NoMatch(argument, pattern)
        else:
            # A file, standard input, or a path that parse_file will report (missing, unreadable).
            yield argument


def _walk(root: str, pattern: str) -> Iterator[str]:
    """Files under ``root`` whose names match ``pattern``, sorted, hidden files and folders skipped."""
    for directory, folders, files in os.walk(root):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and fnmatch.fnmatch(name, pattern):
                yield os.path.join(directory, name)


def read_stdin(stream: BinaryIO, *, encoding: str | None, max_bytes: int | None) -> Result:
    """Parse standard input as one dump."""
    try:
        data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
        decoded = decode_dump(data, STDIN_NAME, encoding=encoding, max_bytes=max_bytes)
        return Result(STDIN_NAME, _from_decoded(decoded, None, False, STDIN_NAME))
    except ArticleParseError as error:
        return Result(STDIN_NAME, error=error)
    except OSError as error:
        return Result(STDIN_NAME, error=ArticleFileError(STDIN_NAME, error.strerror or type(error).__name__))
