"""Inputs of the command line and of :func:`~articleparse.parse_many`: files, directories, standard input.

Directories are walked lazily, in sorted order, so a run over millions of
files starts at once and is the same on every machine. Without a glob, a walk
takes the files that look like dumps (:func:`is_dump_name`).
"""

from __future__ import annotations

import errno
import fnmatch
import os
from collections.abc import Iterable, Iterator
from typing import BinaryIO

import attrs

from articleparse._batch import Result, results_of, timed_out
from articleparse._config import DEFAULT_CONFIG, compiled
from articleparse._errors import ArticleFileError, ArticleParseError
from articleparse._model import Dump
from articleparse._parse_all import dump_of_decoded
from articleparse._read import decode_dump, read_at_most
from articleparse._timelimit import Expired, call_with_limit

__all__ = ["STDIN", "STDIN_NAME", "TEXT_SUFFIXES", "Input", "Unusable", "expand", "is_dump_name", "read_stdin"]

#: The argument that names standard input, and the name its messages use.
STDIN = "-"
STDIN_NAME = "<stdin>"


@attrs.frozen
class Unusable:
    """An input that is no file to parse: a directory that matched nothing or could not be read, a FIFO, a loop."""

    path: str
    reason: str

    def error(self) -> ArticleFileError:
        """The error to report for it."""
        return ArticleFileError(self.path, self.reason)


#: The suffixes of dumps a directory walk takes by default, with files that have none.
#: ``.story`` is the CNN / Daily Mail stories' own.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".story"})

#: Names (before any suffix, in any case) of the files that travel with a data set
#: and are no dumps: its read-me, its licence, its notices.
_NOT_DUMPS = frozenset({"readme", "read_me", "read-me", "license", "licence", "copying", "notice", "authors"})


def is_dump_name(name: str) -> bool:
    """Whether a file named ``name`` is taken from a directory by default.

    A dump's name ends in a text suffix (``.txt``, ``.text``, ``.story``, in any
    case) or has none: ``20061020`` and ``story.2006`` (digits are no suffix)
    are dumps. A read-me or a licence (``README``, ``README.TXT``, ``LICENSE``,
    ``COPYING``...) is not, nor is a file with any other suffix: data (``.json``,
    ``.csv``), markup (``.md``, ``.html``, ``.xml``) or binary (``.pdf``, ``.gz``).

    >>> [is_dump_name(name) for name in ("a.txt", "20061020", "b.story", "README.TXT", "notes.md", "x.json")]
    [True, True, True, False, False, False]
    """
    stem, suffix = os.path.splitext(name)
    if stem.split(".", 1)[0].casefold() in _NOT_DUMPS:
        return False
    return not suffix or suffix.casefold() in TEXT_SUFFIXES or not any(char.isalpha() for char in suffix)


def _matches(name: str, pattern: str | None) -> bool:
    """Whether a walk takes the file ``name``: by ``pattern``, or by default (``None``) when it looks like a dump."""
    return is_dump_name(name) if pattern is None else fnmatch.fnmatch(name, pattern)


def _nothing_found(pattern: str | None) -> str:
    if pattern is None:
        return "no dumps in this directory (by default .txt, .text, .story or no suffix; the glob '*' takes every file)"
    return f"no files match {pattern!r} in this directory"


#: An input: a path (``STDIN`` for standard input), or one that cannot be parsed, and why.
Input = str | Unusable


def expand(arguments: Iterable[str], pattern: str | None, *, exclude: str | None = None) -> Iterator[Input]:
    """The inputs the arguments name, in order: directories give their matching files.

    ``pattern`` is a glob on file names, or ``None`` for the files that look
    like dumps (:func:`is_dump_name`). ``exclude`` is a directory left out of every walk: the ``--split`` output,
    when it lies inside an input directory.
    """
    skip = os.path.realpath(exclude) if exclude else None
    for argument in arguments:
        if argument != STDIN and os.path.isdir(argument):
            found = False
            for item in _walk(argument, pattern, skip):
                found = True
                yield item
            if not found:
                yield Unusable(argument, _nothing_found(pattern))
        else:
            # A file, standard input, or a path that parse_file will report (missing, unreadable).
            # A FIFO named here is the user's choice (``<(zcat dump.gz)``), and is read.
            yield argument


