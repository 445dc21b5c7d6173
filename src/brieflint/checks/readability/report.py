"""How the R rules word and place a finding: figures as shown, the advice, the span."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from brieflint.checks.readability.analysis import Analysis, SectionStat, SentenceStat
from brieflint.checks.readability.counts import Counts
from brieflint.checks.readability.options import OPTIONS
from brieflint.model import Context, Problem


def r(x: float) -> float:
    """Figures are compared as they are shown: to one decimal."""
    return round(x, 1)


def fmt(x: float) -> str:
    return f"{x:g}" if float(x).is_integer() else f"{x:.1f}"


def scored_sections(a: Analysis, ctx: Context) -> Iterator[SectionStat]:
    least = OPTIONS.integer(ctx, "min-section-words")
    for s in a.sections:
        if s.counts.words and s.counts.sentences and s.counts.words >= least:
            yield s


def why(c: Counts) -> str:
    asl = c.mean_sentence_words or 0.0
    spw = c.syllables_per_word or 0.0
    if asl >= 22:
        return f"sentences average {asl:.0f} words; split the longest"
    if spw >= 1.7:
        return f"words average {spw:.2f} syllables; prefer shorter, plainer words"
    return "split long sentences and prefer plainer words"


def section_problem(s: SectionStat, message: str, data: dict[str, Any]) -> Problem:
    line, col, end_line, end_col = s.anchor()
    return Problem(line, col, message, end_line=end_line, end_column=end_col, data=data)


def summary_problem(a: Analysis, message: str, data: dict[str, Any]) -> Problem | None:
    if a.summary is None:
        return None
    line, col, end_line, end_col = a.summary.span()
    return Problem(line, col, message, end_line=end_line, end_column=end_col, data=data)


def sentence_problem(s: SentenceStat, message: str, data: dict[str, Any]) -> Problem:
    line, col, end_line, end_col = s.span()
    return Problem(line, col, message, end_line=end_line, end_column=end_col, data=data)


def reported_by(ctx: Context, code: str) -> Mapping[str, Any] | None:
    """The options of rule ``code`` when it runs too (so a sibling rule leaves its cases to it), else None."""
    settings = ctx.settings
    if settings is not None and code in settings.enabled:
        found: Mapping[str, Any] | None = settings.options.get(code)
        return found
    return None
