"""brieflint's Python API: check briefs from another program, get typed findings back.

    import brieflint

    report = brieflint.check(["briefs/"], select=["S", "Q"])
    for f in report.findings:
        print(f.path, f.line, f.column, f.code, f.severity, f.message)
    report.failed            # True when a finding is at or above fail_on (exit status 1)

    report = brieflint.check(text, stdin_filename="briefs/draft.md")   # a brief given as text

The first argument is a path, a list of paths, or the text of one brief (a
``str`` with a line break in it, or ``bytes``). ``config`` is a configuration
file (``None``: the nearest ``.brieflint.yaml`` or ``pyproject.toml`` above each
file, as on the command line). Every other keyword is an option of
``brieflint check`` (:class:`CheckOptions`). The command line is built on
this same function.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from brieflint.api.records import CheckError, CheckOptions, Report
from brieflint.model import Finding, Severity

PathLike = str | os.PathLike[str]


def check(
    paths_or_text: PathLike | bytes | Iterable[PathLike],
    *,
    config: PathLike | Mapping[str, Any] | None = None,
    **options: Any,
) -> Report:
    """Check briefs and return a :class:`Report` (configuration and usage mistakes raise; findings never do).

    ``config`` is a configuration file, or a mapping of the same keys (its
    relative paths are relative to the current directory).
    Raises :class:`brieflint.errors.ConfigError` for a configuration that
    cannot be used and :class:`CheckError` for options that cannot be run.
    """
    if isinstance(config, Mapping):
        import json
        import tempfile

        with tempfile.TemporaryDirectory(prefix="brieflint-config-") as folder:
            path = os.path.join(folder, ".brieflint.yaml")
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(_absolute_paths(config), fh)
            return check(paths_or_text, config=path, **options)
    from brieflint.api.run import check_paths, check_text

    for name in ("select", "extend_select", "ignore", "extend_ignore"):
        if isinstance(options.get(name), str):
            options[name] = (options[name],)
        elif options.get(name) is not None:
            options[name] = tuple(options[name])
    if options.get("jobs", 1) is not None and options.get("jobs", 1) < 1:
        raise CheckError("jobs must be at least 1")
    opts = CheckOptions(config=os.fspath(config) if config is not None else None, **options)
    if isinstance(paths_or_text, bytes) or (isinstance(paths_or_text, str) and "\n" in paths_or_text):
        return check_text(paths_or_text, opts)
    if isinstance(paths_or_text, str | os.PathLike):
        return check_paths([os.fspath(paths_or_text)], opts)
    return check_paths([os.fspath(p) for p in paths_or_text], opts)


def _absolute_paths(config: Mapping[str, Any]) -> dict[str, Any]:
    """A configuration mapping with its file paths made absolute (it is read from a temporary folder)."""
    out = dict(config)
    for key in ("schema", "taxonomy", "rule-packs", "extend"):
        value = out.get(key)
        if isinstance(value, str):
            out[key] = value if value == "house-style" else os.path.abspath(value)
        elif isinstance(value, list | tuple):
            out[key] = [v if v == "house-style" else os.path.abspath(v) for v in value]
    return out


__all__ = ["CheckError", "CheckOptions", "Finding", "Report", "Severity", "check"]
