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
        # rounds 52 and 53: doubts raised in the passive, growing doubts that, analysts attributing, as analysts see it
        "وقد أثيرت شكوك حول إجراء تجربة نووية.",
        "وسط الشكوك المتزايدة بأن الصورة خدعة.",
        "ويعزو المحللون ذلك إلى الأزمة.",
        "وهو كما يراه المحللون خطأ كبير.",
        "وكانت المصادر القبطية ترى أن عدد الأقباط أكبر.",  # the Coptic sources see (round 59)
        "وقتل عشرة أشخاص حسب بعض الوكالات.",  # according to some agencies (round 62)
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
        # a religious community's creed (round 53): the Sunnis believe, the Shia hold
        "يعتقد السنة أن الخلفاء الراشدين هم أفضل الصحابة.",
        "ويرى الشيعة أن الإمامة منصب إلهي.",
        # a woman's name shaped as a masculine plural, after the feminine verb (round 52)
        "وفي 8 نوفمبر، أعلنت ماريون رسمياً أنها طلبت من محاميها رفع دعوى.",
        "أثارت الصحيفة شكوكا حول التجربة.",  # the newspaper raised doubts: named
        "ويعزو الوزير ذلك إلى الأزمة.",  # the minister attributes: named
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


@pytest.mark.parametrize(
    "body",
    [
        "وقال الشيعة إن الحكومة فشلت.",  # the Shia said: speech, not a creed
        "وأعلن سوريون أنهم طلبوا اللجوء.",  # Syrians announced: the masculine verb, a crowd
        "ويرى المراقبون أن الاتفاق فشل.",
    ],
)
def test_round_52_near_misses_stay_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        # the phrase inscribed on the coins (round 53)
        'وكان من سماته ان صك النقود المعدنية التي نقشت عليها العبارة التالية " عز بعد فاقة الأمير علاقة ".',
        # the organisation defines itself as …: its own words
        "ويعرف التنظيم نفسه على أنه مجموعة من المجاهدين، وجهادهم مقتصر على الداخل، من أجل تطهير البلاد من "
        '"بعض تجار الدم والأخلاق والرذيلة".',
        # Zangwill's and Herzl's dictum
        'حيث تم الترويج بشدة لمقولة إسرائيل زانجويل وثيودور هرتزل "أرض بلا شعب لشعب بلا أرض".',
    ],
)
def test_round_53_inscriptions_self_descriptions_and_dicta_are_attributed(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_round_53_the_same_words_with_no_definition_before_them_stay_reported() -> None:
    body = 'وجهادهم مقتصر على الداخل الفلسطيني، من أجل تطهير البلاد من "بعض تجار الدم والأخلاق والرذيلة".'
    assert _codes(body, "Q101") == ["Q101"]


@pytest.mark.parametrize(
    "body",
    [
        # a doctorate on "…" (round 54): its thesis's title
        'وحاز الدكتوراة في تاريخ الفن من جامعة بنسلفانيا عن "وصف البحر الأبيض المتوسط في الخرائط الإسلامية (القرن 11 '
        'إلى القرن 16م)". عمل بعد ذلك أستاذا.',
        # in the course of his writing (round 54)
        'بينّ الأستاذ زهير سالم في معرض كتابته عن الأستاذ أمين يكن "أن دراسة تجربة البناء التنظيمي في الجماعة خلال عشر '
        'سنوات تبين الكثير".',
    ],
)
def test_round_54_theses_and_writings_are_no_unattributed_quotes(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_round_54_words_after_a_journey_stay_reported() -> None:
    body = 'وقد سافر إلى جامعة بنسلفانيا عن "وصف البحر الأبيض المتوسط في الخرائط الإسلامية وما فيها من تفاصيل".'
    assert _codes(body, "Q101") == ["Q101"]


def test_round_56_a_name_after_what_was_known_as_is_no_quote() -> None:
    body = 'وأسس رفقة مجموعة صغيرة ما عرف ب"مقاتلين من أجل التحرير" CDL بجبال الونشريس لتنضم إليها مجموعات أخرى.'
    assert _codes(body, "Q101") == []


@pytest.mark.parametrize("body", ["وتعالت أصوات انتقاد للحكومة بعد القرار."])  # voices of criticism rose (round 57)
def test_round_57_voices_of_criticism_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


def test_round_57_voices_that_are_sounds_are_not() -> None:
    assert _codes("تعالت أصوات المآذن في المدينة.", "Q102") == []


def test_round_61_going_on_right_before_the_marks_is_the_speaker_going_on() -> None:
    body = "وتابع «هذا الحادث يشير إلى فشل تنفيذي لوحدة نخبة في ظروف ما كان يجب أن تحصل»."
    assert _codes(body, "Q101") == []
    body = "تابع الجيش عملياته في المدينة. «هذا الحادث يشير إلى فشل تنفيذي لوحدة نخبة في ظروف ما كان يجب أن تحصل»."
    assert _codes(body, "Q101") == ["Q101"]


def test_round_62_a_hotels_name_in_marks_is_no_quote() -> None:
    assert _codes('وهاجم المسلحون "فندق برج وقصر تاج محل" في المدينة.', "Q101") == []
