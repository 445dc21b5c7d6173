"""A time bound on a piece of work in the main thread (a rule on one file), with SIGALRM."""

from __future__ import annotations

import signal
import threading
import time
from typing import Any


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

    def _on_alarm(self, signum: int, frame: Any) -> None:
        self._fired = True
        if self._armed:
            raise RuleTimeout()

    def __enter__(self) -> RuleTimer:
        if self.usable:
            self._previous = signal.signal(signal.SIGALRM, self._on_alarm)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.usable:
            self._armed = False
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
        self._armed = True

    def disarm(self) -> None:
        self._armed = False
