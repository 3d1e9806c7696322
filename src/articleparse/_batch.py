"""Many files: :func:`parse_many` streams a :class:`Result` for each path, in order.

Parsing is CPU-bound, so ``jobs > 1`` uses worker processes; paths go to them
in chunks, so the cost of sending work between processes is paid once per
chunk rather than once per file. At most ``2 * jobs`` chunks are in flight, so
memory stays bounded however many paths come in, and the paths may be a
generator of unknown length.

:func:`parse_many_converted` has each result turned into something else where it
is parsed, in the worker: the command line has articles rendered there, so that
only the bytes it writes come back, not records to unpickle and render.
"""

from __future__ import annotations

import itertools
import math
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from articleparse._config import DEFAULT_CONFIG, ParserConfig, compiled
from articleparse._errors import ArticleParseError, ArticleTimeoutError
from articleparse._model import Article, Dump
from articleparse._parse_all import parse_all_file
from articleparse._read import DEFAULT_MAX_BYTES
from articleparse._timelimit import Expired, call_with_limit

if TYPE_CHECKING:
    from concurrent.futures import Future

    from articleparse._inputs import Input  # which imports this module
    from articleparse._workers import Pool

# The pool (``concurrent.futures``, ``multiprocessing``, ``_workers``) is imported by the functions that
# start one: a program that parses in its own process never pays for importing it.

__all__ = ["DEFAULT_TIMEOUT", "Result", "parse_many", "parse_many_converted", "results_of"]

T = TypeVar("T")

#: Paths a worker parses per round trip: enough that sending the work costs
#: little beside parsing it (dumps take about a millisecond each), few enough
#: that workers share the work evenly near the end.
DEFAULT_CHUNK_SIZE = 32

#: The time limit on one file, in seconds: a dump takes milliseconds (the slowest
#: of the 3,220 in the development corpus about 30 ms), so only a parse that has
#: run away, or a read that hangs, reaches it.
DEFAULT_TIMEOUT = 60.0


def _error_or_none(instance: Result, attribute: attrs.Attribute[ArticleParseError | None], value: object) -> None:
    if (instance.article is None) == (value is None):
        raise ValueError("a Result holds exactly one of article and error")


def _index(instance: Result, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and (not isinstance(value, int) or value < 0 or instance.article is None):
        raise ValueError(f"index must be None or, with an article, a number from 0, not {value!r}")


@attrs.frozen
class Result:
    """What parsing one path gave: one of its articles, or the error that stopped it.

    Exactly one of :attr:`article` and :attr:`error` is set. A file of several
    articles (an export, see :func:`parse_all`) gives one result an article, in
    order, each with its :attr:`index`.

    Attributes:
        path: The path as given (made a string).
        article: The parsed article, or ``None`` when parsing failed.
        error: Why the path could not be parsed, or ``None``.
        index: The article's place (0-based) among the articles of a file that
            holds several; ``None`` for a file of one article, and for an error.
    """

    path: str = attrs.field(validator=attrs.validators.instance_of(str))
    article: Article | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Article))
    )
    error: ArticleParseError | None = attrs.field(
        default=None,
        validator=[attrs.validators.optional(attrs.validators.instance_of(ArticleParseError)), _error_or_none],
        eq=False,
    )
    index: int | None = attrs.field(default=None, kw_only=True, validator=_index)

    @property
    def ok(self) -> bool:
        """Whether the path parsed."""
        return self.error is None


@attrs.frozen
class _Options:
    """How every file is parsed: what parse_many passes on to the workers."""

    encoding: str | None
    config: ParserConfig | None
    max_bytes: int | None
    timeout: float | None
    #: What each result becomes before it is given (in the worker that parsed it), or ``None``: the result.
    convert: Callable[[Result], Any] | None = None

    def given(self, results: list[Result]) -> list[Any]:
        """``results`` as they are given: converted, when there is a conversion."""
        convert = self.convert
        return results if convert is None else [convert(result) for result in results]


