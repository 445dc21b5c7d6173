"""Issue 19: whether a bare plural names people, asked of a lexicon (Open English WordNet's nouns whose first
sense is a person, ``rules/person_nouns.txt``) as well as of the noun's ending, on prose written for these
tests (none of it a labelled set's sentences).

With a verb documents share (say, suggest, warn, argue …) a bare plural is a crowd only when it names people:
by its ending (-ers, -ists, -ians …) or, now, by the lexicon ("Foes warn", "Nurses say", "Landlords argue").
Not people: nouns whose person sense is a rare one ("Stars suggest", "Models suggest", "Figures suggest"),
things ("Records suggest"), and "sources", which the guide reads on its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brieflint import shipped
from brieflint.checks.quotes.common import FRONT
from brieflint.checks.quotes.person_nouns import SHIPPED, is_person_plural, lemmas, singulars
from brieflint.testing import lint

ROOT = Path(__file__).resolve().parents[3]


def found(body: str) -> list[str]:
    """The phrases Q102 reports in ``body``."""
    return [p.message.split('"')[1] for p in lint(f"{FRONT}\n{body.strip()}\n", select=["Q102"])]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("Foes warn that the levy will fall hardest on renters.", "Foes warn"),
        ("Nurses say the night shift has been short of hands since March.", "Nurses say"),
        ("Landlords argue the cap will shrink the supply of flats.", "Landlords argue"),
        ("At the harbour, pilots warn that the channel is silting up.", "pilots warn"),
        ("Monks and nuns say the monastery's roof leaks every winter.", "Monks and nuns say"),
        ("Wives of the miners insist the pension was promised in writing.", "Wives of the miners insist"),
        ("Judges have long maintained that the backlog is a matter of staffing.", "Judges have long maintained"),
        ("Teens say the curfew makes the park less safe, not more.", "Teens say"),
    ],
)
def test_a_noun_of_people_by_the_lexicon(body: str, phrase: str) -> None:
    got = found(body)
    assert any(phrase in g or g in phrase for g in got), (phrase, got)


@pytest.mark.parametrize(
    "body",
    [
        # a noun whose person sense is not its first: a document or a reckoning, not a crowd
        "Stars suggest the comet will pass in May.",
        "Models suggest the river will crest on Friday.",
        "Figures suggest the deficit narrowed in the spring.",
        # things, and the sources the guide reads on its own
        "Records suggest the land was sold twice.",
        "Signs suggest the drought is easing in the north.",
        # a counted, determined or possessed crowd is not anonymous
        "Two nurses say the ward was locked that night.",
        "The landlords argue the cap is unlawful.",
        "Our pilots warn that the channel is silting up.",
    ],
)
def test_not_a_crowd(body: str) -> None:
    assert found(body) == [], body


def test_singulars_and_lookup() -> None:
    assert "ally" in singulars("allies") and "wife" in singulars("wives") and "witness" in singulars("witnesses")
    assert singulars("children") == ("child",) and singulars("chairmen") == ("chairman",)
    assert singulars("press") == () and singulars("data") == ()
    for word in ("foes", "nurses", "chairwomen", "children", "people", "bosses", "thieves"):
        assert is_person_plural(word), word
    for word in ("studies", "models", "figures", "sources", "records", "markets", "press"):
        assert not is_person_plural(word), word


def test_the_shipped_list_is_compact_and_has_its_provenance() -> None:
    text = shipped.read_text("brieflint.rules", SHIPPED)
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("globalwordnet/english-wordnet" in line for line in header)
    assert any("CC BY 4.0" in line for line in header) and any("Princeton" in line for line in header)
    words = lemmas()
    assert 5000 < len(words) < 8000
    assert all(w.islower() and " " not in w and w.replace("-", "").isalpha() for w in words)


def test_the_shipped_list_is_what_the_script_makes_from_the_pinned_source() -> None:
    """rules/person_nouns.txt cannot drift from Open English WordNet at the pinned commit (a clone: OEWN_GIT)."""
    source = os.environ.get("OEWN_GIT")
    if not source or not Path(source).exists():
        pytest.skip("no clone of globalwordnet/english-wordnet (set OEWN_GIT to run this check)")
    pytest.importorskip("yaml")
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_person_nouns.py"), "--source", source, "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr or "rules/person_nouns.txt is stale: run scripts/make_person_nouns.py"


def test_without_the_shipped_list_the_endings_still_decide(monkeypatch) -> None:
    from brieflint.checks.quotes import person_nouns

    read = shipped.read_text

    def gone(package: str, name: str) -> str:
        if name == SHIPPED:
            raise OSError(name)
        return read(package, name)

    person_nouns.lemmas.cache_clear()
    monkeypatch.setattr(shipped, "read_text", gone)
    try:
        assert not person_nouns.is_person_plural("foes")
        assert found("Farmers warn that the quota will be cut.") == ["Farmers warn"]
        assert found("Foes warn that the levy will fall hardest on renters.") == []
    finally:
        person_nouns.lemmas.cache_clear()
