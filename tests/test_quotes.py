"""Quote, attribution and source rules (Q): real files, exact positions, options, the corpus and the evaluation set."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from support import ENERGY_ONLY, SUMMARY, WATER_AND_POWER, edited, front, sources

from brieflint.checks.quotes import byline, cues, lexicon, marks, predicates, vague
from brieflint.testing import lint

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"

FRONT = front(
    edited(
        WATER_AND_POWER,
        ENERGY_ONLY,
        sources(
            ("minister-speech", "Address to the House of Representatives on water security"),
            ("survey-2025", "Household Utility Spending Survey 2025"),
        ),
    )
)
BODY_LINE = FRONT.count("\n") + 1  # the first line after the front matter
ONE_LINE = "Rabat's plan could fund investment, but only if tariffs protect poor households in the poorest regions."


def q(
    body: str, *codes: str, config: dict | None = None, form: str | None = None
) -> list[tuple[str, int, int, int | None, int | None]]:
    found = lint(FRONT + body, select=list(codes) or ["Q"], config=config, form=form)
    return [(f.code, f.line, f.column, f.end_line, f.end_column) for f in found]


def messages(body: str, code: str, config: dict | None = None) -> list[str]:
    return [f.message for f in lint(FRONT + body, select=[code], config=config)]


# ----- Q101 positions --------------------------------------------------------------------


def test_unattributed_quote_points_at_the_opening_mark() -> None:
    body = (
        "\nCited first [@survey-2025] [@minister-speech].\n"
        'The plan was described as "a turning point for the whole region."\n'
    )
    got = q(body, "Q101")
    line = BODY_LINE + 2
    col = len("The plan was described as ") + 1
    assert got == [("Q101", line, col, line, col + len('"a turning point for the whole region."'))]
    msg = messages(body, "Q101")[0]
    assert msg.startswith("quote of 7 words: it is attributed in the passive with no speaker")


def test_quote_spanning_a_line_break_has_an_end_on_the_next_line() -> None:
    body = (
        "\nGrowth slowed sharply last year.\n"
        'In the end, it was "a victory for the status quo\nand a defeat for everyone who wanted change."\n'
    )
    got = q(body, "Q101")
    assert got == [("Q101", BODY_LINE + 2, 20, BODY_LINE + 3, 46)]


def test_curly_quotes_and_crlf(tmp_path: Path) -> None:
    body = "\r\nInflation reached 38 percent.\r\n\u201cNobody can plan a household budget now.\u201d\r\n"
    source = (FRONT.replace("\n", "\r\n") + body).encode("utf-8")
    found = [(f.code, f.line, f.column, f.end_column) for f in lint(source, select=["Q101"])]
    assert found == [("Q101", BODY_LINE + 2, 1, 1 + len("\u201cNobody can plan a household budget now.\u201d"))]


def test_yaml_form_block_body_positions() -> None:
    fields = edited(
        ("summary: >-\n" + SUMMARY, "summary: " + ONE_LINE),
        ENERGY_ONLY,
    )
    src = (
        "# form: yaml\n"
        + front(fields)[4:-4]
        + """sections:
  - heading: null
    body: |
      Observers say nothing will change [@nope].
      The talks ended without agreement.
      Later, "both sides left the room convinced that time is on their side."
