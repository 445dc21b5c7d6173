"""Arabic Q102 construction families of rounds 18 and 19, on written sentences (not the labelled passages).

Each reading is a verb class with the shape of its subject or of what follows it, not a round's phrase: the
sentences below are written for the family, with other subjects, objects and clitics than the rounds' passages.
Every vague sentence has a twin that must stay unreported: a named speaker, describer or ranker, or the same
words in another role. See docs/accuracy.md, "Arabic rounds 18 and 19 (first sight, then their constructions)".
"""

from __future__ import annotations

import pytest

from brieflint.document.language import lexicon


def _vague(text: str) -> list[str]:
    return [m.text for m in lexicon("ar").vague(text)]


VAGUE = [
    # directing blame (وجّه) with an unnamed subject and a noun of blame for its object
    "ووجه البعض أصابع الاتهام إلى الحكومة.",
    "ووجه ناشطون انتقادات حادة إلى الوزارة.",
    "والبعض وجهوا اللوم إلى الشركة.",
    # leading unnamed people to a view: the verbal noun of believing or claiming after ل or إلى
    "وهو ما دفع الكثيرين إلى الاعتقاد بأن الخطة فشلت.",
    "الأمر الذي يدعو البعض إلى القول إن الاتفاق انهار.",
    "وقد وصل الأمر بالبعض إلى الزعم بأن الانتخابات زورت.",
    # a definite plural of people in the oblique case as the subject of a verb that takes no person for its object,
    # or of رأى with its clause right after
    "كما يقول المحافظين في البرلمان.",
    "ويعتقد الباحثين أن المدينة أقدم.",
    "ويرى المتشائمين أن الأزمة ستطول.",
    "ويرى الاقتصاديين بأن التضخم سيرتفع.",
    # an opinion or current of opinion with no holder: the existential with a noun of opinion and a verb of holding
    "وهناك رأي يقول إن المشروع مكلف.",
    "وثمة اتجاه آخر يرى أن الحل سياسي.",
    "هناك أصوات تشكك في جدوى الخطة.",
    # a consensus no one holds
    "ولا أحد ينكر أن الوضع صعب.",
    # a paragraph that opens with the present third-person plural of describing or saying: the generic "they"
    "يصفونه بأنه أسوأ قانون في تاريخ البلاد.",
    "يقولون إن الخطة فشلت.",
    # adherents of a theory, idea or school as the subject of holding, saying or believing
    "ويرى أتباع هذه المدرسة أن السوق تصحح نفسها.",
    "ويذهب أنصار الفكرة إلى أبعد من ذلك.",
    "ومؤيدو النظرية يقولون إن الأدلة كافية.",
    # the passive present of describing, with its subject and an adverb before بأنه
    "ويوصف الاقتصاد المحلي غالبا بأنه هش.",
    # the passive of ranking with a rank after على أنه, the verb or its verbal noun after تمّ
    "وتم تصنيفها على أنها ثاني أكبر مدينة في البلاد.",
    "ويصنف على أنه الأفضل في المنطقة.",
    # the agentless يُعتبر with an adjective of offence or distortion right after it
    "وهي تصريحات تعتبر مسيئة للاجئين.",
    # an agentless construction whose sentence has a verb of saying only inside a vague attribution: no speaker
    "وهي أفلام تعتبر مهينة للنساء، الأمر الذي يدعو البعض للاعتقاد أنها مقصودة.",
]

TWINS = [
    # a named subject directs the blame; the same verb with another object; the noun وجه "face"
    "ووجه الوزير أصابع الاتهام إلى المعارضة.",
    "ووجه البعض رسائل إلى الوزير.",
    "وظهر على وجه البعض التعب.",
    # leading to an act, not a view; a named subject led
    "ودعا البعض إلى الحوار.",
    "ودفع الوزير إلى القول إن الخطة فشلت.",
    # the oblique plural after a particle is who is told; رأى with a person for its object; a named speaker
    "وقال للمحافظين إن الخطة نجحت.",
    "ويدعون المسلمين إلى الصلاة.",
    "ويرى المتظاهرين في كل مكان.",
    "ورأى الوزير المتشائمين في القاعة.",
    "وقال المتحدث إن الخطة نجحت.",
    # an opinion with its holder named, or with no verb of holding
    "وهناك رأي آخر للوزير يشكك في الخطة.",
    "وهنالك رأي عام واسع.",
    # denying a right, not a claim; a named denier
    "ولا أحد ينكر حق الشعوب في الماء.",
    "ولم ينكر الوزير أن الخطة فشلت.",
    # the plural verb inside a paragraph (its subject may stand before it), in the past (it goes on from a named
    # subject), or with no clause after it
    "اجتمع الوزراء أمس. يصفونها بأنها كارثة.",
    "وقالوا إن الخطة فشلت.",
    "يصفون الطريق بالوعر.",
    # supporters of a party go somewhere; a named holder of a theory
    "وذهب أنصار الحزب إلى صناديق الاقتراع.",
    "ويرى داروين صاحب نظرية التطور أن الأنواع تتغير.",
    # the passive of وصف "prescribe"; a describer named after من قبل or as the sentence's speaker
    "وتوصف الأدوية للمرضى.",
    "وتوصف الحكومة من قبل الوزير بأنها ضعيفة.",
    "وقال الوزير إن الحكومة توصف عادة بأنها ضعيفة.",
    # a classification with no rank (rule 6); an active ranking with its ranker
    "وتم تصنيفه على أنه نوع مهدد.",
    "وصنفت المنظمة الجيش على أنه ثالث أكبر جيش.",
    # a classification under a rule (rule 6); a named speaker's evaluation
    "ويعتبر ذلك مخالفة للقانون.",
    "واعتبر الوزير الفيلم مسيئا.",
    # an agentless construction whose sentence names its speaker with a verb of saying
    "وقال الوزير إن الأفلام تعتبر مهينة للنساء.",
]


@pytest.mark.parametrize("sentence", VAGUE)
def test_round19_family_is_vague(sentence: str) -> None:
    assert _vague(sentence), sentence


@pytest.mark.parametrize("sentence", TWINS)
def test_round19_twin_stays_unreported(sentence: str) -> None:
    assert _vague(sentence) == [], sentence


def test_estimate_credited_to_a_body_named_in_marks() -> None:
    # round 18 (ar-h485): a prepositional cue followed by a body's name in marks is a source; the marks' inside is
    # blanked when Q102 reads a paragraph (quoted words never attribute), so the sentence is read as Q102 reads it
    lex = lexicon("ar")
    named = 'وقدرت مساحة الأراضي بحسب "                    " بحوالي 800 ألف هكتار.'
    assert lex.vague(named) == []
    # without the name in marks the estimate has no estimator
    assert lex.vague("وقدرت مساحة الأراضي بحوالي 800 ألف هكتار.")
