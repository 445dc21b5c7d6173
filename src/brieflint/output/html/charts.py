"""The scorecard's chart as numbers: bar lengths and target positions the SVG template draws.

Two panels side by side, one row per part of the brief (the summary, then each
section): the Flesch–Kincaid grade against its maximum and the Flesch reading
ease against its minimum. A figure beyond its target is drawn hatched and
labelled, so colour is never the only sign.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from brieflint.output.html.views import FigureRow

LABEL_W = 190
PANEL_W = 210
GAP = 30
ROW_H = 24
TOP = 30
WIDTH = LABEL_W + 2 * PANEL_W + 2 * GAP + 40


@dataclass(frozen=True)
class ChartRow:
    y: int
    label: str
    scored: bool
    grade_w: float
    grade_text: str
    grade_target_x: float
    over: bool
    ease_w: float
    ease_text: str
    ease_target_x: float
    under: bool


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    grade_x: int
    ease_x: int
    panel_w: int
    grade_max: float
    rows: tuple[ChartRow, ...]


def _cut(label: str, n: int = 28) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def chart(rows: Sequence[FigureRow]) -> Chart | None:
    if not rows:
        return None
    grade_max = max([30.0, *(r.grade for r in rows if r.grade is not None), *(r.max_grade for r in rows)])
    grade_x = LABEL_W
    ease_x = LABEL_W + PANEL_W + GAP
    out = []
    for i, r in enumerate(rows):
        grade = max(0.0, r.grade) if r.grade is not None else 0.0
        ease = min(100.0, max(0.0, r.ease)) if r.ease is not None else 0.0
        out.append(
            ChartRow(
                y=TOP + i * ROW_H,
                label=_cut(r.label) if r.scored else _cut(r.label, 20) + " (short)",
                scored=r.scored,
                grade_w=round(PANEL_W * grade / grade_max, 1),
                grade_text="—" if r.grade is None else f"{r.grade:.1f}" + (" over" if r.over_grade else ""),
                grade_target_x=round(grade_x + PANEL_W * r.max_grade / grade_max, 1),
                over=r.over_grade,
                ease_w=round(PANEL_W * ease / 100.0, 1),
                ease_text="—" if r.ease is None else f"{r.ease:.1f}" + (" under" if r.under_ease else ""),
                ease_target_x=round(ease_x + PANEL_W * min(100.0, max(0.0, r.min_ease)) / 100.0, 1),
                under=r.under_ease,
            )
        )
    return Chart(WIDTH, TOP + len(rows) * ROW_H + 8, grade_x, ease_x, PANEL_W, grade_max, tuple(out))
