"""Q101's and Q102's general constructions of stop 41, on sentences written for these tests, each with near misses
that must stay silent or stay reported. See docs/accuracy.md, "Stop 41"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "a quantified group word conjoined with another group before their verb": [
        (
            "A number of analysts and political activists said the vote was rigged.",
            ["A number of analysts and political activists said"],
        ),
        ("A number of analysts and activists said the vote was rigged.", ["A number of analysts and activists said"]),
        ("A number of protesters and police officers were injured.", []),
    ],
    "an opinion voiced, with its determiner": [
        ("Some analysts have voiced the same opinion.", ["Some analysts have voiced the same opinion"]),
        ("Some politicians raised questions over the plan.", ["Some politicians raised questions"]),
        ("Tourists have expressed views of the sea.", []),
    ],
    "a crowd's account of what it saw, with 'describe' and a question's word or a verb of perceiving": [
        ("Witnesses described how soldiers fired on the crowd.", ["Witnesses described"]),
        ("Witnesses described seeing soldiers fire on the crowd.", ["Witnesses described"]),
        ("Residents describe the smell as unbearable.", ["Residents describe"]),
        ("Port agents described the fees at length.", []),
        ("Documents described how the money was moved.", []),
    ],
    "a place's noun and its name in a group's scope": [
        (
            "Residents of the capital Bangui say armed men are holding up taxi drivers.",
            ["Residents of the capital Bangui say"],
        ),
        ("Critics of the plan Smith unveiled say it will fail.", []),
    ],
    "blame laid at a door": [
        ("Some historians place the blame on the king's advisers.", ["Some historians place the blame on"]),
        ("Critics laid the blame at the door of the ministry.", ["Critics laid the blame at"]),
        ("Some workers placed the boxes on the shelf.", []),
        ("Some officials put the plan on hold.", []),
    ],
}


@pytest.mark.parametrize(("body", "expected"), params(CONSTRUCTIONS))
def test_stop_41_construction(body: str, expected: list[str]) -> None:
    assert q102(body) == expected
