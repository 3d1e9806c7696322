"""The command line: ``articleparse PATH...`` parses dumps and writes them out.

Arguments and exit statuses are documented in :func:`main` and in the
command line chapter of the documentation; finding the input files is
:mod:`articleparse._inputs`, writing the outputs :mod:`articleparse._outputs`.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import math
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Generator, Iterator, Sequence
from types import FrameType

import attrs

from articleparse import __version__
from articleparse._batch import DEFAULT_TIMEOUT, Result, parse_many_converted
from articleparse._errors import ArticleFileError
from articleparse._formats import Format, Rendered, rendered
from articleparse._inputs import STDIN, STDIN_NAME, Input, Unusable, expand, read_stdin
from articleparse._outputs import Identity, OutputError, Sink, identity, open_sink, split_target
from articleparse._read import DEFAULT_MAX_BYTES
from articleparse._schema import json_schema

__all__ = ["main"]

#: Exit statuses: every file parsed; some failed; a usage error (argparse exits with it);
#: the tool itself failed (the output could not be written, an internal error);
#: interrupted by Ctrl-C (128 + SIGINT); terminated by SIGTERM (128 + SIGTERM).
#: SIGHUP (the terminal closed) stops the run as SIGTERM does, with 128 + SIGHUP.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BROKEN, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 3, 130, 143

#: The signals that stop a run as Ctrl-C does, and the word the summary ends with.
_STOPPING = {"SIGTERM": "terminated", "SIGHUP": "hung up"}


class _Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled as Ctrl-C is: stop, clean up, report."""

    def __init__(self, signum: int = getattr(signal, "SIGTERM", 15)) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """While the run lasts, SIGTERM and SIGHUP raise :class:`_Terminated`.

    Each where a handler can be set (the main thread, a platform that has the
    signal) and the signal is not ignored (``nohup`` ignores SIGHUP).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signums = [
        getattr(signal, name)
        for name in _STOPPING
        if hasattr(signal, name) and signal.getsignal(getattr(signal, name)) is not signal.SIG_IGN
    ]

    def stop(signum: int, frame: FrameType | None) -> None:
        # Once: `timeout` sends SIGTERM to the process and then to its group, and
        # the second (or a SIGHUP after it) must not cut the cleanup the first started short.
        for each in signums:
            signal.signal(each, signal.SIG_IGN)
        raise _Terminated(signum)

    previous = {signum: signal.signal(signum, stop) for signum in signums}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _stop_status(stop: KeyboardInterrupt) -> int:
    return 128 + stop.signum if isinstance(stop, _Terminated) else EXIT_INTERRUPTED


def _byte_count(text: str) -> int:
    """``--max-bytes`` values: a count of bytes, optionally with a K, M or G suffix (powers of 1024)."""
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    value = text.strip().lower().removesuffix("b").removesuffix("i")
    scale = units.get(value[-1:], 1)
    if scale > 1:
        value = value[:-1]
    try:
        count = int(value) * scale
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a byte count: {text!r} (try 1000000, 500K or 64M)") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 byte: {text!r}")
    return count


def _codec(text: str) -> str:
    try:
        # Decoding a byte also refuses codecs that are not text encodings (rot13, base64);
        # empty input would not even look the codec up.
        b"a".decode(text)
    except LookupError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    except UnicodeError:
        pass  # a text encoding that cannot decode one lone byte (UTF-16)
    return text


def _seconds(text: str) -> float | None:
    """``--timeout`` values: a positive number of seconds, or 0 for no limit."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= seconds < math.inf:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, 0 for no limit: {text!r}")
    return seconds or None


