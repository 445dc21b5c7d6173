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
    # published text only: without the derived passages (real quotes with their attribution deleted)
    scored["arabic real"] = module.score("arabic", derived="exclude")
    scored["arabic derived"] = module.score("arabic", derived="only")
    # every quote read, however short: what the attribution grammar itself decides
    scored["arabic min-words 0"] = module.score("arabic", options={"min-words": 0})
    # rounds 18 and 19, scored on first sight before any reading of theirs (docs/accuracy.md, "Arabic rounds 18 and 19")
    for n in (18, 19, 20):
        scored[f"arabic round {n}"] = module.score("arabic", part=f"heldout-{n}.yaml")
    # rounds 21 to 138 stay staged (outside the whole set's floors): joined, round 21's real unattributed quotes would
    # take Q101's real recall to 5 of 7 (docs/accuracy.md, "Stop 32"); rounds 22 and 23 (stop 33) each keep a
    # borderline unlabelled finding or more of their own; each later round has its own floors below
    for n in range(21, 147):
        scored[f"arabic round {n}"] = module.score("arabic", part=f"staged-heldout-{n}.yaml")
    return scored


def test_french_floors(scores):
    fr = scores["french"]
    assert fr["q101_precision"] >= 0.75, fr["notes"]
    assert fr["q101_recall_over_min_words"] >= 0.9, fr["notes"]
    assert fr["q102_recall"] >= 0.85, fr["notes"]


def test_arabic_set_is_the_size_the_docs_report(scores):
    # docs/accuracy.md reports the figures with the set's size; a set that shrank would make them mean less
    ar, held_out, real, derived = (
        scores["arabic"],
        scores["arabic held-out"],
        scores["arabic real"],
        scores["arabic derived"],
    )
    assert ar["passages"] >= 679, ar["passages"]
    assert ar["direct_quotes"] >= 207, ar["direct_quotes"]
    assert ar["vague_labelled"] >= 177, ar["vague_labelled"]
    assert held_out["passages"] >= 309 and held_out["direct_quotes"] >= 146, held_out
    assert real["passages"] >= 328 and real["vague_labelled"] >= 52, real
    # the derived subset is marked passage by passage, and it is what makes Q101's recall measurable
    assert derived["passages"] >= 32 and derived["unattributed_over_min_words"] >= 43, derived


def test_arabic_unattributed_quote_precision(scores):
    # issue 22: Q101 precision >= 0.90 on the labelled Arabic passages, derived ones included
    ar = scores["arabic"]
    assert ar["q101_fired"] >= 10, ar["notes"]
    assert ar["q101_precision"] >= 0.9, ar["notes"]
    # on published text alone no attributed quote is reported (error only when certain)
    real = scores["arabic real"]
    assert real["q101_false_positive"] == 0 and real["q101_on_attributed_quotes"] == 0, real["notes"]
    # with min-words 0 the grammar reports one attributed quote of two words (ar-h36, a threat quoted
    # from television messages named earlier in a passive sentence) and four quoted names or terms
    # that no naming word introduces (ar-h20, ar-h23, ar-h45; ar-h60, a day's name after أو "or",
    # round 6; ar-h118, a day's name after دعوة "a call", round 8; round 11's first run: three names or
    # terms of two words as a preposition's object, a noun's genitive or a verb's subject, ar-h212,
    # ar-h219, ar-h240; round 13: the two-word wording of a law named after it, ar-h289, attributed, and four short
    # names, ar-h300, ar-h302 twice, ar-h327, the genitive of the noun before them; round 14: four more, ar-h336,
    # ar-h367, ar-h371, ar-h373; round 16's first sight: six more, two company names, a computer's and Israel's in scare
    # marks twice, ar-h397, ar-h398, ar-h407; Israel's short name in ar-h407 no longer after round 16's readings, 22;
    # round 17: seven short names and titles on first sight, two of them read after round 17's naming constructions
    # (ar-h446's «…» after وهو, ar-h474's title after يلقب بـ), five left: ar-h439's كوت، قرن، الكويت, ar-h444's
    # title after سمي, ar-h474's second title after و, 27; stop 31's construction families read one more sentence of
    # round 17 as vague, and a short name in marks there is read as vaguely attributed, 28; rounds 18 and 19 on first
    # sight, 13 short names and terms no naming word introduces: round 18's ar-h482 "تهريب سيناء", ar-h483, ar-h484 and
    # ar-h485 twice (a coined term, and a research institute's name after بحسب, read as vaguely attributed through the
    # estimate it is the source of), round 19's ar-h495, ar-h500 ("ملكي اتحادي"), ar-h521, ar-h524, ar-h535 three times
    # (a movement's and its founder's names) and ar-h544, 41; after their constructions the institute's name after بحسب
    # is the estimate's source, not a vague one, 40; round 20 (stop 32), three short names of two or three words that no
    # naming word introduces: ar-h546's “حرية الفكر والتعبير” (the foundation's short name) and ar-h563's "رسالة
    # اليونسكو" twice (the magazine's title), 43): docs/accuracy.md
    every = scores["arabic min-words 0"]
    assert every["q101_on_attributed_quotes"] <= 2, every["notes"]
    assert every["q101_false_positive"] <= 43, every["notes"]


