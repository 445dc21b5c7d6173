"""Arabic Q101 and Q102 after rounds 64 and 65's first run (Arabic Wikipedia's AG/ folder): words in marks in another
script, and a translation in a parenthesis right after them; rumours that circulate, say and hold; the impersonal
يُنظر إلى … باعتبار; according to what the reports said; some who feel. Read as constructions on written sentences,
each with near misses. See docs/accuracy.md, "Stop 39"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        "وترددت شائعات أن الممثل سيشارك في الفيلم.",  # rumours circulated that
        "وصرحت الإشاعات أيضا بأن المخرج اقترب من الممثل.",  # the rumours stated that
        "ونفى ذلك بعد إشاعة رحيل الممثل عن الفيلم.",  # after a rumour of the actor's leaving
        "كان يُنظر إلى الرابطة باعتبارها من الأيديولوجيات المحرمة.",  # was seen as one of the forbidden ideologies
        "وبحسب ما أفادت به التقارير، كان القائد حاضرا وقت إنشاء الوحدة.",  # according to what the reports stated
        "ويشعر البعض في هذا الإقليم أن القلاقل بدأت احتجاجا.",  # some in this region feel that
        # rounds 66 and 67: the prevailing belief then; accounts multiplied; in some sources and in others
        "وكان الاعتقاد السائد آنذاك أن الأرض مسطحة.",
        "تعددت الروايات والقصص عن مدى بخلها.",
        "تصل إلى عشرة آلاف ضحية في بعض المصادر.",
        "وأجمع كثير من المؤرخين على أن المعركة وقعت عام 1500.",  # many historians agreed that (round 68)
        # rounds 70 and 71: rumours of something spreading; news that emerged about
        "وشائعات الدولة العميقة تروج في الأوساط السياسية.",
        "ظهرت أخبار عن انقلاب وشيك في البلاد.",
        "ويحذر الخبراء و السياسيون من مخاطر استخدام العبوات.",  # the experts and politicians warn of (round 73)
    ],
)
def test_round_64_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "ونفى الوزير الشائعة.",  # the minister denied the rumour: the one the text named
        "كان الوزير ينظر إلى الاتفاق باعتباره خطأ.",  # the minister saw the agreement as a mistake: named
        "وبحسب ما أفادت به التقارير الصادرة عن الوزارة، كان القائد حاضرا.",  # the ministry's reports: named
        "ويشعر الوزير بالقلق.",  # the minister feels worried: named
        "وقد تعددت الأسباب.",  # the causes were many
        "واختلفت الآراء حول المشروع.",  # opinions differed: a dispute described
        "ورد ذلك في المصادر التالية.",  # in the following sources
        "وأجمع كثير من المؤرخين الكتب.",  # many historians collected the books: no clause
        "وهي تمثل حصصا شائعة في ملكية الموجودات.",  # common (شائعة) shares: an adjective, no rumour (round 68)
        "ظهرت أعراض المرض على الطفل.",  # symptoms appeared
        "ويحذر الوزير من مخاطر استخدام العبوات.",  # the minister warns: named
    ],
)
def test_round_64_near_misses_are_not_vague(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        # the political slogan "Ein Volk, ein Reich, ein Führer" ("one people, one Reich, one leader")
        'استخدمت الدعاية الشعار "Ein Volk, ein Reich, ein Führer" ("شعب واحد، رايخ واحد، قائد واحد")، من أجل الضم.',
        # the Navy's school, in Spanish, in marks
        'وتعرف المدرسة باسمها الإسباني "Escuela Superior de Mecánica de la Armada" في كل الوثائق الرسمية.',
        # rounds 66 and 67: a book after في كتاب, a channel and a programme
        'جمع الشدياق مقالاته المنشورة في "الجوائب" في كتاب "كنز الرغائب في منتخبات الجوائب".',
        'كانت ضيفة في برنامج " الأسئلة النموذجية " الذي يبث على شاشة قناة " سي إن إن التركية ".',
    ],
)
def test_round_64_words_in_another_script_and_their_gloss_are_no_quotes(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_round_64_arabic_words_in_marks_with_no_speaker_stay_reported() -> None:
    """The same construction with the brief's own script and no parenthesis before the marks: still unattributed."""
    body = 'كان الوضع صعبا "شعب واحد ورايخ واحد وقائد واحد في كل البلاد" من أجل الضم.'
    assert _codes(body, "Q101") == ["Q101"]


def test_round_70_a_pair_of_marks_written_the_other_way_round_is_one_quote() -> None:
    """”…“ (the curly pair reversed, as right-to-left text may set it) pairs as one term, not a quote that runs on."""
    body = (
        'فكرة "الدولة العميقة" مشابهة لفكرة ”دولة داخل الدولة“. ولهؤلاء المعتقدين بوجودها، فالأجندة السياسية للدولة '
        "العميقة تتضمن الولاء للقومية."
    )
    assert _codes(body, "Q101") == []


