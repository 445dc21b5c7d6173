#!/usr/bin/env python3
"""Write the hostile corpus: files a linter meets on commits nobody checked.

    python tests/hostile/make_hostile.py OUT_DIR

Each case is a file (or a file-system oddity) and what brieflint must answer:
the code of a located finding, its line (None: any line), and a bound on the
time the check may take. ``tests/test_hostile.py`` builds the corpus in a
temporary folder and checks every case; large files are generated, not
committed.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from brieflint.checks.examples import GOOD, bad

# the example brief with one topic, split into its front matter and its body
_ONE_TOPIC = bad("topics: [Energy & Economics, Water & Environment]", "topics: [Water & Environment]", GOOD)
GOOD_FM = _ONE_TOPIC[: _ONE_TOPIC.index("\n---\n", 3) + 5]
BODY = _ONE_TOPIC[len(GOOD_FM) :]


@dataclass(frozen=True)
class Case:
    name: str  # file name in the corpus
    code: str  # a finding with this code must be reported …
    line: int | None  # … at this line (None: anywhere)
    seconds: float  # the check of this file must finish within this bound
    why: str


def _alias_bomb() -> str:
    lines = ["---", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    prev = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
        prev = name
    return "\n".join(lines) + "\n---\n" + BODY


def build(out: Path) -> list[Case]:
    """Write every case into ``out``; return what each must give."""
    out.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def text(name: str, content: str, code: str, line: int | None, seconds: float, why: str) -> None:
        (out / name).write_bytes(content.encode("utf-8"))
        cases.append(Case(name, code, line, seconds, why))

    def raw(name: str, content: bytes, code: str, line: int | None, seconds: float, why: str) -> None:
        (out / name).write_bytes(content)
        cases.append(Case(name, code, line, seconds, why))

    # ----- YAML -------------------------------------------------------------
    text("alias-bomb.md", _alias_bomb(), "E010", None, 2, "billion laughs: aliases bounded at the parser")
    text("deep-nesting.md", "---\nk: " + "[" * 10_000 + "]" * 10_000 + "\n---\n" + BODY, "E010", 2, 2, "10,000 levels")
    text(
        "long-list.md",
        GOOD_FM.replace("regions: [Morocco]", "regions:\n" + "".join(f"  - r{i}\n" for i in range(50_000))) + BODY,
        "",
        None,
        15,
        "a 50,000-item list: loaded, validated and checked in bounded time",
    )
    text(
        "python-tag.md",
        GOOD_FM.replace("type: brief-analysis", "type: !!python/object/apply:os.system ['echo pwned']") + BODY,
        "E009",
        3,
        1,
        "a tag that executes code in unsafe loaders: reported, never constructed",
    )
    text(
        "binary-tag.md",
        GOOD_FM.replace("type: brief-analysis", "type: !!binary aGVsbG8=") + BODY,
        "E009",
        3,
        1,
        "!!binary",
    )
    text("custom-tag.md", GOOD_FM.replace("type: brief-analysis", "type: !Brief x") + BODY, "E009", 3, 1, "custom tag")
    text(
        "merge-key.md",
        GOOD_FM.replace("regions: [Morocco]", "regions: [Morocco]\nbase: &b {a: 1}\nsubtitle:\n  <<: *b") + BODY,
        "E014",
        15,
        1,
        "merge key",
    )
    text(
        "duplicate-deep.md",
        GOOD_FM.replace("    bio: Leila", "    name: Again\n    bio: Leila") + BODY,
        "E004",
        7,
        1,
        "duplicate key at depth",
    )
    text("fm-list.md", "---\n- title: x\n- type: y\n---\n" + BODY, "E008", 2, 1, "front matter that is a list")
    text("fm-scalar.md", "---\njust words\n---\n" + BODY, "E008", 2, 1, "front matter that is a scalar")
    text(
        "two-docs.brief.yaml",
        "title: First document of two\n---\ntitle: Second document\n",
        "E012",
        2,
        1,
        "a second YAML document",
    )
    text("not-a-date.md", GOOD_FM.replace("date: 2026-03-12", "date: 2026-02-30") + BODY, "S103", 4, 1, "date-like")
    text("tabs.md", GOOD_FM.replace("  - name: Leila", "\t- name: Leila") + BODY, "E003", 6, 1, "tab indentation")

    # ----- text -------------------------------------------------------------
    raw("latin1.md", GOOD_FM.encode() + "\nCaf\xe9 society.\n".encode("latin-1"), "E002", 15, 1, "invalid UTF-8")
    raw("utf16.md", "\ufeff".encode("utf-16-le") + (GOOD_FM + BODY).encode("utf-16-le"), "E002", 1, 1, "UTF-16 BOM")
    raw("nul.md", (GOOD_FM + BODY).encode() + b"\x00\x00", "E002", 16, 1, "NUL bytes")
    raw("binary.md", bytes(range(256)) * 8, "E002", None, 1, "a binary file named .md")
    text("huge-line.md", GOOD_FM + "x" * 5_000_000 + "\n", "E011", 1, 2, "a 5 MB single line")
    text("quotes-100k.md", GOOD_FM + "\n" + '"' * 100_000 + "\n", "Q107", None, 10, "100,000 quotation marks")
    text(
        "unbalanced.md",
        GOOD_FM
        + '\nThe minister said "we will act [soon (maybe.\n\n"Another unclosed quote begins here and never ends.\n',
        "Q107",
        15,
        5,
        "unbalanced brackets and quotes",
    )
    text(
        "rtl.md",
        GOOD_FM.replace("date: 2026-03-12", "date: ٢٠٢٦-٠٣-١٢") + "\nقال الوزير إن الخطة ستنجح. The plan is new.\n",
        "S103",
        4,
        1,
        "Arabic digits in a date; positions in mixed Arabic/English",
    )
    text(
        "emoji.md",
        GOOD_FM.replace('title: "Pricing', 'title: "👩🏽‍💼 é Pricing').replace("date: 2026-03-12", "date: 2026-03-1😀")
        + BODY,
        "S103",
        4,
        7,
        "emoji and combining characters: columns count code points",
    )

    # ----- files ------------------------------------------------------------
    text("empty.md", "", "E007", 1, 1, "an empty file")
    big = GOOD_FM + BODY + ("word " * 220_000)
    text("over-limit.md", big, "E011", 1, 1, "a file over the size limit")
    (out / "dir.md").mkdir(exist_ok=True)
    cases.append(Case("dir.md/", "", None, 1, "a directory named like a brief: walked, not read"))
    fifo = out / "fifo.md"
    if hasattr(os, "mkfifo") and not fifo.exists():
        os.mkfifo(fifo)
        cases.append(Case("fifo.md", "E001", 1, 1, "a FIFO named like a brief must not block"))
    loop = out / "loop"
    loop.mkdir(exist_ok=True)
    if not (loop / "back").exists():
        os.symlink(out, loop / "back")
    cases.append(Case("loop/", "", None, 1, "a symlink loop under a checked directory"))
    return cases


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for case in build(target):
        print(f"{case.name:24} {case.code or '-':5} {case.why}")