def test_arabic_unattributed_quote_recall(scores):
    # issue 22: Q101 recall >= 0.90 over the quotes the rule is meant to see (more than min-words, 3,
    # words; shorter ones are left alone in every language, as for French). Published Arabic in the
    # set has one such unattributed quote (ar-h259, round 12: credited only to unnamed sources), so the
    # recall is measured mostly on the derived passages
    ar = scores["arabic"]
    assert ar["unattributed_over_min_words"] >= 17, ar["notes"]
    assert ar["q101_recall_over_min_words"] >= 0.9, ar["notes"]
    real = scores["arabic real"]
    if real["unattributed_over_min_words"]:  # a real one, once the set has any, must be found too
        # 3 of 3 after round 16's readings (its first sight missed ar-h417: the passive ويعتبر with its subject was read
        # as a speaker's verb; docs/accuracy.md "Arabic round 16"); round 19's first sight missed its one (ar-h537,
        # nine words credited to a paragraph-opening يصفونها بأنها, "they describe it as", whose subject nothing
        # names): 3 of 4, under the floor; 4 of 4 once that paragraph-opening plural is read as vague
        # (docs/accuracy.md, "Arabic rounds 18 and 19")
        assert real["q101_recall_over_min_words"] >= 0.9, real["notes"]


def test_arabic_vague_attribution_recall(scores):
    # issue 22: Q102 recall >= 0.85 on the whole set (49 of 53 after round 12, 64 of 68 after round 13, 83 of 87
    # after round 14; the misses are in docs/accuracy.md: the agentless verbal noun اعتبار (ar-h28), a subject
    # written in the accusative (ar-h43) and the agentless evaluative اعتبر (ar-h195, ar-h250; rule 6)), with one
    # documented false
    # alarm (ar-h06); the in-sample part meets it too
    ar, in_sample = scores["arabic"], scores["arabic in-sample"]
    assert in_sample["q102_recall"] >= 0.85, in_sample["notes"]
    assert in_sample["q102_unlabelled_findings"] == 0, in_sample["notes"]
    assert ar["q102_found"] >= 125, ar["notes"]
    # round 16 (Arabic Wikipedia) on first sight found 5 of 24 and added one false alarm (ar-h407); after its readings
    # (docs/accuracy.md, "Arabic round 16") 20 of 24 and no false alarm: the whole set 0.95 (105 of 111), one unlabelled
    # finding (ar-h06). Round 17 on first sight 5 of 26 and three false alarms (the copula يعد من twice, people
    # speaking a language); after its readings 20 of 26 and none: the whole set 0.91 (125 of 137), one unlabelled
    # finding (ar-h06). Stop 31's construction families (docs/accuracy.md): round 17, the validation round, 23 of 26,
    # nothing lost elsewhere and no new false alarm: 128 of 137. Rounds 18 and 19 on first sight (docs/accuracy.md,
    # "Arabic rounds 18 and 19"): round 18 (Assafir Al-Arabi, SciDev.Net) 0 of 2, and after a mark-pairing change
    # (6ca0017) one false alarm, ar-h485, an estimate credited by بحسب to a body named in marks; round 19 (mostly Arabic
    # Wikipedia) 4 of 21, before and after stop 31: the whole set 132 of 160, 0.825, two unlabelled findings, under the
    # floor. After their constructions, read as families with a twin each (tests/test_language_arabic_round19.py) on
    # half of round 19's articles: round 19 17 of 21 (the development half 14 of 16, the validation half, scored once
    # after, 3 of 5 as on first sight), round 18 0 of 2 with no false alarm, rounds 1-17 identical passage by passage:
    # the whole set 145 of 160, 0.91, one unlabelled finding (ar-h06). Round 20 (stop 32; AFTE, the UNESCO Courier,
    # Arabic Wikipedia) on first sight 3 of 17 with one false alarm (ar-h546, mentioning a name), the same 3 of 17 after
    # stop 32's classes completed from grammar (written without reading it); after its own constructions
    # (tests/test_language_arabic_round20.py) 14 of 17 and no false alarm: the whole set 159 of 177, 0.90
    assert ar["q102_found"] >= 159, ar["notes"]
    assert ar["q102_recall"] >= 0.85, ar["notes"]
    assert ar["q102_unlabelled_findings"] <= 1, ar["notes"]
    r18, r19 = scores["arabic round 18"], scores["arabic round 19"]
    assert r19["q102_found"] >= 17 and r19["q102_unlabelled_findings"] == 0, r19["notes"]
    assert r18["q102_unlabelled_findings"] == 0, r18["notes"]
    r20 = scores["arabic round 20"]
    assert r20["q102_found"] >= 14 and r20["q102_unlabelled_findings"] == 0, r20["notes"]
    assert r20["q101_false_positive"] == 0, r20["notes"]
    # round 21 (GOV.UK, Arabic Wikipedia) on first sight 3 of 18 (7866c7f) and 4 of 18 (5b6fd27), six unlabelled
    # findings; after its constructions 8 of 18 and one unlabelled finding (ar-h651, most people's values, borderline)
    r21 = scores["arabic round 21"]
    assert r21["q102_found"] >= 8 and r21["q102_unlabelled_findings"] <= 1, r21["notes"]
    assert r21["q101_false_positive"] == 0, r21["notes"]
    # round 22 (stop 33; Access Now, the French foreign ministry, Arabic Wikipedia) on first sight (edbd1ce) 7 of 15,
    # one false Q101 error (a definition its definer is named for), three unlabelled findings; after its constructions
    # (tests/test_language_arabic_round22.py) 13 of 15, no false error, one unlabelled (ar-h694's يُزعم أنهم, rule 7)
    r22 = scores["arabic round 22"]
    assert r22["q102_found"] >= 13 and r22["q102_unlabelled_findings"] <= 1, r22["notes"]
    assert r22["q101_false_positive"] == 0 and r22["q101_on_attributed_quotes"] == 0, r22["notes"]
    # round 23 (stop 33; the Media Ownership Monitor, Arabic Wikipedia) on first sight (edbd1ce and 88b0750 alike) 11 of
    # 21, one false Q101 error (a broadcaster's name in marks), three unlabelled findings; after its constructions
    # (tests/test_language_arabic_round23.py) 13 of 21, none
    r23 = scores["arabic round 23"]
    assert r23["q102_found"] >= 13 and r23["q102_unlabelled_findings"] == 0, r23["notes"]
    assert r23["q101_false_positive"] == 0, r23["notes"]
    # round 24 (stop 33; openDemocracy, Arabic Wikipedia) on first sight (edbd1ce) Q101 4 of 4 real unattributed quotes
    # over min-words, Q102 3 of 9; at 9762845 Q101 1 of 4, a regression of efe33b2's defining cue (a bare ويعرف بأنه is
    # equally the passive), read since; after its constructions Q102 4 of 9, no unlabelled finding
    r24 = scores["arabic round 24"]
    assert r24["q101_recall_over_min_words"] == 1.0 and r24["q101_false_positive"] == 0, r24["notes"]
    assert r24["q102_found"] >= 4 and r24["q102_unlabelled_findings"] == 0, r24["notes"]
    # round 25 (stop 34; Kohl, Arabic Wikipedia, a Baghdad journal) on first sight (7fb51a0, and again at e24f463) Q102
    # 8 of 13, two unlabelled findings, one false Q101 error (a journal's name in marks after لمجلة); after its
    # constructions (tests/test_language_arabic_round25.py) 10 of 13, no false error, the two unlabelled findings left
    # (ليذكّر الناس "to remind people", a shadda the folding drops; التي يراها القادمون, rains seen)
    r25 = scores["arabic round 25"]
    assert r25["q102_found"] >= 10 and r25["q102_unlabelled_findings"] <= 2, r25["notes"]
    assert r25["q101_false_positive"] == 0 and r25["q101_on_attributed_quotes"] == 0, r25["notes"]
    # round 26 (stop 35; WHO EMRO, EMHJ, Arabic Wikipedia) on first sight (82fc59e) Q102 3 of 8, two unlabelled findings
    # (a study's respondents; الفقهاء السبعة، قال عنه الزهري, the verb's subject after it); no Q101 finding on its 20
    # attributed quotes. After its constructions (tests/test_language_arabic_round26.py) 5 of 8, one unlabelled finding
    r26 = scores["arabic round 26"]
    assert r26["q102_found"] >= 5 and r26["q102_unlabelled_findings"] == 0, r26["notes"]  # (the second since round 29)
    assert r26["q101_false_positive"] == 0 and r26["q101_on_attributed_quotes"] == 0, r26["notes"]
    # round 27 (stop 35; FAO, Arabic Wikipedia) on first sight (82fc59e) Q102 2 of 7, no unlabelled finding, one false
    # Q101 error (a report's subtitle in marks after يبحث تقرير هذا العام في سبل); after its constructions
    # (tests/test_language_arabic_round27.py) 5 of 7, no false error
    r27 = scores["arabic round 27"]
    assert r27["q102_found"] >= 5 and r27["q102_unlabelled_findings"] == 0, r27["notes"]
    assert r27["q101_false_positive"] == 0 and r27["q101_on_attributed_quotes"] == 0, r27["notes"]
    # round 28 (stop 35; Arabic Wikipedia on three disputed subjects, Meta-Wiki) on first sight (82fc59e) Q102 4 of 12,
    # one unlabelled finding (فقال بعضهم من قتله؟, some of the emirs named before: left), one false Q101 error (a
    # message's title in apposition); after its constructions (tests/test_language_arabic_round28.py) 6 of 12, no error
    r28 = scores["arabic round 28"]
    assert r28["q102_found"] >= 6 and r28["q102_unlabelled_findings"] <= 1, r28["notes"]
    assert r28["q101_false_positive"] == 0 and r28["q101_on_attributed_quotes"] == 0, r28["notes"]
    # round 29 (stop 35; Arabic Wikipedia on four disputed lives) on first sight (82fc59e) Q102 5 of 14, two unlabelled
    # findings (النقاد الأولون، يقول ابن سلام: a singular verb after a comma, its subject after it; العرب كانوا ينقلون,
    # officials transferred: left), no Q101 finding; after its constructions (tests/test_language_arabic_round29.py) 6
    # of 14, one
    r29 = scores["arabic round 29"]
    assert r29["q102_found"] >= 6 and r29["q102_unlabelled_findings"] <= 1, r29["notes"]
    assert r29["q101_false_positive"] == 0 and r29["q101_on_attributed_quotes"] == 0, r29["notes"]
    # round 30 (stop 35, landed at its end; Arabic Wikipedia on four scholarly and parliamentary disputes) first seen
    # with the stop's end (ebc79c2) and its start (82fc59e) alike: Q102 6 of 13, no unlabelled finding, no Q101 finding;
    # after its constructions (tests/test_language_arabic_round30.py) 8 of 13
    r30 = scores["arabic round 30"]
    assert r30["q102_found"] >= 8 and r30["q102_unlabelled_findings"] == 0, r30["notes"]
    assert r30["q101_false_positive"] == 0 and r30["q101_on_attributed_quotes"] == 0, r30["notes"]
    # rounds 31 to 37 (stop 36, five batches of Arabic Wikipedia; docs/accuracy.md, "Stop 36"), each first seen with
    # the stop's start (f7ec5b2) and with the code of its day alike. First sight, Q102 found and unlabelled findings:
    # 31: 5 of 21, four, one false Q101 error (straight marks mispaired across a parenthesis); 32: 4 of 21, six; 33: 3
    # of 10, five; 34: 4 of 16, none, one false error (a competition's title in marks); 35: 8 of 23, one, two false
    # errors (a scheme's name after نظام; ناقش "discussed"); 36: 8 of 25, none; 37: 2 of 20, one, two false errors (a
    # relative clause in marks; كرر "repeated"). The floors are after their constructions (tests/test_language_arabic_
    # round31.py and …round33.py); round 31's three unlabelled findings are two the labeller read as cited by the
    # dump's footnote calls, round 32's include شدد المحافظون (the conservatives, but also "the governors", whom round
    # 19 counts as a crowd)
    # 38 to 41 (stop 37; Arabic Wikinews and Global Voices, Arabic Wikipedia's AG/ and AE/ folders, GOV.UK, the State
    # Department and Amnesty in Arabic): first sight 1 of 3, none; 2 of 12, one, one false error (a party's name in
    # marks after وتقرأ "and it is read"); 9 of 22, five (two estimates its labeller left); 5 of 12, none; 42 and 43
    # (Arabic Wikipedia's AC/, AD/, AF/ and AH/ files): 3 of 11, none, one false error (a writer cited from a book); 4
    # of 12, one, three false errors (a movement's name, a post's title, a resolution's words); 44 and 45 (AB/, AE/ and
    # AI/ files): 3 of 10, one, three false errors (a law's words, two titles listed in marks); 2 of 9, one, one (a
    # unit's name in marks); 46 (one article of AF/): 1 of 4, none, three false errors (two holders' names after their
    # offices, a law's stated aim); 47 (AB/ and AE/ files): 4 of 13, one
    # (stop 39: round 32's agentless أُشير إلى is read, as its labeller labelled it in ar-h1113: 7 found; the same form
    # left unlabelled in ar-h1115 is a fourth unlabelled finding)
    floors = {31: (7, 3), 32: (7, 4), 33: (5, 3), 34: (7, 0), 35: (9, 1), 36: (9, 0), 37: (3, 1)}
    floors |= {
        38: (1, 0),
        39: (5, 1),
        40: (12, 5),
        41: (6, 0),
        42: (4, 0),
        43: (4, 1),
        44: (3, 1),
        45: (2, 1),
        46: (1, 0),
    }
    # 48 to 57 (stop 38; Arabic Wikipedia's AC/, AD/, AE/, AF/, AH/ and AI/ files, five batches): first sight 2 of 5,
    # four unlabelled, one false error (a programme's goals in marks); 6 of 10, none, one (a gloss of a title); 5 of 20,
    # two, four (a historian's words after a colon, a group's name, two recognitions); 7 of 15, three; 6 of 14, seven;
    # 9 of 18, thirteen (a sect's creed read as a crowd's), three (an inscription, a self-definition, a dictum); 6 of
    # 12, one, two (a thesis's title, "in the course of his writing"); 8 of 11, none; 3 of 13, none, one (a name after
    # ما عرف بـ); 5 of 11, two; 59 (AE/ files): 5 of 18, three (tests/test_language_arabic_round48.py)
    floors |= {48: (4, 4), 49: (6, 0), 50: (11, 2), 51: (9, 3), 52: (8, 6), 53: (11, 1), 54: (6, 1), 55: (8, 0)}
    floors |= {56: (3, 0), 57: (6, 2), 59: (6, 3)}
    # 58 (AI/ files): first sight 6 of 16, one, two false errors left as they are: an epithet in marks after a name
    # (عائشة سلطان " الشرسة، ذات النفوذ الواسع ") and a prize's citation, both labelled borderline by their labeller
    r58 = scores["arabic round 58"]
    assert r58["q102_found"] >= 6 and r58["q101_false_positive"] <= 2, r58["notes"]
    # 60 and 61 (AI/ and AE/ files): first sight 7 of 12, two unlabelled, one false error left (a book's blurb credited
    # by a name line after it, with no verb); 11 of 14, none, two false errors, one read since (وتابع «…»: the speaker
    # named before goes on), one left (marks nested ambiguously)
    # 62 and 63 (AC/ and AD/ files): first sight 10 of 24, three, three false errors, one read since (a hotel's name,
    # فندق …), two left (a force's report in marks with its agent before; a statement opening with مصطلح); 4 of 6, none
    for n, found, unlabelled in ((60, 7, 2), (61, 11, 0), (62, 11, 3), (63, 4, 0)):
        r = scores[f"arabic round {n}"]
        assert r["q102_found"] >= found and r["q102_unlabelled_findings"] <= unlabelled, r["notes"]
        assert r["q101_false_positive"] <= (2 if n == 62 else 1), r["notes"]
    for n, (found, unlabelled) in floors.items():
        r = scores[f"arabic round {n}"]
        assert r["q102_found"] >= found and r["q102_unlabelled_findings"] <= unlabelled, (n, r["notes"])
        assert r["q101_false_positive"] == 0 and r["q101_on_attributed_quotes"] == 0, (n, r["notes"])