def timed_out(path: str, timeout: float) -> Result:
    """The result for a file that reached the time limit."""
    return Result(path, error=ArticleTimeoutError(path, f"took longer than the {timeout:g} s limit (timeout)"))


def results_of(path: str, dump: Dump) -> list[Result]:
    """A result for each article of ``dump``, read from ``path``: with its index when there are several."""
    if len(dump) == 1:
        return [Result(path, dump[0])]
    return [Result(path, article, index=index) for index, article in enumerate(dump)]


def _parse_one(item: Input, options: _Options) -> list[Result]:
    from articleparse._inputs import Unusable

    if isinstance(item, Unusable):  # found in a directory, but no file to parse (a FIFO, a loop)
        return [Result(item.path, error=item.error())]
    path = item

    def parse() -> Dump:
        return parse_all_file(path, encoding=options.encoding, config=options.config, max_bytes=options.max_bytes)

    # The configuration's patterns are compiled before the clock starts: the first file of a chunk
    # is given the same time as any other. (The defaults compile once a process; a configuration
    # of the user's own reaches a worker pickled with each chunk, and compiles once a chunk.)
    compiled(options.config or DEFAULT_CONFIG)
    try:
        return results_of(path, call_with_limit(options.timeout, parse))
    except ArticleParseError as error:
        return [Result(path, error=error)]
    except Expired:
        assert options.timeout is not None  # only a limit expires
        return [timed_out(path, options.timeout)]
    except MemoryError:
        # What the parse held is freed as the error leaves it: one file's failure, not the batch's.
        return [Result(path, error=ArticleParseError(path, OUT_OF_MEMORY))]


#: The reason given for a file whose parse ran out of memory.
OUT_OF_MEMORY = "out of memory"


def _parse_chunk(number: int, paths: tuple[Input, ...], options: _Options) -> list[Any]:
    from articleparse._workers import parsing

    results = []
    for position, path in enumerate(paths):
        parsing(number, position)  # converting counts as the file's too: a worker that dies in it costs the file
        results.extend(options.given(_parse_one(path, options)))
    parsing(number, -1)
    return results


