"""Run the rules over documents: configuration per file, suppression, jobs.

Data flows one way: path → :func:`brieflint.document.load` → every enabled
rule (the schema rules first among them) → per-file ignores and inline
suppressions → sorted findings. A rule that raises, or runs past its time
bound, becomes an ``E100`` finding naming it; the other rules and files go on.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brieflint import config as config_mod
from brieflint import suppress
from brieflint.config import ConfigError, Overrides, Settings
from brieflint.document import Document, discover, load
from brieflint.model import Context, Finding, Problem, Rule, Severity
from brieflint.registry import RuleSet, collect


@dataclass(frozen=True, eq=False)
class Plan:
    """What applies to a group of files: their rules, their settings, the run's shared values."""

    rules: RuleSet
    settings: Settings
    shared: dict[str, Any] = field(default_factory=dict)

    def enabled(self, code: str) -> bool:
        return code in self.settings.enabled

    def selector_matches(self, selector: str, code: str) -> bool:
        return code in self.rules.codes_for(selector)


class Planner:
    """Finds the configuration for each file and builds its :class:`Plan` once."""

    def __init__(self, overrides: Overrides | None = None, config_file: str | None = None, *, plugins: bool = True):
        self.overrides = overrides or Overrides()
        self.config_file = config_file
        self.plugins = plugins
        self._plans: dict[str | None, Plan] = {}
        self._dirs: dict[str, str | None] = {}

    def config_path(self, path: str) -> str | None:
        if self.config_file is not None:
            return self.config_file
        directory = os.path.dirname(os.path.abspath(path))
        if directory not in self._dirs:
            found = config_mod.find(Path(directory))
            self._dirs[directory] = str(found) if found else None
        return self._dirs[directory]

    def plan(self, config_path: str | None) -> Plan:
        if config_path not in self._plans:
            raw = config_mod.read(Path(config_path) if config_path else None)
            try:
                rules = collect(
                    config_mod.pack_paths(raw),
                    house_style=bool(raw.data.get("house-style", True)),
                    plugins=self.plugins,
                )
            except ConfigError as exc:
                if exc.path is None:
                    exc.path = config_path
                raise
            settings = config_mod.resolve(raw, rules, self.overrides)
            self._plans[config_path] = Plan(rules, settings)
        return self._plans[config_path]

    def for_file(self, path: str) -> Plan:
        return self.plan(self.config_path(path))

    def default(self) -> Plan:
        return self.plan(
            self.config_file if self.config_file is not None else self.config_path(os.path.join(os.getcwd(), "x"))
        )


class RuleTimeout(Exception):
    pass


