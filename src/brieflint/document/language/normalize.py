"""Normalisation for matching: a folded copy of a text with a map back to the original.

Lexicon matching runs on a folded copy of a sentence, so that ``قـال``, ``قَالَ`` and
``قال`` are one word, ``إلى`` and ``الى`` one preposition, ``٢٠٢٤`` the year ``2024``, and
``Selon`` / ``selon`` one cue. Every character of the copy remembers the offset of the
original character it came from, so a match in the copy is a span in the original.

Steps (each a function of one character, so the map is exact):

* every script: Unicode compatibility forms (NFKC, one character at a time: Arabic
  presentation forms such as ``ﻻ`` become their letters), lower case, the typographic
  apostrophe ``’`` → ``'``, no-break and narrow no-break spaces → space;
* Arabic script: tatweel ``ـ`` and the harakat (fatha … sukun, shadda, tanwin, the dagger
  alif and the Quranic marks) dropped; ``أ إ آ ٱ`` → ``ا``; ``ى`` → ``ي``; ``ة`` → ``ه``;
* digits: Arabic-Indic ``٠…٩`` and Persian ``۰…۹`` → ``0…9``; the Arabic comma, semicolon
  and question mark → ``, ; ?``; the Arabic letters Persian writes (``ک``, ``ی``) → the
  Arabic ones (``ك``, ``ي``).
"""

from __future__ import annotations

import unicodedata

from brieflint.records import NamedTuple

# dropped outright: tatweel, harakat and tanwin, the dagger alif, Quranic annotation signs,
# and the invisible format characters that sit between letters (ZWNJ, ZWJ, the LRM/RLM marks)
_DROP = frozenset(
    "\u0640"
    + "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))
    + "\u200c\u200d\u200e\u200f\u00ad"
)
_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ک": "ك",
    "ی": "ي",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "’": "'",
    "ʼ": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)
del _i


class Folded(NamedTuple):
    """``value``: the folded text; ``origins[i]``: the offset in the original of ``value[i]``."""

    value: str
    origins: tuple[int, ...]
    length: int  # of the original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span ``[start, end)`` (end exclusive).

        Marks dropped after the span's last letter (harakat, tatweel) belong to it.
        """
        origins = self.origins
        if start >= len(origins):
            return self.length, self.length
        a = origins[start]
        if end <= start:
            return a, a
        b = origins[end] if end < len(origins) else self.length
        return a, max(b, origins[end - 1] + 1)


def fold_char(c: str) -> str:
    """What one character becomes in the folded copy (possibly nothing, possibly several)."""
    if c in _DROP:
        return ""
    got = _FOLD.get(c)
    if got is not None:
        return got
    if c.isascii():
        return c.lower()
    n = unicodedata.normalize("NFKC", c)
    out = []
    for d in n:
        if d in _DROP:
            continue
        out.append(_FOLD.get(d, d))
    return "".join(out).lower()


def fold(text: str) -> Folded:
    """The folded copy of ``text`` with its map back (see the module docstring)."""
    if text.isascii():
        return Folded(text.lower(), tuple(range(len(text))), len(text))
    chars: list[str] = []
    origins: list[int] = []
    seen: dict[str, str] = {}  # a text repeats its characters: fold each once
    for i, c in enumerate(text):
        f = seen.get(c)
        if f is None:
            f = seen[c] = fold_char(c)
        if len(f) == 1:
            chars.append(f)
            origins.append(i)
        elif f:
            chars.extend(f)
            origins.extend([i] * len(f))
    return Folded("".join(chars), tuple(origins), len(text))


def fold_text(text: str) -> str:
    """Only the folded text (lexicon entries are folded with this when they are loaded)."""
    return fold(text).value


def ascii_digits(text: str) -> str:
    """``text`` with Arabic-Indic and Persian digits as ASCII digits (for dates and figures); same length."""
    return "".join(_FOLD[c] if "\u0660" <= c <= "\u0669" or "\u06f0" <= c <= "\u06f9" else c for c in text)
