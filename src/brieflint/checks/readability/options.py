"""The R family's options, declared once (:class:`~brieflint.checks.options.Options`), and their defaults.

Defaults were calibrated on published analysis writing; ``docs/readability.md``
("Calibration") says how and what they give on the examples. Option names are
distinct across the family on purpose, so ``readability: {min-words: 20}``
changes only the sentence rules.
"""

from __future__ import annotations

from brieflint.checks.options import NUMBER, Options
from brieflint.model import Option

MAX_GRADE = 18.0
MIN_READING_EASE = 10.0
MIN_SECTION_WORDS = 100
SUMMARY_MAX_GRADE = 16.0
SUMMARY_MIN_READING_EASE = 15.0
SUMMARY_MIN_WORDS = 15
SUMMARY_MAX_WORDS = 80
SENTENCE_MIN_WORDS = 25
HARD_GRADE = 22.0
VERY_HARD_GRADE = 26.0
MAX_SENTENCE_WORDS = 50
MAX_PARAGRAPH_WORDS = 200
MAX_SECTION_WORDS = 800
MIN_BODY_WORDS = 50

OPTIONS = Options(
    Option("max-grade", NUMBER, MAX_GRADE, "highest Flesch–Kincaid grade a section may read at"),
    Option("min-reading-ease", NUMBER, MIN_READING_EASE, "lowest Flesch reading ease a section may have"),
    Option(
        "min-section-words",
        int,
        MIN_SECTION_WORDS,
        "sections with fewer words are not scored (the formulas need about 100 words)",
    ),
    Option("summary-max-grade", NUMBER, SUMMARY_MAX_GRADE, "highest Flesch–Kincaid grade the summary may read at"),
    Option(
        "summary-min-reading-ease",
        NUMBER,
        SUMMARY_MIN_READING_EASE,
        "lowest Flesch reading ease the summary may have",
    ),
    Option("summary-min-words", int, SUMMARY_MIN_WORDS, "fewest words the summary may have"),
    Option("summary-max-words", int, SUMMARY_MAX_WORDS, "most words the summary may have"),
    Option("min-words", int, SENTENCE_MIN_WORDS, "sentences with fewer words are never reported for their grade"),
    Option("hard-grade", NUMBER, HARD_GRADE, "Flesch–Kincaid grade from which a long sentence is hard"),
    Option("very-hard-grade", NUMBER, VERY_HARD_GRADE, "Flesch–Kincaid grade from which a long sentence is very hard"),
    Option("max-sentence-words", int, MAX_SENTENCE_WORDS, "a sentence with more words is very hard whatever its grade"),
    Option("max-paragraph-words", int, MAX_PARAGRAPH_WORDS, "most words a paragraph may have"),
    Option("max-section-words", int, MAX_SECTION_WORDS, "most words a section may have"),
    Option("min-body-words", int, MIN_BODY_WORDS, "fewest prose words the body may have"),
)
