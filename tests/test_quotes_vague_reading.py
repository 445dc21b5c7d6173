"""Q102's cheap tests before its readings (vague.py) give the answers of the readings they spare."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from brieflint.checks.quotes import predicates, vague
from brieflint.checks.quotes.vague_patterns import VERB_FORMS
from brieflint.checks.quotes.verb_phrases import PHRASE_STARTS

_CONTINUATIONS = [
    "",
    " ",
    " that the plan",
    " to it as a sham",
    " out that",
    " to the cost",
    " concerns about",
    " serious doubts",
    " worried",
    " deeply worried",
    " the mayor that",
    " U.S. officials that",
    " off the deal",
    " of it as",
    "s that",
    "ed that",
    "ing that",
    ", that",
]
_FIRST_WORDS = sorted(
    predicates._VERB_FIRST_WORDS
    | PHRASE_STARTS
    | {"the", "plan", "calls", "caller", "reports", "points", "counters", "finds", "thinks", "voices", "be"}
)


@pytest.mark.parametrize("word", _FIRST_WORDS)
def test_a_verb_phrase_starts_with_a_word_of_phrase_starts(word: str) -> None:
    phrase = predicates.stage("phrase")
    for text in (word, word.upper(), word.capitalize()):
        for rest in _CONTINUATIONS:
            s = text + rest
            if phrase.match(s) is not None:
                assert word in PHRASE_STARTS, s


# words around a subject's verb: verbs and phrases, auxiliaries, scopes, relative clauses, asides
_WORDS = [
    *"say said argue believe warn told tell call called refer point counter found raise sound are were is was".split(),
    *"have has will may also often widely long continue to tend been left reportedly".split(),
    *"of in at from close familiar who living including the region plan state control mayor a".split(),
    *"critics officials groups some many people those observers".split(),
]
_MARKS = [" ", " ", " ", "  ", ", ", ". ", "; ", ": ", "! ", "? ", "\x00", " (", ") ", " — ", " – ", "-", "'", "’", "_"]
_CLAUSES = st.lists(
    st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS), st.text(max_size=3)),
    max_size=40,
)


@settings(max_examples=1500, deadline=None)
@given(_CLAUSES, st.integers(min_value=0, max_value=60))
@example(["critics", " ", "of", " ", "the", " ", "plan", ", ", "however", ", ", "say"], 7)
@example(["critics", " ", "(", "reportedly", ") ", "said"], 7)
@example(["critics", " — ", "and", " ", "some", " — ", "warn"], 7)
@example(["critics", "ſay"], 7)
def test_no_verb_ahead_only_where_the_reading_finds_none(parts: list[str], at: int) -> None:
    s = "".join(parts)
    at = min(at, len(s))
    if predicates._no_verb_ahead(s, at):
        assert predicates.predicate(s, at) is None
    cheap = vague.vague_spans(s, None)
    saved = predicates._no_verb_ahead
    try:
        predicates._no_verb_ahead = lambda s, at: False
        assert vague.vague_spans(s, None) == cheap
    finally:
        predicates._no_verb_ahead = saved


def test_no_verb_ahead_reads_the_clause_only() -> None:
    assert predicates._no_verb_ahead("groups outside federal control even as prices rise. Critics say", 6)
    assert not predicates._no_verb_ahead("groups outside state control, however, say that", 6)
    assert not predicates._no_verb_ahead("groups — and some scientists — warn", 6)
    assert not predicates._no_verb_ahead("groups (reportedly) SAID", 6)
    assert not predicates._no_verb_ahead("groups in the region are worried", 6)
    assert not predicates._no_verb_ahead("groups ſay", 6)  # not ASCII: read
    assert not predicates._no_verb_ahead("groups " + "x " * 300 + "say", 6)  # beyond reach: read
    assert predicates._no_verb_ahead("groups " + "x " * 100, 6)  # the text ends the clause
    # the framed verbs (verb_classes.py) are looked for with their construction, the rest as words
    assert {w.decode() for w in predicates._VERB_WORDS | predicates._FRAMED_WORDS} == VERB_FORMS | PHRASE_STARTS
    assert predicates._no_verb_ahead("groups in the state passed a law", 6)
    assert not predicates._no_verb_ahead("groups in the state state that", 6)


def test_the_reading_with_and_without_the_cheap_test(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Critics of the plan, however, argue that it fails.",
        "Officials who spoke on condition of anonymity said the talks stalled.",
        "Groups outside state control even as inflation erodes budgets.",
        "Governments has repeatedly failed to curb it; observers say otherwise.",
        "Some residents are worried. Many people think so.",
        "Analysts in the region have long argued that",
        "Leaders (reportedly) told reporters that the deal was off.",
    ]
    found = [vague.vague_spans(s, None) for s in texts]
    monkeypatch.setattr(predicates, "_no_verb_ahead", lambda s, at: False)
    assert [vague.vague_spans(s, None) for s in texts] == found
    assert sum(map(len, found)) >= 5
