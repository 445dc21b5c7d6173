"""The language layer: profiles from tags, folding with a map back, the Arabic and French grammars."""

from __future__ import annotations

import subprocess
import sys

import pytest

from brieflint.document.language import build, lexicon, primary, profile
from brieflint.document.language.grammar import Clitics, arabic_verb, french_er, readings
from brieflint.document.language.normalize import ascii_digits, fold


@pytest.mark.parametrize(
    ("tag", "lang"),
    [
        ("ar", "ar"),
        ("ar-EG", "ar"),
        ("AR_iq", "ar"),
        ("fr-CA", "fr"),
        ("ara", "ar"),
        ("", "en"),
        (None, "en"),
        (3, "en"),
    ],
)
def test_primary_subtag(tag, lang):
    assert primary(tag) == lang


def test_profiles():
    ar, fr, de, en, tr = profile("ar-EG"), profile("fr"), profile("de"), profile("en"), profile("tr")
    assert ar.direction == "rtl" and ar.segmenter == "ar" and ar.has_lexicon
    assert "«" in ar.marks.opening and "»" in ar.marks.closing
    assert fr.has_lexicon and ("«", "»") in fr.marks.double
    assert de.marks.closes("„") == {"“"} and "‚" in de.marks.opening and not de.has_lexicon
    assert "„" not in en.marks.opening
    assert en.lexicon() is None and tr.lexicon() is None
    assert profile("ja").marks.double[0] == ("「", "」")
    assert profile("xx").direction == "ltr" and profile("xx").segmenter == "en"


def test_fold_maps_back_to_the_original():
    text = "وقَـالَ الرئيسُ إنّ ٢٠٢٤ عامٌ صعبٌ"
    f = fold(text)
    assert f.value == "وقال الرييس ان 2024 عام صعب".replace("الرييس", "الرئيس")
    i = f.value.index("2024")
    a, b = f.span(i, i + 4)
    assert text[a:b] == "٢٠٢٤"
    j = f.value.index("قال")
    a, b = f.span(j, j + 3)
    assert text[a:b] == "قَـالَ"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [("إلى", "الي"), ("أكّد", "اكد"), ("مطلعة", "مطلعه"), ("آخرون", "اخرون"), ("ﻻ", "لا"), ("D’après", "d'après")],
)
def test_fold_letters(raw, folded):
    assert fold(raw).value == folded


def test_ascii_digits_keeps_length():
    assert ascii_digits("٢٠٢٤-٠٣-٠١ و۱۴۰۲") == "2024-03-01 و1402"


def test_arabic_verb_forms():
    forms = arabic_verb("قال", "يقول")
    assert {"قال", "قالت", "قالوا", "يقول", "تقول", "يقولون"} <= forms
    assert {"اكد", "اكدت", "يؤكد", "تؤكد"} <= arabic_verb("أكّد", "يؤكد")


def test_french_er_forms():
    forms = french_er("estimer")
    assert {"estime", "estiment", "estimait", "estimé", "estimant"} <= forms
    assert "jugeait" in french_er("juger") and "annonçait" in french_er("annoncer")


def test_readings_take_clitics_off():
    cl = Clitics(("و", "ف"), ("ب", "ل", "ك", "س"), ("ها", "نا", "ه"))
    assert "قال" in readings("وقال", cl)
    assert "يقول" in readings("وسيقول", cl)
    assert "اخبروا" in readings("اخبرونا", cl)
    assert "الوزير" in readings("للوزير", cl)
    assert "مراقبون" not in readings("المراقبون", cl)


