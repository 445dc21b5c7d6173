"""``--changed-since REF``: report only findings on lines changed since a git revision (for pull requests).

The lines are those ``git diff --unified=0 REF`` adds or changes in the working
tree, plus every line of a file git does not track yet. A finding on a file
that cannot be parsed (``E``, at its first line) is kept whenever the file
changed at all, so a broken brief never passes.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping, Sequence

from brieflint.api.records import CheckError
from brieflint.model import Finding

ALL = frozenset({0})  # a file that is new to git: every line counts as changed
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def _git(args: Sequence[str], cwd: str) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, errors="surrogateescape")
    except OSError as exc:
        raise CheckError(f"--changed-since needs git: {exc.strerror or exc}") from None
    if proc.returncode != 0:
        message = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"git {args[0]} failed"
        raise CheckError(f"--changed-since: {message}")
    return proc.stdout


def changed_lines(ref: str, paths: Sequence[str]) -> dict[str, frozenset[int]]:
    """Absolute path → the line numbers changed since ``ref`` (:data:`ALL` for an untracked file)."""
    if ref.startswith("-"):
        raise CheckError(f"--changed-since: '{ref}' is not a revision")
    cwd = os.getcwd()
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    out: dict[str, set[int]] = {}
    current: str | None = None
    for line in _git(
        ["diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames", ref, "--"], top
    ).splitlines():
        if line.startswith("+++ "):
            name = line[4:]
            current = None if name == "/dev/null" else os.path.join(top, name[2:] if name.startswith("b/") else name)
            continue
        m = _HUNK.match(line)
        if m and current is not None:
            start, count = int(m.group(1)), int(m.group(2) or "1")
            out.setdefault(current, set()).update(range(start, start + count))
            if count == 0:  # a deletion: the line after it changed its neighbourhood
                out[current].add(start)
    for name in _git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0"):
        if name:
            out[os.path.join(top, name)] = set(ALL)
    return {os.path.realpath(k): frozenset(v) for k, v in out.items()}


def on_changed_line(f: Finding, changed: Mapping[str, frozenset[int]]) -> bool:
    if f.code == "E001" and not os.path.lexists(f.path):
        return True  # a path named on the command line that does not exist
    lines = changed.get(os.path.realpath(f.path))
    if lines is None:
        return False
    if lines == ALL or (f.code.startswith("E") and f.line == 1 and f.column == 1):
        return True
    last = f.end_line if f.end_line is not None and f.end_line >= f.line else f.line
    return any(n in lines for n in range(f.line, min(last, f.line + 10_000) + 1))
