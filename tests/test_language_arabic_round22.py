"""Arabic Q102 after round 22's first run (Access Now's Arabic pages, the French foreign ministry's Arabic pages,
Arabic Wikipedia): the generic plural of people in the oblique case, العديد alone as a pronoun, and seeing with an
object pronoun, read as constructions on written sentences, each with near misses that must stay silent. See
docs/accuracy.md, "Stop 33"."""

from __future__ import annotations

import pytest
from test_language_arabic_round20 import FRONT

from brieflint.testing import lint


def _vague(body: str) -> list[str]:
    return [f.code for f in lint(FRONT + body + "\n", select=["Q102"])]


@pytest.mark.parametrize(
    "body",
    [
        "وارتكب الوزير بذلك خطأ، حسب المراقبين، لأن تصريحه خالف الحكومة.",  # according to the observers
        "وفقا للمحللين، الخطة فاشلة.",  # ل with the article
        "كما أن المراقبين أجمعوا بأن الانتفاضة كانت عفوية.",  # after أنّ, in the accusative
        "واعتقد العديد أن النظم الرمزية لن تنجح.",  # العديد as a pronoun before the clause
        "كان البعض يراها كمنظمة قادرة على إعطاء الأوامر.",  # seeing with an object pronoun
        "يراها البعض كمنظمة قادرة على إعطاء الأوامر.",
    ],
)
def test_round_22_constructions_are_vague(body: str) -> None:
    assert _vague(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "كان للبابليين مدينة تدعى بابل.",  # كان with a people after ل: possession, and تدعى "is called"
        "وقال الوزير إن المراقبين وصلوا إلى المدينة أمس.",  # observers who arrive: no claim
        "وأكد الوزير أنه يراها فرصة.",  # a named speaker sees it
    ],
)
def test_round_22_near_misses_stay_silent(body: str) -> None:
    assert _vague(body) == []


def test_an_agentless_estimate_beside_another_agentless_verb() -> None:
    # يُزعم is agentless too: it names no speaker who would hold the estimates of its sentence
    body = "يُقدّر أن 1،300 شخص قتلوا، وبالإضافة لذلك يُقدّر أن 1،000 شخص يُزعم أنهم متعاونون قتلوا."
    found = [f.message for f in lint(FRONT + body + "\n", select=["Q102"])]
    assert sum('"يُقدّر أن"' in m for m in found) == 2
    # a named speaker still holds an agentless description in his sentence
    assert _vague("وقال الوزير إن المدينة تعرضت لقصف وُصف بأنه الأعنف.") == []


def test_a_definition_quoted_after_its_definer() -> None:
    def q101(body: str) -> list[str]:
        return [f.code for f in lint(FRONT + body + "\n", select=["Q101"])]

    # the definer named, then "defined it himself as": the quote is his
    named = 'صاغ عالم الحاسوب جون مكارثي هذا المصطلح في عام 1956، وعرَّفه بنفسه بأنه "علم وهندسة صنع الآلات الذكية".'
    assert q101(named) == []
    # many works define it as …: the definition's source is a vague crowd, which Q102 reports
    crowd = 'تُعرِّف الكثير من المؤلفات الذكاء الاصطناعي على أنه "دراسة وتصميم العملاء الأذكياء والأنظمة".'
    assert _vague(crowd) == ["Q102"]
    # and with no definer at all, the quote is nobody's
    assert q101('الذكاء الاصطناعي هو "علم وهندسة صنع الآلات الذكية والأنظمة".') == ["Q101"]


@pytest.mark.parametrize(
    "body",
    [
        "وأود أن أعرب لعائلات الضحايا وأقربائهم عن صداقة فرنسا العميقة.",  # families addressed after ل, not speaking
        "كثير من المشاكل المذكورة أعلاه تعتبر جزءا لا يتجزأ من المسألة.",  # things, with their feminine singular
    ],
)
def test_round_22_unlabelled_findings_stay_silent(body: str) -> None:
    assert _vague(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "وقالت عائلات إن الشرطة تأخرت.",  # families as the subject
        "كثير من المحللين يعتبرون الخطة فاشلة.",  # people, with their plural verb
    ],
)
def test_round_22_twins_of_its_unlabelled_findings_stay_vague(body: str) -> None:
    assert _vague(body) == ["Q102"]


def test_a_definition_credited_to_no_one_stays_unattributed() -> None:
    # round 24: with no object pronoun, ويُعرَّف is equally the passive, "it is defined as": no definer, no cue
    body = 'وهو مجموع مسائل وأصول. ويعرف أيضًا بأنه "الاعتقاد الجازم المطابق للواقع وحصول صورة الشيء في العقل".'
    assert [f.code for f in lint(FRONT + body + "\n", select=["Q101"])] == ["Q101"]