def _texts(matches):
    return [m.text for m in matches]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال الوزير إن الوضع صعب.",
        "وأكّدت الوزيرة أن المشروع سيكتمل.",
        "قـال الرئيس إن الاتفاق قريب.",
        "وفقاً للوزير، انتهت المفاوضات.",
        "بحسب البنك الدولي، تراجع النمو.",
        "نقلًا عن المتحدث باسم الحكومة.",
        "ينص الدستور على أن “حرية الاعتقاد مطلقة”.",
        "كما قاله الوزير أمس.",
        "في تصريح للصحفيين، أعلن الوزير استقالته.",
        "وبيّن وزير المالية أن العجز سيتراجع.",
        "نص الاتفاق على أن تنسحب القوات.",
        "وسيقول الوزير كلمته غدا.",
        "واعترف الوزير بأن الخطة فشلت.",
    ],
)
def test_arabic_cues(sentence):
    assert lexicon("ar").cues(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "ذهب الوزير إلى بغداد أمس.",
        "مصادر الطاقة المتجددة مهمة.",
        "المدينة القديمة جميلة.",
        # the preposition بين and the noun نص are not the verbs بيّن and نصّ; ك and ب do not attach to verbs
        "اختيرت البصرة من بين المحافظات.",
        "نشرت الوزارة نص الاتفاق كاملا.",
        "وصل جون كيري إلى بغداد.",
        # اعترف بـ + a noun is "recognised", not a verb of saying
        "تعترف الدولة رسمياً بثلاث لغات.",
    ],
)
def test_arabic_no_cue(sentence):
    assert not lexicon("ar").cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("ويرى مراقبون أن الوضع صعب.", "ويرى مراقبون"),
        ("بحسب مصادر مطلعة، فإن الاتفاق قريب.", "بحسب مصادر مطلعة"),
        ("وفقًا لتقارير إعلامية، انسحب الجيش.", "وفقًا لتقارير إعلامية"),
        ("تشير تقارير إلى أن الحكومة ستستقيل.", "تشير تقارير"),
        ("أفادت تقارير بأن الحدود أغلقت.", "أفادت تقارير"),
        ("يقول محللون إن التضخم سيرتفع.", "يقول محللون"),
        ("محللون يقولون إن التضخم سيرتفع.", "محللون يقولون"),
        ("يعتقد كثيرون أن الانتخابات ستؤجل.", "يعتقد كثيرون"),
        ("ويُقال إن الرئيس مريض.", "ويُقال"),
        ("قالت مصادر لم تكشف عن هويتها إن الهجوم فشل.", "قالت مصادر لم تكشف"),
        ("وبحسب ما ورد، فقد أغلق المعبر.", "وبحسب ما ورد"),
        ("تحدثنا إلى أشخاص أخبرونا عن الاعتقالات.", "تحدثنا إلى أشخاص أخبرونا"),
        ("يرى البعض أن الخطة فشلت.", "يرى البعض"),
        # quantified subjects, either order, with a gap for the noun after من
        ("يرى كثير من المحللين أن الأسعار سترتفع.", "يرى كثير من"),
        ("العديد من الخبراء الاقتصاديين يعتقدون أن التضخم سيتراجع.", "العديد من الخبراء الاقتصاديين يعتقدون"),
        ("ويؤكد الكثيرون أن الحكومة ستسقط.", "ويؤكد الكثيرون"),
        ("وجدها كثيرون مخيبة للآمال.", "وجدها كثيرون"),
        ("ومعارضون يؤمنون بأن الانتخابات مزورة.", "ومعارضون يؤمنون"),
        # hearsay: a relative clause or a circulating adjective, or a verb of reports arriving
        ("نشعر بالقلق إزاء الأنباء التي تشير إلى اعتقال صحفيين.", "الأنباء التي تشير"),
        ("وبحسب المعلومات المتداولة، أغلق المعبر.", "المعلومات المتداولة"),
        ("ووردت أنباء عن سقوط ضحايا.", "ووردت أنباء"),
        ("وتتوالى التقارير عن انقطاع الكهرباء.", "وتتوالى التقارير"),
        # agentless passives of opinion and report
        ("يُنظر إليها على أنها أكبر تهديد للاستقرار.", "يُنظر إليها على أنها"),
        ("وأُفيد بأن الوزير استقال.", "وأُفيد بأن"),
        # expressing a view with an unnamed subject; a whole class named by two adjectives of scope
        ("أعرب ناشطون عن قلقهم من تأجيل الانتخابات.", "أعرب ناشطون"),
        ("وأبدت جماعات حقوقية مخاوفها من القانون الجديد.", "وأبدت جماعات"),
        ("وقال الخبراء المحليون والأجانب إن السد آمن.", "وقال الخبراء المحليون والأجانب"),
        ("المنظمات العربية والدولية ترى أن الحصار غير قانوني.", "المنظمات العربية والدولية ترى"),
        # common knowledge credited to no one
        ("وكما هو معروف، فإن الصادرات تراجعت.", "وكما هو معروف"),
        ("ومن المعروف أن المدينة تعاني من نقص المياه.", "ومن المعروف أن"),
    ],
)
def test_arabic_vague(sentence, span):
    assert span in _texts(lexicon("ar").vague(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "قال المراقبون الدوليون في تقريرهم إن الانتخابات نزيهة.",
        "أعرب الوزير عن قلقه من تدهور الأوضاع.",
        "تعمل المنظمات المحلية والدولية على إيصال المساعدات.",
        "زار وفد من المنظمات الدولية المخيم أمس.",
        "التقى الوزير بالكاتب المعروف في القاهرة.",
        "أطلق البرنامج المعروف باسم “الأمل” العام الماضي.",
        "وقال وزير الخارجية إن المفاوضات مستمرة.",
        "بحسب البنك الدولي، تراجع النمو.",
        "مصادر الطاقة المتجددة مهمة.",
        # hearsay nouns named or doing something else; quantifiers that are not subjects of an opinion
        "نشرت الوزارة التقارير التي أعدها خبراؤها.",
        "انتشرت المعلومات المضللة على وسائل التواصل.",
        "يتواصل تدفق المعلومات من الميدان.",
        "تواصل مسؤولون أمريكيون مع نظرائهم العراقيين.",
        "وجد كثير من السكان أنفسهم بلا مأوى.",
        "كثير من الأسر لم تجد مأوى بعد الفيضان.",
        "ينظر الوزير إليه على أنه شريك.",
        "تقارير عن أمن الطاقة في الخليج.",
    ],
)
def test_arabic_named_sources_are_not_vague(sentence):
    assert not lexicon("ar").vague(sentence)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Selon des observateurs, la situation est grave.", "Selon des observateurs"),
        ("Certains estiment que la guerre est finie.", "Certains estiment"),
        ("On dit que le ministre a démissionné.", "On dit"),
        ("Des sources proches du gouvernement affirment que le texte est prêt.", "Des sources proches du"),
        ("Il semblerait que l’accord soit signé.", "Il semblerait"),
        ("La police aurait tiré sur la foule.", "aurait tiré"),
        ("D'après certaines sources, le texte est prêt.", "D'après certaines sources"),
        ("Le projet, estiment certains analystes, est mort-né.", "estiment certains analystes"),
    ],
)
def test_french_vague(sentence, span):
    assert any(span in t for t in _texts(lexicon("fr").vague(sentence))), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Il aurait fallu agir plus tôt.",
        "Selon le Haut Commissariat, 300 personnes sont mortes.",
        "D’après l’Organisation internationale pour les migrations, le nombre a doublé.",
        "Le ministre estime que la réforme est nécessaire.",
    ],
)
def test_french_named_sources_are_not_vague(sentence):
    assert not lexicon("fr").vague(sentence)


