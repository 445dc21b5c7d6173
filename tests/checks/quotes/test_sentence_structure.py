"""Issue 19 (second review): attribution read from sentence structure, on prose written for these
tests. The sentence right after a quote that ends its own sentence may name its speaker, as the one
before may; a place or a date as the subject of a verb over things names no speaker; a hearsay
adverb ("reportedly") with no source is a vague attribution; a quote alone in its paragraph borrows
nothing from the previous paragraph, vague or not (English, French, Arabic)."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint


def codes(body: str, select: str = "Q101,Q102") -> list[str]:
    return [f.code for f in lint(FRONT + "\n" + body.strip() + "\n", select=select.split(","))]


def findings(front: str, body: str) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in lint(front + "\n" + body.strip() + "\n", select=["Q101", "Q102"])]


# ----- the sentence after the quote names the speaker ------------------------------------------

ATTRIBUTED_AFTER = [
    '"We are running out of patience with the lenders and with our own ministers." '
    "That was how Hassan Nasr, the opposition leader, put it on Sunday.",
    '"No tanker will leave the port until the wages are paid in full." '
    "So said the head of the dockworkers' union, Karim Toumi, to a crowd of two thousand.",
    '"The subsidy bill is the largest item in the budget and nobody wants to touch it." '
    "Leila Mansour's words were blunt, and the committee fell silent.",
    '"We cannot build schools with promises from donors who never pay." '
    "Those were the words of the education minister at the closing session.",
    '"The grid lost a fifth of its capacity in a single week of heat." '
    "According to the deputy electricity minister, the losses were worse in the south.",
    'Farah Said runs a clinic in Mosul. "We see children with the same infection every summer." '
    "She told the visiting delegation that clean water would end it.",
]


@pytest.mark.parametrize("body", ATTRIBUTED_AFTER)
def test_a_speaker_and_cue_in_the_next_sentence_attribute_the_quote(body: str) -> None:
    assert "Q101" not in codes(body)


NOT_ATTRIBUTED_AFTER = [
    # the next sentence names nobody who speaks
    '"The electricity grid will collapse by August without a new supply of gas." The talks resumed on Monday.',
    # the quote does not end its sentence: the words after it are its own sentence's
    '"The electricity grid will collapse by August without a new supply of gas" is a common line. '
    "The talks resumed on Monday.",
]


@pytest.mark.parametrize("body", NOT_ATTRIBUTED_AFTER)
def test_a_next_sentence_without_a_speaker_attributes_nothing(body: str) -> None:
    assert codes(body) == ["Q101"]


# ----- a place or a date as the subject is no speaker --------------------------------------------

PLACE_SUBJECT = [
    'Baghdad hosted the summit on 12 May. "The electricity grid will collapse by August without Iranian gas."',
    'Jordan approved the new budget on 3 March. "Nobody in the region can afford another year of deficits."',
    'On 9 June, Tehran opened its second desalination plant. "The water will be drinkable by the end of the year."',
    'Kuwait raised the fuel price in January. "The price of bread will follow within a month."',
]


@pytest.mark.parametrize("body", PLACE_SUBJECT)
def test_a_place_or_date_subject_over_things_is_no_speaker(body: str) -> None:
    assert codes(body) == ["Q101"]


NOT_A_KNOWN_PLACE = [
    # one capitalised word over things that is no known place: a surname may be the speaker, so
    # the quote is doubtful and Q101 (an error, for the certain) says nothing
    'Haddad chaired the session. "We will not accept a deal that leaves the south without power this summer."',
    'Mansour arrived late to the meeting. "Nobody here believes the tariff will hold past the elections."',
]


@pytest.mark.parametrize("body", NOT_A_KNOWN_PLACE)
def test_a_capitalised_subject_that_is_no_known_place_stays_doubtful(body: str) -> None:
    assert "Q101" not in codes(body)


PERSON_SUBJECT = [
    # the predicate deals with people: its subject may be the one who speaks next (doubtful)
    'Haddad met reporters on Monday. "Nobody trusts the government to keep the lights on."',
    'Mansour briefed the donors in Geneva. "We need the money before the winter, not after it."',
    'Toumi visited his constituency on Friday. "The roads have not been repaired since the floods."',
]


@pytest.mark.parametrize("body", PERSON_SUBJECT)
def test_a_capitalised_subject_dealing_with_people_stays_doubtful(body: str) -> None:
    assert "Q101" not in codes(body)


# ----- hearsay adverbs ----------------------------------------------------------------------------

HEARSAY = [
    "Officials have reportedly discussed doubling the tariff.",
    "The funds were allegedly diverted to a company owned by the governor's brother.",
    "The militia purportedly controls three of the border crossings.",
    "The central bank has supposedly sold a third of its gold reserves since January.",
    # (stop 43) a verb of saying after it: that he spoke is what nobody named reports
    "The oil minister reportedly told the cabinet that exports would fall.",
]


@pytest.mark.parametrize("body", HEARSAY)
def test_a_hearsay_adverb_without_a_source_is_vague(body: str) -> None:
    assert codes(body) == ["Q102"]


HEARSAY_SOURCED = [
    "The general reportedly resigned on Monday, according to Reuters.",
    "The central bank has [reportedly](https://example.org/gold) sold a third of its gold reserves.",
    "Officials have reportedly discussed doubling the tariff [@minister-speech].",
]


@pytest.mark.parametrize("body", HEARSAY_SOURCED)
def test_a_hearsay_adverb_with_its_source_or_speaker_is_not_vague(body: str) -> None:
    assert codes(body) == []


# ----- a quote alone in its paragraph borrows nothing -------------------------------------------


def test_a_standalone_english_quote_does_not_borrow_a_vague_attribution() -> None:
    body = (
        "The ministry adopted the law in March. Some analysts believe the president opposes it.\n\n"
        '"The churches have been waiting for permits for ten years."'
    )
    got = findings(FRONT, body)
    assert [c for c, _ in got] == ["Q102", "Q101"]
    assert "no speaker or source" in got[1][1]


def _front(language: str) -> str:
    return FRONT.replace("---\ntitle:", f"---\nlanguage: {language}\ntitle:", 1)


FRENCH_STANDALONE = [
    "Le gouvernement a adopté la loi en mars. On dit que le président s'y oppose.\n\n"
    "« Les églises attendent depuis dix ans. »",
    "Le budget a été voté mardi. Selon certains observateurs, il ne tiendra pas.\n\n"
    "« Personne ne croit que les prix baisseront cet hiver. »",
    "Les coupures ont repris. Des sources proches du dossier affirment que le gaz manque.\n\n"
    "« Nous vivons sans électricité huit heures par jour. »",
]
ARABIC_STANDALONE = [
    "وافقت الحكومة على القانون في مارس. ويرى محللون أن الاتفاق لن يصمد طويلاً.\n\n«لن نتراجع عن حقوقنا مهما طال الزمن.»",
    "ارتفعت أسعار الخبز هذا الشهر. وتشير تقارير إلى أن الجيش يعارض الصفقة.\n\n"
    "«لا أحد يصدق أن الأسعار ستنخفض هذا الشتاء.»",
]


@pytest.mark.parametrize(
    ("language", "body"), [("fr", b) for b in FRENCH_STANDALONE] + [("ar", b) for b in ARABIC_STANDALONE]
)
def test_a_standalone_quote_does_not_borrow_the_previous_paragraphs_vague_cue(language: str, body: str) -> None:
    got = findings(_front(language), body)
    q101 = [m for c, m in got if c == "Q101"]
    assert "Q102" in [c for c, _ in got]  # the vague cue is reported where it stands
    assert len(q101) == 1
    assert "vague" not in q101[0] and "no speaker or source" in q101[0]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "fr",
            "Le ministre de l'énergie a déclaré mardi que les coupures cesseraient.\n\n"
            "« Nous tiendrons parole cette fois. »",
        ),
        ("ar", "قال وزير الكهرباء إن الانقطاعات ستتوقف قريباً.\n\n«سنفي بوعدنا هذه المرة.»"),
        ("fr", "Le ministre a pris la parole devant les députés :\n\n« Nous tiendrons parole cette fois. »"),
    ],
)
def test_a_standalone_quote_after_a_named_speaker_is_doubtful_not_reported(language: str, body: str) -> None:
    assert [c for c, _ in findings(_front(language), body) if c == "Q101"] == []
