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


# Precision floors per default-on rule. The rules were tuned on prose written for the
# purpose; on real published briefs several fall short (see docs/accuracy.md). The rule
# owners tighten these as they improve the rules; until then they are expected failures.
FLOORS = {
    "Q101": 0.8,
    "Q102": 0.8,
    "Q107": 0.9,
    "Q108": 0.8,
    "HS005": 0.7,
    "R106": 0.6,
    "R107": 0.7,
    "T106": 0.8,
    "T108": 0.8,
    "T109": 0.8,
    "L105": 0.5,
}


@pytest.mark.xfail(strict=False, reason="rules not yet improved (issue 19)")
@pytest.mark.parametrize("code", sorted(FLOORS))
def test_precision_floor(result, code):
    rule = result["rules"].get(code)
    if rule is None or rule["precision"] is None:
        pytest.skip(f"{code} did not fire on the corpus")
    assert rule["precision"] >= FLOORS[code], f"{code}: precision {rule['precision']} < {FLOORS[code]}"


@pytest.mark.xfail(strict=False, reason="rules not yet improved (issue 19)")
def test_no_error_findings_on_published_pieces(result):
    assert result["errors"] == 0
