"""Run the rules over documents: configuration per file, suppression, jobs.

Data flows one way: path → :func:`brieflint.document.brief.load` → every enabled
rule (the schema rules first among them) → per-file ignores and inline
suppressions → sorted findings. A rule that raises, or runs past its time
bound, becomes an ``E100`` finding naming it; the other rules and files go on.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from brieflint.checks.registry import RuleSet, collect
from brieflint.config.discover import find as find_config
from brieflint.config.read import read as read_config
from brieflint.config.resolve import pack_paths
from brieflint.config.resolve import resolve as resolve_config
from brieflint.config.settings import ConfigError, Overrides, Settings
from brieflint.document.brief import Document, discover, load
from brieflint.document.language import language_of, skip_notes, unsupported
from brieflint.model import Context, Finding, Problem, Rule, Severity
from brieflint.run import suppress

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.run.cache import Cache


class Plan:
    """What applies to a group of files: their rules, their settings, the run's shared values.

    (A plain class, as the other records that cache: a dataclass costs every start of
    brieflint about 4 M instructions to create.)
    """

    def __init__(self, rules: RuleSet, settings: Settings, shared: dict[str, Any] | None = None) -> None:
        self.rules = rules
        self.settings = settings
        self.shared: dict[str, Any] = {} if shared is None else shared

    def __repr__(self) -> str:
        return f"Plan({len(self.rules.rules)} rules, settings from {self.settings.source!r})"

    def enabled(self, code: str) -> bool:
        return code in self.settings.enabled

    @cached_property
    def steps(self) -> tuple[tuple[Rule, Context, Severity], ...]:
        """Each enabled rule, in order, with its context and severity (the same for every file)."""
        settings = self.settings
        return tuple(
            (
                rule,
                Context(
                    options=MappingProxyType(dict(settings.options_for(rule))), settings=settings, shared=self.shared
                ),
                settings.severity_for(rule),
            )
            for rule in self.rules.rules
            if rule.code in settings.enabled
        )

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
            found = find_config(Path(directory))
            self._dirs[directory] = str(found) if found else None
        return self._dirs[directory]

    def plan(self, config_path: str | None) -> Plan:
        if config_path not in self._plans:
            raw = read_config(Path(config_path) if config_path else None)
            try:
                rules = collect(
                    pack_paths(raw),
                    house_style=bool(raw.data.get("house-style", True)),
                    plugins=self.plugins,
                )
            except ConfigError as exc:
                if exc.path is None:
                    exc.path = config_path
                raise
            settings = resolve_config(raw, rules, self.overrides)
            self._plans[config_path] = Plan(rules, settings)
        return self._plans[config_path]

    def check_cli(self) -> None:
        """A ``--select``/``--ignore`` selector that no configuration of the run knows is an error."""
        plans = list(self._plans.values()) or [self.default()]
        for source, values in (("--select", self.overrides.select or ()), ("--ignore", self.overrides.ignore)):
            for sel in values:
                if not any(p.rules.matches(sel) for p in plans):
                    raise ConfigError(
                        f"{source}: unknown rule code, prefix or name '{sel}'{plans[0].rules.suggest(sel)}"
                    )

    def for_file(self, path: str) -> Plan:
        return self.plan(self.config_path(path))

    def default(self) -> Plan:
        return self.plan(
            self.config_file if self.config_file is not None else self.config_path(os.path.join(os.getcwd(), "x"))
        )


class RuleTimeout(Exception):
    pass


class RuleTimer:
    """Stops a rule that runs past ``seconds`` (SIGALRM; main thread on Unix, elsewhere a no-op).

    The handler is installed once per document. Arming an interval timer costs
    two system calls, so it is not re-armed around every rule (137 rules a
    brief): :meth:`arm` re-arms only when the running timer was set more than a
    tenth of ``seconds`` ago or has fired, so every rule gets at least 90 % of
    its bound. An alarm that arrives between rules is remembered, never raised,
    so it can never surface in unrelated code.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        self._armed = False
        self._fired = True
        self._armed_at = 0.0
        self._slack = seconds / 10
        self._previous: Any = None

    def _on_alarm(self, signum: int, frame: Any) -> None:
        self._fired = True
        if self._armed:
            raise RuleTimeout()

    def __enter__(self) -> RuleTimer:
        if self.usable:
            self._previous = signal.signal(signal.SIGALRM, self._on_alarm)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.usable:
            self._armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)

    def arm(self) -> None:
        """From now until :meth:`disarm`, an expired bound raises :class:`RuleTimeout`."""
        if not self.usable:
            return
        now = time.monotonic()
        if self._fired or now - self._armed_at > self._slack:
            self._fired = False
            self._armed_at = now
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        self._armed = True

    def disarm(self) -> None:
        self._armed = False


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
            except Exception as exc:  # one broken rule must not hide the others
                findings.append(_crash(doc, rule, f"raised {type(exc).__name__}: {exc}"))
                continue
            for p in problems:
                if not isinstance(p, Problem):
                    findings.append(_crash(doc, rule, f"returned {type(p).__name__}, not a Problem"))
                    break
                findings.append(_finding(doc, rule, severity, p))
    return findings