# rounds 64 to 85 (stop 39: Arabic Wikipedia, labelled blind): Q102's found and unlabelled findings and the false
# Q101 errors as they stand after the stop's readings (first sight, at 1ab32e9, is in docs/accuracy.md, "Stop 39");
# the false errors left include quotes of a speech translated from Mali's press (68), a first-person letter (72), a
# chant and a ranking's citation in marks (76, 77), a quote whose cue verb is glued to its subject, "ذكرالطبري" (80),
# a resolution's words with its verb far before them (81), a short quote its labeller counts as three words and the
# rule as four (بن جوريون, one name; 82), a statement whose speaker is named in the sentence after it (83) and quotes
# whose marks never close (84)
_ROUNDS_64_TO_85 = {  # round: (found, unlabelled, false Q101 errors)
    64: (14, 1, 1),
    65: (3, 2, 0),
    66: (5, 3, 0),
    67: (13, 1, 0),
    68: (8, 8, 5),
    69: (9, 1, 0),
    70: (9, 1, 0),
    71: (2, 1, 0),
    72: (6, 2, 1),
    73: (10, 1, 0),
    74: (6, 3, 0),
    75: (1, 5, 2),
    76: (13, 2, 1),
    77: (5, 3, 1),
    78: (7, 2, 4),
    79: (5, 3, 0),
    80: (6, 0, 2),
    81: (12, 1, 1),  # 11 at stop 39's end; stop 40's according-to-the-witnesses reading adds one
    82: (0, 0, 1),
    83: (8, 4, 1),
    84: (5, 2, 2),
    85: (8, 1, 0),
}


