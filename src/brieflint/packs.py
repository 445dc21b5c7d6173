"""Declarative rule packs: YAML files of rules built from a small closed set of kinds.

(Placeholder until the rule-pack issue lands: no pack defines any rule yet.)
"""

from __future__ import annotations

from brieflint.model import Rule


def load_pack(name_or_path: str) -> tuple[Rule, ...]:
    """The rules of a pack (``house-style`` names the shipped one)."""
    return ()