"""
    )
    found = [(f.code, f.line, f.column, f.end_line, f.end_column) for f in lint(src, select=["Q101", "Q102", "Q103"])]
    assert ("Q101", 16, 14, 16, 78) in found
    assert ("Q103", 14, 42, 14, 47) in found  # the "@" of "[@nope]" to the end of the id
    # a sentence with a citation is sourced, so "Observers say" there is no vague attribution
    assert not [f for f in found if f[0] == "Q102"]


# ----- Q101 attribution -----------------------------------------------------------------------

ATTRIBUTED = [
    'The minister told deputies that "the old model cannot finance the pipes."',
    '"Every delay makes the reform more painful," said Karim Mansour, a former minister.',
    'Karim Mansour spoke after the vote. "This law ends forty years of improvisation."',
    'Nadia Farouk left the talks early. "There is nothing left to negotiate," she said.',
    'The survey found that "the poorest fifth spend most on water" [@survey-2025].',
    'Growth slowed [@survey-2025]. "The authorities have limited fiscal space to respond."',
    'A [2024 report](https://example.org/r) concluded that "the crisis is among the worst on record."',
    'The so-called "axis of resistance in the whole Levant" is a slogan.',
    'Her book, "The Oil Curse Revisited in the Gulf Monarchies," argues the opposite.',
    "Iraq's parliament and Kata'ib Hezbollah's allies blocked Sudani's plan for the ministers' budget.",
    "Officials spoke of 'sustainable cooperation' in the statement.",
    'The field `"status quo ante bellum in the region"` is a bug; see https://example.org/?q="a b c d e".',
    'The central bank (which called the measures "temporary and limited in scope") raised rates.',
    'Sen. Lindsey Graham told reporters on Apr. 29 that "the U.S. administration has no Iraq policy at all."',
    'Dr. J. Smith, who holds a Ph.D., wrote: "The No. 2 priority after security is electricity."',
    '"Is this a real ceasefire?" asked Rep. Adam Smith. "Or is it a pause to rearm?"',
    'The U.S.-Iraq talks stalled. Gen. Votel said, "We will stay as long as we are asked to stay."',
    '"We will not retreat." The prime minister\'s words were meant for Washington.',
]


@pytest.mark.parametrize("body", ATTRIBUTED)
def test_attributed_or_not_a_quote(body: str) -> None:
    assert q("\n" + body + "\n", "Q101") == []


UNATTRIBUTED = [
    'The new law was hailed as "the beginning of a new era of cooperation."',
    'The talks ended without agreement. "Both sides left the room convinced that time is on their side."',
    "The agreement was presented as 'a new chapter in bilateral relations built on respect.'",
    'The subsidy reform (once derided as "a tax on the poor dressed up as prudence") is accepted.',
    'The minister arrived late. The session was chaotic. "We will not accept any budget that cuts our share."',
]


@pytest.mark.parametrize("body", UNATTRIBUTED)
def test_unattributed(body: str) -> None:
    assert [c for c, *_ in q("\n" + body + "\n", "Q101")] == ["Q101"]


def test_block_quotes() -> None:
    attributed = (
        "\n> Tariffs that recover costs are necessary, but not sufficient.\n> — Minister of Equipment and Water\n"
    )
    assert q(attributed, "Q101") == []
    introduced = "\nAs the ambassador told the committee:\n\n> We are not asking for new money at all this year.\n"
    assert q(introduced, "Q101") == []
    after = "\n> Water is life, and life here gets more expensive every month.\n\n— Fatima Aziz, a farmer\n"
    assert q(after, "Q101") == []
    bare = "\nConsider this.\n\n> Reform is a process, not an event, and it has barely begun.\n"
    got = q(bare, "Q101")
    assert got == [
        (
            "Q101",
            BODY_LINE + 3,
            1,
            BODY_LINE + 3,
            3 + len("Reform is a process, not an event, and it has barely begun."),
        )
    ]
    assert "block quote of 12 words" in messages(bare, "Q101")[0]


ODE = "“A levee built for the last flood is always one flood behind the river it holds.”"
CHANT = "“We learn every spring that the river we planned for no longer exists.”"


@pytest.mark.parametrize(
    "body",
    [
        # a title, the byline on the line after it, then the author's words as a list
        f"Why the river towns flood every spring\nBy Marta Okonjo\n\n- {ODE}\n- {CHANT}\n",
        # the byline alone as a paragraph, the quotations as paragraphs, then a block quote
        f"By Marta Okonjo\n\n{ODE}\n\n{CHANT}\n\n> The river takes back what the county borrowed from it.\n",
        # initials, a particle, two authors; a title before a name
        f"By J. R. Ellison and Tomas de Vries\n\n- {ODE}\n- {CHANT}\n",
        f"By Dr. Amara Nwosu-Bell\n\n1. {ODE}\n2. {CHANT}\n",
    ],
)
def test_a_byline_credits_the_quotations_after_it(body: str) -> None:
    assert q("\n" + body, "Q101") == []


BIA = (
    "On August 4, 2003, the Midwest Regional Director wrote to the tribal chairman cautioning them about the impact "
    "that would result from the tribal council’s “failure to deal with the efforts of the tribal membership to express "
    "their will.”"
)


def test_a_quote_in_a_paragraph_whose_marks_do_not_pair_is_doubtful() -> None:
    # held-out set 19 (a Bureau of Indian Affairs release): a straight mark left at a paragraph's start, where the
    # previous paragraph's closing mark belonged, opens before the curly quote; the speaker ("the Midwest Regional
    # Director wrote") then reads as quoted words. Which words are quoted is unknown: no certain Q101 error
    assert q(f'\n"{BIA}\n', "Q101") == []
    # the twin: the same quote with no speaker and marks that pair stays an error
    bare = "The tribal council’s “failure to deal with the efforts of the tribal membership to express their will.”"
    assert [c for c, *_ in q(f"\nThe dispute went on.\n\n{bare}\n", "Q101")] == ["Q101"]
    assert q(f"\n{BIA}\n", "Q101") == []


@pytest.mark.parametrize(
    "line",
    # no person: a year, an adverbial, a time, a rule, a function word or a month, one word, capitals
    ["By 2030", "By contrast", "By the end of the decade", "By law", "By The Numbers", "By March", "By Okonjo"]
    + ["BY MARTA OKONJO", "By Marta Okonjo Reyes Villa Cruz", "By Marta O."],
)
def test_a_line_that_names_no_person_credits_nothing(line: str) -> None:
    # the list is judged as before: its second item at least (the first may be doubtful by the safety net,
    # a capitalised word in the sentence before it)
    body = f"\nWhy the river towns flood every spring\n{line}\n\n- {ODE}\n- {CHANT}\n"
    assert ("Q101", BODY_LINE + 5) in [(c, ln) for c, ln, *_ in q(body, "Q101")]


@pytest.mark.parametrize(
    ("prose", "names"),
    [
        ("By Marta Okonjo", True),
        ("Why the river towns flood\nBy Marta Okonjo", True),
        ("By J.R. Ellison", True),
        ("By Ana de Souza and Li Wei", True),
        ("By Martin Luther King Jr.", True),
        ("By Seán O’Brien-Kelly", True),
        ("By Marta Okonjo and", False),
        ("By Marta Okonjo and Li", False),
        ("By Marta Okonjo, a farmer", False),
        ("By Marta Okonjo the levees were raised", False),
        ("The levees were raised by Marta Okonjo", False),
        ("By 2030 Marta Okonjo", False),
        ("By the County Council", False),
    ],
)
def test_what_a_byline_line_is(prose: str, names: bool) -> None:
    assert (byline.byline_end(prose) == len(prose)) is names


def test_a_byline_credits_only_the_quotations_that_directly_follow_it() -> None:
    # words of the author's own after the byline end the run: a quote after them is judged as before
    after_prose = f"\nBy Marta Okonjo\n\nThe county raised the levees twice in ten years.\n\n{ODE}\n"
    assert [c for c, *_ in q(after_prose, "Q101")] == ["Q101"]
    own = f"{ODE} The county raised the levees twice in ten years. "
    got = q(f"\nBy Marta Okonjo\n{own}{CHANT}\n", "Q101")  # the first quote is hers, the second is not
    assert [(c, line, col) for c, line, col, *_ in got] == [("Q101", BODY_LINE + 2, len(own) + 1)]
    # a heading ends it too; the byline's list stays credited, the quote under the heading does not
    headed = f"\nBy Marta Okonjo\n\n- {ODE}\n\n## The budget\n\n{CHANT}\n"
    got = q(headed, "Q101")
    assert [(c, line) for c, line, *_ in got] == [("Q101", BODY_LINE + 7)]
    # an unattributed quote later in the same brief is still an error
    later = (
        f"\nBy Marta Okonjo\n\n- {ODE}\n- {CHANT}\n\nThe county raised the levees twice.\n\n"
        "The plan was described as “a turning point for every town along the lower river.”\n"
    )
    got = q(later, "Q101")
    assert [(c, line) for c, line, *_ in got] == [("Q101", BODY_LINE + 8)]


def test_min_words_and_cues_options() -> None:
    body = '\nThe plan was described as "a turning point for the region."\n'
    assert q(body, "Q101")
    assert q(body, "Q101", config={"quotes": {"min-words": 6}}) == []
    # a role, not a name: with an unknown verb, nothing there is certainly a speaker or a cue
    intoned = '\nThe talks failed. "The state must hold a monopoly on force," intoned the minister.\n'
    assert q(intoned, "Q101")
    assert q(intoned, "Q101", config={"quotes": {"cues": ["intoned"]}}) == []


# ----- Q102 ------------------------------------------------------------------------------------------


def test_vague_attribution_located_and_named() -> None:
    line = "Many believe the prime minister will not run again, and experts agree."
    body = "\nGrowth slowed.\n" + line + "\n"
    got = q(body, "Q102")
    at = line.index("experts agree") + 1
    assert got == [
        ("Q102", BODY_LINE + 2, 1, BODY_LINE + 2, 13),
        ("Q102", BODY_LINE + 2, at, BODY_LINE + 2, at + len("experts agree")),
    ]
    assert messages(body, "Q102")[0].startswith('vague attribution "Many believe": say who')


def test_vague_attribution_not_flagged_when_named_or_cited_or_quoted() -> None:
    assert q("\nCritics, including former minister Ali Allawi, argue the budget fails.\n", "Q102") == []
    assert q("\nAnalysts at the IMF estimate the gap at $12 billion [@survey-2025].\n", "Q102") == []
    assert q('\nThe minister said "critics argue about everything" in a speech [@minister-speech].\n', "Q102") == []
    assert q("\nSeveral governors said they would not implement the decree.\n", "Q102") == []


def test_vague_patterns_option_extends_the_list() -> None:
    body = "\nThe chattering classes reckon the cabinet will fall.\n"
    assert q(body, "Q102") == []
    got = q(body, "Q102", config={"quotes": {"vague": ["chattering classes reckon", "(?:word|talk) on the street"]}})
    assert got == [("Q102", BODY_LINE + 1, 5, BODY_LINE + 1, 30)]


def test_vague_in_summary_and_heading() -> None:
    src = (
        FRONT.replace("could fund investment", "could fund investment, some say,")
        + "\n## Critics argue the plan is doomed\n\nText.\n"
    )
    found = [(f.code, f.line) for f in lint(src, select=["Q102"])]
    assert found == [("Q102", 10), ("Q102", BODY_LINE + 1)]


# ----- sources ---------------------------------------------------------------------------------------


def test_unknown_source_with_suggestion() -> None:
    text = "Growth slowed [@survey-2025]. Tariffs rose [@minister-speach; @nope] [@minister-speech]."
    body = "\n" + text + "\n"
    got = q(body, "Q103")
    line = BODY_LINE + 1
    a = text.index("@minister-speach") + 1
    b = text.index("@nope") + 1
    assert got == [("Q103", line, a, line, a + len("@minister-speach")), ("Q103", line, b, line, b + len("@nope"))]
    msg = messages(body, "Q103")
    assert "did you mean 'minister-speech'?" in msg[0]
    assert "known ids: minister-speech, survey-2025" in msg[1]


def test_unused_source_and_claims_count_as_citations() -> None:
    got = q("\nGrowth slowed [@survey-2025].\n", "Q104")
    assert got == [("Q104", 14, 9, 14, 24)]  # "minister-speech" on "  - id: minister-speech"
    claims = FRONT.replace("---\n", "claims:\n  - text: Tariffs rise.\n    sources: [minister-speech]\n---\n", 2)
    claims = claims.replace("claims:\n  - text: Tariffs rise.\n    sources: [minister-speech]\n---\n", "---\n", 1)
    assert [f.code for f in lint(claims + "\nGrowth slowed [@survey-2025].\n", select=["Q104"])] == []


def test_unknown_claim_source_and_duplicate_ids() -> None:
    src = (
        FRONT[:-4]
        + "  - id: survey-2025\n    title: Again\nclaims:\n  - text: Tariffs rise.\n"
        + "    sources: [minister-speech, survey-2024]\n---\n"
    )
    src += "\nGrowth slowed [@survey-2025] [@minister-speech].\n"
    found = {f.code: (f.line, f.column, f.end_column, f.message) for f in lint(src, select=["Q105", "Q106"])}
    assert found["Q106"][:3] == (18, 9, 20)
    assert "already used by the source on line 16" in found["Q106"][3]
    col = len("    sources: [minister-speech, ") + 1
    assert src.split("\n")[21] == "    sources: [minister-speech, survey-2024]"
    assert found["Q105"][:3] == (22, col, col + len("survey-2024"))
    assert "did you mean 'survey-2025'?" in found["Q105"][3]


# ----- Q107 and Q108 -----------------------------------------------------------------------------------


def test_unbalanced_quotes() -> None:
    body = '\nThe minister said that "the old model cannot finance the pipes [@minister-speech].\n\nAnd ” stray.\n'
    got = q(body, "Q107")
    assert got == [("Q107", BODY_LINE + 1, 24, BODY_LINE + 1, 25), ("Q107", BODY_LINE + 3, 5, BODY_LINE + 3, 6)]
    # a quote continued into the next paragraph, news style, is fine
    continued = '\nHaddad said: "The first problem is money.\n\n"The second problem is trust," he added.\n'
    assert q(continued, "Q107") == []
    # ... but a run-on quote that never closes is reported once, at its opening mark
    never = '\nThe minister said "we will act [soon (maybe.\n\n"Another unclosed quote begins here.\n'
    assert q(never, "Q107") == [("Q107", BODY_LINE + 1, 19, BODY_LINE + 1, 20)]
    assert "never closed in the 2 paragraphs it runs on through" in messages(never, "Q107")[0]
    # empty pairs are stray or doubled marks: one finding per paragraph, counted
    doubled = '\nHe said "" twice "" and ""\n'
    assert q(doubled, "Q107") == [("Q107", BODY_LINE + 1, 9, BODY_LINE + 1, 11)]
    assert messages(doubled, "Q107")[0].startswith("quotation marks with nothing between them (3 such pairs")
    # apostrophes are not quotation marks
    assert q("\nIraq's and Kata'ib Hezbollah's leaders met the ministers' envoys.\n", "Q107") == []


def test_summary_quote_not_in_body() -> None:
    src = FRONT.replace(
        "could fund investment, but only if tariffs protect poor households.",
        'could fund investment, but "the poor will pay the bill for decades," critics warn.',
    )
    found = [
        (f.code, f.line, f.column, f.end_column)
        for f in lint(src + "\nThe minister spoke [@minister-speech] [@survey-2025].\n", select=["Q108"])
    ]
    assert found == [("Q108", 10, 30, 30 + len('"the poor will pay the bill for decades,"'))]
    shown = src + '\nCritics warned that "the poor will pay the bill\nfor decades" [@survey-2025] [@minister-speech].\n'
    assert [f.code for f in lint(shown, select=["Q108"])] == []


# ----- the spec's examples, the corpus and the evaluation set ----------------------------------------------


@pytest.mark.skipif(not (SHARED / "spec" / "examples").is_dir(), reason="../shared/spec/examples is not present")
def test_spec_examples_fail_no_gate_and_warn_only_of_the_debates_unnamed_camps() -> None:
    # every quote of the contract's examples is attributed and every citation resolves: no Q101, no error;
    # "Supporters call the reform overdue; opponents call it privatization" names neither camp (Q102 warnings,
    # as the guide labels both camps); the YAML form's body has no such sentence
    for path in sorted((SHARED / "spec" / "examples").iterdir()):
        text = path.read_text(encoding="utf-8")
        found = lint(text, select=["Q"], form="yaml" if path.name.endswith(".brief.yaml") else "markdown")
        lines = text.splitlines()
        shown = [(f.code, str(f.severity), lines[f.line - 1][f.column - 1 : f.end_column - 1]) for f in found]
        expected = (
            []
            if "Supporters call" not in text
            else [
                ("Q102", "warning", "Supporters call"),
                ("Q102", "warning", "opponents call"),
            ]
        )
        assert shown == expected, path.name


@pytest.mark.skipif(
    not (SHARED / "bench" / "make_corpus.py").exists(), reason="../shared/bench/make_corpus.py is not present"
)
def test_corpus_planted_mistakes_found_and_clean_briefs_clean(tmp_path: Path) -> None:
    from brieflint.config.settings import Overrides
    from brieflint.run.engine import Planner, run

    subprocess.run(
        [sys.executable, str(SHARED / "bench" / "make_corpus.py"), str(tmp_path), "--count", "200", "--form", "both"],
        check=True,
        capture_output=True,
    )
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    empty = tmp_path / "empty.yaml"
    empty.write_text("{}\n")
    result = run([str(tmp_path)], Planner(Overrides(select=("Q",)), str(empty)), jobs=1)
    by_file: dict[str, set[str]] = defaultdict(set)
    errors: dict[str, list[str]] = defaultdict(list)
    for f in result.findings:
        name = Path(f.path).name
        by_file[name].add(f.code)
        if str(f.severity) == "error":
            errors[name].append(f"{f.code} {f.line}:{f.column} {f.message}")
    planted = {"unattributed-quote": "Q101", "vague-attribution": "Q102", "unknown-source": "Q103"}
    counts: dict[str, int] = defaultdict(int)
    for entry in manifest:
        name, defect = entry["file"], entry["defect"]
        if defect in planted:
            counts[defect] += 1
            assert planted[defect] in by_file[name], (name, defect, sorted(by_file[name]))
        elif defect != "yaml-syntax":
            assert not errors[name], (name, defect, errors[name])
    assert all(counts[d] > 0 for d in planted), counts


def _evaluate_module() -> Any:
    """tests/quotes_eval/evaluate.py, the labelled sets' scorer (a script, not a package)."""
    sys.path.insert(0, str(ROOT / "tests" / "quotes_eval"))
    try:
        import evaluate
    finally:
        sys.path.pop(0)
    return evaluate


