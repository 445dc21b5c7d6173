"""The effective configuration for some files, as the rules see it: a frozen :class:`Settings`.

``.brieflint.yaml`` or ``[tool.brieflint]`` in ``pyproject.toml``, the nearest
one above each checked file; ``--config FILE`` overrides. A configuration goes
through three steps, one module each: :mod:`~brieflint.config.discover` finds
the file, :mod:`~brieflint.config.read` reads it with the position of every
key and checks its structure against ``schemas/config.schema.json``, and
:mod:`~brieflint.config.resolve` checks what only the rules know (unknown
codes, option names and types) and gives the :class:`Settings` defined here.
Every error is a :class:`ConfigError` with file, line and column.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from brieflint.errors import ConfigError
from brieflint.model import Rule, Severity
from brieflint.records import NamedTuple

DEFAULT_MAX_BYTES = 1024 * 1024


class Overrides(NamedTuple):
    """Command-line settings, which win over the file's."""

    select: tuple[str, ...] | None = None  # replaces the file's select
    ignore: tuple[str, ...] = ()  # added to the file's ignore
    fail_on: str | None = None
    report_unused_suppressions: bool | None = None
    extend_select: tuple[str, ...] = ()  # added to the (file's or command line's) select
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # added to the file's
    min_severity: str | None = None


class Settings(NamedTuple):
    """The effective configuration for some files: read-only, shared by rules."""

    source: str | None
    root: str
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: Mapping[str, Severity]
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...]
    exclude: tuple[str, ...]
    schema: str | None
    taxonomy: tuple[str, ...]
    taxonomy_replace: bool
    rule_packs: tuple[str, ...]
    house_style: bool
    max_file_size: int
    fail_on: Severity
    report_unused_suppressions: bool
    options: Mapping[str, Mapping[str, Any]]  # by rule code
    enabled: frozenset[str]  # rule codes that run
    rule_timeout: float = 10.0  # seconds one rule may spend on one file
    min_severity: Severity = Severity.INFO  # findings below it are not reported

    def options_for(self, rule: Rule) -> Mapping[str, Any]:
        return self.options.get(rule.code, rule.defaults())

    def severity_for(self, rule: Rule) -> Severity:
        return self.severity.get(rule.code, rule.severity)

    def relative(self, path: str) -> str:
        """``path`` relative to the configuration's folder, with ``/`` (for globs)."""
        absolute = os.path.abspath(path)
        for candidate in (absolute, os.path.realpath(absolute)):
            rel = os.path.relpath(candidate, self.root)
            if not rel.startswith(".."):
                return Path(rel).as_posix()
        return Path(path).as_posix()

    def ignored_codes(self, path: str) -> tuple[str, ...]:
        """Codes and prefixes ``per-file-ignores`` turns off for ``path``."""
        if not self.per_file_ignores:
            return ()
        rel = self.relative(path)
        out: list[str] = []
        for pattern, codes in self.per_file_ignores:
            if _glob_match(rel, pattern):
                out.extend(codes)
        return tuple(out)

    def is_excluded(self, path: Path) -> bool:
        if not self.exclude:
            return False
        rel = self.relative(str(path))
        return any(_glob_match(rel, pattern) for pattern in self.exclude)

    def key(self) -> str:
        """A stable digest of everything that changes findings (for the cache)."""
        import hashlib
        import json

        payload = {
            "select": self.select,
            "ignore": self.ignore,
            "severity": {k: str(v) for k, v in sorted(self.severity.items())},
            "pfi": self.per_file_ignores,
            "schema": _schema_digest(self.schema),
            "taxonomy": [_file_digest(t) for t in self.taxonomy],
            "taxonomy_replace": self.taxonomy_replace,
            "packs": [_file_digest(p) for p in self.rule_packs],
            "house": self.house_style,
            "max": self.max_file_size,
            "unused": self.report_unused_suppressions,
            "options": {k: dict(v) for k, v in sorted(self.options.items())},
            "enabled": sorted(self.enabled),
            "timeout": self.rule_timeout,
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def _file_digest(path: str | None) -> str | None:
    if not path:
        return None
    import hashlib

    from brieflint.errors import ReadError
    from brieflint.safeio import read_bytes

    try:  # the safe reader: a FIFO, device or symlink loop named by the configuration must not hang the key
        return hashlib.sha256(read_bytes(path)).hexdigest()
    except ReadError:
        return f"unreadable:{path}"


def _schema_digest(path: str | None) -> list[str | None] | None:
    """Digests of a schema file and of the local files its ``$ref``s name (so editing one invalidates the cache)."""
    if not path:
        return None
    import json
    import re

    seen: dict[str, str | None] = {}
    from brieflint.errors import ReadError
    from brieflint.safeio import read_text

    todo = [os.path.realpath(path)]
    while todo and len(seen) < 100:
        current = todo.pop()
        if current in seen:
            continue
        seen[current] = _file_digest(current)
        try:
            text = read_text(current)
        except ReadError:
            continue
        for ref in re.findall(r'"\$ref"\s*:\s*("(?:[^"\\]|\\.)*")', text):
            target = json.loads(ref).split("#", 1)[0]
            if target and "://" not in target:
                todo.append(os.path.realpath(os.path.join(os.path.dirname(current), target)))
    return [f"{k}:{v}" for k, v in sorted(seen.items())]


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatchcase(rel, pattern):
        return True
    if pattern.startswith("**/") and fnmatch.fnmatchcase(rel, pattern[3:]):
        return True
    # a pattern naming a folder matches everything below it
    return rel.startswith(pattern + "/") or fnmatch.fnmatchcase(rel, pattern + "/*")


__all__ = ["DEFAULT_MAX_BYTES", "ConfigError", "Overrides", "Settings"]
