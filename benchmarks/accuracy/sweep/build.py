#!/usr/bin/env python3
"""Build the precision sweep: a seeded random choice of published pieces -> briefs.

Reads the local snapshots of three public datasets that the accuracy corpus already
draws on (bare git directories under ``--mirror``, default ``/work/.mirror``):

* airKlizz/WikinewsSum ``endataset.json`` (Wikinews wiki markup),
* OpenGenderTracking/globalvoices ``data/full/globalvoicesonline.wordpress.2012-may.xml``
  (a Global Voices WordPress export),
* markschaver/State-Department-PR ``data.rss`` (every version in the repository's
  history: the state.gov press-release feed, 2021-05 to 2022-08).

Writes ``raw/<slug>.txt`` (the body as obtained), ``corpus/<slug>.md`` (converted with
``../convert.py``'s converters: markup only, never prose), ``PROVENANCE.csv`` and
``skipped.csv`` (every record left out and why).  The choice is ``random.Random(SEED)``
over each source's eligible records, sorted by a stable key; nothing is hand-picked.
The front matter is generated (see README.md): the taxonomy rules T101-T109 measure the
generator, not the publisher, and are outside the sweep's verdicts.

Usage: ``python build.py [--mirror DIR]``.  The snapshots are not part of the repository;
the raw files are, so the briefs can be rebuilt from ``raw/`` alone (``--from-raw``).
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import random
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import convert  # noqa: E402  (the accuracy corpus's converters)

SEED = 19
N_WIKINEWS = 100  # all eligible records if fewer
N_GLOBAL_VOICES = 100
N_STATE = 50
MIN_WORDS = 100

WN_REPO, WN_COMMIT, WN_PATH = "airKlizz+WikinewsSum", "1d985031", "endataset.json"
GV_REPO, GV_COMMIT = "OpenGenderTracking+globalvoices", "3f146b51"
GV_PATH = "data/full/globalvoicesonline.wordpress.2012-may.xml"
ST_REPO = "markschaver+State-Department-PR"

TAXONOMY = HERE.parent.parent.parent / "rules" / "taxonomy.yaml"


def _git(mirror: Path, repo: str, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={mirror / repo / 'repo'}", *args], check=True, capture_output=True).stdout


def _regions() -> list[str]:
    y = convert._yaml()
    return [r["name"] for r in y.load(TAXONOMY.read_text(encoding="utf-8"))["regions"]]


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_][\w'’.-]*", text))


_ABBR = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Jr|Sr|No|Lt|Col|Sgt|Capt|Prof|Inc|Co|U\.S|U\.N|vs|etc))\.$"
)


def first_sentence(para: str) -> str:
    """The paragraph's first sentence, link markup and emphasis removed (the deck)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", para)
    text = re.sub(r"\*+", "", text).strip()
    for m in re.finditer(r"[.!?][\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9])", text):
        if not _ABBR.search(text[: m.start() + 1]):
            return text[: m.end()].strip()
    return text


def _front(
    title: str, kind: str, date: str, author: str, bio: str, body: str, regions: list[str], topics: list[str]
) -> dict:
    paras = [p for p in body.split("\n\n") if p.strip() and not p.startswith(("#", ">", "-")) and _words(p) >= 8]
    return {
        "title": title,
        "type": kind,
        "date": date,
        "language": "en",
        "authors": [{"name": author, "bio": bio}],
        "summary": first_sentence(paras[0]) if paras else title,
        "topics": topics,
        "regions": regions,
    }


def pick_regions(categories: list[str], body: str, names: list[str]) -> list[str]:
    """The publisher's own country categories that are taxonomy regions; else the most named."""
    chosen = [c for c in categories if c in names]
    if chosen:
        return sorted(set(chosen))[:4]
    counts = {n: len(re.findall(rf"\b{re.escape(n)}\b", body)) for n in names}
    best = max(counts, key=lambda n: (counts[n], n))
    return [best] if counts[best] else ["United States"]


