"""Readability an editor reads (issue 19): the author's words, one finding per problem, rules off by default."""

from __future__ import annotations

from support import ONE_TOPIC, edited, front, summary

from brieflint.checks.readability import rules
from brieflint.checks.readability.authored import quoted_spans
from brieflint.testing import lint


def _front(text: str = "Rabat wants regional companies to run water and power. Poor homes keep a tariff.") -> str:
    return front(edited(summary(text), text=ONE_TOPIC)) + "\n"


# 49 words of the author's, in plain words: over the default of 47
LONG = (
    "The new regional companies will take over the pipes, the meters and the bills from the town boards "
    "next year, and the state will pay their old debts to the national power company over ten years, "
    "while the towns keep a seat on each company's board for five years."
)
# a short frame around a 32-word quotation: 20 words of the author's
QUOTING = (
    'The minister said that "the new regional companies will take over the pipes, the meters and the bills '
    'from the town boards next year, and the state will pay their old debts over ten years," '
    "in a long speech to the national parliament in Rabat on Monday and again on Tuesday."
)


def _codes(source: str, select: list[str] | None = None, config: dict | None = None) -> list[str]:
    return [f.code for f in lint(source, select=select, config=config) if f.code.startswith("R")]


def test_quoted_spans_pair_marks_over_the_paragraph() -> None:
    text = 'He said "one. Two" and \u201cthree\u201d, then "four'
    spans = quoted_spans(text)
    assert [text[a:b] for a, b in spans] == ['"one. Two"', "\u201cthree\u201d", '"four']


def test_a_long_sentence_of_the_authors_is_very_hard() -> None:
    found = lint(_front() + LONG + "\n", select=["R107"])
    assert [f.code for f in found] == ["R107"]
    assert found[0].data["words"] == 49 and found[0].data["target"] == 47
    assert "49 words, more than 47" in found[0].message


def test_words_inside_a_quotation_do_not_count_against_the_sentence() -> None:
    assert len(QUOTING.split()) > 47
    assert _codes(_front() + QUOTING + "\n", select=["R107"]) == []
    # the same words without quotation marks are the author's own: reported
    assert _codes(_front() + QUOTING.replace('"', "") + "\n", select=["R107"]) == ["R107"]


def test_a_quotation_of_several_sentences_is_masked_whole() -> None:
    body = 'Officials were blunt. "We will not pay. ' + LONG + '" The ministry did not answer.\n'
    assert _codes(_front() + body, select=["R107"]) == []


def test_a_block_quote_is_not_the_authors_sentence() -> None:
    assert _codes(_front() + "The minister put it this way.\n\n> " + LONG + "\n", select=["R107"]) == []
    assert _codes(_front() + "The minister put it this way.\n\n" + LONG + "\n", select=["R107"]) == ["R107"]


def test_quoted_words_are_reported_in_the_data() -> None:
    body = 'Officials told the press that "the plan works", and ' + LONG[0].lower() + LONG[1:] + "\n"
    [finding] = lint(_front() + body, select=["R107"])
    assert finding.data["quoted_words"] == 3
    assert "(3 more quoted)" in finding.message


def test_rules_below_the_precision_floor_are_off_by_default() -> None:
    off = {r.code for r in rules.RULES if not r.enabled_by_default}
    assert off == {"R102", "R104", "R106"}
    for rule in rules.RULES:
        if rule.code in off:
            assert "Off by default" in rule.summary + rule.doc and "precision" in rule.doc
    dense = _front() + LONG + " " + LONG + "\n"
    # R106 reports a 49-word sentence of grade 22+ only when named; a prefix does not switch it on
    config = {"readability": {"hard-grade": 1, "max-sentence-words": 99}}
    assert "R106" not in _codes(dense, config=config)
    assert "R106" not in _codes(dense, select=["R"], config=config)
    assert "R106" in _codes(dense, select=["R106"], config=config)
    assert "R106" in _codes(dense, select=["hard-sentence"], config=config)


SECTION = "## Institutions\n\n" + " ".join([LONG] * 4) + "\n"


def test_a_dense_section_gets_one_finding() -> None:
    source = _front() + "Short lead here.\n\n" + SECTION
    # R101 and R102 both enabled: the section is dense (49-word sentences) and hard to read by both
    config = {"readability": {"max-grade": 10, "min-reading-ease": 90}}
    assert _codes(source, select=["R101", "R102"], config=config) == ["R101"]
    # R102 alone still reports it
    assert _codes(source, select=["R102"], config=config) == ["R102"]


def test_a_section_above_the_grade_in_short_sentences_is_left_alone() -> None:
    plain = "## Costs\n\n" + " ".join(["Municipal authorities relinquish operational responsibilities."] * 20) + "\n"
    source = _front() + "Short lead here.\n\n" + plain
    assert _codes(source, select=["R101"], config={"readability": {"max-grade": 10}}) == []
    config = {"readability": {"max-grade": 10, "dense-sentence-words": 4}}
    assert _codes(source, select=["R101"], config=config) == ["R101"]


def test_the_deck_is_reported_for_a_long_sentence_not_for_long_words() -> None:
    long_deck = _front(LONG)
    short_deck = _front("The constitutional authority of municipal administrations was consolidated regionally.")
    body = "Short body sentence here.\n"
    assert _codes(long_deck + body, select=["R103"], config={"readability": {"summary-max-grade": 10}}) == ["R103"]
    assert _codes(short_deck + body, select=["R103"], config={"readability": {"summary-max-grade": 10}}) == []
    # one finding per deck: R104 leaves the deck R103 reports alone
    config = {"readability": {"summary-max-grade": 10, "summary-min-reading-ease": 90}}
    assert _codes(long_deck + body, select=["R103", "R104"], config=config) == ["R103"]
    assert _codes(short_deck + body, select=["R103", "R104"], config=config) == ["R104"]


def test_a_long_section_counts_the_authors_words_only() -> None:
    quoted = "\n\n".join("> " + LONG for _ in range(20))  # some 900 words of block quotation
    source = _front() + "The minister's speech, in full:\n\n" + quoted + "\n"
    assert _codes(source, select=["R109"]) == []
    assert _codes(source.replace("> ", ""), select=["R109"]) == ["R109"]
