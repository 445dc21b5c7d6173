"""The quote rules on the labelled Arabic and French passages: floors that catch a regression.

The figures and what they mean are in docs/accuracy.md ("Arabic and French passages"). The sets
belong to the data engineers and grow; a floor that fails after a set grew is a finding to
report there, not a reason to tune the grammar to the new passages.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCORER = Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy" / "score_languages.py"


@pytest.fixture(scope="module")
def scores():
    spec = importlib.util.spec_from_file_location("score_languages", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_languages"] = module
    spec.loader.exec_module(module)
    return {name: module.score(name) for name in ("arabic", "french")}


def test_french_floors(scores):
    fr = scores["french"]
    assert fr["q101_precision"] >= 0.75, fr["notes"]
    assert fr["q101_recall_over_min_words"] >= 0.9, fr["notes"]
    assert fr["q102_recall"] >= 0.85, fr["notes"]


def test_arabic_set_is_the_size_the_docs_report(scores):
    # docs/accuracy.md reports the figures with the set's size; a set that shrank would make them mean less
    ar = scores["arabic"]
    assert ar["passages"] >= 51, ar["passages"]
    assert ar["direct_quotes"] >= 19, ar["direct_quotes"]
    assert ar["vague_labelled"] >= 7, ar["vague_labelled"]


def test_arabic_unattributed_quote_precision(scores):
    # issue 22: Q101 precision >= 0.90 on real Arabic analysis; every labelled quote of the set is
    # attributed (by a cue verb in either order, a pronoun subject, كما يقول, a pull quote's credit line …)
    ar = scores["arabic"]
    assert ar["q101_false_positive"] <= 0.1 * max(ar["q101_fired"], 1), ar["notes"]


def test_arabic_unattributed_quote_recall(scores):
    # issue 22: Q101 recall >= 0.90; measurable only once the set has unattributed quotes
    ar = scores["arabic"]
    if not ar["unattributed"]:
        pytest.skip("the labelled Arabic set has no unattributed quote (see its README): recall is not measurable")
    assert ar["q101_recall"] >= 0.9, ar["notes"]


def test_arabic_vague_attribution_recall(scores):
    # issue 22: Q102 recall >= 0.85, and no vague attribution reported where the labels have none
    ar = scores["arabic"]
    assert ar["q102_recall"] >= 0.85, ar["notes"]
    assert ar["q102_unlabelled_findings"] == 0, ar["notes"]