def language_skips(doc: Document, plan: Plan) -> tuple[str, ...]:
    """The enabled rules skipped for ``doc`` because they have no support for its language."""
    return unsupported((rule for rule, _, _ in plan.steps), language_of(doc)) if doc.ok else ()


def prepare(plan: Plan) -> None:
    """Build what every file of a plan needs (schema validator, taxonomy) once, before any file.

    A broken schema or taxonomy is then a configuration error (exit 2), not
    one crashed rule per file.
    """
    if "prepared" in plan.shared:
        return
    enabled = plan.settings.enabled
    ctx = Context({}, plan.settings, plan.shared)
    if getattr(plan.settings, "schema", None) and any(code.startswith("S") for code in enabled):
        # the shipped schema is tested against the metaschema; only a configured one can be broken
        from brieflint.checks.schema import validator
        from brieflint.checks.schemastore import SchemaError

        try:
            validator(ctx)
        except SchemaError as exc:
            raise ConfigError(str(exc), plan.settings.source) from None
    if any(code.startswith("T") for code in enabled):
        from brieflint.checks.taxonomy.model import for_context

        for_context(ctx)  # raises a located ConfigError for a broken taxonomy file
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


class FileResult(NamedTuple):
    path: str
    findings: tuple[Finding, ...]
    language: str = "en"
    skipped: tuple[str, ...] = ()  # rules not run: no support for the language


def check_path(
    path: str, planner: Planner, *, only: Sequence[str] | None = None, cache: Cache | None = None
) -> FileResult:
    """The findings of one file, in a total order (the same in every process), through ``cache`` when given."""
    return _check(path, planner, only, cache, lookup=True)


def _check(path: str, planner: Planner, only: Sequence[str] | None, cache: Cache | None, *, lookup: bool) -> FileResult:
    plan = planner.for_file(path)
    key: str | None = None
    raw: bytes | None = None
    if cache is not None and cache.enabled:
        from brieflint.run.cache import read_regular

        raw = read_regular(path, plan.settings.max_file_size)
        if raw is not None:
            key = cache.key(plan, only, path, raw)
            if lookup:
                hit = cache.get(plan, key, path)
                if hit is not None:
                    return FileResult(path, hit)
    doc = load(path, max_bytes=plan.settings.max_file_size)
    findings = _in_order(check_document(doc, plan, only=only))
    skipped = language_skips(doc, plan)
    if cache is not None and key is not None and not skipped:  # (a skip's note is made from a checked brief)
        from brieflint.run.cache import as_written

        if as_written(doc) == raw:  # the loader saw the bytes the key was made of
            cache.put(plan, key, findings)
    return FileResult(path, findings, language_of(doc), skipped) if skipped else FileResult(path, findings)


def _lookup(path: str, planner: Planner, only: Sequence[str] | None, cache: Cache) -> FileResult | None:
    """The cached result of one file, or None."""
    from brieflint.run.cache import read_regular

    plan = planner.for_file(path)
    raw = read_regular(path, plan.settings.max_file_size)
    if raw is None:
        return None
    hit = cache.get(plan, cache.key(plan, only, path, raw), path)
    return FileResult(path, hit) if hit is not None else None


def _in_order(findings: Iterable[Finding]) -> tuple[Finding, ...]:
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

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]

    @property
    def notes(self) -> list[str]:
        """What the run says once, beside the findings: rules skipped for a brief's language."""
        return skip_notes((r.path, r.language, r.skipped) for r in self.files)


