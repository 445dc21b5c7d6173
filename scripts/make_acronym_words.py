#!/usr/bin/env python3
"""Write ``src/brieflint/checks/packs/acronym_words.py``: the acronyms a general dictionary lists as words.

    apt-get install wordnet-base                     # Princeton WordNet 3.0, Debian's package
    python scripts/make_acronym_words.py             # write the module
    python scripts/make_acronym_words.py --check     # exit 1 if the module differs from what would be written

A word is taken when it is written in capitals as an acronym use is (two to six
capitals, a hyphenated compound such as CD-ROM), none of its noun senses is a name
of ``noun.group`` (lexicographer file 14: organisations, such as FEMA, IAEA, ASEAN)
or ``noun.location`` (15: places, such as PRC, DPRK, USSR), and its letters are not
also an ordinary word that the dictionary writes in lower case (ICE, ERA, SEAL,
PIN): such capitals may stand for a name the dictionary does not mean (ICE, the
immigration agency; IRA, a law, an army or an account). So IT, HTML, IP, DNA, CEO and
GDP are words; the names of agencies, bodies and states are not, and a house spells
them out unless its pack lists them.

The licence of WordNet 3.0 asks that its notice appear on every copy of the database
and of modifications of it: the module carries it, read from the data file's header.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "brieflint" / "checks" / "packs" / "acronym_words.py"
SOURCE = Path("/usr/share/wordnet/data.noun")
KEY = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,6})*")
NAMES = frozenset({"14", "15"})  # noun.group, noun.location


def _synset_words(path: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The licence lines of a ``data.*`` file and its (lexicographer file, word) pairs."""
    licence: list[str] = []
    words: list[tuple[str, str]] = []
    with path.open(encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):  # the header: "  1 This software …"
                licence.append(line[2:].split(" ", 1)[1].rstrip() if " " in line[2:] else "")
                continue
            fields = line.split(" ")
            lexfile, count = fields[1], int(fields[3], 16)
            for word in fields[4 : 4 + 2 * count : 2]:
                words.append((lexfile, re.sub(r"\(.*\)$", "", word)))  # adjective markers such as (p)
    return licence, words


def read(path: Path) -> tuple[list[str], list[str]]:
    """The licence lines of ``data.noun`` and the acronym words of the dictionary."""
    licence, nouns = _synset_words(path)
    lower = {w for _, w in nouns if w.islower()}
    for pos in ("verb", "adj", "adv"):
        other = path.with_name(f"data.{pos}")
        if other.is_file():
            lower |= {w for _, w in _synset_words(other)[1] if w.islower()}
    senses: dict[str, set[str]] = {}
    for lexfile, word in nouns:
        if KEY.fullmatch(word):
            senses.setdefault(word, set()).add(lexfile)
    return licence, sorted(w for w, files in senses.items() if not files & NAMES and w.lower() not in lower)


def render(licence: list[str], words: list[str]) -> str:
    notice = "\n".join(("# " + line).rstrip() for line in licence)
    rows: list[str] = []
    row = ""
    for w in words:
        if len(row) + len(w) + 1 > 100:
            rows.append(row)
            row = ""
        row += w + " "
    rows.append(row)
    body = "\n".join(f'        "{r}"' for r in rows)
    return (
        '"""Acronyms that a general dictionary lists as words (generated: do not edit).\n\n'
        "Written by scripts/make_acronym_words.py from Princeton WordNet 3.0 (Debian's\n"
        "wordnet-base 1:3.0, /usr/share/wordnet/data.*): the nouns written in capitals with\n"
        "no sense in noun.group or noun.location whose letters are no word written in lower\n"
        "case. Read by .acronyms, lazily.\n"
        '"""\n\n'
        "# The licence of WordNet 3.0, which asks that this notice appear on every copy:\n"
        f"{notice}\n\n"
        "WORDS = frozenset(\n    (\n"
        f"{body}\n"
        "    ).split()\n)\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--source", type=Path, default=SOURCE, help="WordNet 3.0's data.noun")
    ap.add_argument("--check", action="store_true", help="exit 1 if the module differs from what would be written")
    a = ap.parse_args()
    text = render(*read(a.source))
    if a.check:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is stale: run scripts/make_acronym_words.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
