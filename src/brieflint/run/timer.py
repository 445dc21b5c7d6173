"""A time bound on a piece of work in the main thread (a rule on one file), with SIGALRM.

A rule (or a plugin being imported) that catches the stop — ``except
BaseException: pass`` in a loop — is stopped again a moment later, and this time
from every line it runs: a trace function is set on each of its frames, which
raises the stop again at the next line, inside the handler that caught it, so it
leaves the ``try`` that swallowed it.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from typing import Any

RETRY = 0.2  # seconds between a stop that was swallowed and the next one


class RuleTimeout(Exception):
    pass


class RuleTimer:
    """Stops a rule that runs past ``seconds`` (SIGALRM; main thread on Unix, elsewhere a no-op).

    The handler is installed once per document. Arming an interval timer costs
    two system calls, so it is not re-armed around every rule (137 rules a
    brief): :meth:`arm` re-arms only when the running timer was set more than a
    tenth of ``seconds`` ago or has fired, so every rule gets at least 90 % of
    its bound. An alarm that arrives between rules is remembered, never raised,
    so it can never surface in unrelated code.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        self._armed = False
        self._fired = True
        self._armed_at = 0.0
        self._slack = seconds / 10
        self._previous: Any = None
        self._strikes = 0  # stops raised in the running piece of work
        self._home: Any = None  # the code that armed the timer: never traced
        self._trapped = False

    def _on_alarm(self, signum: int, frame: Any) -> None:
        self._fired = True
        if self._armed:
            self._strikes += 1
            if self._strikes > 1:
                self._trap(frame)
            signal.setitimer(signal.ITIMER_REAL, RETRY)  # again soon, in case this stop is swallowed
            raise RuleTimeout()

    def _stop(self, frame: Any, event: str, arg: Any) -> Any:
        # not on an "exception" event: raising there would replace the stop inside the try that swallows it
        if self._armed and event != "exception":
            raise RuleTimeout()
        return self._stop if self._armed else None

    def _trap(self, frame: Any) -> None:
        """Raise the stop again at every line of the work's frames (it swallowed the last one)."""
        self._trapped = True
        f = frame
        while f is not None and f.f_code is not self._home:
            f.f_trace = self._stop
            f.f_trace_lines = True
            f = f.f_back
        sys.settrace(self._stop)

    def _untrap(self) -> None:
        self._trapped = False
        sys.settrace(None)

    def __enter__(self) -> RuleTimer:
        if self.usable:
            self._previous = signal.signal(signal.SIGALRM, self._on_alarm)
            self._home = sys._getframe(1).f_code
        return self

    def __exit__(self, *exc: object) -> None:
        if self.usable:
            self._armed = False
            if self._trapped:
                self._untrap()
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)

    def arm(self) -> None:
        """From now until :meth:`disarm`, an expired bound raises :class:`RuleTimeout`."""
        if not self.usable:
            return
        now = time.monotonic()
        if self._fired or now - self._armed_at > self._slack:
            self._fired = False
            self._armed_at = now
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        self._strikes = 0
        self._armed = True

    def disarm(self) -> None:
        self._armed = False
        if self._trapped:
            self._untrap()