def test_evaluation_set_precision_and_recall() -> None:
    evaluate = _evaluate_module()
    passages = evaluate.load_passages()
    assert len(passages) >= 150
    scores = evaluate.evaluate(passages)
    # Q101 reports only the certain case: its safety net (issue 19) leaves to the editor a quote near
    # anything that could be its speaker (a colon introducing it, a cue in another clause, a place the
    # place list does not know); measured 29 of 35 by Q101, 32 of 35 by Q101 or Q102 (before: 32, 35)
    floors = {"Q101": 0.80, evaluate.FLAGGED: 0.90}
    for code, s in scores.items():
        assert s.precision >= 0.90, (code, s.precision, s.errors)
        assert s.recall >= floors.get(code, 0.90), (code, s.recall, s.errors)
    assert scores["Q101"].tp + scores["Q101"].fn >= 30 and scores["Q102"].tp + scores["Q102"].fn >= 30


@pytest.mark.parametrize(
    ("name", "flagged"),
    # heldout: 6 of 7 since Q101's safety net (a quote a colon introduces is doubtful, issue 19)
    [("heldout", 0.85), ("heldout2", 0.95), ("heldout3", 0.95), ("heldout4", 0.95)],
)
def test_held_out_sets_stay_above_the_floors(name: str, flagged: float) -> None:
    """The held-out passages (no longer unseen once scored: a guard against regressions): the
    unattributed quotes flagged by Q101 or, when vaguely attributed, by Q102; both rules precise."""
    evaluate = _evaluate_module()
    scores = evaluate.evaluate(evaluate.load_passages(ROOT / "tests" / "quotes_eval" / f"{name}.yaml"))
    assert scores["Q101"].precision >= 0.90, scores["Q101"].errors
    assert scores[evaluate.FLAGGED].recall >= flagged, scores[evaluate.FLAGGED].errors
    assert scores["Q102"].precision >= 0.90 and scores["Q102"].recall >= 0.90, scores["Q102"].errors


