"""Issue 19, held-out set 9: the constructions its first run missed, read after that run (the set's
first-sight figures stay recorded), on prose written for these tests (none of it the set's own
sentences). Vague: bare groups of parents, families and voters; "echo" as a verb of speech; a plural
group after "that" or "this", which determine no plural ("a complaint that parents … echoed", "This week
officials said"); data whose source nobody names ("according to new data shared with the paper").
Not vague: data with its source, "this research" (a study named before), a definite or counted group.
Not a quote to attribute: a headline named by a noun with the copula first."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint


def found(body: str, code: str) -> list[str]:
    out = []
    for f in lint(FRONT + "\n" + body.strip() + "\n", select=[code]):
        out.append(f.message.split('"')[1] if code == "Q102" else f.code)
    return out


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("Parents say the new bus routes add an hour to the school day.", "Parents say"),
        ("Voters across the district echoed the complaint at Tuesday's meeting.", "Voters across the district echoed"),
        ("It is a complaint that families in the valley have echoed for years.", "families in the valley have"),
        ("This week officials said the bridge would reopen in May.", "officials said"),
        ("According to new data shared with the paper, rents rose by a third.", "According to new data"),
    ],
)
def test_vague_constructions_of_held_out_set_9(body: str, phrase: str) -> None:
    got = found(body, "Q102")
    assert any(phrase.lower() in g.lower() or g.lower() in phrase.lower() for g in got), (body, got)


@pytest.mark.parametrize(
    "body",
    [
        "According to data from the statistics office, rents rose by a third.",
        "This research suggests the opposite of what the ministry expected.",
        "The parents of the two boys said they would appeal the ruling.",
        "Two families told the court that the landlord had cut the heating.",
    ],
)
def test_sourced_definite_or_counted_is_not_vague(body: str) -> None:
    assert found(body, "Q102") == [], body


def test_a_headline_named_with_the_copula_first_is_not_a_quote_to_attribute() -> None:
    body = 'On no day in those years was the headline of any newspaper "Millions more children live past five."'
    assert found(body, "Q101") == []
    # the certain case stays an error
    assert found('Prices rose in March. The plan was described as "a turning point for the whole region."', "Q101")
