"""Run brieflint as a user would, in a subprocess bounded in time and memory.

Every test of the second hostile round (issue 21) goes through :func:`brieflint`:
the child runs under an address-space limit (``RLIMIT_AS``), so a case that
would read ``/dev/zero`` whole fails with a ``MemoryError`` instead of taking the
machine down, and under a wall-clock timeout, so a case that would hang fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support import ONE_TOPIC

MEMORY = 1536 * 1024 * 1024  # bytes of address space for the child
TIMEOUT = 25.0  # seconds; no test is allowed more than 30

_PRELUDE = (
    "import resource, sys, runpy; "
    "resource.setrlimit(resource.RLIMIT_AS, ({mem}, {mem})); "
    "sys.argv = ['brieflint', *sys.argv[1:]]; "
    "runpy.run_module('brieflint', run_name='__main__')"
)


def brieflint(
    *args: str, cwd: Path, timeout: float = TIMEOUT, memory: int = MEMORY, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m brieflint ARGS`` in ``cwd``, limited; a hang raises ``subprocess.TimeoutExpired``."""
    full_env = {**os.environ, "PYTHONUTF8": "1", **(env or {})}
    full_env.pop("BRIEFLINT_NO_CACHE", None)
    return subprocess.run(
        [sys.executable, "-c", _PRELUDE.format(mem=memory), *args],
        cwd=cwd,
        capture_output=True,
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
    return subprocess.run(
        [sys.executable, "-c", prelude + code, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        env={**os.environ, "PYTHONUTF8": "1"},
    )


# the example brief with one topic (tests/support.py)
GOOD = ONE_TOPIC
