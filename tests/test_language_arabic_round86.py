"""Arabic Q101 and Q102 after rounds 86 to 93's first run (Arabic Wikipedia's AC/, AF/, AG/, AH/ and AI/ folders): the
two unnamed camps of a dispute (فمن قائل … ومن قائل), much criticism undergone, a learned class with an adjective of
its field, all of a known group agreeing, and a list of names in marks. Read as constructions on written sentences,
each with near misses. See docs/accuracy.md, "Stop 40"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        "فمن قائل بأنها رومانية.",  # some say that it is Roman
        "تعرض الرسم التصميمي للعديد من الانتقادات.",  # the design was subjected to many criticisms
        "وتعرض الوزير لكثير من الانتقادات.",  # the minister was subjected to much criticism
        "ويتوقع المحللون العسكريون أن تستمر الحرب.",  # military analysts expect that
        "ويرى الخبراء الاقتصاديون أن الأزمة ستطول.",  # economic experts see that (the verb first)
        "لكن كل الخبراء يتفقون على أن الاستخدام المكثف للأسلحة سوف يسبب دمارا.",  # all the experts agree that
        "ويتفق جميع المحللين على أن الحرب ستطول.",  # all the analysts agree that
        # rounds 96 and 97: newspapers none named, and according to the crowd of an event
        "وقالت صحف إن الوزير استقال.",  # newspapers said that
        "وتناقلت صحف اسبانية خبر استقالته.",  # Spanish newspapers passed around the news
        "وتؤكد الصحف الجزائرية أن الجنرال كان صاحب القرار.",  # the Algerian newspapers assert that
        "وبحسب الشهود، أطلقت الشرطة النار على المحتجين.",  # according to the witnesses
        "يعتقد المؤرخون بأن المعركة وقعت عام 1500.",  # the historians believe that: a claim, not a faith
    ],
)
def test_round_86_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


def test_each_camp_of_a_dispute_is_its_own_finding() -> None:
    # some say it is Roman, and some say it is a Berber name
    body = "واختلف في أصل الاسم، فمن قائل أنها رومانية ومن قائل أنها تسمية بربرية."
    assert _codes(body, "Q102") == ["Q102", "Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وهذا من قائل مشهور.",  # this is from a famous speaker: no clause said
        "وقال المسؤولون العسكريون في الوزارة إن الحرب مستمرة.",  # the ministry's officials: named
        "وقال الخبراء الاقتصاديون في البنك الدولي إن الأزمة ستطول.",  # the World Bank's experts: named
        "اتفق كل المسؤولين في الوزارة على الخطة.",  # agreed on the plan: a decision, no clause
        "وقرأ الوزير صحف الصباح.",  # the minister read the morning papers: no report
        "يعتقد البابيون الأزليون بفكرة الحلول والاتحاد.",  # the Azali Babis believe in the idea of: a faith (round 94)
        "في إشارة إلى مصدر هذا النوع من الصنادل.",  # in reference to the origin of this kind of sandal (round 94)
    ],
)
def test_round_86_near_misses_are_not_vague(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        # "Thomas Jr., Ruth, John, Samuel and James": five children's names in marks, and only the last has "and"
        'وأنجبت منه خمسة أطفال هم "توماس الابن، روث، جون، صموئيل، وجيمس" وعاشوا في البلدة.',
        'وأدين في القضية "جون بيست الأب، جون بيست الابن، وصموئيل بيكوورث" في العام نفسه.',
    ],
)
def test_a_list_of_names_in_marks_is_no_quote(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_a_headline_after_the_noun_with_its_article_is_a_title() -> None:
    # because of the headline: "should we burn the gays?" (round 92: a magazine's cover, not someone's words)
    body = (
        "وفي عام 2015 أثار عدد المجلة ردود فعل واسعة على الشبكات الاجتماعية، لأنه اتخذ موقفا من المثليين، "
        'بسبب العنوان : "هل يجب علينا حرق الشواذ؟"'
    )
    assert _codes(body, "Q101") == []


def test_a_chant_that_repeats_its_and_is_still_a_quote() -> None:
    # "we are here, and we remain, and we will never leave": each clause after the first opens with "and"
    body = 'وتتردد في المدينة "نحن هنا، ونحن باقون، ولن نرحل أبدا من هذه الأرض" كل يوم.'
    assert _codes(body, "Q101") == ["Q101"]
