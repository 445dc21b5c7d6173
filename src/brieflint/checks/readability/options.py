"""The R family's options, declared once (:class:`~brieflint.checks.options.Options`), and their defaults.

Defaults are calibrated on the distributions of published analysis (the
real-prose corpus of ``benchmarks/accuracy/``), so that they flag the outliers
of the register, not its ordinary paragraphs; ``docs/readability.md``
("Calibration") gives the distributions and the percentile each default sits at.
Option names are distinct across the family on purpose, so
``readability: {min-words: 20}`` changes only the sentence rules.
"""

from __future__ import annotations

from brieflint.checks.options import NUMBER, Options
from brieflint.model import Option

MAX_GRADE = 18.0
MIN_READING_EASE = 10.0
MIN_SECTION_WORDS = 100
DENSE_SENTENCE_WORDS = 32  # ~90th percentile of a section's mean sentence length in published analysis
SUMMARY_MAX_GRADE = 16.0
SUMMARY_MIN_READING_EASE = 15.0
SUMMARY_MIN_WORDS = 15
SUMMARY_MAX_WORDS = 80
SUMMARY_SENTENCE_WORDS = 30  # ~75th percentile of a body sentence: a deck sentence longer than most
SENTENCE_MIN_WORDS = 25
HARD_GRADE = 22.0
VERY_HARD_GRADE = 30.0  # ~99th percentile of the grade of sentences of 25+ words
MAX_SENTENCE_WORDS = 47  # above the 97th percentile of an author's sentence (46 words; docs/readability.md)
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
    Option(
        "dense-sentence-words",
        NUMBER,
        DENSE_SENTENCE_WORDS,
        "a section above the grade target is reported when its sentences average at least this many words",
    ),
    Option("summary-max-grade", NUMBER, SUMMARY_MAX_GRADE, "highest Flesch–Kincaid grade the summary may read at"),
    Option(
        "summary-min-reading-ease",
        NUMBER,
        SUMMARY_MIN_READING_EASE,
        "lowest Flesch reading ease the summary may have",
    ),
    Option(
        "summary-sentence-words",
        int,
        SUMMARY_SENTENCE_WORDS,
        "a summary above its grade target is reported when a sentence of it has at least this many words",
    ),
    Option("summary-min-words", int, SUMMARY_MIN_WORDS, "fewest words the summary may have"),
    Option("summary-max-words", int, SUMMARY_MAX_WORDS, "most words the summary may have"),
    Option("min-words", int, SENTENCE_MIN_WORDS, "sentences with fewer words are never reported for their grade"),
    Option("hard-grade", NUMBER, HARD_GRADE, "Flesch–Kincaid grade from which a long sentence is hard"),
    Option("very-hard-grade", NUMBER, VERY_HARD_GRADE, "Flesch–Kincaid grade from which a long sentence is very hard"),
    Option(
        "max-sentence-words",
        int,
        MAX_SENTENCE_WORDS,
        "a sentence with more of its author's words is very hard whatever its grade",
    ),
    Option("max-paragraph-words", int, MAX_PARAGRAPH_WORDS, "most words a paragraph may have"),
    Option("max-section-words", int, MAX_SECTION_WORDS, "most words a section may have"),
    Option("min-body-words", int, MIN_BODY_WORDS, "fewest prose words the body may have"),
)


# Targets, calibrated on real Arabic analysis (docs/readability.md, "Arabic"): 21 stretches of
# prose (the 17 labelled passages of benchmarks/accuracy/arabic/ and the 3 sections of the Arabic
# example), 45 sentences, 970 words: indicative only.
MIN_OSMAN = 45.0  # 3 of the 21 stretches score lower (OSMAN -15.4, 17.2, 42.9); the median is 63
ARABIC_DENSE_SENTENCE_WORDS = 28  # about the 90th percentile of a stretch's mean sentence length (28.0 words)
# English's 42 (its limit until stop 34) × 0.82 (Arabic words per English word in the example pair) ≈ 34.5;
# the 90th percentile of an Arabic author's sentence in the set is 37 words
ARABIC_MAX_SENTENCE_WORDS = 36

ARABIC_OPTIONS = Options(  # Arabic briefs' (read by arabic.py, loaded only for them)
    Option("min-osman", NUMBER, MIN_OSMAN, "lowest OSMAN readability an Arabic section may have (R101)"),
    Option(
        "arabic-dense-sentence-words",
        NUMBER,
        ARABIC_DENSE_SENTENCE_WORDS,
        "an Arabic section below min-osman is reported when its sentences average at least this many words",
    ),
    Option(
        "arabic-max-sentence-words",
        int,
        ARABIC_MAX_SENTENCE_WORDS,
        "an Arabic sentence with more of its author's words is very hard (R107)",
    ),
)