@pytest.mark.parametrize(
    ("name", "vague_recall"),
    [("heldout5", 0.85), ("heldout6", 1.0), ("heldout7", 0.66), ("heldout8", 0.84), ("heldout9", 0.71)],
)
def test_later_held_out_sets_stay_at_the_issue_targets(name: str, vague_recall: float) -> None:
    """Held-out sets 5 to 9 (real prose): no false error, precise vague findings, and vague recall
    where it stands (set 7: one known miss; set 8: 11 of 13, the two camps of a debate left)."""
    evaluate = _evaluate_module()
    scores = evaluate.evaluate(evaluate.load_passages(ROOT / "tests" / "quotes_eval" / f"{name}.yaml"))
    assert scores["Q101"].fp == 0, scores["Q101"].errors
    assert scores[evaluate.FLAGGED].recall >= 0.95, scores[evaluate.FLAGGED].errors
    assert scores["Q102"].precision >= 0.90 and scores["Q102"].recall >= vague_recall, scores["Q102"].errors


def test_held_out_set_11_after_its_constructions() -> None:
    """Held-out set 11 (Wisconsin Watch): no false error, no false alarm, 5 of 6 vague phrases found (the
    capitalised program name before a crowd, "Wisconsin Medicaid recipients fear", left)."""
    evaluate = _evaluate_module()
    scores = evaluate.evaluate(evaluate.load_passages(ROOT / "tests" / "quotes_eval" / "heldout11.yaml"))
    assert scores["Q101"].fp == 0, scores["Q101"].errors
    assert scores["Q102"].fp == 0 and scores["Q102"].tp >= 5, scores["Q102"].errors