def _job_count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {text!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return count


_EPILOG = """\
examples:
  articleparse story.txt                          one dump: its article as JSON
  articleparse dumps/ -o articles.jsonl           a folder's dumps, a JSON object a line
  articleparse dumps/ --glob '*' -f csv -o a.csv  every file in a folder, as CSV rows

exit status: 0 when every file parsed, 1 when some failed (each reported on
standard error as 'path: reason'), 2 for usage errors, 3 when the output could
not be written (or an internal error), 130 when interrupted (Ctrl-C), 143 when
terminated (SIGTERM), 129 on SIGHUP.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleparse",
        description="Parse plain-text news article dumps into headline, standfirst, body, related links, "
        "source line and promos, and write them as JSON, JSON Lines, Markdown, plain text or CSV.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="a dump, a directory (searched recursively, hidden files skipped) or '-' for standard input",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=[fmt.value for fmt in Format],
        help="output format (default: json for one file and with --split, jsonl for several)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (a directory with --split)")
    parser.add_argument(
        "--split", action="store_true", help="one output file per input under the --output directory, paths mirrored"
    )
    parser.add_argument(
        "--glob",
        default=None,
        help="which files to take from directories, by name (default: files with a .txt, .text or .story suffix "
        "or none, not README or licence files; --glob '*' takes every file)",
    )
    parser.add_argument(
        "-j", "--jobs", type=_job_count, default=None, help="worker processes (default: the number of CPUs)"
    )
    parser.add_argument("--encoding", type=_codec, help="decode every input with this codec instead of detecting one")
    parser.add_argument(
        "--max-bytes",
        type=_byte_count,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="refuse files larger than N bytes; K, M, G suffixes allowed (default: 64M)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"report a file that takes longer than SECONDS to read and parse as an error, and go on; "
        f"0 for no limit (default: {DEFAULT_TIMEOUT:g})",
    )
    chatter = parser.add_mutually_exclusive_group()
    chatter.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary, even on a terminal"
    )
    chatter.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print the summary line on standard error always (by default only a batch run on a terminal shows it)",
    )
    parser.add_argument(
        "--schema",
        nargs="?",
        const="article",
        choices=["article", "line"],
        help="print a JSON Schema and exit: of the article JSON (the default), or of a --format jsonl line ('line')",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


class _Tally:
    """What the summary line reports."""

    def __init__(self) -> None:
        self.articles = 0
        self.empty: list[str] = []  # the paths of empty files, which --verbose names
        self.errors = 0
        self.size = 0
        self.started = time.perf_counter()

    def add(self, result: Rendered) -> None:
        if result.error is not None:
            self.errors += 1
            return
        self.articles += 1
        if result.empty:
            self.empty.append(result.path)
        if result.path != STDIN_NAME and _opens_file(result):  # an export's size counts once
            with contextlib.suppress(OSError):  # gone since it was read: leave it out of the rate
                self.size += os.stat(result.path).st_size

    def summary(self, stop: str | None, *, verbose: bool = False) -> str:
        """The summary line; ``verbose`` puts a line naming each empty file before it."""
        named = "".join(f"articleparse: empty file: {path}\n" for path in (self.empty if verbose else ()))
        seconds = time.perf_counter() - self.started
        megabytes = self.size / 1e6
        rate = megabytes / seconds if seconds > 0 else 0.0
        empty = f" ({len(self.empty)} empty)" if self.empty else ""
        errors = f"{self.errors} error{'s' if self.errors != 1 else ''}"
        article_word = "article" if self.articles == 1 else "articles"
        return named + (
            f"articleparse: {self.articles} {article_word}{empty}, {errors}, "
            f"{megabytes:.2f} MB in {seconds:.2f} s ({rate:.2f} MB/s){f', {stop}' if stop else ''}"
        )


def _results(inputs: Iterator[Input], args: argparse.Namespace, fmt: Format) -> Generator[Rendered, None, None]:
    """A result for every input, in input order, rendered in ``fmt``.

    Files are parsed, and their articles rendered, where :func:`parse_many_converted`
    parses them: with workers, only the rendered bytes come back.
    """
    render = functools.partial(rendered, fmt)
    ahead: list[Input] = []  # inputs taken from ``inputs`` whose results have not been given yet

    def paths() -> Iterator[str]:
        for item in inputs:
            ahead.append(item)
            if isinstance(item, str) and item != STDIN:
                yield item

    def settle(item: Input) -> list[Rendered]:
        if isinstance(item, Unusable):
            return [render(Result(item.path, error=item.error()))]
        if sys.stdin is None:  # started with standard input closed (``<&-``)
            return [render(Result(STDIN_NAME, error=ArticleFileError(STDIN_NAME, "standard input is closed")))]
        results = read_stdin(sys.stdin.buffer, encoding=args.encoding, max_bytes=args.max_bytes, timeout=args.timeout)
        return [render(result) for result in results]

    parsed = parse_many_converted(
        paths(), render, jobs=args.jobs, encoding=args.encoding, max_bytes=args.max_bytes, timeout=args.timeout
    )
    try:
        index = 0
        while True:
            result = next(parsed, None)
            if result is None:
                # The paths are used up; what was pulled with them is not a file.
                yield from (settled for item in ahead[index:] for settled in settle(item))
                break
            if _opens_file(result):  # an export's later articles belong to the file already counted
                # Inputs pulled ahead of this result that are not files come before it.
                while not _is_file(ahead[index]):
                    yield from settle(ahead[index])
                    index += 1
                index += 1
            yield result
            if index > 1024:  # forget what has been given, keep memory bounded
                del ahead[:index]
                index = 0
    finally:
        parsed.close()


def _opens_file(result: Rendered) -> bool:
    """Whether ``result`` is the first (or only) one of its input: not a later article of an export."""
    return not result.index


def _is_file(item: Input) -> bool:
    return isinstance(item, str) and item != STDIN


def _run(args: argparse.Namespace, sink: Sink) -> int:
    tally = _Tally()
    # Silent on success: the bar and the summary are for a person watching a batch;
    # a pipeline, a cron job or a one-file run gets only its output (and its errors).
    show_bar = not args.quiet and not _one_input(args) and sys.stderr.isatty()
    bar = None
    results = None
    stop: KeyboardInterrupt | None = None
    try:
        from tqdm import tqdm  # the command line's one dependency beyond the library's

        inputs: Iterator[Input] = expand(args.paths, args.glob, exclude=args.output if args.split else None)
        total = None
        if show_bar:  # list the files first, for the bar's total and its ETA
            listed = list(inputs)
            inputs, total = iter(listed), len(listed)
        bar = tqdm(
            desc="articleparse", total=total, unit=" files", file=sys.stderr, disable=not show_bar, dynamic_ncols=True
        )
        results = _results(inputs, args, sink.fmt)
        for parsed in results:
            problem = sink.write(parsed)
            result = attrs.evolve(parsed, error=ArticleFileError(parsed.path, problem), data=b"") if problem else parsed
            tally.add(result)
            if result.error is not None:
                bar.write(str(result.error), file=sys.stderr)
                bar.set_postfix(errors=tally.errors, refresh=False)
            if _opens_file(parsed):
                bar.update()  # the bar counts files; an export's articles count once
        sink.commit()
    except KeyboardInterrupt as error:  # Ctrl-C, or SIGTERM
        stop = error
        sink.discard()
    except BaseException:
        sink.discard()  # no half-written output file left behind, whatever stopped the run
        raise
    finally:
        if results is not None:
            results.close()  # stops the workers
        if bar is not None:
            bar.close()
    if show_bar or args.verbose:
        print(tally.summary(None if stop is None else _stop_word(stop), verbose=args.verbose), file=sys.stderr)
    if stop is not None:
        return _stop_status(stop)
    return EXIT_FAILED if tally.errors else EXIT_OK


def _stop_word(stop: KeyboardInterrupt) -> str:
    if isinstance(stop, _Terminated):
        return _STOPPING.get(signal.Signals(stop.signum).name, "terminated")
    return "interrupted"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status.

    Exit status:

    - 0 when every file parsed;
    - 1 when some failed, each reported on standard error as ``path: reason``
      (and when the reader of standard output went away, as ``| head`` does);
    - 2 for usage errors (argparse exits with it), ``-o`` naming a read-only
      file among them;
    - 3 when the tool itself failed: the output could not be written (a full
      disk, standard output closed), reported in one line, or an internal
      error, reported with its traceback;
    - 130 when interrupted by Ctrl-C, 143 when terminated by SIGTERM (as
      ``timeout``, systemd or a batch scheduler send it), 129 on SIGHUP (the
      terminal closed), after the summary so far when it shows: no temporary
      file and no worker process is left.

    Nothing but errors goes to standard error unless a batch runs on a
    terminal (a progress bar and a summary line) or ``--verbose`` asks for the
    summary.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    with _terminate_as_interrupt():
        try:
            if args.schema:
                _print_schema(args.schema)
                return EXIT_OK
            return _run(args, _sink(parser, args))
        except KeyboardInterrupt as stop:  # before the run began: opening the output (a FIFO waits for its reader)
            return _stop_status(stop)
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly.
            _silence_stdout()
            return EXIT_FAILED
        except OutputError as error:
            _silence_stdout()
            print(f"articleparse: {error}", file=sys.stderr)
            return EXIT_BROKEN
        except Exception:
            traceback.print_exc()
            print("articleparse: internal error (a bug: please report it, with the traceback above)", file=sys.stderr)
            return EXIT_BROKEN


def _print_schema(kind: str) -> None:
    stdout = sys.stdout
    if stdout is None:  # started with standard output closed (``>&-``)
        raise OutputError("cannot write standard output: it is closed")
    try:
        stdout.write(json.dumps(json_schema("line" if kind == "line" else "article"), indent=2) + "\n")
        stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write standard output: {error.strerror or error}") from error


def _silence_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush fails no more."""
    stdout = sys.stdout
    if stdout is not sys.__stdout__:
        return  # replaced (by a test's capture): nothing will flush to the real one
    if stdout is None:
        return  # closed from the start
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())


