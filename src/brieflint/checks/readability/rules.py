"""Readability rules (``R``): targets per section and for the summary, hard sentences, long blocks.

Every figure comes from :func:`brieflint.checks.readability.analysis.analyse`, computed once per
document (prose only: Markdown stripped, citations, code and URLs gone,
headings and table cells not counted) and shared by the rules and by
``brieflint stats``. Findings carry ``data={"measured": …, "target": …}``.

The rules live by what they measure: :mod:`.section_rules` (sections,
paragraphs, the body), :mod:`.summary_rules` (the deck), :mod:`.sentence_rules`;
their options are declared once in :mod:`.options`.
"""

from __future__ import annotations

from brieflint.checks.readability.options import (
    HARD_GRADE,
    MAX_GRADE,
    MAX_PARAGRAPH_WORDS,
    MAX_SECTION_WORDS,
    MAX_SENTENCE_WORDS,
    MIN_BODY_WORDS,
    MIN_READING_EASE,
    MIN_SECTION_WORDS,
    SENTENCE_MIN_WORDS,
    SUMMARY_MAX_GRADE,
    SUMMARY_MAX_WORDS,
    SUMMARY_MIN_READING_EASE,
    SUMMARY_MIN_WORDS,
    VERY_HARD_GRADE,
)
from brieflint.checks.readability.section_rules import (
    long_paragraph,
    long_section,
    section_grade,
    section_reading_ease,
    short_body,
)
from brieflint.checks.readability.sentence_rules import hard_sentence, very_hard_sentence
from brieflint.checks.readability.summary_rules import summary_grade, summary_length, summary_reading_ease
from brieflint.model import Rule

__all__ = [
    "HARD_GRADE",
    "MAX_GRADE",
    "MAX_PARAGRAPH_WORDS",
    "MAX_SECTION_WORDS",
    "MAX_SENTENCE_WORDS",
    "MIN_BODY_WORDS",
    "MIN_READING_EASE",
    "MIN_SECTION_WORDS",
    "RULES",
    "SENTENCE_MIN_WORDS",
    "SUMMARY_MAX_GRADE",
    "SUMMARY_MAX_WORDS",
    "SUMMARY_MIN_READING_EASE",
    "SUMMARY_MIN_WORDS",
    "VERY_HARD_GRADE",
]

RULES: tuple[Rule, ...] = (
    section_grade,
    section_reading_ease,
    summary_grade,
    summary_reading_ease,
    summary_length,
    hard_sentence,
    very_hard_sentence,
    long_paragraph,
    long_section,
    short_body,
)
