"""Q101's cheap tests before its expensive readings decide what the readings would (docs/performance.md,
"Round thirteen: Q101's reading made cheaper"): the same answers on generated text as the full reading."""

from __future__ import annotations

import random

import pytest

from brieflint.checks.quotes.attribution import _NAMED_BY_NOUN, _named_by_noun
from brieflint.checks.quotes.marks import MENTION, TITLE_SMALL, is_title, mention_head, title_words
from brieflint.document import prose as text

# the words MENTION and _NAMED_BY_NOUN are made of, words that end like them, and others
_WORDS = (
    "titled entitled headlined headed named nicknamed codenamed code-named so-called known as the a its their "
    "his her phrase term word words expression slogan motto label title banner hashtag headline chant "
    "catchphrase mantra refrain rubric heading name nickname byword watchword tagline book report article "
    "essay paper study op-ed column speech film song poem program programme plan strategy initiative campaign "
    "operation doctrine law bill act called it simply question topic theme subject caption prompt premise "
    "maxim adage saying proverb axiom dictum tenet questions themes is was are were reads read that there "
    "ever an has gas minister said told reporters Ministry Plan Titled CALLED Slogan Was IS"
).split()
_SEPARATORS = (" ", " ", " ", "  ", ", ", ": ", ",", ":", "\n", "\t", "\x1c", " - ", ". ", " (", "’", "'")
_ODD = ("ſ", "K", "İ", "é", "\u00a0", "\u2003", "“", "")


def _heads(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 9)):
            w = rng.choice(_WORDS)
            w = w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.2 else w
            parts.append(w + rng.choice(_SEPARATORS))
        if rng.random() < 0.15:
            at = rng.randint(0, len(parts))
            parts.insert(at, rng.choice(_ODD))
        head = "".join(parts)
        if rng.random() < 0.5:
            head = head.rstrip(" ") + rng.choice(("", " ", ", ", ": ", " ,\n", "\x1f", " \u00a0"))
        out.append(head[-60:] if rng.random() < 0.3 else head)
    return out


@pytest.mark.parametrize(
    ("cheap", "search", "seed", "floor"),
    [(mention_head, MENTION.search, 3, 1_000), (_named_by_noun, _NAMED_BY_NOUN.search, 8, 100)],
    ids=["MENTION", "_NAMED_BY_NOUN"],
)
def test_cheap_test_then_search_is_the_search(cheap, search, seed, floor):
    found = 0
    for head in _heads(seed, 40_000):
        expected = search(head) is not None
        assert cheap(head) == expected, head
        found += expected
    assert found > floor  # the generated heads hold many matches, not only misses


def _is_title_as_before(inner: str) -> bool:
    ws = text.words(inner)
    content = [w for w in ws if w.lower() not in TITLE_SMALL]
    if len(content) < 2:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content) and ws[0].lower() not in ("i", "we")


def test_title_words_is_the_old_reading():
    rng = random.Random(5)
    vocab = ["Water", "water", "Security", "in", "the", "Of", "of", "AND", "I", "i", "We", "we", "2030", "Iraq's",
             "U.S", "policy", "É", "élan", "a", "A", "Maghreb", "-", "1,500"]  # fmt: skip
    titles = 0
    for _ in range(30_000):
        inner = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 6)))
        expected = _is_title_as_before(inner)
        assert title_words(text.words(inner)) == expected == is_title(inner), inner
        titles += expected
    assert titles > 1_000