def test_held_out_set_10_after_its_constructions() -> None:
    """Held-out set 10 (real prose): no false error (the headline with two single-quoted terms), precise
    vague findings, 15 of 16 found ("The locals are worried", a definite crowd, left). Its two unattributed
    quotes stay unreported: each is doubtful by Q101's safety net (a colon introduces one; "said" stands in
    the sentence before the other), and Q102 leaves "The locals"."""
    evaluate = _evaluate_module()
    scores = evaluate.evaluate(evaluate.load_passages(ROOT / "tests" / "quotes_eval" / "heldout10.yaml"))
    assert scores["Q101"].fp == 0, scores["Q101"].errors
    assert scores["Q102"].precision >= 0.90 and scores["Q102"].tp >= 15, scores["Q102"].errors


def test_held_out_set_17_after_its_constructions() -> None:
    """Held-out set 17 (Waging Nonviolence, NSF): no false error (the quotations under the byline "By Kazu
    Haga" are his), one false alarm left ("scientists believe", the team its paragraph has cited), 5 of 13
    vague phrases found ("some notice is being paid" is no crowd: a singular verb agrees with the noun)."""
    evaluate = _evaluate_module()
    scores = evaluate.evaluate(evaluate.load_passages(ROOT / "tests" / "quotes_eval" / "heldout17.yaml"))
    assert scores["Q101"].fp == 0, scores["Q101"].errors
    assert scores["Q102"].fp <= 1 and scores["Q102"].tp >= 5, scores["Q102"].errors


