"""The command line's outputs: one stream, or one file per input with ``--split``.

Files are written atomically: into a temporary file beside the target, renamed
over it when complete. An interrupted run leaves complete files or none.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Sequence
from typing import Protocol, TextIO

from articleparse._batch import Result
from articleparse._formats import (
    Format,
    csv_header,
    csv_row,
    error_record,
    json_line,
    markdown,
    plain_text,
    pretty_json,
)
from articleparse._model import Article

__all__ = ["Sink", "open_sink"]

# Between articles in one stream: a thematic break in Markdown, a form feed in text.
_MARKDOWN_BETWEEN = "\n\n---\n\n"
_TEXT_BETWEEN = "\n\f\n"


class Sink(Protocol):
    """Where results go."""

    def write(self, result: Result) -> str | None:
        """Write one result (a failed one only where the format records failures).

        Returns why a parsed article's output could not be written, or ``None``.
        """

    def commit(self) -> None:
        """Finish: every output complete and in place."""

    def discard(self) -> None:
        """Stop after an interruption, leaving only complete outputs."""


class _AtomicFile:
    """A text file written under a temporary name beside its target, renamed over it when complete."""

    def __init__(self, path: str) -> None:
        self.path = path
        folder, name = os.path.split(os.path.abspath(path))
        handle, self.temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
        self.file: TextIO = open(handle, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by commit/abandon

    def commit(self) -> None:
        """Flush, then put the file in place."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        # mkstemp makes the file private (0600); give it the permissions a new file gets.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.temporary, 0o666 & ~umask)
        os.replace(self.temporary, self.path)

    def abandon(self) -> None:
        """Close and remove the temporary file; the target is left as it was."""
        self.file.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)


def _render(fmt: Format, path: str, article: Article) -> str:
    if fmt is Format.JSON:
        return pretty_json(article)
    if fmt is Format.JSONL:
        return json_line(path, article)
    if fmt is Format.MARKDOWN:
        return markdown(article)
    if fmt is Format.TEXT:
        return plain_text(article)
    return csv_row(path, article)  # with the CSV line end


class _Stream:
    """Every result into one stream: standard output, or a file written atomically."""

    def __init__(self, fmt: Format, output: str | None, *, array: bool) -> None:
        self.fmt = fmt
        self.array = array and fmt is Format.JSON
        self.atomic = _AtomicFile(output) if output else None
        self.file: TextIO = self.atomic.file if self.atomic else sys.stdout
        self.count = 0
        if fmt is Format.CSV:
            self.file.write(csv_header())
        if self.array:
            self.file.write("[")

    def write(self, result: Result) -> str | None:
        if result.article is None:
            if self.fmt is Format.JSONL and result.error is not None:
                self.file.write(error_record(result.path, result.error) + "\n")
            return None
        text = _render(self.fmt, result.path, result.article)
        if self.fmt is Format.JSONL:
            self.file.write(text + "\n")
        elif self.fmt is Format.CSV:
            self.file.write(text)
        elif self.array:
            indented = text.replace("\n", "\n  ")
            self.file.write(f"{',' if self.count else ''}\n  {indented}")
        else:
            between = {Format.MARKDOWN: _MARKDOWN_BETWEEN, Format.TEXT: _TEXT_BETWEEN}.get(self.fmt, "\n")
            self.file.write((between if self.count else "") + text)
        self.count += 1
        return None

    def commit(self) -> None:
        if self.array:
            self.file.write("\n]\n" if self.count else "]\n")
        elif self.count and self.fmt not in (Format.JSONL, Format.CSV):
            self.file.write("\n")
        if self.atomic:
            self.atomic.commit()
        else:
            self.file.flush()

    def discard(self) -> None:
        if self.atomic:
            self.atomic.abandon()
        else:
            self.file.flush()


class _Split:
    """One file per parsed input under a directory, mirroring the input paths."""

    def __init__(self, fmt: Format, directory: str, roots: Sequence[str]) -> None:
        self.fmt = fmt
        self.directory = directory
        self.roots = [root for root in roots if os.path.isdir(root)]
        self.written: set[str] = set()
        os.makedirs(directory, exist_ok=True)

    def target(self, path: str) -> str:
        """The output file for the input at ``path``."""
        relative = os.path.basename(path)
        for root in self.roots:
            inside = os.path.relpath(path, root)
            if not inside.startswith(os.pardir + os.sep) and inside != os.pardir:
                relative = inside
                break
        stem, _ = os.path.splitext(relative)
        return os.path.join(self.directory, stem + self.fmt.suffix)

    def write(self, result: Result) -> str | None:
        if result.article is None:
            return None
        target = self.target(result.path)
        if target in self.written:
            # Two inputs with one output name (d1/x.txt and d2/x.txt, or x.txt and x.md):
            # refuse the second rather than overwrite the first.
            return f"not written: {target} already holds the output of another input"
        text = _render(self.fmt, result.path, result.article)
        text = csv_header() + text if self.fmt is Format.CSV else text + "\n"
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            atomic = _AtomicFile(target)
        except OSError as error:
            return f"cannot write {target}: {error.strerror or error}"
        try:
            atomic.file.write(text)
        except BaseException:
            atomic.abandon()
            raise
        atomic.commit()
        self.written.add(target)
        return None

    def commit(self) -> None:
        """Nothing to do: each file was finished as it was written."""

    def discard(self) -> None:
        """Nothing to do: files written are complete, none is half written."""


def open_sink(fmt: Format, output: str | None, *, split: bool, roots: Sequence[str], array: bool) -> Sink:
    """Where the command line writes: a stream (standard output or ``output``) or a ``--split`` directory.

    Raises:
        OSError: ``output`` cannot be written.
    """
    if split:
        if output is None:
            raise ValueError("--split needs an output directory")
        return _Split(fmt, output, roots)
    return _Stream(fmt, output, array=array)
