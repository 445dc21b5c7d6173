"""The real-prose accuracy corpus (issue 19): benchmarks/accuracy/.

One brieflint run over the corpus (module fixture); the scorer does the rest.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ACCURACY = ROOT / "benchmarks" / "accuracy"

pytestmark = pytest.mark.skipif(not (ACCURACY / "corpus").is_dir(), reason="benchmarks/accuracy/corpus is absent")


def _scorer():
    spec = importlib.util.spec_from_file_location("accuracy_score", ACCURACY / "score.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["accuracy_score"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def result():
    score = _scorer()
    data = score.run_brieflint([score.CORPUS])
    return score.score(data["findings"])


def test_every_brief_loads_without_load_or_schema_findings(result):
    assert result["briefs"] >= 12
    assert result["load_errors"] == [], result["load_errors"]


def test_labels_point_at_text_that_exists(result):
    assert result["label_errors"] == []
    assert result["labelled_briefs"] == result["briefs"]


# The precision floor (issue 19): every rule on by default that fires on the corpus is
# right at least 90% of the time. A rule with fewer than five judged findings cannot show
# a precision; it may be wrong at most once.
FLOOR = 0.90
FEW = 5


def test_precision_floor_of_every_rule_that_fires(result):
    low = {}
    for code, rule in result["rules"].items():
        judged = rule["tp"] + rule["fp"]
        if not judged:
            continue
        if (judged >= FEW and rule["precision"] < FLOOR) or (judged < FEW and rule["fp"] > 1):
            low[code] = f"{rule['tp']} of {judged} right"
    assert low == {}, low


def test_every_finding_is_judged(result):
    assert result["unjudged"] == []


def test_no_prose_error_on_published_pieces(result):
    """`error` is for the certain: no prose rule (Q, R, T, HS, U) fails a published piece.

    An `error` a published piece really deserves (a link that cannot work) is allowed only
    with an editor's verdict that it is right.
    """
    errors = [d for d in result["details"] if d["severity"] == "error"]
    assert [d for d in errors if not d["code"].startswith(("E", "S", "L"))] == []
    assert [d for d in errors if d["verdict"] != "useful"] == []


def test_attribution_recall(result):
    q102 = result["rules"]["Q102"]
    assert q102["recall"] >= 0.85, result["missed_vague"]
    assert result["missed_unattributed"] == []
    assert result["attributed_accepted"] >= 0.95 * result["attributed_labelled"]


def test_a_blank_verdict_is_unjudged_not_wrong(tmp_path, monkeypatch):
    """A skeleton's entry with no verdict yet leaves its finding unjudged (the sweep E judge found it scored wrong)."""
    score = _scorer()
    verdicts = tmp_path / "verdicts.yaml"
    verdicts.write_text(
        "verdicts:\n"
        "- {file: corpus/a.md, code: Q102, text: some say, verdict: useful, reason: vague}\n"
        "- {file: corpus/a.md, code: R107, text: The, verdict: , reason: }\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(score, "VERDICTS", verdicts)
    assert [v["code"] for v in score.load_verdicts()] == ["Q102"]
