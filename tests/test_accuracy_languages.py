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
    scored = {name: module.score(name) for name in ("arabic", "french")}
    # the Arabic set's parts: in-sample (the grammar was tuned on it) and held-out (labelled before
    # any rule ran on it; its first score is in docs/accuracy.md)
    scored["arabic in-sample"] = module.score("arabic", part="in-sample")
    scored["arabic held-out"] = module.score("arabic", part="held-out")
    # every quote read, however short: what the attribution grammar itself decides
    scored["arabic min-words 0"] = module.score("arabic", options={"min-words": 0})
    return scored


def test_french_floors(scores):
    fr = scores["french"]
    assert fr["q101_precision"] >= 0.75, fr["notes"]
    assert fr["q101_recall_over_min_words"] >= 0.9, fr["notes"]
    assert fr["q102_recall"] >= 0.85, fr["notes"]


def test_arabic_set_is_the_size_the_docs_report(scores):
    # docs/accuracy.md reports the figures with the set's size; a set that shrank would make them mean less
    ar, held_out = scores["arabic"], scores["arabic held-out"]
    assert ar["passages"] >= 85, ar["passages"]
    assert ar["direct_quotes"] >= 36, ar["direct_quotes"]
    assert ar["vague_labelled"] >= 14, ar["vague_labelled"]
    assert held_out["passages"] >= 34 and held_out["direct_quotes"] >= 17, held_out


def test_arabic_unattributed_quote_precision(scores):
    # issue 22: Q101 precision >= 0.90 on real Arabic analysis; every labelled quote of the set is
    # attributed (by a cue verb in either order, a pronoun subject, كما يقول, a pull quote's credit line …)
    ar = scores["arabic"]
    assert ar["q101_false_positive"] <= 0.1 * max(ar["q101_fired"], 1), ar["notes"]
    # with min-words 0 the grammar still reports none of the attributed quotes, however short
    # (it reports two quoted names, ar-h20 and ar-h23, that no naming word introduces)
    every = scores["arabic min-words 0"]
    assert every["q101_on_attributed_quotes"] == 0, every["notes"]
    assert every["q101_fired"] <= 2, every["notes"]


def test_arabic_unattributed_quote_recall(scores):
    # issue 22: Q101 recall >= 0.90. The held-out part has the set's first real unattributed quotes
    # (ar-h04: words of a law, quoted with no speaker); both are of min-words (3) words or fewer,
    # which Q101 leaves alone in every language (terms and scare quotes), so the recall the rule is
    # meant for is over the longer ones, as for French
    ar = scores["arabic"]
    assert ar["unattributed"] >= 2, ar["notes"]
    if not ar["unattributed_over_min_words"]:
        pytest.skip(
            f"{ar['unattributed']} unattributed quotes, none over min-words: recall over min-words not measurable"
        )
    assert ar["q101_recall_over_min_words"] >= 0.9, ar["notes"]


def test_arabic_vague_attribution_recall(scores):
    # issue 22: Q102 recall >= 0.85. The in-sample part (the grammar was tuned on it) must meet it with
    # no false alarm. With the held-out rounds the floor is the measured figure (11/14, one documented
    # false alarm, ar-h06): the held-out misses are in docs/accuracy.md, not a reason to tune on them
    ar, in_sample = scores["arabic"], scores["arabic in-sample"]
    assert in_sample["q102_recall"] >= 0.85, in_sample["notes"]
    assert in_sample["q102_unlabelled_findings"] == 0, in_sample["notes"]
    assert ar["q102_found"] >= 11, ar["notes"]
    assert ar["q102_unlabelled_findings"] <= 1, ar["notes"]
