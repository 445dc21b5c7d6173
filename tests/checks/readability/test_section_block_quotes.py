"""R101 leaves block quotes out of a section's figures (issue 19, the news sweep's false R101 findings):
a section dense only because of the text it quotes is not the author's to split, and a quoted passage
does not dilute the author's own dense prose either."""

from __future__ import annotations

from brieflint.checks.readability import examples as ex
from brieflint.testing import lint

DENSE_TEXT = ex.DENSE.split("\n\n", 1)[1].strip()  # three 35-to-40-word sentences of long words
# the author's own part: five plain sentences of about 28 words, over 100 words in all
OWN = (
    "The board of the water regulator met the ministry twice in May, and after the second meeting it sent a long "
    "letter to every town that runs its own water works. "
    "The letter set out what the new law asks of the towns, what the regions will do for them, and what the "
    "state will pay for in the first year. "
    "Most towns wrote back within a month, and nearly all of them asked for more time to hand over their staff, "
    "their pipes and their debts. "
    "The board says it will give them one more year, but only if each town shows how it will pay its workers "
    "until the region takes them on. "
    "Here is the part of the letter that the towns quote most often when they talk about the reform to the "
    "press or to their own voters:"
)
PLAIN_QUOTE = (
    "> We will meet the towns. We will set fair prices. The plan starts in four regions next year. "
    "Each region gets a board. The boards will publish their accounts. Towns keep a say in the work. "
    "Prices rise slowly. Poor homes pay less. The state checks the books. Nobody loses water."
)


def r101(body: str) -> list[str]:
    return [f.code for f in lint(ex.brief(ex.PLAIN + "\n## Institutions\n\n" + body + "\n"), select=["R101"])]


def test_the_authors_dense_section_is_reported() -> None:
    assert r101(DENSE_TEXT) == ["R101"]


def test_a_section_dense_only_in_its_block_quote_is_not() -> None:
    passage = " ".join([DENSE_TEXT] * 3)
    quoted = "\n".join("> " + line for line in passage.splitlines())
    assert r101(OWN + "\n\n" + quoted) == []
    assert r101(OWN + "\n\n" + passage) == ["R101"]  # the same words, the author's


def test_a_plain_block_quote_does_not_dilute_dense_prose() -> None:
    assert r101(DENSE_TEXT + "\n\n" + PLAIN_QUOTE) == ["R101"]