_TOPIC_WORDS = [
    ("Human Rights", r"human rights|freedom of expression|censorship|torture|detain|arrest"),
    ("Military & Security", r"\bwar\b|military|troops|army|attack|bomb|conflict"),
    ("Democracy & Reform", r"election|vote|parliament|protest|democra|opposition"),
    ("Energy & Economics", r"econom|market|trade|oil|price|business|bank|stock"),
    ("Migration & Refugees", r"refugee|migra|asylum"),
]


def pick_topics(categories: list[str], body: str) -> list[str]:
    text = " ".join(categories) + " " + body
    scored = [(len(re.findall(rx, text, re.I)), name) for name, rx in _TOPIC_WORDS]
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [scored[0][1]] if scored[0][0] else ["U.S. Policy"]


def dump_brief(front: dict, body: str) -> str:
    buf = StringIO()
    convert._yaml().dump(front, buf)
    return f"---\n{buf.getvalue()}---\n\n{body}"


# ---------------------------------------------------------------- Wikinews

_WN_BROKEN = re.compile(r"\{\{byline\|date[^}]*$|^\{\{byline\|(?![^}]*\}\})", re.M)


def wikinews(mirror: Path, names: list[str], exclude: set[str], skipped: list[dict]) -> list[dict]:
    data = _git(mirror, WN_REPO, "show", f"{WN_COMMIT}:{WN_PATH}").decode("utf-8")
    records = [json.loads(line) for line in data.splitlines() if line.strip()]
    eligible = []
    for rec in sorted(records, key=lambda r: r["title"]):
        title = rec["title"]
        if title in exclude:
            continue
        paras = list(rec["text"])
        raw = "\n\n".join(p.strip() for p in paras).replace("{publish}}", "").strip()
        why = ""
        m = re.search(r"\{\{date\|([^}]*)\}\}", raw)
        if not m:
            why = "no {{date}} template: the opening paragraph (byline and date) was cut by the dataset"
        elif _WN_BROKEN.search(raw) or "!--" in raw or "{|" in raw:
            why = "markup cut by the dataset (a broken template, table or comment)"
        body = convert.convert_wikitext(raw, {}) if not why else ""
        if not why and re.search(r"\{\{|\}\}|\[\[|\]\]", body):
            why = "wiki markup left unbalanced by the dataset"
        if not why and _words(body) < MIN_WORDS:
            why = f"under {MIN_WORDS} words (a stub, not damaged)"
        if why:
            skipped.append({"source": "Wikinews", "record": title, "reason": why})
            continue
        eligible.append((title, raw, body, m.group(1), rec))
    rng = random.Random(SEED)
    chosen = eligible if len(eligible) <= N_WIKINEWS else rng.sample(eligible, N_WIKINEWS)
    out = []
    for title, raw, body, date_text, rec in chosen:
        from datetime import datetime

        date = datetime.strptime(date_text.strip(), "%B %d, %Y").date().isoformat()
        cats = [c.strip(" '") for c in str(rec.get("categories", "")).strip("[]").split("',")]
        pd = date < "2005-09-25"
        out.append(
            {
                "slug": "wn-" + re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60],
                "raw": raw,
                "body": body,
                "front": _front(
                    title,
                    "articles-testimony",
                    date,
                    "Wikinews",
                    "Wikinews is the free-content news source of the Wikimedia Foundation, written "
                    "collaboratively by volunteer contributors; it names no individual author.",
                    body,
                    pick_regions(cats, body, names),
                    pick_topics(cats, body),
                ),
                "publisher": "Wikinews",
                "author": "Wikinews contributors",
                "url": "https://en.wikinews.org/wiki/" + title.replace(" ", "_"),
                "licence": "public domain (English Wikinews article published before 25 September 2005)"
                if pd
                else "CC BY 2.5 (Wikinews)",
                "obtained": f'airKlizz/WikinewsSum {WN_PATH} (commit {WN_COMMIT}), record "{title}", field text',
            }
        )
    return out


# ---------------------------------------------------------------- Global Voices

_MOJIBAKE = re.compile("Ã.|â€|Â ")


def _tag(item: str, name: str) -> str:
    m = re.search(rf"<{name}>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?</{name}>", item, re.S)
    return m.group(1) if m else ""