def _sink(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Sink:
    """Check the inputs and outputs asked for, and open the output: a usage error exits with 2."""
    if not args.paths:
        parser.error("give at least one PATH (a file, a directory or '-')")
    if args.split and not args.output:
        parser.error("--split needs --output DIRECTORY")
    if args.paths.count("-") > 1:
        parser.error("'-' (standard input) can be given once")
    if args.split and "-" in args.paths:
        parser.error("--split mirrors input paths; standard input has none")
    if args.output and not args.split and os.path.isdir(args.output):
        parser.error(f"--output {args.output} is a directory; give a file, or add --split")
    single = _one_input(args)
    fmt = Format(args.format) if args.format else Format.JSON if single or args.split else Format.JSONL
    inputs = _never_overwritten(parser, args, fmt)
    try:
        return open_sink(fmt, args.output, split=args.split, roots=args.paths, array=not single, inputs=inputs)
    except OSError as error:
        parser.error(f"cannot write to {args.output}: {error.strerror or error}")


def _never_overwritten(parser: argparse.ArgumentParser, args: argparse.Namespace, fmt: Format) -> frozenset[Identity]:
    """Refuse an output that would replace an input (a usage error), before anything is parsed.

    Files are compared by device and inode, so a link or another name for an
    input is that input. ``-o FILE`` is refused when ``FILE`` is an input, named
    or found in a directory given; ``--split`` when an output file would replace
    an input. Returns the identities of the inputs a ``--split`` output could
    replace (those inside its directory), which the outputs keep clear of to the
    end (an export's ``NAME.N.json`` is known only once parsed).
    """
    if not args.output:
        return frozenset()
    output = os.path.realpath(args.output)
    if not args.split:
        written = identity(output)
        if written is None or not os.path.isfile(output):
            return frozenset()  # a new file, a FIFO or a device: no input is replaced
        for path in _inputs_near(args, output):
            if identity(path) == written:
                parser.error(f"--output {args.output} is the input {path}: it would be overwritten; write elsewhere")
        return frozenset()
    found = {key: path for path in _inputs_near(args, output) if (key := identity(path)) is not None}
    for path in found.values():
        target = split_target(fmt, args.output, args.paths, path)
        key = identity(target)
        if key is not None and key in found:
            parser.error(f"--split would write {target} over the input {found[key]}; choose another --output directory")
    return frozenset(found)


def _inputs_near(args: argparse.Namespace, output: str) -> Iterator[str]:
    """The input files an output at ``output`` (a file, or a ``--split`` folder) could replace.

    Every file named; and every file a directory given holds, when the ``-o``
    file lies inside it, or when it is the ``--split`` folder or lies inside it
    (the walk leaves out a ``--split`` folder inside it): only then is a
    directory walked ahead of the run.
    """
    for argument in args.paths:
        if argument == STDIN:
            continue
        if not os.path.isdir(argument):
            yield argument
            continue
        folder = os.path.realpath(argument)
        if args.split:
            near = folder == output or folder.startswith(output.rstrip(os.sep) + os.sep)
        else:
            near = output.startswith(folder.rstrip(os.sep) + os.sep)
        if near:
            exclude = args.output if args.split else None
            yield from (item for item in expand([argument], args.glob, exclude=exclude) if isinstance(item, str))


def _one_input(args: argparse.Namespace) -> bool:
    """Whether the run is one input known from the arguments: a single file or ``-``, not a directory."""
    paths: list[str] = args.paths
    return len(paths) == 1 and (paths[0] == "-" or not os.path.isdir(paths[0]))
