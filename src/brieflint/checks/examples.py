"""The example brief the built-in rules' documentation starts from.

A rule's ``good`` example is usually this brief, and its ``bad`` example this
brief with one mistake put in: ``bad("regions: [Morocco]", "region: [Morocco]")``.
"""

from __future__ import annotations

GOOD = """\
---
title: "Pricing Scarcity: Morocco's Water Tariffs"
type: brief-analysis
date: 2026-03-12
authors:
  - name: Leila Benkirane
    bio: Leila Benkirane is a fellow who studies utility regulation in North Africa.
summary: >-
  Rabat's plan to hand water distribution to regional companies could fund
  investment, but only if tariffs protect poor households.
topics: [Energy & Economics, Water & Environment]
regions: [Morocco]
---

Morocco's parliament passed a law to move water distribution to regional companies.
"""


def bad(old: str, new: str, good: str = GOOD) -> str:
    """``good`` with ``old`` replaced by ``new`` once (``old`` must be there)."""
    if old not in good:
        raise ValueError(f"example text {old!r} is not in the brief")
    return good.replace(old, new, 1)
