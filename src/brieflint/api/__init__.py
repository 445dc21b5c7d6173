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
from collections.abc import Iterable
from typing import Any

from brieflint.api.options import CheckOptions
from brieflint.api.report import CheckError, Report
from brieflint.model import Finding, Severity

PathLike = str | os.PathLike[str]


def check(
    paths_or_text: PathLike | bytes | Iterable[PathLike],
    *,
    config: PathLike | None = None,
    **options: Any,
) -> Report:
    """Check briefs and return a :class:`Report` (configuration and usage mistakes raise; findings never do).

    Raises :class:`brieflint.errors.ConfigError` for a configuration that
    cannot be used and :class:`CheckError` for options that cannot be run.
    """
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


__all__ = ["CheckError", "CheckOptions", "Finding", "Report", "Severity", "check"]
