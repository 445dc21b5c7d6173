"""Run brieflint as a user would, in a subprocess bounded in time and memory.

Every test of the second hostile round (issue 21) goes through :func:`brieflint`:
the child runs under an address-space limit (``RLIMIT_AS``), so a case that
would read ``/dev/zero`` whole fails with a ``MemoryError`` instead of taking the
machine down, and under a wall-clock timeout, so a case that would hang fails.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from support import ONE_TOPIC

MEMORY = 1536 * 1024 * 1024  # bytes of address space for the child
TIMEOUT = 25.0  # seconds; no test is allowed more than 30

_PRELUDE = (
    "import resource, sys, runpy; "
    "resource.setrlimit(resource.RLIMIT_AS, ({mem}, {mem})); "
    "sys.argv = ['brieflint', *sys.argv[1:]]; "
    "runpy.run_module('brieflint', run_name='__main__')"
)


def kill_group(proc: subprocess.Popen[Any]) -> None:
    """Kill ``proc`` and everything it started (its own process group), then reap it."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.kill()  # no-op when already gone
    try:
        proc.communicate(timeout=10)
    except (ValueError, OSError, subprocess.TimeoutExpired):  # pipes already closed by the test
        proc.wait(timeout=10)


@contextmanager
def started(cmd: Sequence[str], **kwargs: Any) -> Iterator[subprocess.Popen[Any]]:
    """``Popen(cmd)`` in a process group of its own, killed whole when the block ends, however it ends."""
    proc = subprocess.Popen(list(cmd), start_new_session=True, **kwargs)
    try:
        yield proc
    finally:
        kill_group(proc)


def run(cmd: Sequence[str], *, timeout: float = TIMEOUT, **kwargs: Any) -> subprocess.CompletedProcess[Any]:
    """``subprocess.run(cmd, timeout=...)`` that also kills what the child started (a timeout raises)."""
    with started(cmd, **kwargs) as proc:
        out, err = proc.communicate(timeout=timeout)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def brieflint(
    *args: str, cwd: Path, timeout: float = TIMEOUT, memory: int = MEMORY, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m brieflint ARGS`` in ``cwd``, limited; a hang raises ``subprocess.TimeoutExpired``."""
    full_env = {**os.environ, "PYTHONUTF8": "1", **(env or {})}
    full_env.pop("BRIEFLINT_NO_CACHE", None)
    return run(
        [sys.executable, "-c", _PRELUDE.format(mem=memory), *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        timeout=timeout,
        env=full_env,
    )


def python(
    code: str, *args: str, cwd: Path, timeout: float = TIMEOUT, memory: int = MEMORY
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` (a script) in a child limited as :func:`brieflint` is."""
    prelude = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))\n"
    return run(
        [sys.executable, "-c", prelude + code, *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        timeout=timeout,
        env={**os.environ, "PYTHONUTF8": "1"},
    )


# the example brief with one topic (tests/support.py)
GOOD = ONE_TOPIC
