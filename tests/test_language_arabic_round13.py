"""The Arabic grammar after round 13's first run, on written sentences (not the labelled passages).

Round 13 (Amnesty International's Arabic pages) and the first-run misses of rounds 5 to 13 read as constructions:
agentless hearsay and allegation (ورد أن "it was reported that"; زُعم، يُروى, spelled as the active verb once the
harakat are dropped, so agentless: vague only where their sentence names no speaker and with what is claimed right
after them; their vowels, when the writer gives them, mark the passive: يُتوقع، ذُكر، أُفيد); hearsay arriving as a
verbal noun (عقب ورود أنباء عن), as a circumstance with its clause (وسط تقارير بأن), persisting (المزاعم المستمرة حول)
and generic after a verb of saying (وتشير التقارير إلى أن); indefinite plurals of people named by their shape as well
as by a list (باحثون، اقتصاديون، مسلحون، أطباء) with any verb of saying and what is said, in either order; sources
described by their kind (مصدر أمني); a name withheld (اشترط عدم الكشف، رفض الإفصاح). And the other roles of the same
words: the active with its subject (زعم الوزير أن), those alleged to be what the text's actor acts on (ومن زُعم أنهم:
rule 7), the crowd after أنّ (what is claimed), a role's plural in construct (قادة المعارضة), an organisation described
(مع منظمات دولية). For Q101, a body's name in marks (رئيسة «منظمة صحفيات بلا قيود») is a name, not quoted words.
Round 14's first run (docs/accuracy.md, "Arabic round 14") added the agentless suspicion (يُشتبه أن), people counted in
construct (عشرات الأشخاص أنهم), the writer's hedge of likelihood (يُرجَّح أن: not vague), those seen as (من يُنظر إليهم على
أنهم: rule 7), and a name with the article read by where its clause ends.
"""

from __future__ import annotations

import pytest
from support import quote_codes

from brieflint.document.language import lexicon

FRONT = """---
title: الاحتجاز والمحاكمات في المحافظات الجنوبية
type: brief-analysis
date: 2026-01-01
language: ar
authors:
  - name: سلمى يوسف
    bio: سلمى يوسف باحثة في المعهد تدرس العدالة الجنائية وحقوق المحتجزين في المحافظات الجنوبية.
summary: ارتفع عدد المحتجزين في المحافظات الجنوبية، وهذا الموجز يعرض ما تقوله المصادر المتاحة عن ذلك.
topics: [Energy]
regions: [Iraq]
---

"""


def _vague(text: str) -> list[str]:
    return [m.text for m in lexicon("ar").vague(text)]


