"""A byline credits the quotations that follow it (Q101).

A page may set a title, then a line that is only a byline ("By Kazu Haga"), then quotations with no cue,
one a list item or a paragraph each: pull quotes or excerpts of the piece the byline names, whose words
they are. A line that is only "By" and a person's name (two to four capitalised words, initials
allowed, a particle such as "de" or "van" between them; "and" and a second name) credits the
quotations that directly follow it: in its own paragraph and the paragraphs, list items and block
quotes after it, up to a heading (a new section) or the first word of the author's own, after which
quotes are judged as before. "By 2030", "By
contrast", "By the end of the year" and "By law" name no person; nor does a capitalised word that is
a function word, a month or a day ("By The Numbers", "By March").
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.lexicon import CAP_STOP
from brieflint.lazyre import lazy

# a line of "By" and two to ten words (each opening with a letter), nothing else
_BYLINE = lazy(r"^[ \t]*By[ \t]+((?:[^\W\d_][\w'’.\-]*[ \t]+){1,9}[^\W\d_][\w'’.\-]*)[ \t]*$", re.M)
_INITIALS = lazy(r"(?:[^\W\d_]\.)+")  # "J." or "J.R."
_LETTER = lazy(r"[^\W\d_]")
# lower-case words inside a name ("Ana de Souza", "Ludwig van Dijk", "Amin al Husseini")
_PARTICLES = frozenset("de da del della di du van von der den la le bin ibn al el".split())
# a title before a name ("By Dr. Ana Ruiz"); the name's own words are counted after it
_HONORIFICS = frozenset("Dr Mr Mrs Ms Prof Rev Sir Dame".split())
MAX_NAME_WORDS = 4


def _one_name(words: list[str]) -> bool:
    """``words`` are one person's name: two to four capitalised words (an initial counts; a particle
    stands between two of them; a title may come first), the last a full word."""
    if words and words[0].rstrip(".") in _HONORIFICS:
        words = words[1:]
    if not words or _INITIALS.fullmatch(words[-1]):
        return False
    counted = 0
    for k, w in enumerate(words):
        if w in _PARTICLES and 0 < k < len(words) - 1:
            continue
        if not w[0].isupper():
            return False
        if _INITIALS.fullmatch(w) is None and (w.rstrip(".") in CAP_STOP or w == w.upper()):
            return False  # a function word, a month or a day ("By The Numbers"); letters in capitals
        counted += 1
    return 2 <= counted <= MAX_NAME_WORDS


def _names_people(words: list[str]) -> bool:
    """``words`` (after "By") are a person's name, or two joined by "and"."""
    if "and" in words:
        at = words.index("and")
        return _one_name(words[:at]) and _one_name(words[at + 1 :])
    return _one_name(words)


def byline_end(masked: str) -> int:
    """Where the last line of ``masked`` (a paragraph's prose, quoted words blanked) that is only a
    byline ends, or -1 when no line is."""
    if "\n" in masked:  # a search for one character (memchr), far faster than for two
        if "By" not in masked:
            return -1  # the cheap gate: most paragraphs hold no "By" at all
    elif not masked.lstrip(" \t").startswith("By"):
        return -1  # one line (most paragraphs): a byline would be all of it, so it would open it
    end = -1
    for m in _BYLINE.finditer(masked):
        if _names_people(m.group(1).split()):
            end = m.end()
    return end


def own_words_from(masked: str, start: int) -> int:
    """Where the first word of the author's own stands in ``masked`` (quoted words blanked) from
    ``start`` on, or its length when there is none: the quotations (with their marks, bullets,
    numbers or punctuation) before it are the run that a byline credits."""
    m = _LETTER.search(masked, start)
    return len(masked) if m is None else m.start()