def _walk(top: str, pattern: str | None, skip: str | None) -> Iterator[Input]:
    """Files under ``top`` whose names match ``pattern``, sorted, hidden entries skipped.

    A folder's files come before its subfolders, as with :func:`os.walk`. Links
    to folders are followed, and a folder reached twice (two links to it, or a
    link to a folder walked already) is walked once; a link back to a folder the
    walk is inside, or one that never resolves (``a -> b -> a``), is reported as
    a symlink loop. A folder that cannot be read, and a matching entry that is
    not a regular file (a FIFO would block the run), is reported too.
    """
    seen: set[tuple[int, int]] = set()  # the folders walked, by device and inode
    # Depth first, with a stack rather than recursion: no limit on depth. Each
    # folder comes with the folders it lies inside, to tell a loop from a repeat.
    stack: list[tuple[str, frozenset[tuple[int, int]]]] = [(top, frozenset())]
    while stack:
        folder, outer = stack.pop()
        try:
            status = os.stat(folder)
        except OSError as error:
            yield Unusable(folder, _reason(error))
            continue
        key = (status.st_dev, status.st_ino)
        if key in outer:
            yield Unusable(folder, _LOOP)
            continue
        if key in seen:
            continue
        seen.add(key)
        try:
            with os.scandir(folder) as listing:
                entries = sorted((entry for entry in listing if not entry.name.startswith(".")), key=lambda e: e.name)
        except OSError as error:
            yield Unusable(folder, _reason(error))
            continue
        inside = outer | {key}
        folders = []
        for entry in entries:
            try:
                is_folder = entry.is_dir()  # through a link too
            except OSError as error:
                if _matches(entry.name, pattern):
                    yield Unusable(entry.path, _reason(error))
                continue
            if is_folder:
                if skip is None or os.path.realpath(entry.path) != skip:
                    folders.append(entry.path)
            elif _matches(entry.name, pattern):
                if entry.is_file():
                    yield entry.path
                else:
                    yield Unusable(entry.path, "not a regular file (a FIFO, socket, device or broken link)")
        stack.extend((path, inside) for path in reversed(folders))


_LOOP = "symlink loop"


def _reason(error: OSError) -> str:
    """An error in a walk in words: a symlink loop, or the system's message."""
    if error.errno == errno.ELOOP:
        return _LOOP
    return error.strerror or type(error).__name__


def read_stdin(stream: BinaryIO, *, encoding: str | None, max_bytes: int | None, timeout: float | None) -> list[Result]:
    """Parse standard input: a result for its article, or one for each when it holds several.

    The time limit counts from the end of the input: a pipeline may take as long
    as it needs to write it.
    """
    try:
        data = stream.read() if max_bytes is None else read_at_most(stream, max_bytes)
    except OSError as error:
        return [Result(STDIN_NAME, error=ArticleFileError(STDIN_NAME, error.strerror or type(error).__name__))]

    def parse() -> Dump:
        decoded = decode_dump(data, STDIN_NAME, encoding=encoding, max_bytes=max_bytes)
        return dump_of_decoded(decoded, None, False, STDIN_NAME)

    compiled(DEFAULT_CONFIG)  # before the clock starts, as for files
    try:
        return results_of(STDIN_NAME, call_with_limit(timeout, parse))
    except ArticleParseError as error:
        return [Result(STDIN_NAME, error=error)]
    except Expired:
        assert timeout is not None  # only a limit expires
        return [timed_out(STDIN_NAME, timeout)]