def _codes(body: str) -> list[str]:
    return quote_codes(FRONT + body + "\n")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # agentless hearsay and allegation, with what is claimed right after
        ("وورد أن الشرطة فرقت المتظاهرين بالقوة.", "وورد أن"),
        ("وزُعم أن الحراس ضربوا السجناء.", "وزُعم أن"),
        ("كما أُغلق السجن، وزُعم أن بعضهم اختفى منذ ذلك اليوم.", "وزُعم أن"),
        ("ويُزعم أن الوزارة أخفت التقرير.", "ويُزعم أن"),
        ("ويُروى أن القائد فر ليلا.", "ويُروى أن"),
        # closing its clause
        ("حسبما زُعم، قُتل عشرات الأشخاص.", "حسبما زُعم"),
        ("وقُتل عشرات الأشخاص حسبما زُعم.", "حسبما زُعم"),
        # the vowels of the passive, where the writer gives them
        ("ويُتوقع أن يرتفع التضخم في الربيع.", "ويُتوقع"),
        ("ويُخشى أن تنهار الهدنة قريبا.", "ويُخشى"),
        ("وذُكر أن المفاوضات توقفت.", "وذُكر"),
        ("وأُفيد بأن الطريق أُغلق.", "وأُفيد"),
    ],
)
def test_arabic_agentless_hearsay_and_allegation_are_vague(text, span):
    found = _vague(text)
    assert any(span in t or t in span for t in found), found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("جاء القرار عقب ورود أنباء عن اشتباكات في الجنوب.", "ورود أنباء"),
        ("وتأتي الخطوة مع تواتر تقارير عن نقص الوقود.", "تواتر تقارير"),
        ("فرضت الحكومة حظر التجول وسط تقارير بأن الجيش انقسم.", "وسط تقارير بأن"),
        ("أُغلقت الحدود في ظل أنباء أن المرض انتشر.", "ظل أنباء أن"),
        ("طالبت المنظمة بالتحقيق في المزاعم المستمرة حول التعذيب.", "المزاعم المستمرة حول"),
        ("ونفت الوزارة الاتهامات المتكررة بأن الشرطة تعذب المعتقلين.", "الاتهامات المتكررة بأن"),
        ("وأفادت الأنباء بأن المعتقلين أضربوا عن الطعام.", "وأفادت الأنباء بأن"),
        ("وتشير التقارير إلى أن المياه ملوثة.", "وتشير التقارير إلى أن"),
    ],
)
def test_arabic_hearsay_arriving_persisting_or_generic_is_vague(text, span):
    found = _vague(text)
    assert any(span in t or t in span for t in found), found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # people named by the shape of their plural, with a verb of claiming (either order)
        ("قال باحثون إن الجفاف سيطول.", "قال باحثون"),
        ("يرى اقتصاديون أن الدينار سيتراجع.", "يرى اقتصاديون"),
        ("قال صحفيون محليون إن الرقابة اشتدت.", "قال صحفيون"),
        ("قال مسلحون إنهم سيطروا على المطار.", "قال مسلحون"),
        ("أطباء أكدوا أن المستشفى بلا دواء.", "أطباء أكدوا"),
        ("وقال عمال إغاثة إن الطرق مقطوعة.", "وقال عمال"),
        # any verb of saying, with what is said right after
        ("أعلن مسؤولون أن المعبر سيفتح غدا.", "أعلن مسؤولون أن"),
        ("وأضاف مسؤولون أمريكيون أن الخطة جاهزة.", "وأضاف مسؤولون أمريكيون أن"),
        ("دبلوماسيون غربيون كتبوا أن الاتفاق هش.", "دبلوماسيون غربيون كتبوا أن"),
        # sources described by their kind, and a name withheld
        ("مصدر أمني رفيع المستوى قال إن الهجوم أُحبط.", "مصدر أمني"),
        ("قال مسؤول اشترط عدم الكشف عن اسمه إن المحادثات فشلت.", "مسؤول اشترط عدم"),
        ("وقال مصدر رفض الإفصاح عن هويته إن الصفقة ألغيت.", "مصدر رفض الإفصاح"),
        ("وكشفت مصادر اشترطت عدم ذكر اسمها أن الوزير سيستقيل.", "مصادر اشترطت عدم"),
    ],
)
def test_arabic_unnamed_people_and_described_sources_are_vague(text, span):
    found = _vague(text)
    assert any(span in t or t in span for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the active verb with its subject, and a speaker named in the sentence
        "زعم الوزير أن الاقتصاد قوي.",
        "يزعم الوزير أن الاقتصاد قوي.",
        "روى الشاهد أن الجنود أطلقوا النار.",
        "يروي الكتاب قصة المدينة.",
        "وقال الوزير إن الاقتصاد قوي، وزعم أن الأزمة انتهت.",
        "حسبما زعم الوزير، فإن الأزمة انتهت.",
        # those alleged to be what the text's actor acts on (rule 7), in a quantified group too
        "واحتُجز عدد من الناشطين ومن زُعم أنهم أعضاء في الحزب المحظور.",
        "وحوكم الذين يُزعم أنهم نظموا الإضراب.",
        # ورد in its other roles: a document named, a name listed, the verb رد "replied"
        "وورد في التقرير أن الشرطة فرقت المتظاهرين.",
        "وورد اسمه في القائمة.",
        "ورد الوزير على أسئلة الصحفيين.",
        # the writer's aside, a vowelled active, and a passive marked on a verb of no speech
        "ويُذكر أن المدينة تعرضت لحصار سابق.",
        "وذَكَر أن المفاوضات توقفت بعد أن قال الوزير ذلك.",
        "وقُتل ثلاثة أشخاص في الاشتباكات.",
        # reports named by their publisher
        "جاء القرار عقب ورود تقارير الأمم المتحدة عن الوضع.",
        "وأشار التقرير إلى أن المياه ملوثة.",
        # the crowd after أنّ is what is claimed; a role's plural in construct is a named body's people
        "ورأى أن مواطنين متضررين هم الذين فعلوا ذلك.",
        "قال قادة المعارضة إنهم سيقاطعون الانتخابات.",
        "وأكد أعضاء البرلمان أن الجلسة ستعقد غدا.",
        # words of the shapes that name no people, or people named
        "قال تلفزيون الدولة إن الرئيس سافر.",
        "وذكر التلفزيون الليبي أن الرئيس سافر.",
        "أكد تعاون البلدين أهمية الأمن.",
        "ومراسلون بلا حدود صرحت أن الصحفيين معتقلون.",
        "قال مسؤول أوروبي إن الاتفاق قريب.",
        # an organisation described, and people who are an object or addressed
        "وتواصل الحكومة العمل مع منظمات دولية.",
        "التقى الوزير باحثين من الجامعة.",
        "قال الوزير لمسؤولين إن الخطة جاهزة.",
        # a quantified group whose verb is too far away to be its own
        "وناقش الاجتماع العديد من القيم التي جاؤوا على ذكرها.",
    ],
)
def test_arabic_the_same_words_in_other_roles_are_not_vague(text):
    assert _vague(text) == []


