"""What a check can be told: the command line's options as one frozen record."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckOptions:
    """The options of :func:`brieflint.check` (and of ``brieflint check``).

    Selectors are rule codes (``Q101``), prefixes (``Q``) or names
    (``unattributed-quote``). ``select`` replaces the configuration's
    selection; ``extend_select``, ``ignore`` and ``extend_ignore`` add to it.
    """

    config: str | None = None  # a configuration file for every file (None: the nearest one above each file)
    isolated: bool = False  # no configuration file at all
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, selectors), added to the configuration's
    fail_on: str | None = None  # error, warning or info (None: the configuration's, or error)
    min_severity: str | None = None  # findings below it are not reported (None: the configuration's, or info)
    schema_only: bool = False  # only the load (E) and schema (S) checks
    report_unused_suppressions: bool | None = None
    jobs: int | None = 1  # worker processes (None: as many as pay off)
    cache: bool = False  # read and write .brieflint_cache/
    respect_gitignore: bool = True
    force_exclude: bool = False  # apply exclude: (and .gitignore) to files named explicitly too
    stdin_filename: str | None = None  # the name a text is checked under (decides its form and configuration)
    baseline: str | None = None  # a baseline file: report only findings not in it
    changed_since: str | None = None  # a git revision: report only findings on lines changed since it
