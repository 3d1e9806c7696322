"""The worker processes of :func:`articleparse.parse_many`: a pool that survives the death of a worker.

A :class:`~concurrent.futures.ProcessPoolExecutor` whose worker dies (the
kernel's out-of-memory killer, ``kill -KILL``) is broken: every chunk in flight
fails with :class:`~concurrent.futures.process.BrokenProcessPool`. To cost only
the file that was being parsed, each worker writes which file it is on into
shared memory (a slot of three numbers: its process id, the chunk's number,
the file's place in it). When the pool breaks, :class:`Pool` reads the slot of
the worker that died, starts a new pool, and gives the chunks back: the file in
flight becomes an error, the rest are parsed again, in order.

Workers also never outlive the process that started them: each watches its
parent and exits when it is gone (killed with ``SIGKILL``, which no handler
sees).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.process import BaseProcess
from typing import Any

import attrs

__all__ = ["Casualty", "Pool", "parsing"]

# A slot: the worker's process id, the number of the chunk it parses, the file's place in it (-1 between files).
_FIELDS = 3
_NONE = -1

# In a worker: the shared slots and this worker's own.
_slots: Any = None
_slot = _NONE

#: How often a worker checks that its parent is alive, in seconds, when no pipe tells it.
_WATCH_EVERY = 1.0


def _start_worker(slots: Any, claimed: Any) -> None:
    """A worker's first steps: signals set for a worker, a slot claimed, the parent watched."""
    global _slots, _slot
    # Ctrl-C reaches every process in the terminal's group; the parent handles
    # it and stops the pool, so workers must not die mid-chunk with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker forked from a parent that handles SIGTERM and SIGHUP (the command
    # line does) must not run those handlers: either signal, from the parent
    # stopping the pool or sent to the whole group, ends a worker at once.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if hasattr(signal, "SIGALRM"):
        # The time limit's signal is the worker's own: not a handler the parent
        # had when it forked (its own alarm, a test runner's).
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
    with claimed.get_lock():
        slot = claimed.value
        claimed.value += 1
    if slot * _FIELDS < len(slots):
        _slots, _slot = slots, slot
        slots[slot * _FIELDS] = os.getpid()
    _watch_parent()


def _watch_parent() -> None:
    """End this worker when its parent ends, however it ends."""
    parent = multiprocessing.parent_process()
    parent_id = os.getppid()
    sentinel = parent.sentinel if parent is not None else None

    def watch() -> None:
        while True:
            if sentinel is not None and multiprocessing.connection.wait([sentinel], timeout=_WATCH_EVERY):
                break
            if sentinel is None:
                threading.Event().wait(_WATCH_EVERY)
            if os.getppid() != parent_id:  # adopted by another: the parent is gone
                break
        os._exit(1)

    threading.Thread(target=watch, name="articleparse-parent-watch", daemon=True).start()


def parsing(number: int, position: int) -> None:
    """In a worker: the file at ``position`` in chunk ``number`` is being parsed (``-1``: none is)."""
    if _slots is None:
        return  # in the calling process (one job), or a worker beyond the slots
    base = _slot * _FIELDS
    _slots[base + 2] = _NONE  # never a stale place with a new chunk's number
    _slots[base + 1] = number
    _slots[base + 2] = position


@attrs.frozen
class Casualty:
    """A worker that died with a file in flight: which file, and how it ended.

    Attributes:
        number: The number of the chunk it was parsing.
        position: The file's place in that chunk.
        how: How the worker ended, in words (``SIGKILL``, ``exit status 1``).
    """

    number: int
    position: int
    how: str


def _how(exitcode: int | None) -> str:
    if exitcode is None:
        return "unknown cause"
    if exitcode < 0:
        with contextlib.suppress(ValueError):
            return signal.Signals(-exitcode).name
        return f"signal {-exitcode}"
    return f"exit status {exitcode}"


class Pool:
    """Worker processes that chunks are submitted to, and that can be started again when one dies."""

    def __init__(self, jobs: int, function: Callable[..., Any]) -> None:
        self.jobs = jobs
        self.function = function
        self._open()

    def _open(self) -> None:
        context = multiprocessing.get_context()
        self.slots: Any = context.Array("q", [_NONE] * (_FIELDS * self.jobs), lock=False)
        self.executor = ProcessPoolExecutor(
            max_workers=self.jobs, initializer=_start_worker, initargs=(self.slots, context.Value("i", 0))
        )
        self.processes: dict[int, BaseProcess] = {}

    def submit(self, *args: object) -> Future[Any]:
        """Submit a call of the pool's function with ``args``."""
        future = self.executor.submit(self.function, *args)
        self.processes.update(self.executor._processes or {})  # the workers, to learn later how one ended
        return future

    def casualties(self) -> list[Casualty]:
        """After the pool broke: the files in flight in workers that died, the one that broke it first.

        The executor ends the other workers itself once one dies (with
        ``SIGTERM``); their files were not the cause and are not named, unless
        no worker ended otherwise, when the file in flight that comes first is.
        """
        self.executor.shutdown(wait=True)  # every worker ended and reaped
        found: list[tuple[bool, Casualty]] = []
        for slot in range(self.jobs):
            pid, number, position = self.slots[slot * _FIELDS : (slot + 1) * _FIELDS]
            process = self.processes.get(pid)
            if process is None or position == _NONE:
                continue
            exitcode = process.exitcode
            stopped_by_pool = hasattr(signal, "SIGTERM") and exitcode == -signal.SIGTERM
            found.append((stopped_by_pool, Casualty(number, position, _how(exitcode))))
        causes = [casualty for stopped, casualty in found if not stopped]
        if causes:
            return causes
        return sorted((casualty for _, casualty in found), key=lambda c: (c.number, c.position))[:1]

    def restart(self) -> None:
        """Start a new pool in place of a broken one."""
        self.stop(finished=False)
        self._open()

    def stop(self, finished: bool) -> None:
        """Shut the pool down; after an early stop (a break, Ctrl-C, SIGTERM) also end its workers at once.

        Their chunks' results could no longer be given, and a worker left to finish
        one would keep the program from exiting until it had.
        """
        workers = list(self.executor._processes.values()) if self.executor._processes else []
        self.executor.shutdown(wait=False, cancel_futures=True)
        if finished:
            return
        for worker in workers:
            with contextlib.suppress(ValueError, ProcessLookupError, AttributeError):  # closed, or gone already
                worker.terminate()
