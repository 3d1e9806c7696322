"""The command line's outputs: one stream, or one file per input with ``--split``.

Regular files are written atomically: into a temporary file beside the target,
renamed over it when complete. An interrupted run leaves complete files or none.
What ``-o`` does with each kind of path is :func:`open_sink`'s to decide.

What is written comes as :class:`~articleparse._formats.Rendered` results: each
article already in the format, as UTF-8 bytes (rendered by the worker process
that parsed it), which go into the files the command line opens as they are.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from typing import BinaryIO, Protocol, TextIO, cast

from articleparse._formats import Format, Rendered, csv_header, error_record

__all__ = ["Identity", "OutputError", "Sink", "identity", "open_sink", "split_target"]

# Between articles in one stream: a thematic break in Markdown, a form feed in text.
_MARKDOWN_BETWEEN = b"\n\n---\n\n"
_TEXT_BETWEEN = b"\n\f\n"


class OutputError(Exception):
    """The output could not be written: a full disk, a closed standard output. The command line exits with 3."""


def _failure(name: str, error: OSError) -> OutputError:
    return OutputError(f"cannot write {name}: {error.strerror or error}")


class Sink(Protocol):
    """Where results go, written in :attr:`fmt`."""

    fmt: Format

    def write(self, result: Rendered) -> str | None:
        """Write one result (a failed one only where the format records failures).

        Returns why a parsed article's output could not be written, or ``None``.
        """

    def commit(self) -> None:
        """Finish: every output complete and in place."""

    def discard(self) -> None:
        """Stop after an interruption, leaving only complete outputs."""


class _AtomicFile:
    """A file written (in bytes) under a temporary name beside its target, renamed over it when complete.

    A target that exists keeps its permission bits (and, where allowed, its owner).
    """

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self.existing: os.stat_result | None = os.stat(path)
        except FileNotFoundError:
            self.existing = None
        folder, name = os.path.split(os.path.abspath(path))
        handle, self.temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
        try:
            self.file: BinaryIO = open(handle, "wb")  # noqa: SIM115 - closed by commit/abandon
        except BaseException:
            os.close(handle)
            os.unlink(self.temporary)
            raise

    def commit(self) -> None:
        """Flush, then put the file in place."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        if self.existing is None:
            # mkstemp makes the file private (0600); give it the permissions a new file gets.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.temporary, 0o666 & ~umask)
        else:
            os.chmod(self.temporary, stat.S_IMODE(self.existing.st_mode))
            if hasattr(os, "chown"):
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.chown(self.temporary, self.existing.st_uid, self.existing.st_gid)
        os.replace(self.temporary, self.path)

    def abandon(self) -> None:
        """Close and remove the temporary file; the target is left as it was."""
        self.file.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)


def _bytes(data: bytes | str) -> bytes:
    """``data`` as UTF-8: a text a worker could not encode (a lone surrogate) fails here, as writing it would."""
    return data if isinstance(data, bytes) else data.encode("utf-8")


def _indented(data: bytes | str) -> bytes | str:
    """A pretty JSON object's lines indented two spaces more, to sit in an array."""
    return data.replace(b"\n", b"\n  ") if isinstance(data, bytes) else data.replace("\n", "\n  ")


class _Stream:
    """Every result into one stream: standard output, a file written atomically, or a FIFO or device.

    A file the command line opened is written in bytes, each article's as it
    came; standard output (``text``) as text, in its own encoding and line ends.
    Writing fails with :class:`OutputError` (a closed pipe's
    :class:`BrokenPipeError` aside, which the command line ends quietly on).
    """

    def __init__(
        self,
        fmt: Format,
        file: BinaryIO | TextIO,
        name: str,
        *,
        atomic: _AtomicFile | None = None,
        own: bool,
        array: bool,
        text: bool = False,
    ) -> None:
        self.fmt = fmt
        self.array = array and fmt is Format.JSON
        self.file = file
        self.text = text  # a text stream (standard output), not a file opened in bytes
        self.name = name
        self.atomic = atomic
        self.own = own  # whether to close the file when done (not standard output)
        self.count = 0
        # One input's JSON is an object, an export's an array: the first article waits for the second.
        self.held: bytes | str | None = None
        if fmt is Format.CSV:
            self._put(csv_header())
        if self.array:
            self._put(b"[")

    def _put(self, data: bytes | str) -> None:
        try:
            if self.text:
                cast(TextIO, self.file).write(data.decode("utf-8") if isinstance(data, bytes) else data)
            else:
                cast(BinaryIO, self.file).write(_bytes(data))
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _failure(self.name, error) from error

    def write(self, result: Rendered) -> str | None:
        if result.error is not None:
            if self.fmt is Format.JSONL:
                self._put(error_record(result.path, result.error) + "\n")
            return None
        data = result.data
        if self.fmt is Format.JSON and not self.array:
            if self.held is None and not self.count:
                self.held = data  # one input: an object, unless a second article follows
                self.count += 1
                return None
            if self.held is not None:
                self.array, first, self.held = True, self.held, None
                self._put(b"[\n  ")
                self._put(_indented(first))
        if self.fmt is Format.JSONL:
            self._put(data)
            self._put(b"\n")
        elif self.fmt is Format.CSV:
            self._put(data)
        elif self.array:
            self._put(b",\n  " if self.count else b"\n  ")
            self._put(_indented(data))
        else:
            between = {Format.MARKDOWN: _MARKDOWN_BETWEEN, Format.TEXT: _TEXT_BETWEEN}.get(self.fmt, b"\n")
            if self.count:
                self._put(between)
            self._put(data)
        self.count += 1
        return None

    def commit(self) -> None:
        if self.atomic and not self.count:
            # Nothing parsed: an existing file is left exactly as it was, and none is made.
            self.atomic.abandon()
            return
        if self.held is not None:
            self._put(self.held)  # the one article of the one input
        if self.array:
            self._put(b"\n]\n" if self.count else b"]\n")
        elif self.count and self.fmt not in (Format.JSONL, Format.CSV):
            self._put(b"\n")
        try:
            if self.atomic:
                self.atomic.commit()
            else:
                self.file.flush()
                if self.own:
                    self.file.close()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _failure(self.name, error) from error

    def discard(self) -> None:
        if self.atomic:
            self.atomic.abandon()
            return
        with contextlib.suppress(OSError):  # what failed to write will not write now
            self.file.flush()
            if self.own:
                self.file.close()