@contextmanager
def time_bound(seconds: float) -> Iterator[None]:
    """Raise :class:`RuleTimeout` in the block after ``seconds`` (main thread on Unix only)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise RuleTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _finding(doc: Document, rule: Rule, severity: Severity, p: Problem) -> Finding:
    # a file that could not be read has no text to clamp positions to
    lines = doc.index.lines if doc.text else 1 << 30
    line = p.line if isinstance(p.line, int) and p.line >= 1 else 1
    line = min(line, lines)
    column = p.column if isinstance(p.column, int) and p.column >= 1 else 1
    end_line = p.end_line if isinstance(p.end_line, int) and p.end_line >= line else None
    end_column = p.end_column if isinstance(p.end_column, int) and end_line is not None else None
    if end_line is not None and end_line > lines:
        end_line, end_column = None, None
    return Finding(
        path=doc.path,
        line=line,
        column=column,
        code=rule.code,
        severity=severity,
        message=str(p.message),
        end_line=end_line,
        end_column=end_column,
        rule=rule.name,
        fix=p.fix,
        data=p.data,
    )


def run_rules(doc: Document, plan: Plan, *, only: Sequence[str] | None = None) -> list[Finding]:
    """Every enabled rule on one document, before suppression."""
    settings = plan.settings
    findings: list[Finding] = []
    for rule in plan.rules.rules:
        if rule.code not in settings.enabled:
            continue
        if only is not None and not any(rule.code.startswith(o) for o in only):
            continue
        if rule.needs_data and not doc.ok:
            continue
        ctx = Context(options=settings.options_for(rule), settings=settings, shared=plan.shared)
        severity = settings.severity_for(rule)
        try:
            with time_bound(settings.rule_timeout):
                problems = list(rule.check(doc, ctx))
        except RuleTimeout:
            findings.append(
                _crash(doc, rule, f"ran longer than {settings.rule_timeout:g} s on this file and was stopped")
            )
            continue
        except Exception as exc:  # one broken rule must not hide the others
            findings.append(_crash(doc, rule, f"raised {type(exc).__name__}: {exc}"))
            continue
        for p in problems:
            if not isinstance(p, Problem):
                findings.append(_crash(doc, rule, f"returned {type(p).__name__}, not a Problem"))
                break
            findings.append(_finding(doc, rule, severity, p))
    return findings


def prepare(plan: Plan) -> None:
    """Build what every file of a plan needs (the schema validator), so a broken schema is a configuration error."""
    if any(code.startswith("S") for code in plan.settings.enabled) and "prepared" not in plan.shared:
        from brieflint.checks.schema import validator
        from brieflint.schemas_store import SchemaError

        try:
            validator(Context({}, plan.settings, plan.shared))
        except SchemaError as exc:
            raise ConfigError(str(exc), plan.settings.source) from None
        plan.shared["prepared"] = True


def _crash(doc: Document, rule: Rule, what: str) -> Finding:
    return Finding(
        doc.path,
        1,
        1,
        "E100",
        Severity.ERROR,
        f"rule {rule.code} ({rule.name}, from {rule.origin}) {what}; its checks did not run on this file",
        rule="rule-crashed",
    )


def check_document(doc: Document, plan: Plan, *, only: Sequence[str] | None = None) -> list[Finding]:
    """The findings of one loaded document, suppressions applied, sorted."""
    findings = run_rules(doc, plan, only=only)
    ignored = plan.settings.ignored_codes(doc.path)
    if ignored:
        findings = [f for f in findings if not any(plan.selector_matches(s, f.code) for s in ignored)]
    if doc.text and "brieflint" in doc.text:
        if doc.form == "yaml":
            yaml_lines: range = range(1, doc.index.lines + 1)
        else:
            yaml_lines = range(2, doc.front_matter_end)
        sups = suppress.parse(doc.text, yaml_lines=yaml_lines)
        if sups:
            findings = suppress.apply(
                findings,
                sups,
                plan.selector_matches,
                plan.rules.matches,
                path=doc.path,
                report_unused=plan.settings.report_unused_suppressions and only is None,
                enabled=plan.enabled,
            )
    return sorted(findings)


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...]


def check_path(path: str, planner: Planner, *, only: Sequence[str] | None = None) -> FileResult:
    plan = planner.for_file(path)
    doc = load(path, max_bytes=plan.settings.max_file_size)
    return FileResult(path, tuple(check_document(doc, plan, only=only)))


@dataclass(frozen=True)
class RunResult:
    files: tuple[FileResult, ...]
    skipped: int
    load_errors: tuple[str, ...] = ()

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]


def discover_files(paths: Sequence[str], planner: Planner) -> tuple[list[str], int]:
    def excluded(p: Path) -> bool:
        return planner.for_file(str(p)).settings.is_excluded(p)

    found, skipped = discover(list(paths), exclude=excluded)
    return [p for p, _ in found], skipped


def run(
    paths: Sequence[str],
    planner: Planner,
    *,
    jobs: int = 1,
    only: Sequence[str] | None = None,
) -> RunResult:
    """Check every brief under ``paths``; results sorted by path, line, column."""
    files, skipped = discover_files(paths, planner)
    for f in files:  # configuration and schema errors surface before any work
        prepare(planner.for_file(f))
    if jobs > 1 and len(files) >= 2 * jobs:
        results = _run_parallel(files, planner, jobs, only)
    else:
        results = [check_path(f, planner, only=only) for f in files]
    results.sort(key=lambda r: r.path)
    errors: list[str] = []
    for plan in planner._plans.values():
        for e in plan.rules.load_errors:
            if e not in errors:
                errors.append(e)
    return RunResult(tuple(results), skipped, tuple(errors))


def _work(args: tuple[list[str], Overrides, str | None, bool, Sequence[str] | None]) -> list[FileResult]:
    """One batch in a worker process: its own Planner, so nothing is shared or global."""
    paths, overrides, config_file, plugins, only = args
    planner = Planner(overrides, config_file, plugins=plugins)
    return [check_path(p, planner, only=only) for p in paths]


def _run_parallel(files: list[str], planner: Planner, jobs: int, only: Sequence[str] | None) -> list[FileResult]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, -(-len(files) // (jobs * 4)))
    batches = [
        (files[i : i + chunk], planner.overrides, planner.config_file, planner.plugins, only)
        for i in range(0, len(files), chunk)
    ]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method)) as pool:
        out: list[FileResult] = []
        for part in pool.map(_work, batches):
            out.extend(part)
    return out
