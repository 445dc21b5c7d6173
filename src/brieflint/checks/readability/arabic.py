"""Readability of Arabic briefs: the OSMAN measure, and the R rules' Arabic methods.

OSMAN is the Arabic readability formula of El-Haj, M. and Rayson, P. (2016), "OSMAN – A Novel
Arabic Readability Metric", *Proceedings of the Tenth International Conference on Language
Resources and Evaluation (LREC 2016)*, Portorož, pp. 250–255 (https://aclanthology.org/L16-1038/):
an adaptation of Flesch reading ease to Arabic (higher is easier)::

    OSMAN = 200.791 − 1.015 × words/sentences
            − 24.181 × (hard words + syllables + faseeh words + long words) / words

computed as textstat 0.7.13 implements it (``textstat.osman``, the oracle of the tests; textstat
is never imported at run time), with brieflint's own sentences:

* **syllables** (tashkeel-aware, as the paper defines them): a short vowel (fatha, damma, kasra)
  is a short syllable, a short vowel followed by alef, waw or yaa a long syllable, tanween and
  shadda a stressed syllable; long and stressed syllables count double (word by word: textstat's
  count would lengthen a word's last vowel by the alef of the next word's article). Arabic copy is written
  without short vowels, so for unvocalised text the count is textstat's: the characters other than
  alef, alef maqsura, ``? . ! ,`` and blanks, less 2, and the stressed syllables doubled.
  textstat strips the diacritics from its word list before it counts them, so it *always* takes
  this path; brieflint takes the paper's path when the text is vocalised (at least as many short
  vowels as words), and then differs from textstat on purpose. A few marks in unvocalised copy
  (``جانباَ``) do not switch the path.
* **hard words**: more than five diacritics (short vowels, tanween, shadda); only vocalised text
  has them;
* **long words**: more than five letters, diacritics not counted;
* **faseeh words** ("eloquent" classical words): more than five syllables and one of hamza
  (ء ئ ؤ), thal, dhaa, or the pairs وا / ون.

Words are textstat's (punctuation removed, split at blanks). The R rules that judge Arabic briefs
call :func:`dense_sections` (R101) and :func:`long_sentences` (R107); the targets are below, and
``docs/readability.md`` says how they were calibrated and on how little data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from brieflint.checks.readability.options import ARABIC_OPTIONS as OPTIONS
from brieflint.checks.readability.options import MIN_OSMAN as MIN_OSMAN
from brieflint.lazyre import lazy
from brieflint.model import Context, Problem
from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.checks.readability.analysis import Analysis, SectionStat, SentenceStat
    from brieflint.document.brief import Document


_SHORT = frozenset("\u064e\u064f\u0650")  # fatha, damma, kasra
_LONG_AFTER = frozenset("\u0627\u0648\u064a")  # alef, waw, yaa
_STRESS = lazy("[\u064b\u064c\u064d\u0651]")  # tanween fath, damm, kasr; shadda
_SHORT_RE = lazy("[\u064e\u064f\u0650]")
_DIACRITICS = lazy("[\u064e\u064b\u064f\u064c\u0650\u064d\u0651]")  # hard words count these
_TASHKEEL = lazy("[\u064b-\u0652\u0653\u0657\u0658]")
_FASEEH_CHARS = lazy("[\u0626\u0621\u0624\u0630\u0638]")  # hamza forms, thal, dhaa
_FASEEH_PAIRS = lazy("\u0648\u0627|\u0648\u0646")  # waw-alef, waw-noon
_UNVOCALISED_DROP = lazy(r"[\u0627\u0649\?\.\!\,\s*]")
_PUNCTUATION = lazy(r"[^\w\s]")  # textstat's: diacritics (not \w) go too
_PUNCTUATION_BUT_MARKS = lazy(r"[^\w\s\u064b-\u0652]")


class OsmanCounts(NamedTuple):
    """The counts OSMAN is computed from, and the score."""

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    hard_words: int = 0
    long_words: int = 0
    faseeh_words: int = 0

    @property
    def mean_sentence_words(self) -> float | None:
        return self.words / self.sentences if self.words and self.sentences else None

    @property
    def osman(self) -> float | None:
        """The OSMAN score (higher is easier); None when there is nothing to score."""
        if not self.words or not self.sentences:
            return None
        rate = (self.hard_words + self.syllables + self.faseeh_words + self.long_words) / self.words
        return 200.791 - 1.015 * self.words / self.sentences - 24.181 * rate


def syllables(text: str, words: Sequence[str]) -> int:
    """OSMAN's syllables of ``text`` whose words (diacritics kept when vocalised) are ``words``."""
    short = long = 0
    for w in words:  # word by word: a word's last vowel is not lengthened by the next word's alef
        for i, c in enumerate(w):
            if c in _SHORT:
                if i + 1 < len(w) and w[i + 1] in _LONG_AFTER:
                    long += 1
                else:
                    short += 1
    stress = len(_STRESS.findall(text))
    if short == 0:  # unvocalised: textstat's count of letters
        short = len(_UNVOCALISED_DROP.sub("", text)) - 2
    return short + 2 * (long + stress)