#: A file's identity: its device and inode, the same through every link and name.
Identity = tuple[int, int]


def identity(path: str) -> Identity | None:
    """The device and inode of the file at ``path`` (through links), or ``None`` when there is none."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def split_target(fmt: Format, directory: str, roots: Sequence[str], path: str, index: int | None = None) -> str:
    """The ``--split`` output file for the input at ``path``: ``NAME.json``; ``NAME.2.json`` for an export's third.

    ``roots`` are the directory arguments (others are ignored): the path is
    mirrored relative to the first that holds it, or else is its file name.
    """
    relative = os.path.basename(path)
    for root in roots:
        if not os.path.isdir(root):
            continue
        inside = os.path.relpath(path, root)
        if not inside.startswith(os.pardir + os.sep) and inside != os.pardir:
            relative = inside
            break
    stem, _ = os.path.splitext(relative)
    number = "" if index is None else f".{index}"
    return os.path.join(directory, stem + number + fmt.suffix)


class _Split:
    """One file per parsed input under a directory, mirroring the input paths; never over an input."""

    def __init__(self, fmt: Format, directory: str, roots: Sequence[str], inputs: frozenset[Identity]) -> None:
        self.fmt = fmt
        self.directory = directory
        self.roots = [root for root in roots if os.path.isdir(root)]
        self.inputs = inputs
        self.written: set[str] = set()
        os.makedirs(directory, exist_ok=True)

    def target(self, path: str, index: int | None = None) -> str:
        """The output file for the input at ``path``: ``NAME.json``; ``NAME.2.json`` for an export's third article."""
        return split_target(self.fmt, self.directory, self.roots, path, index)

    def write(self, result: Rendered) -> str | None:
        if result.error is not None:
            return None
        target = self.target(result.path, result.index)
        if target in self.written:
            # Two inputs with one output name (d1/x.txt and d2/x.txt, or x.txt and x.md):
            # refuse the second rather than overwrite the first.
            return f"not written: {target} already holds the output of another input"
        if self.inputs and identity(target) in self.inputs:
            return f"not written: {target} is an input, and would be replaced"
        data = result.data
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            atomic = _AtomicFile(target)
        except OSError as error:
            return f"cannot write {target}: {error.strerror or error}"
        try:
            if self.fmt is Format.CSV:
                atomic.file.write(csv_header().encode("utf-8"))
            atomic.file.write(_bytes(data))
            if self.fmt is not Format.CSV:
                atomic.file.write(b"\n")
            atomic.commit()
        except OSError as error:
            atomic.abandon()
            return f"cannot write {target}: {error.strerror or error}"
        except BaseException:
            atomic.abandon()  # interrupted: no temporary file left
            raise
        self.written.add(target)
        return None

    def commit(self) -> None:
        """Nothing to do: each file was finished as it was written."""

    def discard(self) -> None:
        """Nothing to do: files written are complete, none is half written."""


def open_sink(
    fmt: Format,
    output: str | None,
    *,
    split: bool,
    roots: Sequence[str],
    array: bool,
    inputs: frozenset[Identity] = frozenset(),
) -> Sink:
    """Where the command line writes: a stream (standard output or ``output``) or a ``--split`` directory.

    ``output`` is written according to what it is:

    - a symbolic link: what it points to, as below (the link stays);
    - a regular file, or no file yet: atomically, a temporary file beside it
      renamed over it when complete, keeping an existing file's permissions;
      when no input parsed, an existing file is left as it was and none is made;
    - a FIFO, a character device or any other file that is not regular: straight
      into it, as a shell's ``>`` would, since renaming over it would replace it.

    With ``split``, no output replaces a file of ``inputs`` (identities of the
    input files): that article is reported as not written instead.

    Raises:
        PermissionError: ``output`` is a regular file without write permission
            (its mode has no write bit, which even root is refused, or this user
            may not write it).
        OutputError: There is no ``output`` and standard output is closed.
        OSError: ``output`` cannot be written.
    """
    if split:
        if output is None:
            raise ValueError("--split needs an output directory")
        return _Split(fmt, output, roots, inputs)
    if output is None:
        if sys.stdout is None:  # started with standard output closed (``>&-``)
            raise OutputError("cannot write standard output: it is closed")
        return _Stream(fmt, sys.stdout, "standard output", own=False, array=array, text=True)
    target = os.path.realpath(output)  # through every link, to the file written
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        # A FIFO, a device: written straight into, never replaced.
        file = open(target, "wb")  # noqa: SIM115 - closed by commit/discard
        return _Stream(fmt, file, output, own=True, array=array)
    if mode is not None and (not mode & 0o222 or not os.access(target, os.W_OK)):
        raise PermissionError(errno.EACCES, f"it is read-only (mode {stat.S_IMODE(mode):04o})")
    atomic = _AtomicFile(target)
    return _Stream(fmt, atomic.file, output, atomic=atomic, own=True, array=array)
