"""Sentence segmentation on shapes of real copy, and its score on the labelled real sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from brieflint.document.sentences import segment

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # footnote numbers glued to the full stop
        (
            "Prices rose sharply by mid-2019.7 Prices then fell for two years.",
            ["Prices rose sharply by mid-2019.7", "Prices then fell for two years."],
        ),
        (
            "The plan was drafted by the ministry.12 It was withdrawn a month later.",
            ["The plan was drafted by the ministry.12", "It was withdrawn a month later."],
        ),
        # a sentence that starts with a numeral after a closing quotation mark
        (
            'The minister called the deal "a betrayal of the poor." 40 percent of households now pay more.',
            ['The minister called the deal "a betrayal of the poor."', "40 percent of households now pay more."],
        ),
        # a parenthetical sentence
        (
            "(For background, see the 2021 audit of the utility.) The board then resigned.",
            ["(For background, see the 2021 audit of the utility.)", "The board then resigned."],
        ),
        # an enumeration after a colon is one sentence
        (
            'The law lists two cases: (1) "a failure to report," and (2) "a refusal to pay." It lists no others.',
            ['The law lists two cases: (1) "a failure to report," and (2) "a refusal to pay."', "It lists no others."],
        ),
        # abbreviations, initials, decimals, times stay inside their sentence
        (
            "The U.S. Treasury and Gen. Tom Ruiz met Donald J. Crane on Apr. 29 at 10 a.m. in Rabat. Growth was 2.5%.",
            [
                "The U.S. Treasury and Gen. Tom Ruiz met Donald J. Crane on Apr. 29 at 10 a.m. in Rabat.",
                "Growth was 2.5%.",
            ],
        ),
        (
            "Output fell 12 pct. in the first quarter. Exports held.",
            ["Output fell 12 pct. in the first quarter.", "Exports held."],
        ),
        # a piece of punctuation only belongs to the sentence before ("farmer?:" before a block quote)
        ("Why did she become a farmer? How?:", ["Why did she become a farmer?", "How?:"]),
        # the month of May is never abbreviated (sentencex reads "May." as an abbreviation): the news sweep's gv-318338
        (
            "Colombia commemorates Labour Day on 1 May. Traditionally, the unions march.",
            ["Colombia commemorates Labour Day on 1 May.", "Traditionally, the unions march."],
        ),
        (
            "The vote in May failed. In May. Theresa May spoke.",
            ["The vote in May failed.", "In May.", "Theresa May spoke."],
        ),
        # initials and two blanks (a no-break space as one) end a sentence; one blank may not ("D.C. Secretary")
        (
            "They met in Washington, D.C.\xa0 Secretary Blinken thanked him.",
            ["They met in Washington, D.C.", "Secretary Blinken thanked him."],
        ),
        (
            "They met in Washington, D.C.  Secretary Blinken thanked him.",
            ["They met in Washington, D.C.", "Secretary Blinken thanked him."],
        ),
        ("The former U.S. Secretary of State spoke.", ["The former U.S. Secretary of State spoke."]),
        # a quotation of several sentences stays whole
        (
            'He said: "We lost. Nobody came. The money is gone." Then he left.',
            ['He said: "We lost. Nobody came. The money is gone."', "Then he left."],
        ),
    ],
)
def test_segment_real_shapes(text: str, want: list[str]) -> None:
    assert [s.text for s in segment(text)] == want


def test_offsets_point_into_the_text() -> None:
    text = "Prices rose by mid-2019.7 Prices\nthen fell."
    for s in segment(text):
        assert text[s.start : s.end] == s.text


def test_score_on_the_labelled_real_sentences() -> None:
    labelled = ROOT / "benchmarks" / "accuracy" / "sentences.yaml"
    if not labelled.exists():
        pytest.skip("benchmarks/accuracy/sentences.yaml is not there")
    sys.path.insert(0, str(ROOT / "tests" / "quotes_eval"))
    try:
        import score_sentences
    finally:
        sys.path.pop(0)
    r = score_sentences.score(labelled)
    assert r["precision"] >= 0.97 and r["recall"] >= 0.97, r


def _long_way(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Where each stripped piece starts and ends, found with ``str.find`` from the last one's end."""
    flat = text.replace("\n", " ").replace("\t", " ")
    out, cursor = [], 0
    for piece in pieces:
        core = piece.strip()
        at = flat.find(core, cursor) if core else -1
        if at != -1:
            out.append((at, at + len(core)))
            cursor = at + len(core)
    return out


@pytest.mark.parametrize("disorder", ["none", "dropped", "blank", "repeated", "absent"])
def test_pieces_are_placed_as_find_places_them(disorder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """segment() places sentencex's pieces by their lengths while they follow each other in the text,
    and by ``str.find`` once one does not: the same offsets either way (no merge or inner end here)."""
    import sentencex

    real = sentencex.segment
    spoilt = {
        "none": lambda p: [p],
        "dropped": lambda p: [p[1:]],
        "blank": lambda p: [" " + p, "  "],
        "repeated": lambda p: [p, p],
        "absent": lambda p: [p.upper(), p],
    }[disorder]
    seen: list[list[str]] = []

    def pieces(language: str, flat: str) -> list[str]:
        got = real(language, flat)
        out = got[:1] + [q for p in got[1:2] for q in spoilt(p)] + got[2:]
        seen.append(out)
        return out

    monkeypatch.setattr(sentencex, "segment", pieces)
    text = "The first one is here. UN forces\nfollowed. A third one ends it. And a fourth one."
    got = [(s.start, s.end) for s in segment(text)]
    assert got == _long_way(text, seen[-1])
