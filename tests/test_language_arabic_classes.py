"""Arabic Q102 with its classes completed from grammar (stop 32), on written sentences (not the labelled passages).

The verb classes of Arabic grammar taken whole (أفعال القول, أفعال القلوب, the verbs of accusing, blaming,
praising and criticising), the crowd nouns by shape, the definite generic plural (vague only where nothing before
it in the text read is what its article points back to), uncited research, the agentless passives whose vowels
are written, and the nominal and existential forms of opinion. Each vague sentence has a near-miss twin that must
stay unreported: a named speaker, the same words in another role, or a class the text has already named. See
docs/accuracy.md, "Arabic classes completed from grammar (stop 32)".
"""

from __future__ import annotations

import pytest

from brieflint.document.language import lexicon
from brieflint.testing import lint

# (vague, its near-miss twin), one pair a reading
PAIRS = [
    # أفعال القول completed: explaining, asserting, hinting, warning, suggesting (claim)
    ("ويشرح خبراء أن الإصلاح فشل.", "ويشرح الوزير أن الإصلاح فشل."),
    ("ويلمح مراقبون إلى أن الوزير سيستقيل.", "ويلمح الوزير إلى أنه سيستقيل."),
    ("وجزم محللون بأن الإصلاح فشل.", "وجزم الوزير بأن الإصلاح فشل."),
    ("واقترح خبراء أن تؤجل الانتخابات.", "واقترح الوزير أن تؤجل الانتخابات."),
    # acknowledging, with its clause only (أقرّ is also "approved")
    ("وأقر مسؤولون بأن الخطة فشلت.", "وأقر نواب القانون الجديد."),
    # أفعال القلوب completed: thinking, assuming, imagining, doubting, fearing, ruling out
    ("ويحسب كثيرون أن الإصلاح فشل.", "وحسب الوزير فإن الإصلاح فشل."),
    ("ويفترض مراقبون أن الوزير سيستقيل.", "ويفترض الوزير أن الخطة ستنجح."),
    ("ويتخوف ناشطون من أن يفشل الإصلاح.", "ويتخوف الوزير من أن يفشل الإصلاح."),
    ("ويستبعد محللون أن يستقيل الوزير.", "ويستبعد الوزير أن يستقيل."),
    ("ويشك كثيرون في جدوى الإصلاح.", "لا شك أن الإصلاح فشل."),
    # the definite generic plural after a verb of saying or believing, its clause right after
    ("يقول المنتقدون إن الإصلاح فشل.", "التقى الوزير منتقدين للإصلاح. ويقول المنتقدون إن الإصلاح فشل."),
    ("يرى المراقبون أن الإصلاح فشل.", "يرى المراقبون الدوليون في تقريرهم أن الإصلاح فشل."),
    ("يجمع المراقبون على أن الإصلاح فشل.", "زار مراقبون دوليون المدينة. ويجمع المراقبون على أن الإصلاح فشل."),
    ("ويخشى المحللون من أن يفشل الإصلاح.", "ويخشى الوزير من أن يفشل الإصلاح."),
    # and as the subject of a verb of describing, accusing, criticising, praising or blaming
    ("يصف المنتقدون الإصلاح بأنه تجميلي.", "يصف الوزير الإصلاح بأنه تاريخي."),
    ("يتهم المعارضون الوزير بالكذب.", "يتهم الوزير المعارضين بالكذب."),
    ("يشيد المؤيدون بالإصلاح.", "يشيد المستثمرون فنادق جديدة على الساحل."),
    ("يشتكي السكان من فشل الإصلاح.", "زار الوزير سكان الحي. ويشتكي السكان من فشل الإصلاح."),
    ("انتقد الناشطون القرار.", "انتقد الناشطون في ساحة التحرير القرار."),
    ("وندد النقاد بالفيلم.", "وندّد المتظاهرون بالتدخل الأجنبي."),
    # the verbs of accusing, blaming, praising and criticising with unnamed subjects
    ("يتهم البعض الوزير بالكذب.", "يتهم الوزير البعض بالكذب."),
    ("يحمّل كثيرون الوزارة مسؤولية الأزمة.", "يحمل متظاهرون لافتات كتب عليها الشعار."),
    ("وألقى البعض باللوم على الحكومة.", "وألقى الوزير باللوم على الحكومة السابقة."),
    ("وشجب ناشطون القرار.", "وشجب الوزير القرار."),
    ("وامتدح مراقبون الاتفاق.", "وامتدح الوزير الاتفاق."),
    ("ويثمن كثيرون جهود الوزارة.", "ويدفع مواطنون ثمن الأزمة."),
    ("وانتقد البعض القرار.", "وانتقد الوزير القرار."),
    # uncited research, studies and polls
    ("أظهرت دراسات أن الإصلاح فشل.", "أظهرت دراسات البنك الدولي أن الإصلاح فشل."),
    ("وتؤكد أبحاث حديثة أن الإصلاح فشل.", "وتؤكد أبحاث أجرتها جامعة القاهرة أن الإصلاح فشل."),
    ("تشير الدراسات إلى أن الإصلاح فشل.", "أجرت الجامعة دراسة عن المدينة. وتشير الدراسة إلى أن الإصلاح فشل."),
    ("تؤكد الأبحاث أن الإصلاح فشل.", "نشرت الوزارة أبحاثا عن الإصلاح. وتؤكد الأبحاث أن الإصلاح فشل."),
    ("وتظهر استطلاعات الرأي أن الحزب متقدم.", "وتظهر استطلاعات المعهد الوطني أن الحزب متقدم."),
    # the agentless passives whose vowels are written (the bare spelling is also the active, with its subject before)
    ("وُصف الإصلاح بأنه فاشل.", "وصف الإصلاح بأنه فاشل."),
    ("انتُقد الإصلاح بشدة.", "انتقد الإصلاح بشدة."),
    ("اتُّهم الوزير بالكذب.", "اتهم الوزير بالكذب."),
    # the impersonal "is seen as", where no subject can stand before it
    ("يُنظر إلى الإصلاح على أنه فاشل.", "الوزير ينظر إلى الإصلاح على أنه فاشل."),
    ("وقد تغير الوضع، حيث ينظر إلى الإصلاح على أنه فاشل.", "وقد تغير الوضع، حيث ينظر الوزير في الملف."),
    # "widely" after a verb of considering, describing or criticising
    ("يعتبر الإصلاح فاشلا على نطاق واسع.", "انتشر المرض على نطاق واسع."),
    # facing criticism or accusation from critics no one names
    ("تعرض الإصلاح لانتقادات واسعة.", "تعرض الإصلاح لانتقادات من الحكومة."),
    ("واجه الوزير انتقادات حادة.", "واجه الوزير انتقادات من قبل البرلمان."),
    # the existential and the prevailing view
    ("هناك مخاوف من أن يفشل الإصلاح.", "هناك مخاوف الحكومة."),
    ("ثمة مؤشرات على أن الإصلاح فشل.", "ثمة مؤشرات اقتصادية جديدة."),
    ("هناك اعتقاد سائد بأن الإصلاح فشل.", "هناك اعتقاد الوزير."),
    ("يسود اعتقاد بأن الإصلاح فشل.", "يسود الهدوء في المدينة."),
    ("راجت شائعات عن استقالة الوزير.", "راجت السلع في الأسواق."),
    ("السائد أن الإصلاح فشل.", "المناخ السائد في المدينة معتدل."),
    ("والرأي الغالب أن الإصلاح فشل.", "والرأي للوزير."),
    ("والشائع أن الحكومة ستسقط.", "والغالب أن الحكومة ستسقط."),
    # hoping, a verb of the heart (يأمل كثيرون أن)
    ("ويأمل كثيرون أن تنتهي الأزمة.", "ويأمل الوزير أن تنتهي الأزمة."),
    # warning with من أن after the generic plural
    ("ويحذر المحللون من أن الأزمة ستطول.", "وحذر المحللون الماليون في البنك من أن الأزمة ستطول."),
    # unnamed bodies as the subject of accusing (a caseless plural right after the verb)
    ("وتتهم منظمات حقوقية الحكومة بالتعذيب.", "تتهم الحكومة منظمات بالتحريض."),
    # a view in the opinion of unnamed people
    ("وبرأي محللين فإن الحكومة ستسقط.", "في رأي الوزير فإن الخطة فاشلة."),
    ("وفي نظر بعض المؤرخين فإن المدينة أقدم.", "ساعدت في قراءة تقارير المنظمة."),
    ("وهذا على حد تعبير البعض.", "وعلى حد علمي فإن القرار صدر."),
    # accusing, criticising and praising with a quantified subject (not the quantifier after ب: the object)
    ("وانتقد كثير من المراقبين القرار.", "ندد بالعديد من الانتهاكات."),
    ("ويتهم بعض الناشطين الشرطة بالتعذيب.", "واتهم الوزير بعض الناشطين بالتحريض."),
    ("وأشاد العديد من الخبراء بالقرار.", "وأشاد بالعديد من الخبراء."),
    ("وعدد من الناشطين انتقدوا القرار.", "ندد بمعظم الممارسات."),
    ("وهناك من ينتقد القرار.", "وهناك من يعمل في المدينة."),
    # a people with the article accusing: a generic plural, not where the sentence has named it as a party (ar-h471)
    (
        "الفلسطينيون يتهمون إسرائيل بالتصعيد.",
        "تدهورت العلاقة بين القواسم والبريطانيين، حيث كان البريطانيون يتهمون القواسم بالهجوم.",
    ),
    # linking a cause (ربط), a tendency that "there is", a senior source described by kind (مرجع مسؤول)
    ("ويربط محللون بين تغيير الحكومة والأزمة.", "ويربط الجسر بين ضفتي النهر."),
    ("ويرجع محللون الأزمة إلى الفساد.", "ويرجع مسؤولون إلى مكاتبهم صباحا."),
    ("هناك توجه غير معلن، يقول إن الحكومة ستبقى.", "هناك توجه جديد في السياسة الخارجية."),
    ("وقال مرجع مسؤول إن الحكومة ستبقى.", "ويعد الكتاب مرجعا مهما في التاريخ."),
    ("ويبرز تحذير مرجع سياسي من أي تراخ.", "ذكر مراجع الكتاب في آخره."),
    # the passive with a helper (تمّ + a verbal noun of criticising, accusing, praising or describing)
    ("وتم انتقاد القرار بشدة.", "وتم انتقاد القرار من قبل الوزير."),
    ("وجرى انتقاده بشدة.", "وجرى انتقاده من قبل الوزير."),
    ("وتم وصفه بأنه الأسوأ.", "وتم وصف الحالة في التقرير."),
]

