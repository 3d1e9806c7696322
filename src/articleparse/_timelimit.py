"""A time limit on one file's parse: an interval timer whose signal interrupts it.

:func:`articleparse.parse_many` and the command line run each file's reading
and parsing under :func:`call_with_limit`, in worker processes and, with one
job, in the calling thread. The limit is ``setitimer(ITIMER_REAL)``: when it
passes, ``SIGALRM`` arrives and its handler raises :class:`Expired` in the
running code, which stops the parse wherever it is. The worker (or the caller)
reports the file and goes on; no process is killed, so a file that hangs never
stalls a pool.

A signal can only do this where Python can run a handler, so the limit applies:

- on platforms with ``signal.setitimer`` (not Windows);
- in the main thread of a process (Python runs signal handlers there only):
  always in worker processes, with one job only when :func:`parse_many` is
  iterated in the main thread;
- when the program has no use of its own for ``SIGALRM`` (a handler it set, or
  a real-time interval timer running), which the limit would otherwise clobber;
- between Python bytecodes, and in C code that checks for signals (the regular
  expression engine does, every few thousand steps): a C function that holds
  the interpreter lock and never checks runs to its end first.

Elsewhere the file is parsed without a limit; so it is when the limit is
longer than an interval timer can count everywhere (:data:`LONGEST`, 68 years):
a limit of ``1e12`` seconds means no limit, not an overflow.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import TypeVar

__all__ = ["LONGEST", "Expired", "call_with_limit", "can_limit"]

T = TypeVar("T")

# setitimer takes microseconds; a smaller positive value would round to 0 and disarm it.
_SHORTEST = 1e-6
#: The longest limit applied, in seconds: what a 32-bit ``time_t`` holds (68 years). A
#: longer one is no limit; a 64-bit timer overflows past 2**63 nanoseconds (292 years).
LONGEST = 2**31 - 1


class Expired(BaseException):
    """The time limit passed.

    A :class:`BaseException`, as :class:`KeyboardInterrupt` is, so that no
    ``except Exception`` in the code it interrupts can swallow it.
    """


class _Alarm:
    """The ``SIGALRM`` handler while a limit runs: it raises only while armed."""

    def __init__(self, previous: Callable[[int, FrameType | None], object] | int | None) -> None:
        self.previous = previous
        self.armed = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.armed:
            raise Expired


def can_limit() -> bool:
    """Whether :func:`call_with_limit` can apply a limit here and now (see the module's notes)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    handler = signal.getsignal(signal.SIGALRM)
    ours = isinstance(handler, _Alarm)  # one of ours, left by a signal that came as its limit was lifted
    if not ours and handler not in (signal.SIG_DFL, signal.SIG_IGN):
        return False
    return ours or signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def call_with_limit(seconds: float | None, function: Callable[[], T]) -> T:
    """``function()``, interrupted by :class:`Expired` if it runs longer than ``seconds``.

    With ``seconds`` ``None`` or over :data:`LONGEST`, or where no limit can
    apply (:func:`can_limit`), ``function()`` runs unlimited. The previous ``SIGALRM`` handler is put back
    afterwards.

    Raises:
        Expired: The limit passed before ``function`` returned.
    """
    if seconds is None or seconds > LONGEST or not can_limit():
        return function()
    current = signal.getsignal(signal.SIGALRM)
    previous = current.previous if isinstance(current, _Alarm) else current
    alarm = _Alarm(previous)
    signal.signal(signal.SIGALRM, alarm)
    try:
        alarm.armed = True
        signal.setitimer(signal.ITIMER_REAL, max(seconds, _SHORTEST))
        return function()
    finally:
        # Disarmed first, so a signal already on its way does nothing. (Should it
        # be handled in the instant before, Expired leaves from here with the
        # handler still set; can_limit and the next call recognise it as ours.)
        alarm.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
