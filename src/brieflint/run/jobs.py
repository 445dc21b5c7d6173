"""Checking files in worker processes, with the same results, in the same order, as one process.

Batches are handed out one at a time; a batch whose worker failed or died is
checked again in the parent, so a crash in a worker costs time, never findings.
What checks a file is a value given to :func:`run_parallel` (a picklable
callable), so this module knows nothing of plans or rules.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from typing import Any, TypeVar

R = TypeVar("R")
_PR_SET_PDEATHSIG = 1  # prctl(2)

AUTO_FILES_PER_JOB = 16  # with --jobs left to its default, each worker gets at least this many files
SHARE_PER_JOB = 4  # a batch is at most this fraction (1/SHARE_PER_JOB/jobs) of the files not yet batched
SMALLEST_BATCH = 4  # files (fewer in a small run): a smaller batch's message would cost more than it saves
WARM_UP_FILES = 2  # files the parent checks before it forks the workers


def available_cpus() -> int:
    """CPUs this process may use: its affinity mask, capped by a cgroup (container) CPU quota."""
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        n = count() or 1
    elif hasattr(os, "sched_getaffinity"):
        n = len(os.sched_getaffinity(0)) or 1
    else:
        n = os.cpu_count() or 1
    try:
        with open("/sys/fs/cgroup/cpu.max", encoding="ascii") as fh:
            quota, period = fh.read().split()[:2]
        if quota != "max":
            n = min(n, max(1, -(-int(quota) // int(period))))
    except (OSError, ValueError):
        pass
    return n


def workers(jobs: int | None, files: int) -> int:
    """How many worker processes for ``files`` files (1: run in this process).

    Never more than the CPUs this process may use, whatever ``--jobs`` asks:
    more workers than CPUs cost memory and gain nothing.
    """
    if files < 2:
        return 1
    cpus = available_cpus()
    if jobs is None:
        return max(1, min(cpus, files // AUTO_FILES_PER_JOB))
    return max(1, min(jobs, files, cpus))


def batch_sizes(files: int, jobs: int) -> list[int]:
    """How many files each batch holds, in order: large first, smaller and smaller to the end.

    Batches are handed out one at a time, so the last ones decide how long one worker
    waits for another at the end: each batch is a share of the files left after the
    batches before it (guided self-scheduling), down to :data:`SMALLEST_BATCH` (less in
    a small run, so that every worker gets some). Two workers and 1,998 files: 250, 219,
    192, … 4, 4 (38 batches; 16 equal batches of 125 left a worker idle for up to a whole
    batch, half a second, at the end).
    """
    smallest = max(1, min(SMALLEST_BATCH, files // (jobs * 2 * SHARE_PER_JOB)))
    sizes: list[int] = []
    left = files
    while left > 0:
        size = min(left, max(smallest, -(-left // (jobs * SHARE_PER_JOB))))
        sizes.append(size)
        left -= size
    return sizes


def _die_with(parent: int) -> None:
    """Make this worker die with its parent: the kernel kills it (Linux), or it exits when the parent is gone."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):  # not Linux: watch the parent instead
        import threading

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _work(conn: Any, check: Callable[[str], R], batches: list[list[str]], parent: int) -> None:
    """A worker process: receive a batch number, send back its results, until told to stop (None).

    Forked workers get the parent's ``check`` as it is (configuration read,
    schema compiled, nothing pickled); spawned ones get it unpickled (see
    :class:`brieflint.run.engine.FileChecker`). Nothing is global. Ctrl-C is
    the parent's to handle.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(parent)
    try:
        while True:
            i = conn.recv()
            if i is None:
                return
            try:
                conn.send((i, [check(p) for p in batches[i]], None))
            except Exception as exc:  # the parent redoes the batch itself
                conn.send((i, None, f"{type(exc).__name__}: {exc}"))
    except (EOFError, OSError):
        return
    finally:
        conn.close()


class _Worker:
    """A worker process, its end of the pipe, and the batch it is checking (None: idle)."""

    __slots__ = ("process", "conn", "batch")

    def __init__(self, process: Any, conn: Any) -> None:
        self.process = process
        self.conn = conn
        self.batch: int | None = None


def run_parallel(
    files: list[str],
    check: Callable[[str], R],
    jobs: int,
    tick: Callable[[int], None] = lambda n: None,
) -> list[R]:
    """``check`` each of ``files`` in ``jobs`` worker processes; the results in the order of ``files``.

    Batches are handed out one at a time, so a slow file holds up one worker,
    not a share of the run. A batch whose worker failed or died is checked
    again here, in this process, so the results are always the serial ones.
    """
    import multiprocessing
    from multiprocessing.connection import wait

    fork = "fork" in multiprocessing.get_all_start_methods()
    # with fork, batch 0 is the parent's warm-up before the workers start: a few files, so
    # that the workers inherit what first use builds without waiting for a whole batch
    first = min(WARM_UP_FILES, len(files)) if fork else 0
    batches = [files[:first]] if first else []
    start = first
    for size in batch_sizes(len(files) - first, jobs):
        batches.append(files[start : start + size])
        start += size
    ctx: Any = multiprocessing.get_context("fork" if fork else "spawn")
    done: dict[int, list[R]] = {}
    if fork:
        # warm up here (taxonomy, Markdown parser, …) so that every forked worker starts warm
        done[0] = [check(p) for p in batches[0]]
        tick(len(batches[0]))
    pending = [i for i in range(len(batches)) if i not in done][::-1]
    workers: list[_Worker] = []
    redo: list[int] = []
    finished = False

    def give(w: _Worker) -> None:
        w.batch = pending.pop() if pending else None
        try:
            w.conn.send(w.batch)
        except (OSError, ValueError):
            if w.batch is not None:
                redo.append(w.batch)
            w.batch = None

    try:
        for _ in range(min(jobs, len(pending))):
            parent_end, child_end = ctx.Pipe()
            process = ctx.Process(
                target=_work,
                args=(child_end, check, batches, os.getpid()),
                daemon=True,
            )
            process.start()
            child_end.close()
            workers.append(_Worker(process, parent_end))
        for w in workers:
            give(w)
        while True:
            busy = [w for w in workers if w.batch is not None]
            if not busy:
                break
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
            for w in busy:
                if w.conn not in ready and w.process.sentinel not in ready:
                    continue
                message = None
                try:
                    if w.conn.poll():
                        message = w.conn.recv()
                except (EOFError, OSError):
                    message = None
                if message is None:  # the worker died with its batch
                    if w.batch is not None:
                        redo.append(w.batch)
                    w.batch = None
                    continue
                i, part, error = message
                if error is not None or part is None:
                    redo.append(i)
                else:
                    done[i] = part
                    tick(len(part))
                give(w)
        finished = True
    finally:
        for w in workers:
            try:
                w.conn.close()
            except OSError:
                pass
        for w in workers:
            if finished:  # done: each worker got None and is on its way out
                w.process.join(timeout=5)
            if w.process.is_alive():  # interrupted (Ctrl-C, SIGTERM) or stuck: not waited for
                w.process.kill()
                w.process.join(timeout=1)
    redo.extend(pending)
    for i in redo:
        done[i] = [check(p) for p in batches[i]]
        tick(len(batches[i]))
    return [r for i in range(len(batches)) for r in done[i]]
