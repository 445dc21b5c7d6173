"""Arabic Q101 and Q102 after rounds 38 to 41's first run (Arabic Wikinews and Global Voices in Arabic; Arabic
Wikipedia's AG/ and AE/ folders; GOV.UK, the State Department and Amnesty in Arabic): a name read aloud in marks,
common knowledge with a time between it and its clause, some of the newspapers, sources or testimonies as a source,
rumours that spread, the reports pointing to what they report, read as constructions on written sentences, each
with near misses. See docs/accuracy.md, "Stop 37"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        # it was commonly held, in Ottoman times, that …
        "ولقد كان من المتعارف عليه ايام حكم الدولة العثمانية، ان كل من يتولى ولاية بغداد يبني خانا.",
        "كشفت بعض الصحف الكويتية أن المخرج سعودي.",  # some Kuwaiti newspapers revealed that
        "قالت بعض الصحف إن المخرج سعودي.",  # some newspapers said that
        "وقتل عشرة أشخاص حسب بعض المصادر.",  # according to some of the sources (round 40)
        "وقتل عشرة أشخاص حسب بعض الشهادات.",  # according to some testimonies (round 40)
        "سرت شائعات عن انقلاب.",  # rumours spread of a coup (round 40)
        "لا يزال الآلاف في السجن، وتشير التقارير إلى تعرضهم للجلد.",  # the reports point to (round 41)
        "وتذكر الوثائق أن الحزب تأسس عام 1912.",  # the documents mention that (rounds 39 and 42)
        "شاعت أنباء عن اعتقال المتظاهرين.",  # news spread (round 47)
    ],
)
def test_round_38_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "مع وجود أكثر من عشر صحف خاصة تصدر يومياً، يستحوذ لبنان على نصف الدوريات.",  # ten newspapers are issued
        "من المتعارف عليه في الطب أن نذكر الدواء.",  # in medicine: no comma, no gap read
        "نشرت صحيفة الأهرام مقالا عن الخان.",  # a named newspaper published
        "وتشير التقارير الصادرة عن الوزارة إلى تعرضهم للجلد.",  # the reports the ministry issued
        "وتشير الوثائق الصادرة عن الوزارة إلى أن الحزب تأسس.",  # the documents the ministry issued
    ],
)
def test_round_38_near_misses_are_not(body: str) -> None:
    assert _codes(body, "Q102") == []


def test_a_name_read_aloud_in_marks_is_no_quote() -> None:
    """وتقرأ «…» "and it is read «…»" gives a name's reading (a transliteration), not words to attribute; the same
    words after قال are a quote with its speaker."""
    name = "حزب الهنشاك الاشتراكي الديموقراطي الأرمني وتقرأ «سوتسيال ديموكرات هنتشاكيان كوساكتسوتيون» وتختصر هنتشاك."
    assert _codes(name, "Q101") == []
    bare = "تأسس الحزب في جنيف. «سوتسيال ديموكرات هنتشاكيان كوساكتسوتيون هو حزبنا الأول»"
    assert _codes(bare, "Q101") == ["Q101"]


@pytest.mark.parametrize(
    "body",
    [
        "وهو المؤسس لحركة «جامعيون من أجل الإصلاح» في العام 2002م.",  # a movement's name (round 43)
        'تولى السفير منصب "مساعد الأمين العام للأمم المتحدة للشؤون السياسية". ثم توفي.',  # a post's title (round 43)
        # a resolution's own words after what it condemns (round 43)
        'اعتمدت اللجنة الفرعية بالإجماع قرارا يدين "معاداة السامية ومناهضة التمييز الديني والعرقي".',
        # a law's own words (round 44), names listed in marks (round 44), a unit's name (round 45)
        "غيرت الحركة اسمها للتقيد بقانون الأحزاب الذي يمنع «إقامة أحزاب على أساس ديني» إلا أن طلبها رفض.",
        "واستمر في الكتابة في المطبوعات مثل «النيو رببلك» و«يو إس وورد أند نيوز ريبورت»، وحصل على عضوية.",
        'فقد أطلقت شرطة الاحتلال مؤخرا "وحدة مستعربين سرية جديدة" بين العرب داخل الأراضي المحتلة.',
        # an office held and its holder's name (round 46), a law's stated aim (round 46)
        'تتكون هيئة الرئاسة من رئيس المؤتمر، ومقرراً "عبد الله سالم لملس" ونائباً له "نادية عبد العزيز السقاف".',
        'قانون ضوابط الحوار يهدف إلى تنظيم المؤتمر، وتضمن أن المؤتمر يهدف إلى "تمكين افراد المجتمع من تقرير مستقبلهم".',
        # a writer cited from a book (round 42)
        'يستشهد الكاتب عزت غزاوي من كتاب الدكتور نسيبة "عموما وخلافا لما هو الحال في الوطن العربي نبدأ من وضع".',
    ],
)
def test_rounds_42_and_43_names_titles_and_documents_are_no_unattributed_quotes(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_quotes_joined_by_a_comma_are_no_list_of_names() -> None:
    """Two quotes joined by a comma alone, one of them a sentence, are someone's words, not a list of titles."""
    body = "فقد التقت هناك زميلة متطوعة. “لقد تعلمتُ منها الكثير”، “تُحدِث فرقًا فى هذا العالم.”"
    assert "Q101" in _codes(body, "Q101")


def test_the_same_words_alone_are_still_unattributed() -> None:
    """Without the resolution or the citing writer, the quote has no speaker: still an error."""
    assert _codes('وفي عام 1960 صدر نص آخر. "معاداة السامية ومناهضة التمييز الديني والعرقي في العالم كله"', "Q101") == [
        "Q101"
    ]
