"""The Arabic grammar after round 12's first run, on written sentences (not the labelled passages).

Round 12 (Wikinews day reports) credited claims to unnamed people in constructions the lexicon did not read:
talk and fears credited to no one (وسط حديث عن "amid talk of", مما أثار مخاوف من "which raised fears of"),
expressing with عبّر (spelled as the preposition عبر "via"), accusing (اتهم), people named by what they do in an
indefinite participle plural (محامون "lawyers"), and a verbal noun of saying whose genitive is an unnamed
source (اتهام مصدر "a source's accusation"). And it read the impersonal يعتقد أن "it is believed" as vague
where its own sentence names the source (وفقا لتحليل X). The sentences here are written for the constructions;
the guards (the second test of each pair) keep the readings from spreading to the other roles of the same words.
"""

from __future__ import annotations

from brieflint.document.language import lexicon


def test_arabic_impersonal_belief_credited_in_its_sentence_to_a_named_source_is_not_vague():
    lex = lexicon("ar")
    credited = "ويعتقد أن الشركة ستخفض إنتاجها في الربيع وفقا لتقرير نشرته وكالة الطاقة الدولية."
    assert lex.vague(credited) == []
    before = "وبحسب تحليل للبنك المركزي، يعتقد أن الأسعار ستنخفض في الصيف."
    assert lex.vague(before) == []
    # with no source in its sentence it is still vague, and so is a source that names no one
    assert [m.text for m in lex.vague("ويعتقد أن الشركة ستخفض إنتاجها في الربيع.")] == ["ويعتقد أن"]
    assert any("يعتقد" in m.text for m in lex.vague("ويعتقد أن الأسعار ستنخفض. وقال الوزير إن الدعم مستمر."))
    assert lex.vague("وبحسب مصادر مطلعة، يعتقد أن الأسعار ستنخفض.") != []