def test_find_quotes_tells_quotes_from_apostrophes() -> None:
    s = "Iraq's 'sustainable cooperation' and Kata'ib's \"long phrase here\" and the '90s and ministers' plan"
    found = marks.find_quotes(s)
    assert [m.inner(s) for m in found.quotes] == ["sustainable cooperation", "long phrase here"]


def _trigger_positions_by_find(low: str) -> list[tuple[int, str]]:
    """The implementation _trigger_positions replaced: one str.find scan per trigger word (a qualified
    trigger only where the words after it qualify it)."""
    import re

    from brieflint.checks.quotes.triggers import TO_SPACE as _TO_SPACE
    from brieflint.checks.quotes.vague import QUALIFIED_TRIGGERS, VAGUE_TRIGGERS

    padded = " " + "".join(" " if c in _TO_SPACE else c for c in low) + " "
    out = []
    for w in VAGUE_TRIGGERS:
        key = f" {w} "
        i = padded.find(key)
        while i != -1:
            ahead = QUALIFIED_TRIGGERS.get(w)
            if ahead is None or re.match(ahead, padded[i + 1 + len(w) :]):
                out.append((i, w))
            i = padded.find(key, i + len(key) - 1)
    return sorted(out)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["some", "many", "critics", "a", "few", "it", "according", "to", "sources", "widely"]),
            st.sampled_from([" ", "  ", ",", ".", "\n", "\u00a0", "-", "“", "’", "—", "\t", "x", "someone"]),
            st.text(max_size=4),
        ),
        max_size=30,
    )
)
def test_trigger_positions_are_those_of_the_find_scans(parts: list[str]) -> None:
    from brieflint.checks.quotes.vague import _trigger_positions

    low = "".join(parts).lower()
    assert _trigger_positions(low) == _trigger_positions_by_find(low)


def test_trigger_positions_on_the_example_briefs() -> None:
    from brieflint.checks.quotes.vague import _trigger_positions

    for path in sorted((Path(__file__).resolve().parents[1] / "examples").rglob("*.*")):
        low = path.read_text(encoding="utf-8").lower()
        assert _trigger_positions(low) == _trigger_positions_by_find(low), path


