"""Q102's verb classes taken whole from VerbNet and the unsupported attributions the style guides name
(verb_classes.py, style_forms.py): each construction with a twin, on sentences written for these tests."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from brieflint.checks.quotes import bare_subject, verb_classes
from brieflint.checks.quotes.common import FRONT
from brieflint.checks.quotes.vague_patterns import VERB_FORMS
from brieflint.testing import lint


def q102(body: str) -> list[str]:
    return [f.code for f in lint(FRONT + "\n" + body.strip() + "\n", select=["Q102"])]


# (vague, near miss): the construction makes the word a verb that credits a claim to nobody named, or it does not
TWINS = [
    # say-37.7 "state" and declare-29.4 "declare": before a clause or an object, not as a noun
    ("Many scholars state that the levy failed.", "Many state legislators opposed the levy."),
    ("Many residents state that the water tastes of iron.", "Residents of the state voted on the levy."),
    # a bare group with a framed verb of reported speech: a report's own interviewees ("officials stated"), unlike
    # a quantified group or a vague noun
    ("Some officials stated that the levy failed.", "In two interviews, agency officials stated that the levy failed."),
    ("Critics explain that the levy failed.", "In the focus groups, participants explained that the levy failed."),
    ("Experts declare the levy a failure.", "Some declared bankruptcy after the levy."),
    ("Some mention that the levy failed.", "Some mention of the levy appears in the annex."),
    # complain-37.8, lecture-37.11, advise-37.9
    ("Critics gripe that the levy is too high.", "Critics have one gripe with the levy."),
    ("Many object to the levy.", "Some object was left on the bench."),
    ("Pundits theorize that the levy will fail.", "Two pundits, Ann Li and Bo Ek, theorize that the levy will fail."),
    ("Experts advise against the levy.", "Patients advised to rest stayed home."),
    # judgment-33.1: a verdict on a thing, any plural crowd; a participle after its noun is a passive
    ("Opponents castigate the levy as regressive.", "Measures castigated as regressive by the minister were dropped."),
    ("Detractors scorn the levy.", "The levy met with scorn from the minister."),
    # characterize-29.2 and reject-77.2: with "as"
    ("Detractors dismiss the levy as cosmetic.", "Officials dismissed the staff on Friday."),
    ("Many dismissed the levy as cosmetic.", "The texts, which many consumers dismissed as spam, went unread."),
    ("Critics portray the levy as a tax on the poor.", "Critics portray nothing of the sort in the annex."),
    ("Port agents describe the levy as a tax on trade.", "Port agents described the levy at length."),
    # dub-29.3.2 "term" and consider-29.9 "rate": before an object
    ("Critics term it a giveaway.", "Some term limits expire next year."),
    ("Analysts rate it a failure.", "Some rate rises were announced by the bank."),
    # overstate-37.12 "tout", admire-31.2
    ("Proponents tout the levy as a success.", "The minister touted the levy as a success."),
    ("Many dread the levy.", "Residents showed some dread of the winter."),
    # conjecture-29.5: "admit" before a clause, not admitting patients
    ("Many admit that the levy failed.", "Many hospitals admitted patients last winter."),
    # marvel-31.3 and correspond-36.1: an attitude or an agreement held by a crowd; not a feeling with no claim
    ("Critics fume that the levy is unfair.", "Tourists marvel at the view."),
    ("Experts concur that the levy failed.", "Two experts, Ann Li and Bo Ek, concur that the levy failed."),
    ("Many marvel that the levy passed.", "Fans rejoiced at the ruling."),
    # quantifier pronouns as subjects, not superlatives or a definite few
    ("Most feel the levy failed.", "It was one of the most feared levies."),
    ("Most doubt the levy will work.", "The few who doubt it wrote to the minister."),
    # "few" is left: "Few expected it to survive" asserts how rare a view is, the author's own claim
    ("Most expected the levy to fail.", "Few expected the levy to fail."),
    # the perfect passive of describing and naming, with no agent
    ("The levy has been described as a failure.", "The levy has been described as a failure by the minister."),
    ("The levy has been called a failure.", "The meeting has been called for Tuesday."),
    ("The levy has long been credited with lowering prices.", "The refund has been credited to the account."),
    ("The move was interpreted as a snub.", "The clause was interpreted as requiring a permit."),
    # the impersonal passive with the classes' participles
    ("It has been mentioned that the levy failed.", "It has been determined that the levy applies."),
    # nominal forms: an opinion or evidence held by nobody
    ("There has been criticism of the levy.", "There has been criticism from the minister of the levy."),
    ("The consensus is that the levy failed.", "The consensus that the summit reached is fragile."),
    ("The prevailing view is that the levy failed.", "The minister's view is that the levy failed."),
    ("By some accounts, the levy failed.", "By some measures, the levy failed."),
    ("Word is that the levy failed.", "The key word is that the levy failed."),
    ("Evidence suggests that the levy failed.", "The evidence suggests that the levy failed."),
    ("Evidence suggests that the levy failed.", "Refer the case where evidence suggests that it failed."),
    ("Most criticized the levy.", "The tone (the most criticized part) was changed."),
    ("Science says the levy failed.", "The science says the levy failed."),
    ("Many are of the opinion that the levy failed.", "Many are of the same age."),
]


@pytest.mark.parametrize(("vague", "near_miss"), TWINS)
def test_each_construction_with_its_twin(vague: str, near_miss: str) -> None:
    assert q102(vague) == ["Q102"], vague
    assert q102(near_miss) == [], near_miss


def test_forms_are_generated_with_their_irregular_pasts() -> None:
    assert verb_classes.verb_forms("foresee") == {"foresee", "foresees", "foresaw", "foreseen", "foreseeing"}
    assert verb_classes.verb_forms("infer") == {"infer", "infers", "inferred", "inferring"}
    assert "casted" not in verb_classes.verb_forms("cast")
    # a subject's forms: no -s form, which after "many" or "some" is a noun ("Many states")
    assert "states" not in verb_classes.FRAMED_WORDS and "stated" in verb_classes.FRAMED_WORDS


def test_a_noun_like_member_is_never_read_unconstrained() -> None:
    # a framed word counts only through its construction: neither the subject reading's verb set nor the
    # bare-subject reading takes it alone
    new = verb_classes.FRAMED_WORDS - bare_subject._OLD_TRIGGERS
    assert "state" in new and "state" not in VERB_FORMS
    assert verb_classes.FRAMED_WORDS.isdisjoint(VERB_FORMS)  # the cheap test leaves the framed words to framed_in
    assert all(w in bare_subject._FRAME_OF for w in new)


_SNAPSHOT = Path("/work/.mirror/cu-clear+verbnet/repo")


@pytest.mark.skipif(not _SNAPSHOT.is_dir(), reason="the VerbNet snapshot is not on this machine")
def test_each_class_is_taken_whole() -> None:
    """Every member of each VerbNet class is kept (in a construction) or left with a reason, none twice."""
    for c in verb_classes.CLASSES:
        xml = subprocess.run(
            ["git", f"--git-dir={_SNAPSHOT}", "show", f"ae8e9cf:verbnet3.4/{c.name}.xml"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        members = set(re.findall(r'<MEMBER [^>]*\bname="([^"]+)"', xml))
        kept = [w for f in ("any", "clause", "object", "as_", "to") for w in getattr(c, f).split()]
        left = c.left.split()
        assert set(kept) | set(left) >= members, (c.name, sorted(members - set(kept) - set(left)))
        assert not set(kept) & set(left), (c.name, sorted(set(kept) & set(left)))