def test_round_71_proposing_with_its_clause_attributes_a_quote_and_names_no_view() -> None:
    """اقترح المؤلف … أن … «…»: the named author's words; but اقترح with an object ("proposed a ban") does not take
    a vague phrase in its sentence (عرف عنه العداء "he was known for hostility") for his view."""
    quote = '"رؤية الرجل الذي فاق نجاحه الجلي إمكانات السيرة الذاتية التقليدية التي قصد كتاباتها"'
    assert _codes(f"اقترح المؤلف بول جون إياكن أن يعتمد جزء من القوة البلاغية للسيرة على {quote}.", "Q101") == []
    assert _codes(f"كان يعتمد جزء من القوة البلاغية للسيرة على {quote}.", "Q101") == ["Q101"]
    assert _codes("عرف عنه العداء للإسلام فقد أيد الرسوم واقترح كبرلماني حظر النقاب.", "Q102") == ["Q102"]


def test_round_73_a_tests_conclusion_and_an_anthems_name() -> None:
    """Words in marks after what tests concluded (خلصت الاختبارات … إلى أنه «…») are theirs; a song's name after
    أنشودة is a title; the same words after no cue stay unattributed."""
    dose = "«عالية بما فيه الكفاية من الإشعاع»"
    body = (
        f"وخلصت الاختبارات التي أجرتها وزارة الطاقة إلى أنه لو بقي السكان سوف يحصلون على جرعة {dose} ولكن ليست قاتلة."
    )
    assert _codes(body, "Q101") == []
    assert _codes(f"كان السكان سوف يحصلون على جرعة {dose} ولكن ليست قاتلة.", "Q101") == ["Q101"]
    assert _codes('وقامت القناة بعرض أنشودة "أنت لنا يا شام يا حبيبة" للمنشد أنس السيد.', "Q101") == []


def test_round_75_a_news_agency_named_and_a_policy_named() -> None:
    """وفقا لوكالة أنباء اسوشيتد برس: the agency is named (with no name it stays vague); a policy's name in marks after
    سياسة is a name, not a quote."""
    assert _codes("ووفقا لوكالة أنباء اسوشيتد برس، قال المتحدث إن التحقيقات وجدت ذلك.", "Q102") == []
    assert _codes("ووفقا لوكالة أنباء، قال المتحدث إن التحقيقات وجدت ذلك.", "Q102") == ["Q102"]
    body = 'أصبح روشا الملتزم بسياسة الجيش "لا تسأل، لا تخبر أحدا بشيء مهما حدث" حين تعيينه هدفا للمقالب.'
    assert _codes(body, "Q101") == []


def test_rounds_76_and_77_reports_spreading_some_relating_asking_and_the_passive_of_pointing_out() -> None:
    for body in (
        "انتشرت تقارير عن اعتقاله في سجن عدرا.",  # reports spread about his arrest
        "كما ينقل بعض المتصوفة أن الشيخ كان يطير.",  # as some of the Sufis relate that
        "كما تساءل بعض المعارضين عن جدوى الكتاب.",  # some opponents asked about
        "وأشير إلى أن المتظاهرين كانوا سلميين.",  # it was pointed out that
        "وقد تمت الإشارة إلى أن المتظاهرين كانوا سلميين.",  # it was pointed out (تمت الإشارة)
    ):
        assert _codes(body, "Q102") == ["Q102"], body
    for body in (
        "ونقل بعض الكتب إلى المكتبة.",  # moved some books to the library
        "وأشار الوزير إلى أن المتظاهرين كانوا سلميين.",  # the minister pointed out: named
        "وتساءل الوزير عن جدوى الكتاب.",  # the minister asked: named
    ):
        assert _codes(body, "Q102") == [], body


def test_rounds_78_and_79_what_a_thing_is_referred_to_or_known_as_a_laws_article_and_a_rank() -> None:
    for body in (
        'يشار إليها "بالجزء العادي ظاهرياً من الشخصية اليومية" وأولئك المنبثقات.',  # referred to as
        'أعدم أعضاء اللجنة في ما أصبح معروف ك : " إعدام شهداء الاتحاد السوفيتي ( أو ليلة الشعراء المقتولين ) "',
        "وجعل من صلاحيات رئيس المحكمة في مادته السبعين “إعطاء شهادات محترفي التوكيل طبق التعليمات الموضوعة لها”.",
        'وفي نفس السنة منحه فريدريك الأكبر رتبة " يهودي تحت الحماية الإستثنائية " .',  # the rank conferred
        'والباتافيزيقا، كما يشرح جاري، "علم من عالم ما بعد الميتافيزيقا الحديثة جدا".',  # as Jarry explains
    ):
        assert _codes(body, "Q101") == [], body
    assert _codes('كان الوضع صعبا "علم من عالم ما بعد الميتافيزيقا الحديثة جدا".', "Q101") == ["Q101"]


