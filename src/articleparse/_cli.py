"""The command line: ``articleparse PATH...`` parses dumps and writes them out.

Arguments and exit statuses are documented in :func:`main` and in the
command line chapter of the documentation; finding the input files is
:mod:`articleparse._inputs`, writing the outputs :mod:`articleparse._outputs`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import sys
import time
from collections.abc import Generator, Iterator, Sequence

from articleparse import __version__
from articleparse._batch import DEFAULT_TIMEOUT, Result, parse_many
from articleparse._errors import ArticleFileError
from articleparse._formats import Format
from articleparse._inputs import STDIN, STDIN_NAME, Input, Unusable, expand, read_stdin
from articleparse._outputs import Sink, open_sink
from articleparse._read import DEFAULT_MAX_BYTES
from articleparse._schema import json_schema

__all__ = ["main"]

#: Exit statuses (usage errors exit with argparse's 2).
EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleparse",
        description="Parse plain-text news article dumps into headline, standfirst, body, related links, "
        "source line and promos, and write them as JSON, JSON Lines, Markdown, plain text or CSV.",
        epilog="Exit status: 0 when every file parsed, 1 when some failed (each reported on standard error "
        "as 'path: reason'), 2 for usage errors, 130 when interrupted.",
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
    parser.add_argument("--glob", default="*", help="which files to take from directories (default: '*')")
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
    parser.add_argument("--schema", action="store_true", help="print the JSON Schema of the article JSON and exit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


class _Tally:
    """What the summary line reports."""

    def __init__(self) -> None:
        self.articles = 0
        self.empty = 0
        self.errors = 0
        self.size = 0
        self.started = time.perf_counter()

    def add(self, result: Result) -> None:
        if result.article is None:
            self.errors += 1
            return
        self.articles += 1
        self.empty += not result.article.blocks
        if result.path != STDIN_NAME:
            with contextlib.suppress(OSError):  # gone since it was read: leave it out of the rate
                self.size += os.stat(result.path).st_size

    def summary(self, interrupted: bool) -> str:
        seconds = time.perf_counter() - self.started
        megabytes = self.size / 1e6
        rate = megabytes / seconds if seconds > 0 else 0.0
        empty = f" ({self.empty} empty)" if self.empty else ""
        errors = f"{self.errors} error{'s' if self.errors != 1 else ''}"
        article_word = "article" if self.articles == 1 else "articles"
        stop = ", interrupted" if interrupted else ""
        return (
            f"articleparse: {self.articles} {article_word}{empty}, {errors}, "
            f"{megabytes:.2f} MB in {seconds:.2f} s ({rate:.2f} MB/s){stop}"
        )


def _results(inputs: Iterator[Input], args: argparse.Namespace) -> Generator[Result, None, None]:
    """A result for every input, in input order; files are parsed by :func:`parse_many`."""
    ahead: list[Input] = []  # inputs taken from ``inputs`` whose results have not been given yet

    def paths() -> Iterator[str]:
        for item in inputs:
            ahead.append(item)
            if isinstance(item, str) and item != STDIN:
                yield item

    def settle(item: Input) -> Result:
        if isinstance(item, Unusable):
            return Result(item.path, error=item.error())
        return read_stdin(sys.stdin.buffer, encoding=args.encoding, max_bytes=args.max_bytes, timeout=args.timeout)

    parsed = parse_many(paths(), jobs=args.jobs, encoding=args.encoding, max_bytes=args.max_bytes, timeout=args.timeout)
    try:
        index = 0
        while True:
            result = next(parsed, None)
            if result is None:
                # The paths are used up; what was pulled with them is not a file.
                yield from (settle(item) for item in ahead[index:])
                break
            # Inputs pulled ahead of this result that are not files come before it.
            while not _is_file(ahead[index]):
                yield settle(ahead[index])
                index += 1
            index += 1
            yield result
            if index > 1024:  # forget what has been given, keep memory bounded
                del ahead[:index]
                index = 0
    finally:
        parsed.close()


def _is_file(item: Input) -> bool:
    return isinstance(item, str) and item != STDIN


def _run(args: argparse.Namespace, sink: Sink) -> int:
    from tqdm import tqdm  # the command line's one dependency beyond the library's

    tally = _Tally()
    # Silent on success: the bar and the summary are for a person watching a batch;
    # a pipeline, a cron job or a one-file run gets only its output (and its errors).
    show_bar = not args.quiet and not _one_input(args) and sys.stderr.isatty()
    bar = tqdm(desc="articleparse", unit=" files", file=sys.stderr, disable=not show_bar, dynamic_ncols=True)
    results = _results(expand(args.paths, args.glob, exclude=args.output if args.split else None), args)
    interrupted = False
    try:
        for parsed in results:
            problem = sink.write(parsed)
            result = Result(parsed.path, error=ArticleFileError(parsed.path, problem)) if problem else parsed
            tally.add(result)
            if result.error is not None:
                bar.write(str(result.error), file=sys.stderr)
                bar.set_postfix(errors=tally.errors, refresh=False)
            bar.update()
        sink.commit()
    except KeyboardInterrupt:
        interrupted = True
        sink.discard()
    except BaseException:
        sink.discard()  # no half-written output file left behind, whatever stopped the run
        raise
    finally:
        results.close()
        bar.close()
    if show_bar or args.verbose:
        print(tally.summary(interrupted), file=sys.stderr)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if tally.errors else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status.

    Exit status: 0 when every file parsed, 1 when some failed (each reported
    on standard error as ``path: reason``), 2 for usage errors (argparse exits
    with it), 130 when interrupted by Ctrl-C (after the summary so far, when
    it shows). Nothing but errors goes to standard error unless a batch runs
    on a terminal (a progress bar and a summary line) or ``--verbose`` asks
    for the summary.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.schema:
            sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
            sys.stdout.flush()
            return EXIT_OK
        return _run(args, _sink(parser, args))
    except BrokenPipeError:
        # The reader went away (`| head`). Point stdout at /dev/null so the
        # interpreter's final flush does not fail again, and stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


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
    try:
        return open_sink(fmt, args.output, split=args.split, roots=args.paths, array=not single)
    except OSError as error:
        parser.error(f"cannot write to {args.output}: {error.strerror or error}")


def _one_input(args: argparse.Namespace) -> bool:
    """Whether the run is one input known from the arguments: a single file or ``-``, not a directory."""
    paths: list[str] = args.paths
    return len(paths) == 1 and (paths[0] == "-" or not os.path.isdir(paths[0]))
