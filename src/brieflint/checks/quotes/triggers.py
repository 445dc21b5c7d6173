"""Q102: where a brief's trigger words stand (vague.py reads a pattern only where its first word does)."""

from __future__ import annotations

import re

# read as spaces around words (one by one with str.replace: str.translate takes 0.8 ms on a brief
# with one curly quote, as it looks every character up in a dict outside ASCII; this, 0.06 ms)
TO_SPACE = tuple("\x00\n\t\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»—–…")


def trigger_positions(
    low: str,
    words: frozenset[str],
    looked_for: frozenset[str],
    qualified: dict[str, tuple[re.Pattern[str], frozenset[str]]],
) -> list[tuple[int, str]]:
    """Offsets and words of the trigger words in ``low`` (lower-cased), whole words only.

    A word is a run between spaces once punctuation is read as a space. The
    brief's words are split off and intersected with the trigger words (both in
    C); only the few triggers present are then looked for, one ``str.find`` scan
    each (a lookahead tried at every space of the brief took 0.17 ms a brief).
    A qualified trigger ("a") is looked for only when a word that qualifies it
    is in the brief (the words the lookahead reads stand between blanks, so the
    split has them).
    """
    for mark in TO_SPACE:
        if mark in low:
            low = low.replace(mark, " ")
    padded = " " + low + " "
    out: list[tuple[int, str]] = []
    # split() also splits at other blanks (a no-break space): more candidates, each still found by its spaces
    present = looked_for.intersection(padded.split())
    for w in present:
        if w not in words:
            continue  # a qualifying word only
        # the offset of the space before the word in ``padded`` is the word's in ``low``
        finder = qualified.get(w)
        if finder is not None:
            if not finder[1].isdisjoint(present):
                out.extend((m.start(), w) for m in finder[0].finditer(padded))
            continue
        key = f" {w} "
        i = padded.find(key)
        while i != -1:
            out.append((i, w))
            i = padded.find(key, i + len(key) - 1)  # the space after this word may open the next
    out.sort()
    return out
