"""Additive counts of a stretch of prose and the published readability formulas over them.

The formulas are the published ones, with textstat's constants:

* Flesch reading ease = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words
* Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
* Gunning fog = 0.4 × (words/sentences + 100 × complex words/words), a complex word
  having 3 or more syllables and not being on the Dale–Chall list (as textstat)
* SMOG = 1.043 × √(30 × polysyllables/sentences) + 3.1291 (polysyllables: 3 or more syllables)
* Dale–Chall = 0.1579 × % difficult words + 0.0496 × words/sentences, + 3.6365 when
  more than 5 % of words are difficult (difficult: not on the Dale–Chall list of
  easy words, as textstat 0.7.13 ships it)

Sentences are not counted here: the caller passes brieflint's own sentences
(:mod:`brieflint.document.prose`), which know abbreviations such as ``U.S.``
and keep short sentences that textstat drops.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from brieflint.checks.readability.lexicon import Lexicon, lexicon, words
from brieflint.records import NamedTuple


class Counts(NamedTuple):
    """Additive counts of a stretch of prose, and the formulas over them.

    Scores are None when there is nothing to score (no words or no sentences).
    (A named tuple rather than a frozen dataclass: a brief adds up a few
    hundred of these, and a tuple is several times cheaper to make.)
    """

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    polysyllables: int = 0  # words of 3 or more syllables (SMOG)
    complex_words: int = 0  # 3 or more syllables and not an easy word (Gunning fog)
    difficult_words: int = 0  # not an easy word (Dale–Chall)

    def __add__(self, other: Counts) -> Counts:  # type: ignore[override]  # counts add field by field, not as tuples
        a, b = self, other
        return Counts(a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4], a[5] + b[5])

    @property
    def mean_sentence_words(self) -> float | None:
        return self.words / self.sentences if self.words and self.sentences else None

    @property
    def syllables_per_word(self) -> float | None:
        return self.syllables / self.words if self.words else None

    @property
    def reading_ease(self) -> float | None:
        """Flesch reading ease (higher is easier; 60–70 is plain English)."""
        asl, asw = self.mean_sentence_words, self.syllables_per_word
        if asl is None or asw is None:
            return None
        return 206.835 - 1.015 * asl - 84.6 * asw

    @property
    def grade(self) -> float | None:
        """Flesch–Kincaid grade level (US school grade)."""
        asl, asw = self.mean_sentence_words, self.syllables_per_word
        if asl is None or asw is None:
            return None
        return 0.39 * asl + 11.8 * asw - 15.59

    @property
    def fog(self) -> float | None:
        """Gunning fog index."""
        asl = self.mean_sentence_words
        if asl is None:
            return None
        return 0.4 * (asl + 100 * self.complex_words / self.words)

    @property
    def smog(self) -> float | None:
        """SMOG grade (meant for 30 sentences or more; indicative below)."""
        if not self.sentences or not self.words:
            return None
        return 1.043 * math.sqrt(30 * self.polysyllables / self.sentences) + 3.1291

    @property
    def dale_chall(self) -> float | None:
        """New Dale–Chall score (4.9 or lower: grade 4; 9.0–9.9: college)."""
        asl = self.mean_sentence_words
        if asl is None:
            return None
        pdw = 100 * self.difficult_words / self.words
        return 0.1579 * pdw + 0.0496 * asl + (3.6365 if pdw > 5 else 0.0)

    def scores(self) -> dict[str, float | None]:
        """Every figure, rounded to 2 decimals (None where there is nothing to score)."""

        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 2)

        return {
            "reading_ease": r(self.reading_ease),
            "grade": r(self.grade),
            "fog": r(self.fog),
            "smog": r(self.smog),
            "dale_chall": r(self.dale_chall),
        }


EMPTY = Counts()


def count(text: str, *, sentences: int = 0) -> Counts:
    """Counts of ``text``; ``sentences`` is how many sentences it is (the caller knows)."""
    n, total = _packed(text, lexicon())
    return unpack(n, sentences, total) if n else EMPTY


_MASK32 = 0xFFFFFFFF
# named tuples made by the hundred per brief are made with tuple.__new__: their own __new__ is a
# Python function, and calling it took about 1 % of checking a brief
_new = tuple.__new__


def _packed(text: str, lex: Lexicon) -> tuple[int, int]:
    """(words, packed counts) of ``text``: the counts as :meth:`Lexicon.packed` packs them, summed.

    Each field stays below 2**32 in any sum over one document: a field counts
    at most one per character of the text.
    """
    tokens = words(text.lower())
    if not tokens:
        return 0, 0
    return len(tokens), sum(map(lex._packed.__getitem__, tokens))


def unpack(n: int, sentences: int, total: int) -> Counts:
    mask = _MASK32
    return _new(Counts, (n, sentences, total & mask, total >> 32 & mask, total >> 64 & mask, total >> 96))


def count_sentences(sentences: Iterable[str]) -> Counts:
    """Counts of a run of sentences, each counted as one if it has a word."""
    total = EMPTY
    for s in sentences:
        total = total + count(s, sentences=1)
    return total


def sentence_grade(c: Counts) -> float | None:
    """The Flesch–Kincaid grade of one sentence (its counts)."""
    return c.grade
