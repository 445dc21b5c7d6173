"""Arabic Q101 and Q102 after rounds 111 to 122's first run (Arabic Wikipedia's AF/ and AC/ files no round had
used): reports "made" with تمّ, estimates with their subject first, accounts that exist saying something,
"according to some accounts", "as the accounts say" closing its clause, criticisms directed at a pronoun, rumours
despite or because of which (Q102); a prize's citation after جائزة … لـ, a person's name in marks that opens its
paragraph, with an honorific, an issue named after قضايا, a dispatch that orders, a credit after a dash on the
quote's line, speaking of or naming a thing as what the marks give (Q101). Read as constructions on written
sentences, each with near misses. See docs/accuracy.md, "Stop 42"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        "وتم الإبلاغ أن 12 جنديا قتلوا في اليوم الأول.",  # and it was reported that 12 soldiers were killed
        "حيث كانت التقديرات تشير إلى أن القوات ستحتاج إلى 26 ألف طن يوميا.",  # the estimates indicated that
        "التقديرات تشير إلى أن القوات ستحتاج إلى المزيد.",  # estimates point to (opening its sentence)
        "توجد روايات شيعية تقول أنهم طالبوا بالإمامة.",  # there are Shia accounts saying that they claimed
        "وفقاً لبعض الروايات الشيعية ادعى عبد الله الإمامة.",  # according to some Shia accounts
        "ادعى جعفر الإمامة بعد وفاة أخيه كما تقول الروايات، وجعفر هو عم الإمام.",  # as the accounts say
        # round 114: criticisms directed at a pronoun, some of them or not
        "وقد وجهت له بعض الانتقادات بسبب سياسته.",  # some criticisms were directed at him
        "ووجهت لها الكثير من الانتقادات.",  # many criticisms were directed at her
        # round 116: rumours despite which or because of which something happened
        "بالرغم من وجود شائعات عن أن له أصولا يهودية، فقد صعد سريعا.",  # despite rumours that he had Jewish origins
        "وطرد من البحرية بسبب شائعات عن أصوله.",  # dismissed from the navy because of rumours about his origins
    ],
)
def test_round_111_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "في حين تم الإبلاغ عن اشتباكات في تسع نقاط.",  # clashes were reported: a count of events, as English
        "وقال الوزير إن التقديرات تشير إلى ارتفاع العدد.",  # the minister said the estimates show: his citation
        "وفي تقرير البنك، الأرقام تشير إلى تراجع.",  # in the bank's report, the figures show: a source opens it
        "كما تقول التقارير الرسمية للوزارة، ارتفع العدد.",  # as the ministry's official reports say: named
        "توجد في المدينة روايات كثيرة.",  # there are many novels (or accounts) in the city: nothing said
        "وجهت له الحكومة انتقادات.",  # the government directed criticisms at him: named
        "وجهت له دعوة لزيارة البلاد.",  # an invitation was extended to him: no criticism
        "بسبب تقارير الأمم المتحدة عن الانتهاكات.",  # because of the UN's reports on the violations: named
    ],
)
def test_round_111_near_misses_are_not_vague(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        # the director was honoured with the Armin T. Wegner Humanitarian Award for "the vision to seek the truth …"
        'وتم تكريم المخرج بحصوله على جائزة أرمين تي وينجر الإنسانية لـ "رؤية السعي وراء الحقيقة وشجاعة الكلام." '
        "واستضاف الحفل مؤسسة أربا.",
        # "Sayyid Ahmad Sayyid Abid Sayyid Muhammad al-Musawi", one of Kuwait's first men and a former deputy
        '"سيد أحمد سيد عابد سيد محمد الموسوي"، من رجالات الكويت الأوائل ونائب سابق.',
        # round 113: the cases "house demolitions in the Palestinian areas": an issue's name
        'يسعى مركز "عدالة" لدفع الحقوق على الأراضي، وقضايا "هدم البيوت في المناطق الفلسطينية". والحقوق المدنية.',
        # round 116: a telegram that orders (the document's words), and a credit after a dash on the quote's line
        'أمرت البرقية أن "العديد من اليهود يجب أن يتم القبض عليهم في جميع المناطق كما يمكن استيعابهم".',
        '"بأمر من الرايخفهرر، المقيم الذي لا يحمل بطاقة هوية يعاقب عليه بالإعدام" - هيدريش، نوفمبر 1939',
        # round 118: speaking of what the marks give, and naming a thing as what they give
        'وفي كتاب صدر سنة 1990 تحدث سيف عن "مساعدة النمو الاقتصادي لإسرائيل كأحد أهدافها الأساسية".',
        'وفي نوفمبر 2011، سمي نائب القائد الأعلى، محمد بن زايد آل نهيان، العرض الفرنسي أنه "غير قادر على المنافسة '
        'وغير قابل للتطبيق"؛ كانت فرنسا قد طلبت المزيد.',
        # round 119: a name in a reversed pair (”…“) after an honorific and a title, or after "under the leadership of"
        "قام بتأسيس الحزب السيد المهندس ”عبد الحكيم محمد عثمان راضي“ وهو رئيس الحزب حاليا.",
        "تأسس الحزب عام 1945م بزعامة ”الدر ديري أحمد إسماعيل“, ثم دخل بوحدة مع مصر.",
        # round 122: described, its describer named, as what the marks give
        "والكتاب شديد التعصب ضد العرب ووصفه سيمور هيرش بأنه «إنجيل المحافظين الجدد حول السلوك العربي».",
        # a decision's own wording right after it (the decision was issued with, attached, "on condition that …")
        'وصدر القرار مرفق "على أن يتم تقاسم تنفيذ المشروع بالعواصم العربية".',
    ],
)
def test_round_111_citations_and_names_are_no_unattributed_quotes(body: str) -> None:
    assert _codes(body, "Q101") == []


@pytest.mark.parametrize(
    "body",
    [
        # honoured for "…" with no prize named: the words are no one's
        'وتم تكريم المخرج لـ "رؤية السعي وراء الحقيقة وشجاعة الكلام." واستضاف الحفل مؤسسة أربا.',
        # "the sheikh is coming to the city tomorrow", then the man left: one honorific opens words someone said
        '"الشيخ قادم غدا إلى المدينة"، ثم انصرف الرجل.',
        # the commander ordered that "…": a person's order is no verb of saying here (the dispatch's is its text)
        'أمر القائد أن "العديد من اليهود يجب أن يتم القبض عليهم في جميع المناطق كما يمكن استيعابهم".',
        # the passive "was described as «…»": no one named
        "والكتاب شديد التعصب ضد العرب ووصف بأنه «إنجيل المحافظين الجدد حول السلوك العربي».",
        # approval, then words in marks with no decision or speaker named: no one's
        'تمت الموافقة على اعتمادها عاصمة للثقافة، "على أن يتم تقاسم تنفيذ المشروع بالعواصم العربية".',
        # a dash and a long clause after the quote: no credit line
        '"العديد من اليهود يجب أن يتم القبض عليهم في جميع المناطق" - وهذا ما حدث بعد ذلك في كل المدن الكبيرة التي '
        "شهدت أحداثا كثيرة.",
    ],
)
def test_round_111_near_misses_stay_unattributed(body: str) -> None:
    assert _codes(body, "Q101") == ["Q101"]


def test_round_119_a_reversed_pair_opens_after_a_proclitic() -> None:
    """و”عصام الدين مرغني جمال“ ("and «…»"): the conjunction written on the opening mark does not make it a closing one,
    so the marks pair as written and the words between two names stay outside any quote."""
    from brieflint.document.language import profile
    from brieflint.document.language.quotes import find_quotes

    prose = "أسسه ”عبد الحكيم راضي“ وهو رئيس الحزب و”عصام الدين مرغني جمال“ الأمين العام للحزب."
    spans = [prose[q.start : q.end] for q in find_quotes(prose, profile("ar"))]
    assert spans == ["”عبد الحكيم راضي“", "”عصام الدين مرغني جمال“"]
