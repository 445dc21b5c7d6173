"""Q101's cheap tests before its expensive readings decide what the readings would (docs/performance.md,
"Round thirteen: Q101's reading made cheaper"): the same answers on generated text as the full reading."""

from __future__ import annotations

import random
import re

import pytest

from brieflint.checks.quotes import byline, cues, marks
from brieflint.checks.quotes.attribution import _NAMED_BY_NOUN, _named_by_noun, normal
from brieflint.checks.quotes.marks import (
    MENTION,
    TITLE_SMALL,
    find_quotes,
    is_title,
    may_quote,
    mention_head,
    title_words,
)
from brieflint.checks.quotes.paragraphs import sentence_of
from brieflint.document import prose as text
from brieflint.document.sentences import Sentence

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


def test_find_quotes_passes_over_apostrophes_as_before(monkeypatch):
    """In ASCII text only the single marks that can open a quote are looked at (and a paragraph with no
    such mark and no double mark is not read at all): the same quotes and stray marks as when every
    single mark was looked at."""
    rng = random.Random(1)
    alphabet = [*"abcs S'\"'' .,;:-()[]{}/\n\t?!x1_", "'s ", " '", "s' ", "''", "\"'", "Iraq's ", "don't "]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(40_000)]
    new = [find_quotes(s) for s in texts]
    gates = [may_quote(s) for s in texts]
    monkeypatch.setattr(marks, "_SINGLE_OPEN_ASCII", re.compile("'"))  # every single mark, as before
    old = [find_quotes(s) for s in texts]
    assert new == old
    # nothing is passed over that holds a quote or a stray mark, and the gate does pass over some
    assert all(gate or (not m.quotes and not m.stray) for gate, m in zip(gates, old, strict=True))
    assert sum(1 for m in old if any(q.mark == "'" for q in m.quotes)) > 5_000
    assert sum(1 for s, gate in zip(texts, gates, strict=True) if "'" in s and not gate) > 1_000


def test_normal_of_ascii_is_the_words_lower_cased():
    rng = random.Random(2)
    alphabet = [*"aBcZ09 .,'’-_:%\t", "U.S", "1,500", "Iraq's", "İ", "ß"]
    for _ in range(20_000):
        inner = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        if inner.isascii():
            assert normal(inner) == " ".join(text.words(inner)).lower(), inner


def test_sentence_of_is_the_binary_search():
    rng = random.Random(4)
    for _ in range(5_000):
        starts = sorted(rng.sample(range(200), rng.randint(0, 12)))
        sents = tuple(Sentence(a, a + 1, "x") for a in starts)
        for pos in (-1, 0, *starts, *(a + 1 for a in starts), 199, 250):
            lo, hi = 0, len(sents)
            while lo < hi:
                mid = (lo + hi) // 2
                if sents[mid].start <= pos:
                    lo = mid + 1
                else:
                    hi = mid
            assert sentence_of(sents, pos) == max(lo - 1, 0)


def test_speaker_in_from_the_end_is_the_last_found():
    rng = random.Random(6)
    vocab = ["Haddad", "said", "the", "minister", "In", "Baghdad", "it", "he", "critics", "The", "report", ",", ".",
             "from", "Sadr", "City", "Mr.", "Omar", "officials", "She", "analysts", "told", "U.N.", ":"]  # fmt: skip
    for _ in range(20_000):
        s = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 10)))
        for start_initial, cue_next in ((True, False), (False, True)):
            toks = cues._tokens(s)
            found = None
            for k in range(len(toks)):
                kind = cues._classify(toks, s, k, start_initial, cue_next)
                if kind is not None and kind != "place":
                    found = kind
            assert cues.speaker_in(s, start_initial, cue_next) == found, s


def test_byline_end_of_one_line_reads_its_start_only():
    """A paragraph of one line has a byline only at its start (the expression's ``^`` and ``$`` are the
    line's): the same ends as the expression searched everywhere."""
    rng = random.Random(9)
    vocab = ["By", "by", "Kazu", "Haga", "Ana", "de", "Souza", "and", "J.R.", "Dr.", "By 2030", "The", "Numbers",
             "March", "said", '"', "“", "…", "BY", "Byline"]  # fmt: skip
    bylines = 0
    for _ in range(30_000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 7))]
        s = rng.choice(("", " ", "\t", "  ")) + " ".join(words) + rng.choice(("", " ", ".", "\n", "\nBy Ana Ruiz"))
        expected = max(
            (m.end() for m in byline._BYLINE.finditer(s) if byline._names_people(m.group(1).split())), default=-1
        )
        assert byline.byline_end(s) == expected, s
        bylines += expected >= 0
    assert bylines > 1_000


def test_passive_participles_are_all_known_by_their_last_word():
    """``_passive_at`` searches PASSIVE only after a cue whose last word is one of PASSIVE's participles."""
    last = cues.PASSIVE.pattern.rsplit("(?:", 1)[1].split(")")[0].split("|")
    forms = set()
    for alt in last:
        word = alt.split("\\s+")[-1]  # "summed\s+up": "up"
        for spelt in {word.replace("l?", "l"), word.replace("l?", "")}:  # labell?ed
            forms |= {spelt.replace("[sz]", "s"), spelt.replace("[sz]", "z")}  # characteri[sz]ed
    assert len(forms) > 30 and forms <= cues._PASSIVE_LAST


def test_passive_at_with_its_cheap_test_is_the_search():
    rng = random.Random(12)
    lexicon = cues.build_cues(())
    vocab = ["was", "has been", "is", "widely", "later", "described", "called", "said", "told", "warned", "noted",
             "argued", "summed up", "referred to", "according to", "the plan", "Haddad", "by", "as", ",", "quoted",
             "it", "seen", "wrote", "reported", "labeled", "criticised", "WAS", "Said", "ſaid"]  # fmt: skip
    passives = 0
    for _ in range(20_000):
        s = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 9)))
        low = cues.lower_same_length(s)
        for start, end in cues.cue_spans(low, lexicon):
            cue = " ".join(low[start:end].lower().split())
            expected = any(p.end() == end for p in cues.PASSIVE.finditer(s, max(0, start - 40), end))
            assert cues._passive_at(s, start, end, cue) == expected, s
            passives += expected
    assert passives > 1_000
