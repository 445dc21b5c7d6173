"""The shared prose layer: paragraphs, stripped markup with exact file positions, sentences, words."""

from __future__ import annotations

from pathlib import Path

import pytest

from brieflint.document import prose as text
from brieflint.document.brief import Document, load
from brieflint.document.sentences import segment, sentences

FRONT = """---
title: "A brief title that is long enough"
type: brief-analysis
date: 2026-03-12
authors:
  - name: Leila Benkirane
    bio: >-
      Leila Benkirane is a *fellow* at the institute, where she
      studies utility regulation.
summary: >-
  The deck says "something quoted here" and
  continues on a second line.
topics: [Energy & Economics]
regions: [Morocco]
---
"""


def write(tmp_path: Path, name: str, content: str, newline: str = "\n") -> Document:
    p = tmp_path / name
    p.write_bytes(content.replace("\n", newline).encode("utf-8"))
    return load(p)


def at(doc: Document, t: text.Paragraph, i: int) -> tuple[int, int]:
    return t.prose.locate(i)


def file_char(path: Path, line: int, col: int, n: int) -> str:
    raw = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    return raw.split("\n")[line - 1][col - 1 : col - 1 + n]


BODY = """
Lead paragraph with *emphasis*, **strong** and a [link text](https://example.org/a "T")
that says "hello there" [@src-1] and `code "not a quote"` plus <https://auto.example/x>.

## Second section

> A quoted block that runs on
> and ends here.
> — Jane Doe, interview [@src-2; @src-3]

- item one with <!-- hidden "comment" --> text
- item two at https://example.org/path?q=1. Done.

```
code "block" is not prose
```

| head | cell |
|------|------|
| yes  | yes  |
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_markdown_positions_exact(tmp_path: Path, newline: str) -> None:
    doc = write(tmp_path, "b.md", FRONT + BODY, newline)
    path = tmp_path / "b.md"
    ps = text.paragraphs(doc)
    kinds = [p.kind for p in ps]
    assert kinds == ["paragraph", "blockquote", "list", "list", "table", "table", "table", "table"]
    lead = ps[0]
    assert lead.prose.value == (
        'Lead paragraph with emphasis, strong and a link text\nthat says "hello there" and  plus .'
    )
    # every word of the prose is where the file says it is
    for word in ("emphasis", "strong", "link text", "hello there", "that says", "plus"):
        i = lead.prose.value.index(word)
        line, col = lead.prose.locate(i)
        assert file_char(path, line, col, len(word)) == word, word
    assert lead.prose.locate(lead.prose.value.index("hello")) == (18, 12)
    assert [(c.kind, c.target) for c in lead.citations] == [
        ("link", "https://example.org/a"),
        ("key", "src-1"),
        ("link", "https://auto.example/x"),
    ]
    key = lead.citations[1]
    assert lead.markup.value[key.start : key.end] == "[@src-1]"
    assert lead.markup.locate(key.key_start) == (18, 27)
    bq = ps[1]
    assert bq.prose.value == "A quoted block that runs on\nand ends here.\n— Jane Doe, interview"
    assert [c.target for c in bq.citations] == ["src-2", "src-3"]
    assert bq.prose.locate(bq.prose.value.index("— Jane")) == (24, 3)
    assert ps[2].prose.value == "item one with  text"
    assert ps[3].prose.value == "item two at . Done."
    assert ps[3].citations[0].target == "https://example.org/path?q=1"
    cells = [p.prose.value for p in ps[4:]]
    assert cells == ["head", "cell", "yes", "yes"]
    assert ps[7].prose.locate(0) == (35, 10)
    assert all("not prose" not in p.prose.value for p in ps)


def test_yaml_block_body_positions(tmp_path: Path) -> None:
    content = (
        'title: "A brief title that is long enough"\n'
        "sections:\n"
        "  - heading: First part\n"
        "    body: |\n"
        '      The minister said that "tariffs must rise" [@law] in\n'
        "      a speech.\n"
        "\n"
        "      > Water is life.\n"
        "      > — Farmer, Souss valley\n"
    )
    for newline in ("\n", "\r\n"):
        doc = write(tmp_path, "x.brief.yaml", content, newline)
        ps = text.paragraphs(doc, ("heading", "body"))
        assert [p.scope for p in ps] == ["heading", "body", "body"]
        assert ps[0].prose.locate(0) == (3, 14)
        body = ps[1]
        assert body.prose.value == 'The minister said that "tariffs must rise" in\na speech.'
        q = body.prose.value.index('"')
        assert body.prose.locate(q) == (5, 30)
        assert body.prose.locate(body.prose.value.index("a speech")) == (6, 7)
        assert body.markup.locate(body.citations[0].key_start) == (5, 52)
        assert ps[2].kind == "blockquote"
        assert ps[2].prose.locate(ps[2].prose.value.index("— Farmer")) == (9, 9)


def test_fields_and_scopes(tmp_path: Path) -> None:
    doc = write(tmp_path, "b.md", FRONT + "Body text here.\n")
    ps = text.paragraphs(doc, ("title", "summary", "bio", "body"))
    assert [p.scope for p in ps] == ["title", "summary", "bio", "body"]
    assert ps[0].prose.locate(0) == (2, 9)
    assert ps[1].prose.locate(ps[1].prose.value.index('"something')) == (11, 17)
    assert ps[1].prose.locate(ps[1].prose.value.index("continues")) == (12, 3)
    assert ps[2].prose.value.startswith("Leila Benkirane is a fellow at")
    assert ps[2].prose.locate(ps[2].prose.value.index("fellow")) == (8, 29)
    # memoised: the same objects come back
    assert text.paragraphs(doc, ("title",))[0] is ps[0]
    assert sentences(ps[3]) is sentences(ps[3])
    with pytest.raises(ValueError):
        text.paragraphs(doc, ("nope",))


def test_unparsed_document_has_no_paragraphs(tmp_path: Path) -> None:
    doc = write(tmp_path, "b.md", "---\ntitle: [unclosed\n---\nBody.\n")
    assert text.paragraphs(doc, text.SCOPES) == ()


HARD = [
    ("The U.S.-Iraq agreement was signed in 2008. It later lapsed.", 2),
    ("Officials in the U.S. administration disagreed. Others did not.", 2),
    ("She holds a Ph.D. from Georgetown. She later worked in Baghdad.", 2),
    ("The vote is set for Apr. 29 in the capital. Turnout may be low.", 2),
    ("He ranks No. 2 in the party. He resigned anyway.", 2),
    ("Sen. Lindsey Graham met Rep. Adam Smith and Gen. David Petraeus. They talked.", 2),
    ("The report by J. Smith was released. It was long.", 2),
    ('He said, "We will not retreat." Then he left.', 2),
    ('Is it over? "Are we done?" she asked. Nobody replied.', 3),
    ("Dr. Haddad met Mr. Saleh in St. Louis on Jan. 5. The talks failed.", 2),
    ("Growth was 2.5 percent, i.e. below target. Prices rose.", 2),
    ("The U.N. Security Council met. It adopted Resolution 2254.", 2),
    ("Revenue fell 12 pct. in the first quarter. Spending rose.", 2),
    ("Lt. Gen. Ahmed met Col. Karimi at 10 a.m. on Monday. They agreed.", 2),
    ('Mr. Haddad disagreed. "The problem is not the law. The problem is enforcement."', 2),
    ("The E.U. and the U.K. issued a statement (see p. 4). It was brief.", 2),
    ("Growth slowed. al-Sudani's office said nothing.", 2),
]


@pytest.mark.parametrize("sample,count", HARD)
def test_sentence_hard_cases(sample: str, count: int) -> None:
    got = segment(sample)
    assert len(got) == count, [s.text for s in got]
    for s in got:
        assert sample[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_sentences_across_soft_breaks() -> None:
    got = segment('The minister said\nthat "the old model\ncannot last." Critics disagreed.')
    assert [s.text for s in got] == ['The minister said\nthat "the old model\ncannot last."', "Critics disagreed."]


def test_words() -> None:
    assert text.words("The U.S.-Iraq deal, Iraq's 1,500 Kata'ib fighters—all 2.5% of them") == [
        "The",
        "U.S.-Iraq",
        "deal",
        "Iraq's",
        "1,500",
        "Kata'ib",
        "fighters",
        "all",
        "2.5%",
        "of",
        "them",
    ]