def _hold_floors(scores, rounds: dict[int, tuple[int, int, int]]) -> None:
    """Each round's Q102 found (at least), unlabelled findings and false Q101 errors (at most)."""
    for n, (found, unlabelled, false_errors) in rounds.items():
        r = scores[f"arabic round {n}"]
        assert r["q102_found"] >= found and r["q102_unlabelled_findings"] <= unlabelled, (n, r["notes"])
        assert r["q101_false_positive"] <= false_errors, (n, r["notes"])


def test_arabic_rounds_64_to_85_after_their_readings(scores):
    _hold_floors(scores, _ROUNDS_64_TO_85)


# rounds 86 to 98 (stop 40: Arabic Wikipedia's AC/, AF/, AG/, AH/, AI/ and AE/ folders, labelled blind): Q102's found
# and unlabelled findings and the false Q101 errors after the stop's readings (first sight, at 524d04e, is in
# docs/accuracy.md, "Stop 40"); the false errors left are a weapon's designation in marks (89), a model's name
# "ف 1 وف 2" (90), Greeley's words in a machine translation, their cue in the sentence before (92), a "so-called"
# name in marks (94), a mother's testimony its labeller credits to the family named before (97), and round 98's two
# (a clause of a translated sentence, a unit's name in marks), scored as first seen
_ROUNDS_86_TO_98 = {  # round: (found, unlabelled, false Q101 errors)
    86: (7, 0, 0),
    87: (4, 4, 0),
    88: (1, 2, 0),
    89: (10, 1, 1),
    90: (8, 0, 1),
    91: (4, 0, 0),
    92: (2, 2, 1),
    93: (7, 0, 0),
    94: (10, 4, 1),
    95: (6, 1, 0),
    96: (10, 0, 0),  # stop 42: تم الإبلاغ عن أن
    97: (12, 0, 1),
    98: (2, 1, 2),
}