# left as the writer's own statement (the guide's "the author's own hedges"): the likelihood يُرجَّح أن (ar-h349's label),
# a controversy reported as an event (أثار جدلا), a classification (يُعدّ من)
OWN = [
    "يُرجح أن الإصلاح فشل.",
    "أثار الإصلاح جدلا واسعا.",
    "ويعد الإصلاح من أهم القوانين.",
]


def _vague(text: str) -> list[str]:
    return [m.text for m in lexicon("ar").vague(text)]


@pytest.mark.parametrize(("vague", "twin"), PAIRS, ids=[p[0] for p in PAIRS])
def test_reading_and_its_twin(vague: str, twin: str) -> None:
    assert _vague(vague), vague
    assert not _vague(twin), (twin, _vague(twin))


@pytest.mark.parametrize("sentence", OWN)
def test_the_writers_own_statement_is_not_read(sentence: str) -> None:
    assert not _vague(sentence)


def test_generic_plural_points_back_only_to_words_before_it() -> None:
    """The same class named after the generic plural does not make it point back: only the text before it counts."""
    assert _vague("يقول المنتقدون إن الإصلاح فشل، وقد التقى الوزير منتقدين.")
    # nor does a word that only shares the plural's first letters (مراقبة "observation" is not مراقب)
    assert not _vague("جرت مراقبة الانتخابات. ويرى المراقبون أن الإصلاح فشل.")


