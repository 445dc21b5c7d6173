"""What applies to each file: its configuration, its rules, and the values a run shares (:class:`Plan`).

The :class:`Planner` finds the configuration in effect for a file (the nearest
one above it, or ``--config``), reads it once, collects the rules it names,
and resolves the settings: one :class:`Plan` per configuration file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from brieflint.checks.registry import RuleSet, collect
from brieflint.config.discover import find as find_config
from brieflint.config.read import read as read_config
from brieflint.config.resolve import pack_paths
from brieflint.config.resolve import resolve as resolve_config
from brieflint.config.settings import ConfigError, Overrides, Settings
from brieflint.model import Context, Rule, Severity
from brieflint.run.fingerprint import environment_digest
from brieflint.run.timer import RuleTimeout, RuleTimer

T = TypeVar("T")


class Plan:
    """What applies to a group of files: their rules, their settings, the run's shared values.

    (A plain class, as the other records that cache: a dataclass costs every start of
    brieflint about 4 M instructions to create.)
    """

    def __init__(self, rules: RuleSet, settings: Settings, shared: dict[str, Any] | None = None) -> None:
        self.rules = rules
        self.settings = settings
        self.shared: dict[str, Any] = {} if shared is None else shared
        self._keys: dict[tuple[str, ...] | None, str] = {}

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

    def key(self, only: Sequence[str] | None = None) -> str:
        """A digest of everything the findings of a file depend on besides the file: the cache's key for the plan.

        The installed rules and brieflint itself (:func:`~brieflint.run.fingerprint.environment_digest`),
        the effective configuration (:meth:`~brieflint.config.settings.Settings.key`), and ``only``.
        Computed once per plan and ``only``.
        """
        k = tuple(only) if only is not None else None
        if k not in self._keys:
            import hashlib  # not at import: hashlib loads OpenSSL, and a --no-cache run never hashes

            h = hashlib.sha256()
            h.update(environment_digest(self.rules).encode())
            h.update(self.settings.key().encode())
            h.update(repr(k).encode())
            self._keys[k] = h.hexdigest()
        return self._keys[k]


PLUGIN_LOAD_TIMEOUT = 10.0  # seconds one entry point may take to import and build its rules


def bounded_load(load: Callable[[], T]) -> T:
    """``load()`` (an entry point's import) under a time bound, with ``print()`` sent to stderr.

    A plugin that sleeps, or swallows the stop, while it is imported is stopped
    and left out (``TimeoutError``, named in the rule set's load errors).
    """
    saved = sys.stdout
    sys.stdout = sys.stderr
    try:
        with RuleTimer(PLUGIN_LOAD_TIMEOUT) as timer:
            try:
                timer.arm()
                try:
                    return load()
                finally:
                    timer.disarm()
            except RuleTimeout:
                raise TimeoutError(f"took longer than {PLUGIN_LOAD_TIMEOUT:g} s to load and was stopped") from None
    finally:
        sys.stdout = saved


class Planner:
    """Finds the configuration for each file and builds its :class:`Plan` once."""

    def __init__(self, overrides: Overrides | None = None, config_file: str | None = None, *, plugins: bool = True):
        self.overrides = overrides or Overrides()
        self.config_file = config_file
        self.plugins = plugins
        self._plans: dict[str | None, Plan] = {}
        self._dirs: dict[str, str | None] = {}
        self._paths: dict[str, str | None] = {}  # a path as given -> its configuration (asked per file often)

    def config_path(self, path: str) -> str | None:
        if self.config_file is not None:
            return self.config_file
        if path in self._paths:
            return self._paths[path]
        directory = os.path.dirname(os.path.abspath(path))
        if directory not in self._dirs:
            found = find_config(Path(directory))
            self._dirs[directory] = str(found) if found else None
        self._paths[path] = found_path = self._dirs[directory]
        return found_path

    def plan(self, config_path: str | None) -> Plan:
        if config_path not in self._plans:
            raw = read_config(Path(config_path) if config_path else None)
            try:
                rules = collect(
                    pack_paths(raw),
                    house_style=bool(raw.data.get("house-style", True)),
                    plugins=self.plugins,
                    guard=bounded_load,
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
        from brieflint.checks.schema.validate import validator
        from brieflint.checks.schemastore import SchemaError

        try:
            validator(ctx)
        except SchemaError as exc:
            raise ConfigError(str(exc), plan.settings.source) from None
    if any(code.startswith("T") for code in enabled):
        from brieflint.checks.taxonomy.model import for_context

        for_context(ctx)  # raises a located ConfigError for a broken taxonomy file
    plan.shared["prepared"] = True