def test_arabic_rounds_86_to_98_after_their_readings(scores):
    _hold_floors(scores, _ROUNDS_86_TO_98)


# rounds 99 to 110 (stop 41: Arabic Wikipedia's AB/, AG/, AD/, AH/ and AA/ files no round had used, labelled blind):
# Q102's found and unlabelled findings and the false Q101 errors after the stop's readings (first sight, at 3000f07, is
# in docs/accuracy.md, "Stop 41"); the false error left is round 108's machine-translated sentence whose unbalanced
# marks pair across a report's title and a rating
_ROUNDS_99_TO_110 = {  # round: (found, unlabelled, false Q101 errors)
    99: (3, 1, 0),
    100: (5, 2, 0),
    101: (2, 0, 0),
    102: (5, 2, 0),
    103: (0, 2, 0),
    104: (4, 1, 0),
    105: (2, 2, 0),
    106: (10, 4, 0),
    107: (7, 3, 0),
    108: (0, 0, 1),
    109: (7, 2, 0),
    110: (5, 1, 0),
}


def test_arabic_rounds_99_to_110_after_their_readings(scores):
    _hold_floors(scores, _ROUNDS_99_TO_110)


# rounds 111 to 122 (stop 42: Arabic Wikipedia's AF/ and AC/ files no round had used), first sight 3 of 11, 3 of 14, 2
# of 6, 7 of 11, 5 of 12, 5 of 16, 1 of 8, 5 of 15, 2 of 4, 1 of 8, 7 of 13 and 1 of 3, with fifteen false Q101
# errors: an award's citation after جائزة … لـ, a name in marks opening its paragraph, an issue's name after قضايا, a
# telegram's order, a credit after a dash, speaking of and naming a thing as the marks' words, names in a reversed pair
# ”…“, a decision's wording, and round 122's five (a description by a named writer, read; names and aims, not read)
_ROUNDS_111_TO_122 = {  # round: (found, unlabelled, false Q101 errors)
    111: (5, 2, 0),
    112: (6, 3, 0),
    113: (2, 2, 0),
    114: (7, 0, 0),
    115: (5, 0, 0),
    116: (7, 3, 0),
    117: (1, 1, 0),
    118: (5, 3, 0),
    119: (2, 2, 1),  # a name before its title: not read
    120: (1, 2, 0),
    121: (7, 6, 0),
    122: (1, 3, 4),  # names and a think tank's aims in marks: scored as first seen but for one reading
}


