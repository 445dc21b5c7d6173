"""Arabic Q101 and Q102 after rounds 33 to 35's first run (Arabic Wikipedia: a news digest of October 2005, modern
Egypt; Raed Salah, Azmi Bishara, the Republic of Zefta, sleep; the Paris Club, Lod, Hind bint Utbah, daylight saving
time): the quantifier alone before its verb, narrations that say, the public and the quarters of a state, several
studies, officials of a named body, a singular verb after a comma, a competition's or a scheme's title in marks, and
a speaker who discusses, read as constructions on written sentences, each with near misses. See docs/accuracy.md,
"Stop 36"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        "فالكثير يعتقدون بأنهم يحتاجون إلى ثمان ساعات نوم يوميا.",  # many believe that
        "تقول بعض الروايات إن القضبان قطعت من أمام القرية.",  # some narrations say
        "وتقول روايات أخرى أن القضبان قطعت من أمام القرية.",  # other narrations say that
        "ويرى الشارع السوري أن التقرير جاء عائما.",  # the Syrian street holds that
        "وترى الجهات الرسمية السورية أن التقرير ليس حياديا.",  # Syrian official quarters consider that
        "قال مسؤولون إن المنظمة تسعى للقيام بحملات.",  # officials said, none named
        "اقترحت عدة دراسات أن التوقيت الصيفي يزيد استهلاك الطاقة.",  # several studies suggested that
        "فالبعض من ضباط التنظيم كان يرى أن الملك يجب أن يحاكم.",  # some of the officers held (round 36)
        "حيث كانت الشائعات تروج عن محاولة انقلابية.",  # rumours were circulating about (round 37)
    ],
)
def test_round_33_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وكان الكثير من الناس حاضرين.",  # many were present: no view
        "وعاد البعض من السكان إلى منازلهم.",  # some of the residents went home: no view
        "وانتشر المرض في المدينة.",  # the disease spread: no rumour
        "يرى الشارع الرئيسي مزدحما.",  # sees the main street crowded: no clause held
        "قال مسؤولون من منظمة العفو الدولية يوم السبت إن المنظمة تسعى للقيام بحملات.",  # a named body's officials
        "واستند التقرير على أدلة ظنية وشهود مجهولين، وأوضح المحلل أن الجانب السوري فوجئ.",  # the analyst explains
    ],
)
def test_round_33_near_misses_stay_silent(body: str) -> None:
    assert _codes(body, "Q102") == []


def test_a_competitions_title_in_marks_is_no_quote() -> None:
    """A title in marks after the noun of the event it names, an adjective between (round 34)."""
    body = 'وساهم بتنظيم المسابقة العالمية "بيت المقدس في خطر" التي تجرى سنويا في رمضان بمشاركة عشرات الآلاف.'
    assert _codes(body, "Q101") == []
    # the same words as a statement credited to no one stay an error
    said = 'وساهم بتنظيم المسابقة العالمية. "إن بيت المقدس في خطر كبير ولا بد من حمايته" بمشاركة عشرات الآلاف.'
    assert _codes(said, "Q101") == ["Q101"]


def test_a_schemes_title_and_a_discussed_quote_are_no_error() -> None:
    """A scheme's name in marks after نظام, and words a named speaker discusses (round 35)."""
    scheme = 'دعمت الجمعية مقترح مراقبة نتائج الزيادة الساعية على مدار السنة لنظام "التقديم الزمني الصيفي المضاعف".'
    assert _codes(scheme, "Q101") == []
    discussed = 'وقد ناقش ونستون تشرشل "توسيع الفرص من أجل صحة وسعادة ملايين الأشخاص الذين يعيشون في هذه الدولة".'
    assert _codes(discussed, "Q101") == []
    alone = (
        'أثار التوقيت الصيفي الجدل منذ بدايته. "توسيع الفرص من أجل صحة وسعادة ملايين الأشخاص الذين يعيشون في هذه '
        'الدولة".'
    )
    assert _codes(alone, "Q101") == ["Q101"]


def test_a_relative_clause_in_marks_and_a_repeated_statement_are_no_error() -> None:
    """Marks around a relative clause of the writer's sentence, and words a named speaker repeated in his
    statements (round 37's two false errors)."""
    gloss = 'سيقوض دور المصالح الاجنبية في العراق كشركة نفط العراق "التي تم تأميمها لاحقا عام 1972".'
    assert _codes(gloss, "Q101") == []
    repeated = (
        'وكان يتباهى بذلك من خلال مقابلاته وتصريحاته التي كان يكرر فيها عن أسلوبه في الحكم "بانني اعتبر العراق '
        'وحدة عسكرية والشعب هم جنودها".'
    )
    assert _codes(repeated, "Q101") == []
    alone = 'وانتهى الاجتماع. "إن الشركة التي تم تأميمها لاحقا ستعود إلى الدولة قريبا".'
    assert _codes(alone, "Q101") == ["Q101"]
