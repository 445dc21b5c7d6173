"""HS005's readings of an acronym that needs no spelling out (issue 19, the news sweep's false findings):
a word of a general dictionary, a spelling of the LGBT initialism, an e-mail address written out, the
name of a linked site or account, and four more spell-out forms. Sentences written for these tests;
each reading is shown next to the use it must still report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support import front

from brieflint.checks.packs import acronyms
from brieflint.testing import lint

ROOT = Path(__file__).resolve().parents[3]
DATA_NOUN = Path("/usr/share/wordnet/data.noun")


def keys(body: str) -> list[str]:
    return [f.data["key"] for f in lint(front() + "\n" + body + "\n", select=["HS005"])]


# ------------------------------------------------------------------ a word of a general dictionary


def test_a_dictionary_noun_is_a_word_and_a_name_is_not() -> None:
    body = "The ministry moved its IT staff and its HTML pages. FEMA and the IAEA were not asked."
    assert keys(body) == ["FEMA", "IAEA"]


def test_letters_that_also_spell_a_word_may_stand_for_a_name() -> None:
    # the dictionary's ICE is an engine and its IRA an account (or an army): not what a brief may mean
    assert keys("ICE agents detained him, and IRA funds paid for the chargers.") == ["ICE", "IRA"]


def test_a_plural_of_a_dictionary_noun_is_a_word() -> None:
    assert keys("The attack came from thousands of IPs in four countries.") == []


def test_places_and_bodies_of_the_dictionary_are_still_spelled_out() -> None:
    # PRC and DPRK are places in WordNet, ASEAN an organisation: a house spells them out
    assert keys("The PRC and the DPRK met ASEAN envoys.") == ["PRC", "DPRK", "ASEAN"]


def test_the_dictionary_is_generated_data_read_lazily() -> None:
    words = Path(acronyms.__file__).with_name("acronym_words.py").read_text(encoding="utf-8")
    assert "generated: do not edit" in words and "WordNet 3.0 Copyright 2006 by Princeton University" in words
    code = "import sys, brieflint.checks.packs.kinds; print('brieflint.checks.packs.acronym_words' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.skipif(not DATA_NOUN.is_file(), reason="WordNet 3.0 is not installed (apt-get install wordnet-base)")
def test_the_dictionary_is_what_the_generator_makes() -> None:
    script = ROOT / "scripts" / "make_acronym_words.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# ------------------------------------------------------------------ the LGBT initialism


def test_spellings_of_the_lgbt_initialism_are_known() -> None:
    assert keys("Funds reach LGBTI people, LGBTQIA+ groups and the LGTBQI+ community.") == []


def test_a_known_key_does_not_make_its_extension_known() -> None:
    assert keys("The UNHCR and the UNSC met.") == ["UNHCR", "UNSC"]


# ------------------------------------------------------------------ an e-mail address written out


def test_an_address_written_out_is_no_acronym() -> None:
    assert keys("Send applications to: jobs AT example DOT org") == []


def test_capitals_between_words_are_still_acronyms_elsewhere() -> None:
    assert keys("The deal AT the summit was signed by DOT officials.") == ["AT", "DOT"]


# ------------------------------------------------------------------ the name of a linked site or account


def test_a_link_to_the_site_or_account_it_names() -> None:
    body = (
        "The site [ABC Noticias](https://www.abcnoticias.example/story/12) and the account "
        "[XYZ Daily](https://twitter.com/#!/xyzdaily) ran it, as did [KLM](http://klm.example/news)."
    )
    assert keys(body) == []


def test_a_link_to_an_article_about_it_or_a_phrase_is_not_a_name() -> None:
    body = (
        "A [QRV](https://en.wikipedia.org/wiki/QRV) agent and the [WXY mission](https://wxy.example/k) "
        "left, and so did [MNP](https://example.org/parties/mnp)."
    )
    assert keys(body) == ["QRV", "WXY", "MNP"]


# ------------------------------------------------------------------ more spell-out forms


@pytest.mark.parametrize(
    "body",
    [
        "Ana Diaz (the Civic Union Party, PUC) won. The PUC now governs.",
        "Teachers from the Superior Normal School (ESNB for its initials in Spanish) came. ESNB staff stayed.",
        "It was founded by the AFDR, Action Femmes pour le Droit Rural. The AFDR runs clinics.",
        "The jury named this year's Best Regional Blogs - the BRBs - on Friday. The BRBs are online.",
    ],
)
def test_spell_out_forms(body: str) -> None:
    assert keys(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Three groups (Reuters, XPN) reported it. XPN said more.",  # one word before the comma: a list
        "The AFDR, Oxfam and others met. The AFDR runs clinics.",  # a list, not the name
        "Ana Diaz spoke - the BRB met later.",  # a dash after a name, not a spelling-out
    ],
)
def test_what_is_no_spell_out(body: str) -> None:
    assert len(keys(body)) == 1


# ------------------------------------------------------------------ off by default


def test_off_by_default_and_on_when_selected(tmp_path: Path) -> None:
    # 11 of 25 sampled findings useful on the news sweep (docs/accuracy.md): off unless a house names it
    brief = tmp_path / "acronym.md"
    brief.write_text(front() + "\nThe PMF now controls several border crossings near the town.\n", encoding="utf-8")

    def codes(*extra: str) -> list[str]:
        cmd = [sys.executable, "-m", "brieflint", "check", str(brief), "--no-cache", "--format", "json", *extra]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode in (0, 1), done.stderr
        import json

        return [f["code"] for f in json.loads(done.stdout)["findings"] if f["code"].startswith("HS")]

    assert codes() == []
    assert codes("--extend-select", "HS005") == ["HS005"]
    assert codes("--select", "acronym-before-definition") == ["HS005"]
