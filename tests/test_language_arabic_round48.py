"""Arabic Q101 and Q102 after rounds 48 and 49's first run (Arabic Wikipedia's AC/ and AF/ folders): a programme's
goals and a gloss that translates a title, before words in marks; speculation as a subject after أن; historical
sources as a source; read as constructions on written sentences, each with near misses. See docs/accuracy.md,
"Stop 38"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        # but speculation points to South Yemen's involvement
        "اغتيل الرئيس بحقيبة مفخخة إلا أن تكهنات تشير بضلوع اليمن الجنوبي في الحادث.",
        "قتل الرئيس لكن تقارير تشير إلى ضلوع جهات خارجية.",  # but reports point to
        "حسب المصادر التاريخية فإن القرية تأسست قبل خمسة قرون.",  # according to historical sources
        # rounds 50 and 51: the great majority of Algerians believe; all the French sources point to
        "الأغلبية الساحقة من الجزائريين يعتقدون أن الزواف خونة.",
        "وتشير جميع المصادر الفرنسية إلى أن الفرقة تأسست عام 1830.",
        "وهي التصريحات التي صرح بها الكثير من الساسة الفرنسيين.",  # which many French politicians stated
        "واستغرب كثير من المؤرخين هذا الموقف.",  # many historians wondered at
        "وعلت أصوات تؤكد أن النتائج مزورة.",  # voices rose asserting
        "وظهرت أصوات تشكك في النتائج.",  # voices appeared doubting
        "إلا أن أطرافاً في المعارضة اتهمته بالعمل على تغيير التحالف.",  # parties in the opposition accused him
        "فإن المصادر تجمع على أن المعركة وقعت عام 1500.",  # the sources agree that
    ],
)
def test_round_48_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وقال الوزير إن تقارير الأمم المتحدة تشير إلى تحسن.",  # the UN's reports: named
        "حسب تقرير وزارة الصحة فإن القرية تأسست قبل خمسة قرون.",  # according to the health ministry's report
        "ظهرت أصوات جديدة في الغناء العربي.",  # new voices (singers) appeared
        "وقد ذكرها في العديد من كتبه.",  # he mentioned it in many of his books
    ],
)
def test_round_48_near_misses_are_not_vague(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        # the revolution's second goal was "…": the programme's words
        'كان الهدف الثاني من أهداف الثورة السبتمبرية "بناء جيش وطني قوي لحماية البلاد وحراسة الثورة ومكاسبها" من '
        "أهم أهداف الثورة.",
        # a documentary (in Norwegian: …) meaning ("Freedom, equality and the Muslim Brotherhood")
        'أنتج فيلما وثائقيا (بالنرويجية: Frihet, likhet og Det muslimske brorskap) بمعنى ("الحرية، المساواة، والإخوان '
        'المسلمين") عام 2010.',
    ],
)
def test_round_48_goals_and_glosses_are_no_quotes_to_attribute(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_round_48_words_in_marks_with_no_goal_before_them_stay_reported() -> None:
    """The same words in marks after a clause that names no goal, no gloss and no speaker: still unattributed."""
    body = 'كان الوضع صعبا "بناء جيش وطني قوي لحماية البلاد وحراسة الثورة ومكاسبها وإنجازاتها كلها" من أهم ما جرى.'
    assert _codes(body, "Q101") == ["Q101"]


@pytest.mark.parametrize(
    "body",
    [
        # winning the Friends of Syria's recognition as "the legitimate representative …"
        'وقد حصل الائتلاف على اعتراف مجموعة أصدقاء الشعب السوري "ممثلاً شرعياً للشعب السوري ومظلة تنظيمية تأتلف '
        'تحتها أطياف المعارضة" في مؤتمر مراكش.',
        # a group's name in marks
        'في فبراير 2011 ظهرت للعلن "مجموعة العمل الوطني من أجل سورية"، التي أصبح اسمها لاحقاً حركة العمل الوطني.',
        # the dean of historians speaks of their origin: and the quote as its own paragraph
        "وعن نشأتهم يتحدث شيخ المؤرخين الجزائريين :\n\n“لولا تعاون بعض المرتزقة من الجزائريين مع الجيش الاستعماري "
        "والادارة لما نجح الفرنسيون وحدهم في الاحتلال.”",
    ],
)
def test_round_50_recognition_names_and_speaking_of_are_attributed(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_round_50_talk_with_no_colon_attributes_no_quote_alone() -> None:
    body = (
        "وتحدث الناس عن الحرب طويلا في تلك الأيام.\n\n“لولا تعاون بعض المرتزقة من الجزائريين مع الجيش الاستعماري "
        "والادارة لما نجح الفرنسيون وحدهم في الاحتلال.”"
    )
    assert _codes(body, "Q101") == ["Q101"]
