"""The Arabic grammar after round 12's first run, on written sentences (not the labelled passages).

Round 12 (Wikinews day reports) credited claims to unnamed people in constructions the lexicon did not read:
talk and fears credited to no one (وسط حديث عن "amid talk of", مما أثار مخاوف من "which raised fears of"),
expressing with عبّر (spelled as the preposition عبر "via"), accusing (اتهم), people named by what they do in an
indefinite participle plural (محامون "lawyers"), and a verbal noun of saying whose genitive is an unnamed
source (اتهام مصدر "a source's accusation"). And it read the impersonal يعتقد أن "it is believed" as vague
where its own sentence names the source (وفقا لتحليل X). The sentences here are written for the constructions;
the guards (the second test of each pair) keep the readings from spreading to the other roles of the same words.
"""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.rules import vague_attribution
from brieflint.document.brief import parse
from brieflint.document.language import lexicon
from brieflint.model import Context

FRONT = """---
title: أسعار الوقود في المدن الساحلية
type: brief-analysis
date: 2026-01-01
language: ar
authors:
  - name: سلمى يوسف
    bio: سلمى يوسف باحثة في المعهد تدرس أسواق الطاقة والنقل في المدن الساحلية.
summary: ارتفعت أسعار الوقود في المدن الساحلية، وهذا الموجز يعرض أسباب ذلك ونتائجه على الأسر.
topics: [Energy]
regions: [Iraq]
---

"""


def _vague(text: str) -> list[str]:
    return [m.text for m in lexicon("ar").vague(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # talk credited to no one, as the circumstance of an event (as وسط أنباء عن)
        ("وافتتحت الوزارة المحطة الجديدة وسط حديث عن تأخر الدفعة الثانية من التمويل.", "وسط حديث عن"),
        ("وارتفعت الأسعار مع كلام عن نقص في المخازون الاحتياطي.", "مع كلام عن"),
        # fears and doubts with no holder, raised by an event or its circumstance
        ("وتأخرت الشحنات، مما أثار مخاوف من نقص الوقود في الشتاء.", "أثار مخاوف من"),
        ("وأغلقت المصفاة أبوابها وسط مخاوف من تسريح العمال.", "وسط مخاوف من"),
        ("وجاء القرار في ظل قلق بشأن قدرة الشبكة على التحمل.", "ظل قلق بشأن"),
        ("ويثير الغلاء شكوكا حول جدوى الدعم الحكومي، مما يثير تساؤلات حول الخطة.", "يثير تساؤلات حول"),
    ],
)
def test_arabic_talk_and_fears_credited_to_no_one_are_vague(text, span):
    found = _vague(text)
    assert any(span in t or t in span for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a holder named: his fears, the minister's fears, a named body's worry
        "وأعرب الوزير عن مخاوفه من نقص الوقود في الشتاء.",
        "وأبدت النقابة قلقها من تسريح العمال.",
        "وأثار الوزير مخاوفه من نقص الوقود أمام البرلمان.",
        # talk as a noun of speech with its speaker, or about a topic
        "وفي حديث للصحفيين عن الأسعار، قال الوزير إن الدعم سيستمر.",
        "وتحدث الوزير عن نقص الوقود في الشتاء.",
    ],
)
def test_arabic_talk_and_fears_with_a_holder_are_not_vague(text):
    assert _vague(text) == []