def _bold_headings(text: str) -> list[str]:
    """Paragraphs set wholly in bold, short and without a full stop: the post's subheadings."""
    parser = convert._HTMLToMarkdown(set())
    parser.feed(convert._CAPTION.sub("\n\n", text))
    parser.close()
    heads = []
    for kind, para in parser.blocks:
        bare = re.sub(r"\*+", "", para).strip()
        if kind == "p" and para.startswith("**") and para.endswith("**") and bare:
            if len(bare.split()) <= 12 and not bare.endswith((".", ":", "?", "!")) and "](" not in bare:
                heads.append(bare)
    return heads


def global_voices(mirror: Path, names: list[str], exclude: set[str], skipped: list[dict]) -> list[dict]:
    data = _git(mirror, GV_REPO, "show", f"{GV_COMMIT}:{GV_PATH}").decode("utf-8")
    eligible = []
    for item in data.split("<item>")[1:]:
        pid = _tag(item, "wp:post_id")
        if _tag(item, "wp:status") != "publish" or _tag(item, "wp:post_type") != "post":
            continue  # drafts and pending posts were never published
        if pid in exclude:
            continue
        content = _tag(item, "content:encoded")
        title = html.unescape(_tag(item, "title"))
        why = ""
        if _MOJIBAKE.search(content):
            why = "mis-decoded characters (UTF-8 read as Latin-1) in the export"
        body = ""
        if not why:
            heads = _bold_headings(content)
            body = convert.convert_html(content, {"headings": heads})
            if _words(body) < MIN_WORDS * 1.5:
                why = f"under {int(MIN_WORDS * 1.5)} words (a short update, not damaged)"
        if why:
            skipped.append({"source": "Global Voices", "record": f"post {pid}", "reason": why})
            continue
        eligible.append((int(pid), pid, title, content, body, heads, item))
    eligible.sort()
    chosen = sorted(random.Random(SEED).sample(eligible, N_GLOBAL_VOICES))
    out = []
    for _, pid, title, _content, body, _heads, item in chosen:
        creator = html.unescape(_tag(item, "dc:creator")).strip()
        author = creator.title() if creator.islower() else creator
        cats = re.findall(r'<category domain="category" nicename="[^"]*"><!\[CDATA\[(.*?)\]\]>', item)
        cats = [html.unescape(c) for c in cats]
        out.append(
            {
                "slug": "gv-" + pid,
                "raw": content.strip() + "\n",
                "body": body,
                "front": _front(
                    title,
                    "articles-testimony",
                    _tag(item, "wp:post_date")[:10],
                    author,
                    f"{author} is the author of this Global Voices post, as the export credits it "
                    "(dc:creator of the WordPress export of globalvoicesonline.org).",
                    body,
                    pick_regions(cats, body, names),
                    pick_topics(cats, body),
                ),
                "publisher": "Global Voices",
                "author": author,
                "url": _tag(item, "link").strip(),
                "licence": "CC BY 3.0 (Global Voices)",
                "obtained": f"OpenGenderTracking/globalvoices {GV_PATH} (WordPress export, commit {GV_COMMIT}), "
                f"post {pid}, content:encoded",
            }
        )
    return out


# ---------------------------------------------------------------- State Department