def discover_files(paths: Sequence[str], planner: Planner) -> tuple[list[str], int]:
    def excluded(p: Path) -> bool:
        return planner.for_file(str(p)).settings.is_excluded(p)

    found, skipped = discover(list(paths), exclude=excluded)
    for p, _ in found:
        planner.for_file(p)
    planner.check_cli()
    return [p for p, _ in found], skipped


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
    files, skipped = discover_files(paths, planner)
    done: dict[str, FileResult] = {}
    todo: list[str] = []
    for f in files:
        hit = _lookup(f, planner, only, cache) if cache is not None and cache.enabled else None
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
    workers = _workers(jobs, len(todo))
    if workers > 1:
        computed = _run_parallel(todo, planner, workers, only, cache, tick)
    else:
        computed = []
        for f in todo:
            computed.append(_check(f, planner, only, cache, lookup=False))
            tick(1)
    for r in computed:
        done[r.path] = r
    results = sorted(done.values(), key=lambda r: r.path)
    errors: list[str] = []
    for plan in planner._plans.values():
        for e in plan.rules.load_errors:
            if e not in errors:
                errors.append(e)
    return RunResult(tuple(results), skipped, tuple(errors))


AUTO_FILES_PER_JOB = 16  # with --jobs left to its default, each worker gets at least this many files
BATCHES_PER_JOB = 8  # small batches keep every worker busy to the end
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


def _workers(jobs: int | None, files: int) -> int:
    """How many worker processes for ``files`` files (1: run in this process)."""
    if files < 2:
        return 1
    if jobs is None:
        return max(1, min(available_cpus(), files // AUTO_FILES_PER_JOB))
    return max(1, min(jobs, files))


def _work(
    conn: Any,
    planner: Planner | None,
    spec: tuple[Overrides, str | None, bool],
    batches: list[list[str]],
    only: Sequence[str] | None,
    cache: Cache | None,
) -> None:
    """A worker process: receive a batch number, send back its results, until told to stop (None).

    Forked workers get the parent's Planner as it is (configuration read,
    schema compiled, nothing pickled); spawned ones build their own from
    ``spec``. Nothing is global. Ctrl-C is the parent's to handle.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if planner is None:
        overrides, config_file, plugins = spec
        planner = Planner(overrides, config_file, plugins=plugins)
    try:
        while True:
            i = conn.recv()
            if i is None:
                return
            try:
                conn.send((i, [_check(p, planner, only, cache, lookup=False) for p in batches[i]], None))
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


def _run_parallel(
    files: list[str],
    planner: Planner,
    jobs: int,
    only: Sequence[str] | None,
    cache: Cache | None = None,
    tick: Callable[[int], None] = lambda n: None,
) -> list[FileResult]:
    """Check ``files`` in ``jobs`` worker processes; the results in the order of ``files``.

    Batches are handed out one at a time, so a slow file holds up one worker,
    not a share of the run. A batch whose worker failed or died is checked
    again here, in this process, so the results are always the serial ones.
    """
    import multiprocessing
    from multiprocessing.connection import wait

    fork = "fork" in multiprocessing.get_all_start_methods()
    size = max(1, -(-len(files) // (jobs * BATCHES_PER_JOB)))
    # with fork, batch 0 is the parent's warm-up before the workers start: a few files, so
    # that the workers inherit what first use builds without waiting for a whole batch
    first = min(WARM_UP_FILES, len(files)) if fork else 0
    batches = ([files[:first]] if first else []) + [files[i : i + size] for i in range(first, len(files), size)]
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    done: dict[int, list[FileResult]] = {}
    if fork:
        # warm up here (taxonomy, Markdown parser, …) so that every forked worker starts warm
        done[0] = [_check(p, planner, only, cache, lookup=False) for p in batches[0]]
        tick(len(batches[0]))
    pending = [i for i in range(len(batches)) if i not in done][::-1]
    spec = (planner.overrides, planner.config_file, planner.plugins)
    workers: list[_Worker] = []
    redo: list[int] = []

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
                args=(child_end, planner if fork else None, spec, batches, only, cache),
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
    finally:
        for w in workers:
            try:
                w.conn.close()
            except OSError:
                pass
        for w in workers:
            w.process.join(timeout=5)
            if w.process.is_alive():
                w.process.terminate()
                w.process.join()
    redo.extend(pending)
    for i in redo:
        done[i] = [_check(p, planner, only, cache, lookup=False) for p in batches[i]]
        tick(len(batches[i]))
    return [r for i in range(len(batches)) for r in done[i]]
