"""Rule family placeholder: filled in by its own issue."""

from __future__ import annotations

from brieflint.model import Rule

RULES: tuple[Rule, ...] = ()