@pytest.mark.parametrize(
    "body",
    [
        # a body's name as a noun's genitive
        "وفي اليوم التالي اعتُقلت رئيسة «منظمة صحفيات بلا قيود» بعد مداهمة منزلها.",
        'وقام عملاء "جهاز الأمن والمخابرات الوطني" بمداهمة المكاتب ليلا.',
        "وانتهت مهمة «بعثة الأمم المتحدة للمراقبة في سوريا» في أغسطس.",
    ],
)
def test_arabic_a_bodys_name_in_marks_is_not_a_quote(body):
    assert "Q101" not in _codes(body)


@pytest.mark.parametrize(
    "body",
    [
        # quoted words that open with such a noun: a sentence (punctuation, or more words than a name), or
        # introduced as speech (a colon, أنّ)
        "وفي صباح اليوم التالي ظهرت على الجدران «منظمة صحفيات بلا قيود لن تصمت أمام الاعتقالات، ولن تتراجع».",
        "وفي الصباح ظهر على جدار البلدية بخط كبير: «مجلس المدينة لا يمثل السكان ولا يسمع أصواتهم».",
        "ويبدو أن «مجلس المدينة لا يمثل السكان بعد اليوم».",
        # and an unattributed quote that opens with something else is still one
        "وفي صباح اليوم التالي ظهرت على الجدران «لن نسكت عن اعتقال الصحفيات بعد اليوم».",
    ],
)
def test_arabic_quoted_words_that_open_with_a_body_noun_are_still_quotes(body):
    assert "Q101" in _codes(body)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # round 14's first run: the agentless suspicion, and people counted in construct with what they said
        ("وتعرض المعتقلون للضرب، ويُشتبه أن الحراس أخفوا الأدلة.", "ويُشتبه أن"),
        ("ويشتبه في أن الشركة تلاعبت بالأسعار.", "ويشتبه في أن"),
        ("وذكر عشرات السكان أنهم فقدوا منازلهم.", "وذكر عشرات السكان أنهم"),
        ("مئات المزارعين أكدوا أن المحصول تلف.", "مئات المزارعين أكدوا أن"),
    ],
)
def test_arabic_round14_constructions_are_vague(text, span):
    found = _vague(text)
    assert any(span in t or t in span for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own hedge of likelihood, with or without its vowels
        "ويُرجح أن تكون الأحكام قد صدرت بعد محاكمات سريعة.",
        "ويرجح أن يعلن الوزير الخطة غدا.",
        # those seen as or suspected of, whom the text's actor prosecutes or detains (rule 7)
        "ولوحق قضائيا من يُنظر إليهم على أنهم يسيئون إلى الدين.",
        "واعتُقل الذين يُشتبه في أنهم نظموا الإضراب.",
        "ويشتبه الوزير في أن الشركة تلاعبت بالأسعار.",
        # people counted as the object of what happened to them
        "وقُتل عشرات الأشخاص في الهجوم.",
        "وأكد الوزير أن مئات الأسر عادت إلى القرية.",
    ],
)
def test_arabic_round14_other_roles_are_not_vague(text):
    assert _vague(text) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a name with the article, the subject of the clause after أنّ, which goes on after the closing mark
        ("وتزايد التوتر وسط أنباء عن أن «المحكمة الدولية الخاصة بلبنان» سوف توجه اتهامات إلى مسؤولين.", False),
        ("ودعا الحزب إلى مقاطعة «المجلس الوطني للإعلام والاتصال» واتهمه بالانحياز.", False),
        # quoted words that end the clause: a statement, with the article or after أنّ
        ("وفي صباح اليوم التالي ظهرت على الجدران «المجلس الوطني لا يمثل السكان ولا يسمع أصواتهم».", True),
        ("ويبدو أن «مجلس المدينة لا يمثل السكان بعد اليوم».", True),
    ],
)
def test_arabic_a_name_with_the_article_is_read_by_where_its_clause_ends(body, flagged):
    assert ("Q101" in _codes(body)) is flagged


def test_the_rules_report_the_new_readings_in_a_brief():
    body = (
        "وورد أن الشرطة فرقت المتظاهرين بالقوة، وقُتل ثلاثة أشخاص حسبما زُعم. وأعلن مسؤولون أن المعبر سيفتح "
        "غدا، فيما اعتُقلت رئيسة «منظمة صحفيات بلا قيود» بعد مداهمة منزلها."
    )
    codes = _codes(body)
    assert codes.count("Q102") == 3 and "Q101" not in codes, codes
