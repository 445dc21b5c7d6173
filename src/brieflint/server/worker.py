"""Checks off the message loop: one worker, on the main thread, the newest edit first.

The language server's message loop runs on a thread of its own; every check
runs here, on the process's main thread, where the engine's per-rule time
bound works (it uses ``SIGALRM``, which only the main thread receives), so a
rule that hangs becomes the ``E100`` finding the command line gives.

Jobs have a key (a document's URI): a newer job with the same key replaces
one still waiting, and a job of that key already running is stopped at once
(``SIGUSR1`` to this thread raises :class:`Cancelled` in it), so typing in a
large brief never waits for a check of text that no longer exists. Jobs wait
until they are due (the debounce), most urgent priority first.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from typing import Any

URGENT = 0  # requests a person is waiting for (fix all, completion data)
EDIT = 1  # the documents being edited
BACKGROUND = 2  # the files of a workspace check


class Cancelled(BaseException):
    """Raised in the worker when its job was superseded (not an ``Exception``: rules must not catch it)."""


class Job:
    """Work for the worker: ``run()`` on the main thread, then ``done(result, error)`` there too."""

    __slots__ = ("key", "run", "done", "due", "priority", "seq")

    def __init__(
        self,
        key: str,
        run: Callable[[], Any],
        done: Callable[[Any, BaseException | None], None],
        *,
        delay: float = 0.0,
        priority: int = EDIT,
    ) -> None:
        self.key = key
        self.run = run
        self.done = done
        self.due = time.monotonic() + delay
        self.priority = priority
        self.seq = 0


class Worker:
    """Runs jobs one at a time on the thread that calls :meth:`run_forever` (the main thread)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._waiting: dict[str, Job] = {}
        self._running: Job | None = None
        self._cancel: Job | None = None  # the running job to stop
        self._stopped = False
        self._seq = 0
        self._thread: int | None = None
        self._in_job = False
        self.preemptive = hasattr(signal, "pthread_kill") and hasattr(signal, "SIGUSR1")

    # ----- from any thread -------------------------------------------------------------

    def submit(self, job: Job) -> None:
        """Queue ``job``, replacing a waiting job with its key and stopping a running one."""
        with self._cond:
            if self._stopped:
                return
            self._seq += 1
            job.seq = self._seq
            old = self._waiting.pop(job.key, None)
            if old is not None:
                _call_done(old, None, Cancelled())
            self._waiting[job.key] = job
            running = self._running
            if running is not None and running.key == job.key and self._cancel is not running:
                self._cancel = running
                if self.preemptive and self._thread is not None:
                    signal.pthread_kill(self._thread, signal.SIGUSR1)
            self._cond.notify()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            for job in self._waiting.values():
                _call_done(job, None, Cancelled())
            self._waiting.clear()
            self._cond.notify()
            running = self._running
            if running is not None and self._cancel is not running:
                self._cancel = running
                if self.preemptive and self._thread is not None:
                    signal.pthread_kill(self._thread, signal.SIGUSR1)

    def pending(self) -> int:
        with self._cond:
            return len(self._waiting) + (self._running is not None)

    # ----- on the worker thread --------------------------------------------------------

    def _on_signal(self, signum: int, frame: Any) -> None:
        # raises at most once per job, and only inside its run()
        if self._in_job and self._cancel is not None and self._cancel is self._running:
            self._in_job = False
            raise Cancelled()

    def _next(self) -> Job | None:
        with self._cond:
            while not self._stopped:
                now = time.monotonic()
                due = [j for j in self._waiting.values() if j.due <= now]
                if due:
                    job = min(due, key=lambda j: (j.priority, j.seq))
                    del self._waiting[job.key]
                    self._running = job
                    self._cancel = None
                    return job
                soonest = min((j.due for j in self._waiting.values()), default=None)
                self._cond.wait(None if soonest is None else max(0.0, soonest - now))
            return None

    def run_forever(self) -> None:
        """Run jobs until :meth:`stop`; a job that raises reports its error to its ``done``."""
        self._thread = threading.get_ident()
        previous = None
        if self.preemptive and threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGUSR1, self._on_signal)
        else:
            self.preemptive = False
        try:
            while True:
                job = self._next()
                if job is None:
                    return
                self._run(job)
        finally:
            if previous is not None:
                signal.signal(signal.SIGUSR1, previous)

    def _run(self, job: Job) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            self._in_job = True
            result = job.run()
            self._in_job = False
        except Cancelled:
            self._in_job = False
            error = Cancelled()
        except Exception as exc:  # reported by the job's owner; the worker goes on
            self._in_job = False
            error = exc
        with self._cond:
            self._running = None
            if self._cancel is job:
                error = Cancelled()
            self._cancel = None
        _call_done(job, result, error)


def _call_done(job: Job, result: Any, error: BaseException | None) -> None:
    try:
        job.done(result, error)
    except Exception:  # a broken callback must not stop the worker
        pass
