"""Issue 19, held-out set 10: the general causes behind the first-run misses of sets 5 to 10, read as
constructions after set 10's first run (its first-sight figures stay recorded), on prose written for these
tests (none of it a labelled set's sentences).

Vague (set 10; set 11's two after its first run): a bare plural subject that no list of groups names, read
back from its verb (the verb's class
decides whether the noun must name people: "Rivals call it …", "Shopkeepers have been complaining", a
coordinated or scoped crowd); the rest of the classes of the verbs of opinion (understand, assure …); a
group after its verb with a relative clause; research as a participle's subject; concerns that rise with
the verb elided ("so have doubts"); a place before a group ("Texas residents say"); the class of inquiries
("Experiments have shown"). Not vague: a document's verb with a document ("Records suggest"),
parties' members, a body's people, a participle after its noun ("books deemed obscene"), "call for",
"agree to", a crowd whose view a survey reports, a body's own people in an embedded question. Not a quote:
two quoted terms in single quotation marks with a plural possessive between them."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.checks.quotes.marks import find_quotes
from brieflint.testing import lint


def found(body: str, code: str) -> list[str]:
    """The phrases Q102 reports in ``body`` (or the codes of another rule's findings)."""
    problems = lint(f"{FRONT}\n{body.strip()}\n", select=[code])
    return [p.message.split('"')[1] if code == "Q102" else p.code for p in problems]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        # a bare plural subject no list names, read from its verb
        ("Rivals call it a giveaway to the developers who fund the mayor.", "Rivals call"),
        ("Shopkeepers have been complaining about the parking rules for months.", "Shopkeepers have been complaining"),
        ("Pharmacists and nurses say the ward has been short of staff since spring.", "Pharmacists and nurses say"),
        ("Fishermen across the bay fear the quota will be cut again.", "Fishermen across the bay fear"),
        ("The levy passed, but tenants doubt it will ever be spent on repairs.", "tenants doubt"),
        # the verbs' classes taken whole
        ("Many teachers understand how thin the budget has become.", "Many teachers understand"),
        ("Supporters of the levy assured residents it would expire in five years.", "Supporters of the levy assured"),
        # a group after its verb, restricted by a relative clause that names nobody
        ("The fares are too high for a daily trip, say residents who live near the ferry.", "say residents who"),
        # research as the subject of a participle
        (
            "The council approved the tower despite years of research showing that towers raise rents.",
            "research showing",
        ),
        # after set 11's first run: a place before a group says where the crowd is, not whose body it is;
        # the class of inquiries reports evidence as studies do
        ("In the valley, Texas residents say the well water tastes of salt.", "Texas residents say"),
        ("Since the spring, Iowa farmers argue the tariffs have cost them their buyers.", "Iowa farmers argue"),
        ("Experiments have shown that the coating wears off within a year.", "Experiments have shown"),
        # concerns that rise, the verb elided after "so"
        ("As the scheme has grown, so have doubts about who pays for it.", "doubts"),
    ],
)
def test_vague_constructions_of_held_out_set_10(body: str, phrase: str) -> None:
    got = found(body, "Q102")
    assert any(phrase.lower() in g.lower() or g.lower() in phrase.lower() for g in got), (body, got)


@pytest.mark.parametrize(
    "body",
    [
        "Records suggest the contract was signed in May, before the tender closed.",
        "Democrats believe the seat can be won in November.",
        "Board members agreed to postpone the vote until the audit is done.",
        "Shareholders agreed to the sale of the port terminal.",
        "Library books deemed obscene by the board were taken off the shelves.",
        "Advocates call for a ban on the devices in every school.",
        "Many residents say the water tastes of metal, a new survey shows.",
        "Young voters are worried about rents. The poll found that two in three rent.",
        "The ministry published a paper setting out what economists expect from the reform.",
        "Committee members say the hearing will resume on Monday.",
        "Two trials found no effect of the drug on blood pressure.",
        "The investigations found no wrongdoing by the mayor's staff.",
        "In the valley, Treasury officials say the levy will be collected in May.",
    ],
)
def test_documents_bodies_acts_and_findings_are_not_vague(body: str) -> None:
    assert found(body, "Q102") == [], body


def test_a_preposition_before_what_keeps_the_crowd_vague() -> None:
    got = found("In what critics call a cover-up, the files were destroyed.", "Q102")
    assert any("critics call" in g for g in got), got


def test_two_single_quoted_terms_around_a_plural_possessive_are_two_quotes() -> None:
    s = "‘Open-air markets’ bill advances in the senate, opponents call it ‘a vendor ban’"
    assert [q.inner(s) for q in find_quotes(s).quotes] == ["Open-air markets", "a vendor ban"]
    assert found(s, "Q101") == []
    # a plural possessive inside one quote stays inside it
    t = "The sign read ‘the farmers’ market opens at nine’ all summer."
    assert [q.inner(t) for q in find_quotes(t).quotes] == ["the farmers’ market opens at nine"]