# ----- the routed lexicon matches as the single expressions it replaced ---------------------

_ATTRIBUTIONS = (
    """
some ministers said|some analyst's said|some locals said|a few ministers-to argued|many critics have long argued
critics of the plan, have said|sources close to|people familiar with|it is widely believed that|it was said by
there have been suggestions|according to sources|according to the minister|widely seen|rumour has it
conventional wisdom holds|it has been suggested that|as he put it|as the prime minister phrased it|as quoted by
in the words of|in a statement|in an op-ed|in her view|she told|Critics SAID|SOME people|say|said
officials who spoke on condition of anonymity said|analysts in the region who|WHO|who|recent studies show
research suggests|the widely held view that|people think of|think about it as|and allegations of
""".strip()
    .replace("\n", "|")
    .split("|")
)
# whole attributions, so that the patterns match, and their words, so that they nearly do
_VOCAB = [*_ATTRIBUTIONS, *(w for phrase in _ATTRIBUTIONS for w in phrase.split())]
_SEPARATORS = [" "] * 12 + ["  ", ", ", ". ", "\n", "-", "’", "'", "“", "”", "—", "\t", "x", "_"]
# words of the lexicon, mostly one space apart, with now and then something else
_PROSE = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(_VOCAB), st.sampled_from(_SEPARATORS)).map("".join),
        st.text(max_size=3),
    ),
    max_size=40,
)


def _vague_by_one_regex(s: str) -> list[tuple[int, int]]:
    """The implementation the routed patterns replaced: every pattern tried, in order, at every
    trigger word (found by the str.find scans), with the same filter of context."""
    import re

    from brieflint.checks.quotes.censure import censure_start
    from brieflint.checks.quotes.crowd_structure import group_not_credited
    from brieflint.checks.quotes.group_ends import no_group_end
    from brieflint.checks.quotes.held_views import held_by_crowd
    from brieflint.checks.quotes.named_bodies import body_professionals
    from brieflint.checks.quotes.reported_findings import finding_named, found_before
    from brieflint.checks.quotes.vague_context import evidence_start
    from brieflint.checks.quotes.vague_patterns import (
        ADJUNCT_EVIDENCE,
        ADJUNCT_OPINION,
        BARE_SUBJECT,
        EVIDENCE_PREDICATE,
        HELD_VIEWS,
        RECEIVED_CENSURE,
        SUBJECT_VERB,
    )

    compiled = [re.compile(p, re.I) for _, p in vague.VAGUE_PATTERNS]
    out: list[tuple[int, int]] = []
    last = -1
    for start, word in _trigger_positions_by_find(s.lower()):
        if start < last:
            continue
        found = None
        for i, c in enumerate(compiled):
            h = c.match(s, start)
            if h is None:
                if i == SUBJECT_VERB and (conjoined := _conjoined_nouns(s, start, word)) is not None:
                    found = conjoined
                    break
                continue
            if i == BARE_SUBJECT:  # the subject read back from the verb, with the rule's own filter
                if (crowd := vague.bare_crowd(s, start, word)) is not None:
                    found = crowd
                    break
                continue
            if i in (ADJUNCT_OPINION, ADJUNCT_EVIDENCE):  # read back from the noun to its preposition
                if (at := vague._adjunct_start(s, start)) is not None:
                    found = (at, h.end())
                    break
                continue
            if i in HELD_VIEWS:  # a view held by a crowd no determiner marks
                if held_by_crowd(s, h) and not finding_named(s, h.end()):
                    found = (h.start(), h.end())
                    break
                continue
            if i == RECEIVED_CENSURE:  # read back from the noun of censure to its verb
                if (at := censure_start(s, start)) is not None:
                    found = (at, h.end())
                    break
                continue
            if i == EVIDENCE_PREDICATE:  # read back from the participle to its copula
                if (at := evidence_start(s, start)) is not None:
                    found = (at, h.end())
                    break
                continue
            group = h.groupdict().get("group") if i == SUBJECT_VERB else None
            if group and len(group.split()) > 1 and no_group_end(s, h.end("group"), h.end()):
                continue  # a group of more words that ends in no plural before its verb (group_ends.py)
            if vague.accept(s, h) and not (
                i == SUBJECT_VERB
                and (
                    finding_named(s, h.end())
                    or group_not_credited(s, start, h.end(), word)
                    or found_before(s, h.start())
                    or body_professionals(s, start, word)
                )
            ):
                paren = s.find("(", h.start(), h.end())  # an aside inside the match ends the finding
                found = (h.start(), len(s[: paren if paren != -1 else h.end()].rstrip()))  # on its last word
                break
        if found:
            out.append(found)
            last = found[1]
    return out