def _check_timeout(timeout: float | None) -> None:
    if timeout is not None and not (isinstance(timeout, (int, float)) and 0 < timeout < math.inf):
        raise ValueError(f"timeout must be a positive number of seconds or None, not {timeout!r}")


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    config: ParserConfig | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    timeout: float | None = DEFAULT_TIMEOUT,
    glob: str | None = None,
) -> Generator[Result, None, None]:
    """Parse the dump at each path, yielding a :class:`Result` for each in input order.

    A directory gives the files under it, as on the command line: searched
    recursively in sorted order, hidden files and folders skipped, and, by
    default, only the files that look like dumps (a ``.txt``, ``.text`` or
    ``.story`` suffix, or none; not a read-me or a licence); ``glob`` chooses
    them instead (``glob="*"`` takes every file). A directory in which nothing
    is found gives a result with its error. A file named in ``paths`` is parsed
    whatever its name.

    A file of several articles (an export: see :func:`parse_all`) yields a
    result for each article, in order, each with its ``index``; a file of one
    yields one, its ``index`` ``None``. A file that cannot be parsed yields a
    :class:`Result` with its ``error``
    (as :func:`parse_file` would raise it) and the others go on; so does a file
    whose reading and parsing take longer than ``timeout`` seconds, with an
    :class:`ArticleTimeoutError`; so does a file whose parse runs out of
    memory (``out of memory``), and one whose worker process dies while
    parsing it (``worker died (SIGKILL)``, as the kernel's out-of-memory killer
    ends it), an :class:`ArticleParseError` either way: new workers take over
    and the other files go on, in order. Workers exit when the process that
    started them ends, however it ends. Results stream:
    the first comes as soon as its chunk is parsed, and memory stays bounded
    however many paths there are. Closing the generator (``results.close()``,
    or leaving a ``with contextlib.closing(...)`` block), or an exception such as
    :class:`KeyboardInterrupt` while it waits, stops the workers at once: chunks
    not yet started are cancelled, and those being parsed dropped.

    Args:
        paths: The paths, in any iterable, a generator of unknown length included.
        jobs: Worker processes; ``None`` for one per CPU. With ``1`` everything
            runs in this process.
        encoding: As for :func:`parse_file`.
        config: As for :func:`parse_file`.
        max_bytes: As for :func:`parse_file`.
        chunk_size: How many paths a worker takes at a time.
        glob: Which files to take from directories, a pattern matched against
            file names (``"*.txt"``); ``None`` (the default) for the files that
            look like dumps.
        timeout: The time limit on one file, in seconds (default 60), or
            ``None`` for none. Each worker process interrupts its own parse
            when the limit passes (an interval timer and its signal), reports
            the file and goes on with the next, so one file cannot stall the
            batch. With ``jobs=1`` the same guard runs in this process, when
            it can: not on Windows (no ``setitimer``), not when ``parse_many``
            is iterated outside the main thread, nor while the program uses
            ``SIGALRM`` for itself; and a C function that holds the
            interpreter lock runs to its end before the limit can act. A
            limit longer than 2**31 seconds (68 years, ``1e12``) is no limit.

    Raises:
        ValueError: ``jobs`` or ``chunk_size`` is less than 1, or ``timeout``
            is not a positive number of seconds.
        Exception: Whatever iterating ``paths`` raised, once the result of every
            path it gave before has been yielded, in order.

    Example:
        >>> for result in parse_many(["seeds/000_770dfa957c3ef321.txt", "missing.txt"], jobs=1):
        ...     print(result.path, result.article.headline if result.ok else result.error.reason)
        seeds/000_770dfa957c3ef321.txt Russia blasts US over ceasefire violations
        missing.txt No such file or directory
    """
    options = _Options(encoding, config, max_bytes, timeout)
    return cast(Generator[Result, None, None], _start(paths, jobs, chunk_size, glob, options))


def parse_many_converted(
    paths: Iterable[str | os.PathLike[str]],
    convert: Callable[[Result], T],
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    config: ParserConfig | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    timeout: float | None = DEFAULT_TIMEOUT,
    glob: str | None = None,
) -> Generator[T, None, None]:
    """As :func:`parse_many`, each result given as ``convert(result)``, converted where it was parsed.

    With workers, each converts its own results, so that only what ``convert``
    returns crosses the process boundary: the command line renders articles
    there and gets bytes back. ``convert`` must pickle (a module's function, or
    a :func:`functools.partial` of one) and never raise; a worker that dies
    while converting costs its file, as one that dies parsing does.
    """
    options = _Options(encoding, config, max_bytes, timeout, convert)
    return cast(Generator[T, None, None], _start(paths, jobs, chunk_size, glob, options))


def _start(
    paths: Iterable[str | os.PathLike[str]], jobs: int | None, chunk_size: int, glob: str | None, options: _Options
) -> Generator[Any, None, None]:
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    _check_timeout(options.timeout)
    from articleparse._inputs import expand

    names = expand((os.fspath(path) for path in paths), glob)
    if jobs == 1:
        return (result for name in names for result in options.given(_parse_one(name, options)))
    return _in_pool(names, jobs, chunk_size, options)


class _Feed:
    """Chunks of paths for the workers; an error from the paths is kept until the results before it are out."""

    def __init__(self, names: Iterator[Input], size: int) -> None:
        self.names = names
        self.size = size
        self.error: Exception | None = None

    def take(self) -> tuple[Input, ...]:
        """The next chunk: up to ``size`` paths, fewer at the end or before an error, ``()`` after them."""
        chunk: list[Input] = []
        if self.error is None:
            try:
                chunk.extend(itertools.islice(self.names, self.size))
            except Exception as error:  # the caller's iterable failed: raise it after what came before
                self.error = error
        return tuple(chunk)

    def raise_error(self) -> None:
        """Raise the error the paths raised, if they did."""
        if self.error is not None:
            raise self.error