FRONT = """---
title: اختبار
language: ar
---

"""


def test_q102_reports_a_generic_plural_in_a_brief_and_not_its_twin() -> None:
    found = lint(FRONT + "يقول المنتقدون إن الإصلاح فشل.\n", select=["Q102"])
    assert [p.code for p in found] == ["Q102"]
    named = FRONT + "التقى الوزير منتقدين للإصلاح. ويقول المنتقدون إن الإصلاح فشل.\n"
    assert not lint(named, select=["Q102"])


# near misses of the readings' other words (each a false reading found while writing them)
NOT_VAGUE = [
    "استبعد مسؤولون من الاجتماع.",
    "رحب الأهالي بالزوار في القرية.",
    "يتردد السكان في العودة إلى منازلهم.",
    "يتحدث السكان حول الإصلاح.",
    "واعتبر الوزير أن الإصلاح يطبق على نطاق واسع.",
    "انتقد الوزير القرار الذي طبق على نطاق واسع.",
    "نشرت الوزارة دراسات تشير إلى أن الإصلاح نجح.",
    "هناك معلومات عن المرض في الموقع.",
    "أكمل دراسات عليا في الاقتصاد وعاد إلى بلده.",
    # charges the state brings (annotation rule 7), and the people of a case accusing (identified by it)
    "ويواجه الصحفي اتهامات بنشر أخبار كاذبة.",
    "وتم اتهامه بالانضمام إلى جماعة محظورة.",
    "ويتهم المحامون النيابة بتجاهل الأدلة.",
]


@pytest.mark.parametrize("sentence", NOT_VAGUE)
def test_near_misses(sentence: str) -> None:
    assert not _vague(sentence), _vague(sentence)
