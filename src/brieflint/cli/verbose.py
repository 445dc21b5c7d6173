"""``check --verbose``: which configuration applied to which file, and the time each rule took.

The rules of every plan are wrapped in a timer as the plan is made (the run is
then in this process: ``--verbose`` implies ``--jobs 1`` and no cache, so
that every rule really runs and is timed).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from brieflint.run.engine import Plan, Planner

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.api.records import Report
    from brieflint.model import Rule


class Timings:
    """Seconds and calls per rule code."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def timed(self, rule: Rule) -> Rule:
        check = rule.check

        def timed_check(doc: Any, ctx: Any) -> Iterable[Any]:
            start = time.perf_counter()
            try:
                return list(check(doc, ctx))
            finally:
                self.seconds[rule.code] = self.seconds.get(rule.code, 0.0) + time.perf_counter() - start
                self.calls[rule.code] = self.calls.get(rule.code, 0) + 1

        return rule._replace(check=timed_check)

    def write(self, report: Report, planner: Planner, err: TextIO) -> None:
        from brieflint.output.text import escape

        by_config: dict[str, list[str]] = {}
        for path in report.files:
            try:
                source = planner.for_file(path).settings.source
            except Exception:  # a path that does not exist has no configuration of its own
                source = None
            by_config.setdefault(source or "(defaults: no configuration file)", []).append(path)
        for source, paths in by_config.items():
            err.write(f"brieflint: configuration {escape(source)}: {len(paths):,} file(s)\n")
            for path in paths:
                err.write(f"  {escape(path)}\n")
        total = sum(self.seconds.values())
        err.write(f"brieflint: rules took {total * 1000:,.1f} ms in all; the slowest:\n")
        for code, seconds in sorted(self.seconds.items(), key=lambda kv: -kv[1])[:20]:
            err.write(f"  {code:<8} {seconds * 1000:10,.2f} ms  {self.calls[code]:,} file(s)\n")


class _TimingPlanner(Planner):
    def __init__(self, base: Planner, timings: Timings) -> None:
        super().__init__(base.overrides, base.config_file, plugins=base.plugins)
        self.timings = timings

    def plan(self, config_path: str | None) -> Plan:
        plan = super().plan(config_path)
        if "steps" not in plan.__dict__:  # wrap once, before any file uses the plan
            plan.__dict__["steps"] = tuple((self.timings.timed(rule), ctx, sev) for rule, ctx, sev in plan.steps)
        return plan


def verbose_planner(planner: Planner, timings: Timings) -> Planner:
    """A planner like ``planner`` whose rules are timed into ``timings``."""
    return _TimingPlanner(planner, timings)
