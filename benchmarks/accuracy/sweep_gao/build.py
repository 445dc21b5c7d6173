#!/usr/bin/env python3
"""Build the second precision sweep: seeded excerpts of GAO reports' letters -> briefs.

Reads the local snapshot of jeremyschlatter-intern/gao-reports-reader (a bare git
directory under ``--mirror``, default ``/work/.mirror``): ``data/catalog.json`` and
``data/markdown/<id>.md``, GAO's report PDFs converted to Markdown by that project.

Per report not already in the accuracy corpus (``../PROVENANCE.csv``), the letter (from
its ``Letter`` line to the first appendix, contact section or back page) is read into
paragraphs, undoing what the PDF layout did and nothing else:

* a paragraph a page break split (it ends without a full stop, colon or semicolon and
  the next prose paragraph opens in lower case) is joined again, across the footnotes
  the page break put between the halves;
* footnotes (a paragraph that opens with its number), footnote markers (`` [12]``),
  tables and figures (from their bold ``Table N:``/``Figure N:`` title to their
  ``Source:`` line and note), figure placeholders, bold lines and the side headings
  (which the extraction moved to the page top, away from their paragraphs) are dropped;
* the short unpunctuated paragraphs after a paragraph that ends in a colon are the
  bullets the extraction lost: they become ``- `` list items.

The words are the report's own.  The letter's paragraphs are cut into consecutive
excerpts of at least ``MIN_WORDS`` words; ``random.Random(SEED)`` draws up to
``PER_REPORT`` excerpts of each eligible report.  Writes ``corpus/<slug>.md`` (not
committed), ``PROVENANCE.csv`` and ``skipped.csv``.  The front matter is generated
(title: the report's; deck: the excerpt's first sentence), so the taxonomy (T1xx) and
summary (R103-R105) rules are left out of the verdicts, as in the first sweep.

Usage: ``python build.py [--mirror DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import convert  # noqa: E402  (the accuracy corpus's converters)

SEED = 19
PER_REPORT = 5
MIN_WORDS = 500
MIN_LETTER_WORDS = MIN_WORDS
REPO, COMMIT = "jeremyschlatter-intern+gao-reports-reader", "8a043f2"
LICENCE = (
    "public domain (work of the U.S. Government, 17 U.S.C. 105; GAO: "
    '"may be reproduced and distributed in its entirety without further permission")'
)
BIO = (
    "The U.S. Government Accountability Office (GAO) is the audit, evaluation and investigative "
    "agency of the U.S. Congress; its reports name a contact, not an author."
)

_END = re.compile(
    r"^(?:#+ )?(?:\*\*)?(?:Appendix [IVX]+\b|GAO Contacts? and Staff Acknowledg|Agency Comments"
    r"|Recommendations? for Executive Action|Matters? for Congressional Consideration"
    r"|GAO’s Mission|Related GAO Products)",
)
_TERMINAL = re.compile(r"[.:;?!][”\")’]*$")


def _git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={mirror / REPO / 'repo'}", *args], check=True, capture_output=True).stdout


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_][\w'’.-]*", text))


def _blocks(letter: str) -> list[str]:
    return [b.strip() for b in re.split(r"\n\s*\n", letter) if b.strip()]


def _is_footnote(block: str) -> bool:
    return bool(re.match(r"^\d{1,3}(?:\s|$)", block))


def letter_paragraphs(md: str) -> list[str]:
    """The letter's prose paragraphs, page breaks mended, apparatus dropped (markup only)."""
    m = re.search(r"^(?:## )?(?:\*\*)?Letter(?:\*\*)?\s*$", md, re.M)
    if not m:
        return []
    lines = md[m.end() :].splitlines()
    for i, line in enumerate(lines):
        bare = line.strip()
        if _END.match(bare) and (bare.startswith(("#", "**")) or re.fullmatch(r"Appendix [IVX]+:?", bare)):
            lines = lines[:i]
            break
    paras: list[str] = []
    in_exhibit = False
    pending_note = False
    for block in _blocks("\n".join(lines)):
        first = block.splitlines()[0].strip()
        if re.match(r"^\*\*(?:Table|Figure) \d+", first) or re.match(r"^(?:Table|Figure) \d+:", first):
            in_exhibit = True
            continue
        if in_exhibit:
            if first.startswith("Source:") or "| GAO-" in block or "│ GAO-" in block:
                in_exhibit = False
                pending_note = True
            continue
        if pending_note and re.match(r"^(?:Notes?|Legend):", first):
            continue
        pending_note = False
        if (
            _is_footnote(block)
            or first.startswith(("#", "*[", "Source:", "|"))
            or re.fullmatch(r"(?:\*\*[^*]*\*\*\s*)+", block)
        ):
            continue
        text = " ".join(seg.strip() for seg in block.splitlines())
        text = re.sub(r"\s\[\d{1,3}\](?=\s|$)", "", text)  # footnote markers
        text = re.sub(r"[ \t]{2,}", " ", text).strip()
        if paras and not _TERMINAL.search(paras[-1]) and re.match(r"^(?:[a-z(]|\d{4}\b)", text):
            paras[-1] += " " + text  # a paragraph the page break split
            continue
        paras.append(text)
    # dates, addressees and salutation before the first paragraph of prose
    while paras and (_words(paras[0]) < 15 or not _TERMINAL.search(paras[0])):
        paras.pop(0)
    out: list[str] = []
    in_list = False
    for p in paras:
        if re.match(r"^\d{1,2}\. ", p):
            out.append(p)  # a numbered item, as the report sets it
            in_list = True
            continue
        item_after_item = out and out[-1].startswith("- ") and re.match(r"^[a-z]", p)
        if item_after_item or (
            out and (in_list or out[-1].endswith(":")) and not _TERMINAL.search(p) and _words(p) <= 60
        ):
            out.append(p if p.startswith("- ") else "- " + p)  # a bullet the extraction lost
            in_list = True
            continue
        in_list = False
        if _words(p) < 8 or not _TERMINAL.search(p):
            continue  # a table cell, caption or stray label left by the extraction
        out.append(p)
    return out


