"""Arabic Q101 and Q102 after rounds 123 and 124's first run (a month's news digest and the Monday diwaniyas of
Kuwait, Arabic Wikipedia's AA/ and AC/ files): news or rumours that spread with what they say, a word between or the
article on the noun; rumours after which something happened; reports that conflict; some who "saw it" so (Q102); a
text's wording as the place words came in (Q101). Read as constructions on written sentences, each with near misses.
See docs/accuracy.md, "Stop 43"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        "وسرت الأخبار بأن الحكومة ستستقيل قريبا.",  # the news spread that the government would resign
        "وقد سرت خلالها أنباء بأن الأمير سيعود إلى البلاد.",  # reports spread during it that the emir would return
        "غرقوا بعد أن سادت حالة من الهلع إثر شائعات بوجود مفجر انتحاري.",  # panic after rumours of a bomber
        "إثر سريان شائعات عن وجود مفخخات على الجسر.",  # after rumours spread of car bombs on the bridge
        "وقد تضاربت الأنباء حول أسباب الحادث.",  # reports conflicted over the causes of the accident
        "وهو ما رآها البعض خطوة إلى الوراء.",  # which some saw as a step back
        # rounds 127-128
        "ورد في بعض المصادر الشيعية أن محمدا جمع أهله.",  # it came in some Shia sources that (round 129)
        "وأظهرت الدراسات الواسعة النطاق أن الطلاب تحسنوا.",  # the large-scale studies showed (round 131)
        "وبرزت شكوك حول نوايا الإدارة.",  # doubts emerged about the administration's intentions (round 135)
        "ونشأت نظرية تقول إن القاتل لم يكن وحده.",  # a theory arose saying
        "وهناك جهات تتبنى نظرية المؤامرة.",  # there are bodies that adopt the conspiracy theory
        "ويعتقد بوجود مؤامرة وراء الاغتيال.",  # a conspiracy is believed to exist
        "وتدور الشكوك حول دوافع قتله.",  # doubts hover around the motives
        "أين تم إعتبار هذه المنشآت من قبل علماء بيئة بالمضرة جدا للبيئة.",  # considered harmful by scientists
    ],
)
def test_round_123_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وسرت الكهرباء في المدينة بعد انقطاع طويل.",  # the electricity came back on: no hearsay
        "إثر انهيار الجسر غرق المئات.",  # after the bridge collapsed: no rumour
        "وتضاربت مصالح الأحزاب في البرلمان.",  # the parties' interests conflicted: no reports
        "رآها الوزير في المؤتمر.",  # the minister saw her at the conference
        "يتعارض مع ادعاءات إسرائيل بأنها دولة ديمقراطية.",  # contradicts Israel's claims (round 34): named claims
        "ويعتقد الوزير بوجود مؤامرة.",  # the minister believes a conspiracy exists
        "ففي اغتياله هناك جهات مسؤولة الأولى الموساد.",  # responsible parties, named next (round 25)
        "تدور أحداث الرواية حول عائلة فقيرة.",  # the novel's events revolve around a family
        "حيث تذكر الرواية الشيعية أن الرسول جمع أهله.",  # the Shia account just named (round 129)
        "وهو اسم مذكور في بعض المصادر اليهودية.",  # a name found in some sources: no claim
        "وأظهرت الدراسات التي أجرتها جامعة القاهرة أن الطلاب تحسنوا.",  # who conducted them, named
        "وقد زاره علماء من جامعة القاهرة.",  # scientists visited him: no claim
    ],
)
def test_round_123_near_misses_are_not_vague(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        # the current text of the draft says that "…" (round 123)
        'بينما جاء في النص الحالي للمسودة ان "العراق هو جزء من العالم الإسلامي وشعبه العربي جزء من الامة العربية".',
        'وورد في مسودة القانون أن "الدولة تكفل حرية التعبير عن الرأي بكل الوسائل المتاحة".',  # the bill's draft says
    ],
)
def test_round_123_a_texts_wording_is_the_place_words_came_in(body: str) -> None:
    assert _codes(body, "Q101") == []


@pytest.mark.parametrize(
    "body",
    [
        # a leaked document titled "…" (round 126); a TV programme's name; the slogan announced, "and it is" (round 128)
        "ونشرت الصحيفة أجزاء من وثيقة معنونة ب «سجل الدائرة السري - الإطاحة بمصدق رئيس وزراء إيران».",
        'تمت عملية الاختيار في البرنامج التلفزيوني "تاليسمانيا سوتشي 2014 النهائي" في فبراير.',
        "ثم أعلنت اللجنة التنظيمية عن الشعار الرسمي وهو «شتاء حار، من أجل الجميع».",
        # a centre presenting itself as "…", a study proceeding from the idea that "…" (round 134)
        "يقدم المركز نفسه بوصفه «عبارة عن منظمة غير حكومية، محايدة مهمتها الأساسية هي تحليل الأحداث الدولية».",
        "تنطلق الدراسة من فكرة طريفة. «فالرئيس الباكستاني صرح مرارا بأنه محظوظ مثل غيره من القادة المتميزين».",
    ],
)
def test_round_126_titles_and_slogans_are_no_unattributed_quotes(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_round_123_near_miss_stays_unattributed() -> None:
    # words "came" in a text no one named, no wording noun: the quote stays unattributed
    body = 'وجاء في النهاية أن "العراق هو جزء من العالم الإسلامي وشعبه العربي جزء من الامة العربية".'
    assert _codes(body, "Q101") == ["Q101"]
    # a stance "and it is" "…", no slogan named: words no one is credited with
    body = 'كان الموقف وهو "الحكومة لن تتراجع عن قرارها مهما كانت الضغوط والتهديدات".'
    assert _codes(body, "Q101") == ["Q101"]