def test_arabic_rounds_111_to_122_after_their_readings(scores):
    _hold_floors(scores, _ROUNDS_111_TO_122)


# rounds 123 to 138 (stop 43: the rest of Arabic Wikipedia's AC/wiki_31, AC/wiki_94, AD/wiki_70, AF/wiki_77 and
# AA/wiki_77, and AC/wiki_95's first articles), first sight 9 of 21, 2 of 9, 2 of 7, 2 of 11, 3 of 14, 3 of 7, 4 of
# 12, 2 of 12, 6 of 15, 6 of 9, 2 of 11, 2 of 8, 7 of 18, 0 of 2, 1 of 8 and 2 of 8 (53 of 172), with seventeen false
# Q101 errors; read: a draft's wording as where words came,
# a document "titled", a programme's and a slogan's names, presenting oneself as, proceeding from the idea that. Left:
# a headline in marks (123), captions of dropped tables (124), a quote whose speaker ends the passage before, a cue far
# back in a long sentence and a grant's purpose (126), "off the record" in marks (130), a ranked list's name (133)
_ROUNDS_123_TO_138 = {  # round: (found, unlabelled, false Q101 errors)
    123: (12, 1, 1),
    124: (5, 2, 2),
    125: (2, 2, 0),
    126: (2, 5, 3),
    127: (7, 0, 0),
    128: (4, 0, 0),
    129: (5, 3, 0),
    130: (4, 6, 1),
    131: (6, 2, 0),
    132: (6, 0, 0),
    133: (2, 0, 1),
    134: (2, 2, 0),
    135: (8, 2, 0),
    136: (0, 0, 0),
    137: (1, 1, 0),
    138: (2, 0, 0),
}


def test_arabic_rounds_123_to_138_after_their_readings(scores):
    _hold_floors(scores, _ROUNDS_123_TO_138)


# (stop 44) rounds 139-146 (Arabic Wikipedia's AA/, AE/ and AI/ files): two learned classes joined and their consensus,
# one rumour that spread, talk around something, doubts despite which, criticism directed and a group of critics (Q102);
# a network, a body's kind or a writer's works before names in marks, a ruler's regnal number (Q101). Left: round 141's
# translated Jefferson article (a conclusion's noun before its quote, a cue lost to an ellipsis, a list of papers'
# names in one pair of marks), round 145's translated Dior article
_ROUNDS_139_TO_145 = {  # round: (found, unlabelled, false Q101 errors)
    139: (8, 1, 0),
    140: (8, 1, 0),
    141: (8, 3, 4),
    142: (2, 1, 0),
    143: (1, 1, 0),
    144: (8, 5, 0),
    145: (5, 1, 1),
    146: (6, 3, 0),
}


def test_arabic_rounds_139_to_145_after_their_readings(scores):
    _hold_floors(scores, _ROUNDS_139_TO_145)