def excerpts(paras: list[str]) -> list[list[str]]:
    """Consecutive runs of paragraphs of at least MIN_WORDS words (a list stays with its lead-in)."""
    runs: list[list[str]] = []
    cur: list[str] = []
    for i, p in enumerate(paras):
        cur.append(p)
        nxt = paras[i + 1] if i + 1 < len(paras) else ""
        if sum(_words(x) for x in cur) >= MIN_WORDS and not re.match(r"- |\d{1,2}\. ", nxt) and not p.endswith(":"):
            runs.append(cur)
            cur = []
    return runs


def _first_sentence(para: str) -> str:
    for m in re.finditer(r"[.!?][\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9])", para):
        if not re.search(r"(?:\b[A-Z]|\bU\.S|\bNo|\bPub|\bL|\bStat|\bD\.C)\.$", para[: m.start() + 1]):
            return para[: m.end()].strip()
    return para


def _front(title: str, date: str, body_first: str) -> dict:
    return {
        "title": title,
        "type": "report",
        "date": date,
        "language": "en",
        "authors": [{"name": "U.S. Government Accountability Office", "bio": BIO}],
        "summary": _first_sentence(body_first.removeprefix("- ")),
        "topics": ["U.S. Policy"],
        "regions": ["United States"],
    }


def _excluded() -> set[str]:
    with (HERE.parent / "PROVENANCE.csv").open(encoding="utf-8") as fh:
        return {m.group(1) for row in csv.DictReader(fh) if (m := re.search(r"(gao-\d+-\d+)", row["original_url"]))}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = ap.parse_args(argv)
    catalog = json.loads(_git(args.mirror, "show", f"{COMMIT}:data/catalog.json"))
    exclude = _excluded()
    skipped: list[dict] = []
    eligible: list[tuple[dict, list[list[str]]]] = []
    for rec in sorted(catalog, key=lambda r: r["report_id"]):
        rid = rec["report_id"]
        why = ""
        if rid in exclude:
            why = "already in the accuracy corpus (../PROVENANCE.csv)"
        md = "" if why else _git(args.mirror, "show", f"{COMMIT}:data/markdown/{rid}.md").decode("utf-8")
        paras = letter_paragraphs(md) if md else []
        if not why and not re.search(r"^(?:## )?(?:\*\*)?Letter(?:\*\*)?\s*$", md, re.M):
            why = "no Letter page: an older layout (side headings set inline) the extraction cannot separate"
        elif not why and not re.search(r"^#{4,6} ", md, re.M):
            why = "side headings run into the paragraphs (an older PDF layout the extraction merged)"
        elif not why and sum(_words(p) for p in paras) < MIN_LETTER_WORDS:
            why = f"letter under {MIN_LETTER_WORDS} words of prose (a short statement or budget request)"
        if why:
            skipped.append({"report": rid, "reason": why})
            continue
        eligible.append((rec, excerpts(paras)))
    rng = random.Random(SEED)
    corpus = HERE / "corpus"
    corpus.mkdir(exist_ok=True)
    for old in corpus.iterdir():
        old.unlink()
    rows = []
    for rec, runs in eligible:
        picks = sorted(rng.sample(range(len(runs)), min(PER_REPORT, len(runs))))
        for k in picks:
            run = runs[k]
            slug = f"{rec['report_id']}-{k + 1:02d}"
            body = convert._tidy("\n\n".join(run))
            path = corpus / f"{slug}.md"
            path.write_text(
                _dump(_front(rec["title"], rec["pub_date"], run[0]), body),
                encoding="utf-8",
            )
            rows.append(
                {
                    "slug": slug,
                    "title": rec["title"],
                    "publisher": "U.S. Government Accountability Office",
                    "author": "U.S. Government Accountability Office",
                    "date_published": rec["pub_date"],
                    "original_url": rec["url"],
                    "licence": LICENCE,
                    "how_obtained": f"jeremyschlatter-intern/gao-reports-reader data/markdown/{rec['report_id']}.md "
                    f"(commit {COMMIT}), the letter's excerpt {k + 1} of {len(runs)}",
                    "words": convert.body_words(path),
                }
            )
    with (HERE / "PROVENANCE.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with (HERE / "skipped.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["report", "reason"])
        w.writeheader()
        w.writerows(skipped)
    print(
        f"built {len(rows)} briefs from {len(eligible)} reports, {sum(r['words'] for r in rows):,} words; "
        f"skipped {len(skipped)} reports (skipped.csv)"
    )
    return 0


def _dump(front: dict, body: str) -> str:
    from io import StringIO

    buf = StringIO()
    convert._yaml().dump(front, buf)
    return f"---\n{buf.getvalue()}---\n\n{body}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