def vocalised(text: str, n_words: int) -> bool:
    """Whether ``text`` is written with its short vowels (as many as it has words, at least)."""
    return n_words > 0 and len(_SHORT_RE.findall(text)) >= n_words


def count(text: str, sentences: int) -> OsmanCounts:
    """OSMAN's counts of ``text``, which is ``sentences`` sentences (brieflint's)."""
    plain = _PUNCTUATION.sub("", text).split()
    if not plain:
        return OsmanCounts()
    marked = _PUNCTUATION_BUT_MARKS.sub("", text).split() if vocalised(text, len(plain)) else plain
    faseeh = 0
    for w in marked:
        if (_FASEEH_CHARS.search(w) or _FASEEH_PAIRS.search(w)) and syllables(w, (w,)) > 5:
            faseeh += 1
    return OsmanCounts(
        words=len(plain),
        sentences=sentences,
        syllables=syllables(text, marked),
        hard_words=sum(1 for w in marked if len(_DIACRITICS.findall(w)) > 5),
        long_words=sum(1 for w in plain if len(_TASHKEEL.sub("", w)) > 5),
        faseeh_words=faseeh,
    )


def osman(text: str, sentences: int) -> float | None:
    """The OSMAN score of ``text`` (``sentences`` sentences)."""
    return count(text, sentences).osman


def count_sentences(sentences: Sequence[SentenceStat]) -> OsmanCounts:
    """OSMAN's counts of a run of brieflint's sentences (a section, the body)."""
    return count(" ".join(s.text for s in sentences), len(sentences))


# ----- the R rules' Arabic methods --------------------------------------------


def dense_sections(scored: Iterable[SectionStat], ctx: Context) -> Iterator[Problem]:
    """R101 for Arabic: a section below ``min-osman`` whose sentences average ``arabic-dense-sentence-words``+."""
    target = OPTIONS.number(ctx, "min-osman")
    dense = OPTIONS.number(ctx, "arabic-dense-sentence-words")
    for s in scored:
        c = count_sentences(s.sentences)
        score, mean = c.osman, c.mean_sentence_words
        if score is None or mean is None:
            continue
        score, mean = round(score, 1), round(mean, 1)
        if score < target and mean >= dense:
            line, col, end_line, end_col = s.anchor()
            yield Problem(
                line,
                col,
                f"{s.label()} has an OSMAN readability of {score:g}, below the Arabic target of "
                f"{target:g}: sentences average {mean:.0f} words; split the longest",
                end_line=end_line,
                end_column=end_col,
                data={"measured": score, "target": target, "words": c.words, "mean_sentence_words": mean},
            )


def long_sentences(doc: Document, analysis: Analysis, ctx: Context) -> Iterator[Problem]:
    """R107 for Arabic: a sentence with more than ``arabic-max-sentence-words`` of its author's words."""
    from brieflint.checks.readability.authored import authored

    limit = OPTIONS.integer(ctx, "arabic-max-sentence-words")
    for a in authored(doc, analysis):
        n = a.counts.words
        if n > limit:
            quoted = a.sentence.counts.words - n
            own = f"{n} words" + (f" of the author's ({quoted} more quoted)" if quoted else "")
            line, col, end_line, end_col = a.sentence.span()
            data: dict[str, object] = {"measured": n, "target": limit, "words": n}
            if quoted:
                data["quoted_words"] = quoted
            yield Problem(
                line,
                col,
                f"very hard sentence: {own}, more than {limit} (the Arabic limit): "
                "split it into two or three sentences",
                end_line=end_line,
                end_column=end_col,
                data=data,
            )


# ----- brieflint stats ---------------------------------------------------------------

_ENGLISH_SCORES = ("reading_ease", "grade", "fog", "smog", "dale_chall")


def stats_record(record: Mapping[str, Any], analysis: Analysis) -> dict[str, Any]:
    """``brieflint stats`` of an Arabic brief: each row's OSMAN (and OSMAN's syllables); no English formula."""

    def row(r: Mapping[str, Any], sentences: Sequence[SentenceStat]) -> dict[str, Any]:
        c = count_sentences(sentences)
        score = c.osman
        out = {**r, **dict.fromkeys(_ENGLISH_SCORES), "syllables": c.syllables, "osman": None}
        out["osman"] = None if score is None else round(score, 2)
        if out.get("longest_sentence"):
            out["longest_sentence"] = {**out["longest_sentence"], "grade": None}
        return out

    new = dict(record)
    new["body"] = row(record["body"], analysis.sentences)
    if record.get("summary") is not None and analysis.summary is not None:
        new["summary"] = row(record["summary"], analysis.summary.sentences)
    new["sections"] = [row(r, s.sentences) for r, s in zip(record["sections"], analysis.sections, strict=True)]
    return new
