"""Run the rules over documents: configuration per file, suppression, jobs.

Data flows one way: path → :func:`brieflint.document.brief.load` → every enabled
rule (the schema rules first among them) → per-file ignores and inline
suppressions → sorted findings. A rule that raises, or runs past its time
bound, becomes an ``E100`` finding naming it; the other rules and files go on.

:func:`run` is the whole run: the files (:mod:`brieflint.run.files`), their
plans (:mod:`brieflint.run.planner`), the cache (:mod:`brieflint.run.cache`), and
worker processes (:mod:`brieflint.run.jobs`).
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from brieflint.document.brief import Document, load, unread
from brieflint.document.editions import READS_KEY
from brieflint.document.language import language_of, skip_notes, unsupported
from brieflint.model import Finding, Problem, Rule, Severity
from brieflint.records import NamedTuple
from brieflint.run import jobs as jobs_mod
from brieflint.run import suppress
from brieflint.run.files import discover_files
from brieflint.run.planner import Plan, Planner, prepare
from brieflint.run.timer import RuleTimeout, RuleTimer
from brieflint.safeio import read_regular

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.run.cache import Cache

__all__ = [
    "FileChecker",
    "FileResult",
    "Plan",
    "Planner",
    "RunResult",
    "check_document",
    "check_path",
    "discover_files",
    "in_order",
    "prepare",
    "run",
    "run_rules",
]


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
    ok = doc.ok
    skip = frozenset(language_skips(doc, plan))  # rules without support for the brief's language
    with RuleTimer(settings.rule_timeout) as timer:
        arm, disarm = timer.arm, timer.disarm
        for rule, ctx, severity in plan.steps:
            if only is not None and not any(rule.code.startswith(o) for o in only):
                continue
            if rule.needs_data and not ok:
                continue
            if skip and rule.code in skip:
                continue
            try:
                arm()
                try:
                    problems = list(rule.check(doc, ctx))
                finally:
                    disarm()
            except RuleTimeout:
                findings.append(
                    _crash(doc, rule, f"ran longer than {settings.rule_timeout:g} s on this file and was stopped")
                )
                continue
            except (Exception, SystemExit) as exc:  # one broken rule must not hide the others, nor end the run
                findings.append(_crash(doc, rule, f"raised {type(exc).__name__}: {exc}"))
                continue
            for p in problems:
                if not isinstance(p, Problem):
                    findings.append(_crash(doc, rule, f"returned {type(p).__name__}, not a Problem"))
                    break
                findings.append(_finding(doc, rule, severity, p))
    return findings


def language_skips(doc: Document, plan: Plan, only: Sequence[str] | None = None) -> tuple[str, ...]:
    """The enabled rules (of ``only``'s families, when given) skipped for ``doc``: no support for its language."""
    if not doc.ok:
        return ()
    rules = (r for r, _, _ in plan.steps if only is None or any(r.code.startswith(o) for o in only))
    return unsupported(rules, language_of(doc))


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


class FileResult(NamedTuple):
    path: str
    findings: tuple[Finding, ...]
    language: str = "en"
    skipped: tuple[str, ...] = ()  # rules not run: no support for the language


class FileChecker:
    """Checks the files of a run one at a time, through the cache when there is one.

    Picklable, so that a spawned worker process gets one: it carries what builds
    the :class:`Planner` again (the overrides, the configuration file, whether
    plugins load), not the planner itself. A forked worker inherits it whole.
    """

    def __init__(self, planner: Planner, only: Sequence[str] | None = None, cache: Cache | None = None) -> None:
        self.planner = planner
        self.only = only
        self.cache = cache if cache is not None and cache.enabled else None

    def __getstate__(self) -> dict[str, Any]:
        p = self.planner
        return {"spec": (p.overrides, p.config_file, p.plugins), "only": self.only, "cache": self.cache}

    def __setstate__(self, state: dict[str, Any]) -> None:
        overrides, config_file, plugins = state["spec"]
        self.__init__(Planner(overrides, config_file, plugins=plugins), state["only"], state["cache"])  # type: ignore[misc]

    def __call__(self, path: str) -> FileResult:
        """The findings of one file (checked, and stored in the cache; not looked up there)."""
        return self.check(path, lookup=False)

    def check(self, path: str, *, lookup: bool = True) -> FileResult:
        """The findings of one file, in a total order (the same in every process)."""
        plan = self.planner.for_file(path)
        max_bytes = plan.settings.max_file_size
        cache = self.cache
        raw = read_regular(path, max_bytes) if cache is not None else None
        key: str | None = None
        if cache is not None and raw is not None:
            key = cache.key(plan.key(self.only), path, raw)
            if lookup:
                hit = cache.get(plan.settings.root, key, path)
                if hit is not None:
                    return FileResult(path, hit)
        # the loader reads the bytes the key was made of (or, when they could not be read, says why)
        doc = load_bounded(path, max_bytes, raw, plan.settings.rule_timeout)
        findings = in_order(check_document(doc, plan, only=self.only))
        skipped = language_skips(doc, plan, self.only)
        # not cached: a skip's note is made from a checked brief; a result that read another file depends on it
        if cache is not None and key is not None and not skipped and not doc.memo(READS_KEY, tuple):
            cache.put(plan.settings.root, key, findings)
        return FileResult(path, findings, language_of(doc), skipped) if skipped else FileResult(path, findings)

    def lookup(self, path: str) -> FileResult | None:
        """The cached result of one file, or None."""
        if self.cache is None:
            return None
        plan = self.planner.for_file(path)
        raw = read_regular(path, plan.settings.max_file_size)
        if raw is None:
            return None
        hit = self.cache.get(plan.settings.root, self.cache.key(plan.key(self.only), path, raw), path)
        return FileResult(path, hit) if hit is not None else None


def load_bounded(path: str, max_bytes: int, data: bytes | None, seconds: float) -> Document:
    """:func:`~brieflint.document.brief.load` under the rules' time bound: a brief too slow to read is an E010."""
    with RuleTimer(seconds) as timer:
        try:
            timer.arm()
            try:
                return load(path, max_bytes=max_bytes, data=data)
            finally:
                timer.disarm()
        except RuleTimeout:
            message = (
                f"reading this brief took longer than {seconds:g} s (the rule time bound), so it was not checked; "
                "is its Markdown or YAML pathological (thousands of headings, brackets, backticks, table columns)?"
            )
            return unread(path, Problem(1, 1, message, code="E010"))


def check_path(
    path: str, planner: Planner, *, only: Sequence[str] | None = None, cache: Cache | None = None
) -> FileResult:
    """The findings of one file, in a total order (the same in every process), through ``cache`` when given."""
    return FileChecker(planner, only, cache).check(path)


def in_order(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """A total order, so findings tied on position and code come out the same in every process."""
    return tuple(
        sorted(
            findings,
            key=lambda f: (f.line, f.column, f.code, f.end_line or 0, f.end_column or 0, f.message, f.rule),
        )
    )


class RunResult(NamedTuple):
    files: tuple[FileResult, ...]
    skipped: int
    load_errors: tuple[str, ...] = ()
    excluded: int = 0  # files named on the command line that --force-exclude left out

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]

    @property
    def notes(self) -> list[str]:
        """What the run says once, beside the findings: rules skipped for a brief's language."""
        return skip_notes((r.path, r.language, r.skipped) for r in self.files)


def run(
    paths: Sequence[str],
    planner: Planner,
    *,
    jobs: int | None = 1,
    only: Sequence[str] | None = None,
    cache: Cache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RunResult:
    """Check every brief under ``paths``; results sorted by path, each file's findings by line, column, code.

    ``jobs``: worker processes (None: as many as the CPUs this process may use,
    when there are enough files to pay for starting them). The results are the
    same, in the same order, whatever ``jobs`` is. ``cache``: look findings up
    and store them (see :mod:`brieflint.run.cache`); files found there are not
    loaded at all and never reach a worker. ``progress(done, total)`` is
    called as files are done (after each file, or each batch of a worker).
    """
    with _plugins_print_to_stderr(), _sigterm_ends_the_run():
        return _run(paths, planner, jobs=jobs, only=only, cache=cache, progress=progress)


class _Terminated(BaseException):
    """SIGTERM arrived: the run stops (workers killed on the way out) and the process exits with 143."""


@contextmanager
def _sigterm_ends_the_run() -> Iterator[None]:
    """While a run lasts, SIGTERM ends it as Ctrl-C does (workers killed, no orphan), then exits with 143."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return

    def terminated(signum: int, frame: Any) -> None:
        raise _Terminated()

    signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    except _Terminated:
        raise SystemExit(128 + signal.SIGTERM) from None
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextmanager
def _plugins_print_to_stderr() -> Iterator[None]:
    """``print()`` in a rule goes to stderr: the report on stdout (JSON, SARIF) stays what the reporter writes."""
    saved = sys.stdout
    sys.stdout = sys.stderr
    try:
        yield
    finally:
        sys.stdout = saved


def _run(
    paths: Sequence[str],
    planner: Planner,
    *,
    jobs: int | None,
    only: Sequence[str] | None,
    cache: Cache | None,
    progress: Callable[[int, int], None] | None,
) -> RunResult:
    files, skipped = discover_files(paths, planner)
    checker = FileChecker(planner, only, cache)
    done: dict[str, FileResult] = {}
    todo: list[str] = []
    for f in files:
        hit = checker.lookup(f)
        if hit is not None:
            done[f] = hit
        else:
            todo.append(f)
    for f in todo:  # configuration and schema errors surface before any work
        prepare(planner.for_file(f))  # (a file found in the cache was checked with this very schema)
    total = len(files)
    count = [len(done)]

    def tick(n: int) -> None:
        count[0] += n
        if progress is not None:
            progress(count[0], total)

    tick(0)
    workers = jobs_mod.workers(jobs, len(todo))
    if workers > 1:
        computed = jobs_mod.run_parallel(todo, checker, workers, tick)
    else:
        computed = []
        for f in todo:
            computed.append(checker(f))
            tick(1)
    for r in computed:
        done[r.path] = r
    results = plugin_failures(sorted(done.values(), key=lambda r: r.path), planner)
    errors: list[str] = []
    for plan in planner._plans.values():
        for e in plan.rules.load_errors:
            if e not in errors:
                errors.append(e)
    return RunResult(tuple(results), skipped, tuple(errors))


def plugin_failures(results: list[FileResult], planner: Planner) -> list[FileResult]:
    """A plugin that failed to load is an ``E100`` at 1:1 of the first file checked without it.

    Its rules did not run anywhere, so a gate relying on them must not pass
    (issue 21): the finding fails the run as any error does, in every format.
    Added after the cache, never stored in it.
    """
    reported: set[str] = set()
    out: list[FileResult] = []
    for r in results:
        try:
            errors = planner.for_file(r.path).rules.load_errors
        except Exception:  # pragma: no cover - a path whose configuration failed reports that instead
            errors = ()
        new = [e for e in errors if e not in reported]
        if new:
            reported.update(new)
            extra = (
                Finding(r.path, 1, 1, "E100", Severity.ERROR, f"{e}; its rules did not run", rule="rule-crashed")
                for e in new
            )
            r = r._replace(findings=in_order((*r.findings, *extra)))
        out.append(r)
    return out