def _conjoined_nouns(s: str, start: int, word: str) -> tuple[int, int] | None:
    """The one reading the expression does not hold: a vague noun conjoined with another group right before their
    verb ("Analysts and opposition parties say"), with the rule's filters, where the noun takes no verb of its own."""
    from brieflint.checks.quotes.crowd_structure import group_not_credited
    from brieflint.checks.quotes.named_bodies import body_professionals
    from brieflint.checks.quotes.reported_findings import finding_named, found_before

    m = predicates.stage("nouns").match(s, start) if word in vague._NOUN_WORDS else None
    if m is None or predicates.predicate(s, m.end()) is not None:
        return None
    c = vague._CONJUNCT.match(s, m.end())
    end = predicates.aux_verb(s, c.end()) if c is not None else None
    if end is None or (predicates.after_word(s, start, vague._OBJECT_OF) and not vague._absolute(s, start, end)):
        return None
    if found_before(s, m.start()) or body_professionals(s, start, word) or not vague.accept(s, m):
        return None
    if finding_named(s, end) or group_not_credited(s, start, end, word):
        return None
    return m.start(), end


def _cue_spans_by_one_regex(low: str) -> list[tuple[int, int]]:
    built = cues.build_cues(())
    regex = cues._cue_regex(sorted(built.words, key=len, reverse=True), lexicon.CUE_PHRASES)
    return [(m.start(), m.end()) for m in regex.finditer(low)]


@settings(max_examples=1000, deadline=None)
@given(_PROSE)
@example(["some analyst's said allegations that "])  # an opinion noun with no preposition before it: no adjunct
@example(["A", "some locals said_"])  # a verb glued to an underscore is no whole word: no bare subject read back
@example(["sources close to ", "a few ministers-to argued ", "some ministers said "])  # a scope of four words at most
@example(["many strands of research to argue that it works "])  # a fourth word of a group is no function word
@example(["it has been suggested that ", "some ministers said "])  # a crowd after a finding's verb, here a passive
@example(["and allegations of "])  # a finding ends on its last word, not on the space a pattern reads after it
@example(["residents of the capital, A, say ", "officials of the party, A, say "])  # a name in commas (stop 42)
def test_routed_vague_patterns_match_as_one_expression(parts: list[str]) -> None:
    s = "".join(parts)
    assert vague.vague_spans(s, None) == _vague_by_one_regex(s)


@settings(max_examples=1000, deadline=None)
@given(_PROSE)
def test_cues_looked_up_by_word_match_as_one_expression(parts: list[str]) -> None:
    low = cues.lower_same_length("".join(parts))
    assert list(cues.cue_spans(low, cues.build_cues(()))) == _cue_spans_by_one_regex(low)


def test_routed_lexicon_on_the_example_briefs() -> None:
    built = cues.build_cues(())
    for path in sorted((Path(__file__).resolve().parents[1] / "examples").rglob("*.*")):
        s = path.read_text(encoding="utf-8")
        assert vague.vague_spans(s, None) == _vague_by_one_regex(s), path
        low = cues.lower_same_length(s)
        assert list(cues.cue_spans(low, built)) == _cue_spans_by_one_regex(low), path


def test_configured_cues_that_are_not_plain_words_use_one_expression() -> None:
    configured = cues.build_cues(["per:", "in a memo"])
    assert configured.regex is not None
    low = "the plan, per: the minister, and in a memo he wrote"
    assert [low[a:b] for a, b in cues.cue_spans(low, configured)] == ["per:", "in a memo", "wrote"]
    plain = cues.build_cues(["in a memo", "decreed"])
    assert plain.regex is None
    low = "in a memo she decreed"
    assert [low[a:b] for a, b in cues.cue_spans(low, plain)] == ["in a memo", "decreed"]


def test_the_scorer_reads_a_passage_after_the_one_before_it_on_its_page_when_asked() -> None:
    """A statement split by its labeller from the paragraph that introduces it (sets 61, 64, 65) is a false error
    when each passage is a brief of its own, as the scorer reads by default; with ``in_page`` the passage before
    it from the same page is read first and not scored, so the quote is attributed, and a finding in that passage
    is not counted as the next one's."""
    evaluate = _evaluate_module()
    page = {"url": "https://example.org/release"}
    passages = [
        {
            "text": "The chair issued the following statement today. Critics say the plan is late.",
            "source": page,
            "vague": ["Critics say"],
        },
        {
            "text": "“The wildfire smoke blanketing the coast is a reminder of what we have dealt with for decades.”",
            "source": page,
        },
    ]
    alone = evaluate.evaluate(passages)
    assert (alone["Q101"].fp, alone["Q102"].tp, alone["Q102"].fp) == (1, 1, 0)
    joined = evaluate.evaluate(passages, in_page=True)
    assert (joined["Q101"].fp, joined["Q102"].tp, joined["Q102"].fp) == (0, 1, 0)
    # another page's passage before it lends nothing
    passages[1]["source"] = {"url": "https://example.org/other"}
    assert evaluate.evaluate(passages, in_page=True)["Q101"].fp == 1