def state(mirror: Path, names: list[str], exclude: set[str], skipped: list[dict]) -> list[dict]:
    commits = _git(mirror, ST_REPO, "rev-list", "--all").decode().split()
    batch = "".join(f"{c}:data.rss\n" for c in commits)
    blobs = subprocess.run(
        ["git", f"--git-dir={mirror / ST_REPO / 'repo'}", "cat-file", "--batch"],
        input=batch.encode(),
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8", "replace")
    items: dict[str, str] = {}
    for it in re.findall(r"<item>(.*?)</item>", blobs, re.S):
        link = _tag(it, "link").strip()
        items.setdefault(link, it)
    head = commits[0][:8]
    eligible = []
    for link in sorted(items):
        it = items[link]
        if link in exclude:
            continue
        content = _tag(it, "content:encoded")
        creator = html.unescape(_tag(it, "dc:creator")).strip()
        # the author line the page repeats first, and the hidden filter input
        content = re.sub(r"^\s*<p>[^<]*</p>", "", content, count=1) if creator else content
        content = re.sub(r"<p><input[^>]*/?></p>", "", content).strip()
        why = ""
        if re.search(r"QUESTION:|MODERATOR:|MR\. PRICE:|SECRETARY BLINKEN:", content):
            why = "a transcript (remarks or a briefing), not a statement"
        elif "," in creator.replace(", Secretary of State", "").replace(", Department Spokesperson", "").replace(
            ", Principal Deputy Spokesperson", ""
        ).replace(", Deputy Secretary of State", ""):
            why = "a joint or several-speaker item"
        body = convert.convert_html(content, {"headings": _bold_headings(content)}) if not why else ""
        if not why and not 100 <= _words(body) <= 1200:
            why = "under 100 or over 1,200 words (a notice or a long report, not a statement)"
        if why:
            skipped.append({"source": "State Department", "record": link, "reason": why})
            continue
        eligible.append((link, content, body, creator, it))
    chosen = sorted(random.Random(SEED).sample(eligible, N_STATE))
    out = []
    from email.utils import parsedate_to_datetime

    for link, content, body, creator, it in chosen:
        date = parsedate_to_datetime(_tag(it, "pubDate")).date().isoformat()
        title = html.unescape(_tag(it, "title")).strip()
        slug = "state-" + re.sub(r"[^a-z0-9]+", "-", link.rstrip("/").rsplit("/", 1)[-1])[:60].strip("-")
        title_regions = [n for n in names if re.search(rf"\b{re.escape(n)}\b", title)]
        out.append(
            {
                "slug": slug,
                "raw": content + "\n",
                "body": body,
                "front": _front(
                    title,
                    "policy-note",
                    date,
                    creator,
                    f"{creator}: the official in whose name the U.S. Department of State issued this statement.",
                    body,
                    title_regions[:4] or pick_regions([], body, names),
                    ["U.S. Policy", "Diplomacy"],
                ),
                "publisher": "U.S. Department of State",
                "author": creator,
                "url": link,
                "licence": "public domain (work of the U.S. Government, 17 U.S.C. 105)",
                "obtained": f"markschaver/State-Department-PR data.rss (the feed as archived in the "
                f"repository's history, read from every commit up to {head}), item {link}, content:encoded",
            }
        )
    return out


# ---------------------------------------------------------------- main


def _exclusions() -> tuple[set[str], set[str], set[str]]:
    wn, gv, st = set(), set(), set()
    with (HERE.parent / "PROVENANCE.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            how = row["how_obtained"]
            if m := re.search(r'record "([^"]+)"', how):
                wn.add(m.group(1))
            if m := re.search(r"post (\d+)", how):
                gv.add(m.group(1))
            st.add(row["original_url"])
    return wn, gv, st


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = ap.parse_args(argv)
    names = _regions()
    wn_x, gv_x, st_x = _exclusions()
    skipped: list[dict] = []
    pieces = (
        wikinews(args.mirror, names, wn_x, skipped)
        + global_voices(args.mirror, names, gv_x, skipped)
        + state(args.mirror, names, st_x, skipped)
    )
    for sub in ("raw", "corpus"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            old.unlink()
    rows = []
    for p in pieces:
        (HERE / "raw" / f"{p['slug']}.txt").write_text(p["raw"], encoding="utf-8")
        path = HERE / "corpus" / f"{p['slug']}.md"
        path.write_text(dump_brief(p["front"], p["body"]), encoding="utf-8")
        rows.append(
            {
                "slug": p["slug"],
                "title": p["front"]["title"],
                "publisher": p["publisher"],
                "author": p["author"],
                "date_published": p["front"]["date"],
                "original_url": p["url"],
                "licence": p["licence"],
                "how_obtained": p["obtained"],
                "words": convert.body_words(path),
            }
        )
    with (HERE / "PROVENANCE.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with (HERE / "skipped.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["source", "record", "reason"])
        w.writeheader()
        w.writerows(skipped)
    by: dict[str, int] = {}
    for p in pieces:
        by[p["publisher"]] = by.get(p["publisher"], 0) + 1
    print(f"built {len(pieces)} briefs {by}; skipped {len(skipped)} (skipped.csv)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
