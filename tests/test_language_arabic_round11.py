"""The Arabic grammar after round 11's first run, on written sentences (not the labelled passages).

A word spelled like a verb of saying is a noun where Arabic allows no verb: right after a preposition or a
quantifier in construct (عدا كتبها "except her books", بعد كشف "after the uncovering"), and as the subject of
كان after its fronted predicate of having (لم يكن لدى المدرسة كتب "the school had no books"); it then
attributes no quote. A noun of speech after a preposition (في رده "in his reply") still does. Everyone as the
subject of a verb of knowing (كما يعرف الجميع) is common knowledge credited to no one, as كما هو معروف is.
"""

from __future__ import annotations

import pytest
from support import quote_codes

from brieflint.document.language import lexicon

FRONT = """---
title: المكتبات المدرسية والقراءة في القرى
type: brief-analysis
date: 2026-01-01
language: ar
authors:
  - name: سلمى يوسف
    bio: سلمى يوسف باحثة في المعهد تدرس التعليم الأساسي والمكتبات المدرسية في الأرياف.
summary: تفتقر مدارس القرى إلى الكتب، وهذا الموجز يعرض ما تقوله الأرقام وما يقوله المعلمون عن ذلك.
topics: [Energy]
regions: [Iraq]
---

"""


def _codes(body: str) -> list[str]:
    return quote_codes(FRONT + body + "\n")


@pytest.mark.parametrize(
    "body",
    [
        # the subject of كان after its fronted predicate of having
        "لم يكن لدى المدرسة كتب حديثة للصف الأول. “نحتاج إلى مكتبة صغيرة في كل فصل دراسي.”",
        "لم يكن لديها كتب كثيرة في البيت. “كنت أستعير القصص من جارتنا كل أسبوع.”",
        "وكان لدى الأسرة كتب قليلة فقط. “لم نكن نملك المال لشراء قصص جديدة للأطفال.”",
        # right after a preposition or a quantifier in construct
        "لا يقرأ الطلاب سوى كتبهم المقررة. “القراءة الحرة تغيب عن يومنا الدراسي كله.”",
        "وبعد كشف الفساد في الوزارة بأسابيع، “تغيرت طريقة عمل الموظفين بشكل كامل.”",
        "ووزعت الجمعية معظم كتبها على القرى. “كل طفل يستحق أن يقرأ قصة قبل النوم.”",
    ],
)
def test_arabic_nouns_spelled_like_verbs_of_saying_attribute_nothing(body):
    assert "Q101" in _codes(body)


@pytest.mark.parametrize(
    "body",
    [
        "وكتب الوزير في مقاله الأسبوعي: “سنفتح مكتبة عامة في كل محافظة قبل نهاية العام.”",
        "كتب الطالب قصة عن قريته، وكتب في مقدمتها: “هذه قريتي كما أراها كل صباح من النافذة.”",
        # a noun of speech after a preposition is the speech of the one it belongs to
        "وسئل الوزير عن المكتبات. وفي رده على السؤال، “سنفتح مكتبة عامة في كل محافظة قبل نهاية العام.”",
        "وزار الوزير المدارس. وفي وصفه لما رآه، “الفصول مكتظة والكتب قديمة والمعلمون متعبون.”",
        # a verb after كان with no predicate of having before it
        "كان المدير يقول دائما: “المكتبة قلب المدرسة وليست غرفة للتخزين.”",
        "وكان عند باب المدرسة يقول للأهالي إن “المكتبة قلب المدرسة وليست غرفة للتخزين.”",
        # a preposition with a pronoun suffix is a whole phrase: a verb may follow it
        "وبناء عليه، قال الوزير للصحفيين إن “الحكومة ستضاعف ميزانية المكتبات المدرسية في العام المقبل.”",
    ],
)
def test_arabic_verbs_of_saying_still_attribute(body):
    assert "Q101" not in _codes(body)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وكما يعرف الجميع، فإن أسعار الخبز ارتفعت هذا العام.", "يعرف الجميع"),
        ("الجميع يدرك أن الجفاف يهدد المحاصيل في الجنوب.", "الجميع يدرك"),
        ("وهذا ما يعلمه الجميع عن سوق العمل في المدينة.", "يعلمه الجميع"),
        # everyone believing or agreeing, with what is held
        ("ويعتقد الجميع أن الإصلاح تأخر كثيرا.", "يعتقد الجميع"),
        ("ويتفق الجميع على أن المدارس تحتاج إلى معلمين.", "يتفق الجميع"),
        ("الجميع يتوقعون أن ترتفع الأسعار.", "الجميع يتوقعون"),
    ],
)
def test_arabic_everyone_knows_is_vague(text, span):
    found = [m.text for m in lexicon("ar").vague(text)]
    assert any(span in t for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "شكر الوزير الجميع على حضورهم.",
        "وقدمت الوزارة الدعم للجميع دون استثناء.",
        "تعرف الوزارة عدد المدارس في كل محافظة.",
        # what everyone should, will or is to know: a wish, an aim or a forecast
        "ومن المهم أن يعرف الجميع حقوقهم في المدرسة.",
        "ونشرت الوزارة الأرقام ليعرف الجميع حجم المشكلة.",
        "وعندما تفتح المكتبة سيعرف الجميع قيمتها.",
        "على الجميع أن يدركوا أن الوقت ينفد.",
        # everyone talking or agreeing with no claim held, or as an object
        "وتحدث الجميع عن المدرسة الجديدة.",
        "واتفق الجميع على موعد الاجتماع.",
        "حذر الوزير الجميع من أن الأسعار سترتفع.",
    ],
)
def test_arabic_everyone_in_other_roles_is_not_vague(text):
    assert lexicon("ar").vague(text) == []


def test_the_construction_covers_the_noun_not_a_cue_it_starts():
    lex = lexicon("ar")
    assert lex.cues("لم يكن لدى المدرسة كتب حديثة عدا كتبها القديمة.") == []
    assert [m.text for m in lex.cues("وكتب الوزير في مقاله")][:1] == ["وكتب"]
    assert [m.text for m in lex.cues("وفي رده على السؤال")] == ["وفي رده"]
