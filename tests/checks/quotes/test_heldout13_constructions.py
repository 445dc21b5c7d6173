"""Issue 19, held-out set 13: the general causes behind its first-run misses and false alarms, read as
constructions after the first run (its first-sight figures stay recorded in docs/accuracy.md), on prose
written for these tests (none of it a labelled set's sentences).

Vague: the existential form contracted ("there's a feeling that") or with a scope before its clause ("a
sense in the capital that"); a listed group after its sentence's capitalised first word that the paragraph
writes in lower case elsewhere (a common noun, not a named body); an opinion noun whose clause stands in an
adjunct ("amid fears that", "despite warnings that"); a crowd's attitude as a predicate adjective (the class
of belief, doubt and feeling: baffled, wary, frustrated …); the verbs of perception only people do
(notice, discern); uncited evidence as a raising passive ("have been shown to").
Not vague: "think about" or "think of" without "as" (to consider), a holder named in or before the
adjunct, a definite group, a source for the evidence, a capitalised body the paragraph never writes in
lower case, "a sense in which".
"""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint


def found(body: str) -> list[str]:
    """The phrases Q102 reports in ``body``."""
    problems = lint(f"{FRONT}\n{body.strip()}\n", select=["Q102"])
    return [p.message.split('"')[1] for p in problems]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        # the existential form, contracted, or with a scope between the opinion and its clause
        ("There's a feeling that the harbour plan is already dead.", "There's a feeling that"),
        ("There’s widespread doubt that the canal will open on time.", "There’s widespread doubt that"),
        ("There is a growing sense in the capital that the budget cannot pass.", "sense in the capital that"),
        # a listed group after the sentence's first word, which the paragraph writes in lower case
        (
            "Museum officials said the wing would close in March. Visitors were sent to the museum next door.",
            "officials said",
        ),
        # an opinion noun with its clause in an adjunct, held by nobody
        ("The port reopened amid fears that the strike would resume within weeks.", "amid fears that"),
        ("Despite warnings that the dam was failing, the valley was not evacuated.", "Despite warnings that"),
        # a crowd's attitude as a predicate adjective, the class rather than the words prose showed
        ("Many farmers are wary of the new water meters.", "Many farmers are wary"),
        ("Some parents were baffled by the new enrolment forms.", "Some parents were baffled"),
        ("Residents are frustrated that the bridge is still closed.", "Residents are frustrated"),
        # verbs of perception only people do
        ("Since the mill closed, nurses have noticed more patients skipping their checkups.", "nurses have noticed"),
        ("Shop owners are noticing fewer tourists on the promenade this year.", "Shop owners are noticing"),
        # uncited evidence as a raising passive
        ("Small classes have been shown to raise reading scores.", "shown to"),
        ("Cover crops have been proven to hold soil through the winter storms.", "proven to"),
    ],
)
def test_vague_constructions_of_held_out_set_13(body: str, phrase: str) -> None:
    got = found(body)
    assert any(phrase.lower() in g.lower() or g.lower() in phrase.lower() for g in got), (body, got)


@pytest.mark.parametrize(
    "body",
    [
        # to think about or of something is to consider it: no claim
        "Across the county, lots of families are thinking about how to pay for winter heating.",
        "Even so, dozens of drivers are thinking about ways to avoid the new toll.",
        # a holder named in or before the adjunct, or a definite one
        "Despite the mayor's warnings that the dam was failing, the valley was not evacuated.",
        "The port reopened amid fears from the dockers' union that the strike would resume.",
        "The inspectors are wary of the new meters.",
        # evidence with its source
        "Small classes have been shown to raise reading scores in a study by the state university.",
        "Cover crops have been proven to hold soil, according to the extension service's trials.",
        # a capitalised body the paragraph never writes in lower case
        "Treasury officials said the bond auction would go ahead on Monday.",
        # a sense in which: no opinion held by anyone
        "There's a sense in which the vote changed nothing at all.",
    ],
)
def test_considering_named_holders_and_sources_are_not_vague(body: str) -> None:
    assert found(body) == [], body