def test_french_cues_and_positions():
    s = "« Nous ne reculerons pas », a déclaré le ministre."
    (m,) = lexicon("fr").cues(s)
    assert s[m.start : m.end] == "déclaré"


def test_a_broken_lexicon_is_a_value_error():
    with pytest.raises(ValueError, match="unknown class"):
        build("xx", {"classes": {"say": ["dit"]}, "cue": ["@tell"]})


def test_importing_the_language_layer_loads_no_lexicon():
    code = (
        "import sys; import brieflint.document.language as L; "
        "assert 'brieflint.document.yamldata' not in sys.modules; "
        "assert 'brieflint.document.language.grammar' not in sys.modules; "
        "assert L.lexicon.cache_info().currsize == 0; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_arabic_point_to_needs_its_preposition():
    lx = lexicon("ar")
    assert not lx.cues("تطمح الحملة إلى لفت الانتباه إلى إعلان غرير")  # "to draw attention to": no speech
    assert lx.cues("ولفت الوزير إلى أن الخطة ستنجح")
    assert lx.cues("ولفتت إلى أن الخطة ستنجح")


def test_shipped_lexicons_give_each_key_once() -> None:
    """A class defined twice in a shipped lexicon keeps only its first list (the loader's rule for duplicate keys), so
    the second is dead data and the patterns written beside it read the first: stop 39 found five such pairs in
    ``ar.yaml`` (``emerge``, ``view-def``, ``this``, ``self``, ``define``) and merged them. The loader refuses one."""
    from importlib.resources import files

    from brieflint.document.yamldata import load_yaml

    for name in ("ar", "fr"):
        text = files("brieflint.rules").joinpath(f"lang/{name}.yaml").read_text(encoding="utf-8")
        assert load_yaml(text).problems == [], name
        assert lexicon(name).language == name
    doubled = "classes:\n  say: [قال/يقول]\n  say: [ذكر/يذكر]\n"
    problems = load_yaml(doubled).problems
    assert [(p.line, p.code) for p in problems] == [(3, "E004")]