def test_round_74_quoted_words_that_open_with_a_stop_or_a_comma_are_mispaired_marks() -> None:
    """“. ولهؤلاء …” or "، يحض الناس …": a closing mark taken for an opening one; which words are quoted is unknown."""
    assert _codes('الزعيم "، يحض الناس على العودة إلى الله. عاش في عهد كورش، ويدرس هذا" الكتاب.', "Q101") == []
    assert _codes('الزعيم "يحض الناس على العودة إلى الله. عاش في عهد كورش، ويدرس هذا" الكتاب.', "Q101") == ["Q101"]


def test_rounds_80_and_81_studies_some_of_them_others_concluding_seen_with_la_prizes_and_findings() -> None:
    for body in (
        "أشارت بعض الدراسات إلى أن المعدل ارتفع.",  # some studies pointed out that
        "بعض الدراسات قد أشارت إلى أن المعدل ارتفع.",  # some studies have pointed out that
        "لكن آخرين توصلوا إلى أن المعدل ارتفع.",  # but others concluded that
        "وهو منصب ينظر له كمنصب شرفي.",  # seen as an honorary post (ل for إلى)
        "التي ينظر لها أنها نهاية.",  # which is seen as an end
    ):
        assert _codes(body, "Q102") == ["Q102"], body
    for body in (
        "وتوصلت الدراسة إلى أن المعدل ارتفع.",  # the study concluded: one named study
        "أشارت بعض الدراسات التي أجرتها الوزارة عام 2010 إلى أن المعدل ارتفع.",  # the ministry's studies
    ):
        assert _codes(body, "Q102") == [], body
    prize = 'نالت أيضاً جائزة "نور" عن مؤسسة نور، وجائزة "جورج طربيه للثقافة والإبداع" سنة 1999.'
    assert _codes(prize, "Q101") == []  # a prize's name
    found = 'وجدت الرابطة الأمريكية لعلم النفس (APA) انه "نادرا ما تحدث ردود فعل سلبية شديدة بعد الإجهاض".'
    assert _codes(found, "Q101") == []  # a named body's finding, its words
    assert _codes('كان الوضع صعبا "نادرا ما تحدث ردود فعل سلبية شديدة بعد الإجهاض".', "Q101") == ["Q101"]


def test_rounds_82_and_83_a_name_shaped_as_a_plural_and_many_who_see_that() -> None:
    """جاكسون (Jackson) has the shape of فاعلون (ناقدون "critics"); a singular verb after it, "on behalf of" or "son of"
    before it, or a singular participle going on from its verb makes it one person in the whole text."""
    for body in (
        "قال جاكسون في عام 2003 انه لن يعود إلى المزرعة، قائلا انه لم يعد يعتبر المزرعة منزلا.",
        "ومع ذلك، فإن المتحدث باسم جاكسون قال إن هذا مجرد إعادة لتمويل القرض.",
        "قال جاكسون إن المزرعة بيعت. وفي بيان آخر، جاكسون نفى ذلك.",
    ):
        assert _codes(body, "Q102") == [], body
    for body in (
        "قال ناقدون إن الفيلم ضعيف، قائلين إنه طويل.",  # critics, with the plural participle
        "محللون قالوا إن هذا مجرد إعادة.",
        "يرى الكثير أن اللون رمز للسلام.",  # many see that
    ):
        assert _codes(body, "Q102") == ["Q102"], body


def test_rounds_84_and_85_news_passed_around_by_the_media_and_a_name_given() -> None:
    for body in (
        "تناقل الاعلام الإسرائيلي أنباء عن مقتل جنديين.",  # the Israeli media passed around news
        "تناقلت وسائل الإعلام أنباء عن مقتل جنديين.",
        "وتداولت الصحف خبر استقالته.",
    ):
        assert _codes(body, "Q102") == ["Q102"], body
    assert _codes("تناقل الناس الخبر.", "Q102") == []  # people passed it around: no source reported
    named = 'شاركوا في اجتماع في باريس سُمي "الاجتماع الدولي لدعم وقف إطلاق النار الإنساني".'
    assert _codes(named, "Q101") == []  # a meeting called "…": its name
    assert _codes('شاركوا في اجتماع في باريس "الاجتماع الدولي لدعم وقف إطلاق النار الإنساني".', "Q101") == ["Q101"]