def _in_pool(names: Iterator[Input], jobs: int, chunk_size: int, options: _Options) -> Generator[Any, None, None]:
    from concurrent.futures.process import BrokenProcessPool

    from articleparse._workers import Pool

    feed = _Feed(names, chunk_size)
    first = feed.take()
    if len(first) < chunk_size:
        # Everything fits in one chunk: starting workers would cost more than it saves.
        yield from _parse_chunk(0, first, options)
        feed.raise_error()
        return
    chunks = itertools.chain([first], iter(feed.take, ()))
    work = _Work(Pool(jobs, _parse_chunk), options)
    finished = False
    try:
        pending = deque(work.submit(chunk) for chunk in itertools.islice(chunks, 2 * jobs))
        while pending:
            try:
                results = pending[0].future.result()
            except BrokenProcessPool:
                pending = work.recover(pending)  # a worker died: its file is an error, the rest go again
                continue
            pending.popleft()
            for chunk in itertools.islice(chunks, 1):
                pending.append(work.submit(chunk))
            yield from results
        finished = True
    finally:
        work.pool.stop(finished)
    # Every path given before the error has its result out: now the error.
    feed.raise_error()


#: How many times in a row the pool may break with no file to blame before parse_many gives up.
_MAX_UNEXPLAINED = 3


@attrs.frozen
class _Chunk:
    """Paths submitted to the pool together, under a number that tells a dead worker's chunk."""

    number: int
    paths: tuple[Input, ...]
    future: Future[list[Any]]


class _Work:
    """The chunks given to a pool, and what becomes of them when a worker dies."""

    def __init__(self, pool: Pool, options: _Options) -> None:
        self.pool = pool
        self.options = options
        self.numbers = itertools.count()
        self.unexplained = 0  # breaks in a row with no file in flight in a dead worker

    def submit(self, paths: tuple[Input, ...]) -> _Chunk:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        number = next(self.numbers)
        try:
            future = self.pool.submit(number, paths, self.options)
        except BrokenProcessPool as broken:  # broken since the last result: recover() will submit it again
            future = Future()
            future.set_exception(broken)
        return _Chunk(number, paths, future)

    def recover(self, pending: deque[_Chunk]) -> deque[_Chunk]:
        """The chunks of ``pending`` after the pool broke, in order, on a new pool.

        A chunk parsed before the break keeps its results; the file a dead
        worker was parsing becomes an error (``worker died (SIGKILL)``); every
        other path is submitted again.
        """
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        lost = {casualty.number: casualty for casualty in self.pool.casualties()}
        self.unexplained = 0 if lost else self.unexplained + 1
        if self.unexplained > _MAX_UNEXPLAINED:
            # Workers die before any file (they cannot start): starting more would not end.
            pending[0].future.result()  # raises BrokenProcessPool
        self.pool.restart()
        recovered: deque[_Chunk] = deque()
        for chunk in pending:
            if chunk.future.done() and not isinstance(chunk.future.exception(), BrokenProcessPool):
                recovered.append(chunk)
                continue
            casualty = lost.get(chunk.number)
            if casualty is None:
                recovered.append(self.submit(chunk.paths))
                continue
            before, path, after = (
                chunk.paths[: casualty.position],
                chunk.paths[casualty.position],
                chunk.paths[casualty.position + 1 :],
            )
            if before:
                recovered.append(self.submit(before))
            died: Future[list[Any]] = Future()
            name = path if isinstance(path, str) else path.path
            dead = Result(name, error=ArticleParseError(name, f"worker died ({casualty.how})"))
            died.set_result(self.options.given([dead]))
            recovered.append(_Chunk(-1, (path,), died))
            if after:
                recovered.append(self.submit(after))
        return recovered