def test_the_raising_verb_needs_its_noun_right_after_it():
    # a subject between (the minister raised fears) is the holder's voice or his doing: not read
    assert _vague("وأثار الوزير مخاوف من نقص الوقود في الشتاء.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # عبّر "expressed" with unnamed people in the nominative, either order
        ("وعبر مسؤولون في الوزارة عن قلقهم من ارتفاع الأسعار.", "وعبر مسؤولون"),
        ("ويعبر مواطنون كثيرون عن غضبهم من طوابير الوقود.", "ويعبر مواطنون"),
        ("مراقبون عبروا عن شكهم في أرقام الحكومة.", "مراقبون عبروا"),
        # accusing, with unnamed people as its subject
        ("وخرج ناشطون يتهمون الشركة بإخفاء أرباحها.", "ناشطون يتهمون"),
        ("ويتهم معارضون الحكومة بالتلاعب بالأسعار.", "ويتهم معارضون"),
        # people named by what they do, an indefinite participle plural (not in any list of roles)
        ("ورفع مستثمرون دعوى يتهمون فيها الهيئة بالتمييز.", "مستثمرون"),
        ("وقدم مهندسون شكوى يتهمون فيها المصفاة بإهمال الصيانة.", "مهندسون"),
        ("وعبر مزارعون في الجنوب عن خوفهم من الجفاف.", "وعبر مزارعون"),
        # a verbal noun of saying whose genitive is its unnamed agent
        ("واستقال المدير بعد اتهام مصدر في الشركة له بإخفاء الخسائر.", "اتهام مصدر"),
        ("ورغم تأكيد مصادر في الشركة وجود احتياطي كاف، طالت الطوابير.", "تأكيد مصادر"),
        # a noun of speech whose genitive is always its speaker, with unnamed speakers
        ("وتناقضت تصريحات مسؤولين في الوزارة حول موعد وصول الشحنة.", "تصريحات مسؤولين"),
    ],
)
def test_arabic_expressing_accusing_and_unnamed_agents_are_vague(text, span):
    found = _vague(text)
    assert any(span in t or t in span for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        # عبر as the preposition "via": its noun is genitive (ـين), or not a person
        "وتواصلت الوزارة مع السكان عبر مسؤولين في البلديات.",
        "ونشرت الشركة الأسعار الجديدة عبر وسائل الإعلام.",
        "وعبر الوزير عن قلقه من ارتفاع الأسعار.",
        # عبر "crossed", with عن طريق "by way of" after it
        "وعبر مسلحون الحدود عن طريق الجبال ليلا.",
        "ويعبر مزارعون النهر عن طريق جسر قديم.",
        # accusing with the people as its object
        "واتهمت الحكومة ناشطين بالتحريض على الإضراب.",
        "واتهمت الشرطة مسلحين بتنفيذ الهجوم على المحطة.",
        # a body named "… without borders"
        "ومراسلون بلا حدود تتهم السلطات بحجب المواقع.",
        # words of the participle shape that are singular nouns
        "وبلغ مخزون الوقود مليون برميل.",
        # a verbal noun with a named agent, or with a definite genitive that is no speaker
        "واستقال المدير بعد اتهام الوزير له بإخفاء الخسائر.",
    ],
)
def test_arabic_the_same_words_in_other_roles_are_not_vague(text):
    assert _vague(text) == []


def test_arabic_impersonal_belief_credited_in_its_sentence_to_a_named_source_is_not_vague():
    lex = lexicon("ar")
    credited = "ويعتقد أن الشركة ستخفض إنتاجها في الربيع وفقا لتقرير نشرته وكالة الطاقة الدولية."
    assert lex.vague(credited) == []
    before = "وبحسب تحليل للبنك المركزي، يعتقد أن الأسعار ستنخفض في الصيف."
    assert lex.vague(before) == []
    # with no source in its sentence it is still vague, and so is a source that names no one
    assert [m.text for m in lex.vague("ويعتقد أن الشركة ستخفض إنتاجها في الربيع.")] == ["ويعتقد أن"]
    assert any("يعتقد" in m.text for m in lex.vague("ويعتقد أن الأسعار ستنخفض. وقال الوزير إن الدعم مستمر."))
    assert lex.vague("وبحسب مصادر مطلعة، يعتقد أن الأسعار ستنخفض.") != []


def test_the_rule_reports_the_new_readings_in_a_brief():
    body = (
        "وتأخرت الشحنات، مما أثار مخاوف من نقص الوقود في الشتاء. وعبر مسؤولون في الوزارة عن قلقهم من "
        "ارتفاع الأسعار، ورفع محامون دعوى يتهمون فيها الشركة بالاحتكار.\n"
    )
    doc = parse("b.md", FRONT + body, form="markdown")
    found = list(vague_attribution.check(doc, Context(options=vague_attribution.defaults())))
    assert len(found) == 3, [p.message for p in found]
