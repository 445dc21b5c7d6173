#!/usr/bin/env python3
"""Build the accuracy corpus: raw/<slug>.txt + meta/<slug>.yaml -> corpus/<slug>.md.

The raw file holds the published body as obtained (Markdown for CRS products as
mirrored from congress.gov, WordPress HTML for Global Voices, MediaWiki markup for
Wikinews).  This script changes *markup only*, never prose:

* markdown: standalone heading lines named in ``headings`` become ``## Heading``;
  paragraphs starting with a ``blockquotes`` prefix become ``> `` block quotes (the
  published PDF sets them as indented quotations; the web mirror lost that);
  malformed bold runs such as ``**Lebanon. **`` become ``**Lebanon.** ``; trailing
  spaces are dropped.
* html: paragraphs, ``<blockquote>``, ``<strong>`` headings named in ``headings``,
  links (kept as Markdown links: in the original they are citations), emphasis; images,
  captions, iframes and scripts are dropped; entities are decoded.
* wikitext: ``{{w|Target|text}}`` and ``[[Target|text]]`` become their text,
  ``''x''``/``'''x'''`` emphasis, ``== H ==`` headings; other templates, files and
  categories are dropped.

The front matter is ``meta['front']`` as written (title, type, date, authors, summary,
topics, regions ...).  Usage: ``python convert.py [SLUG ...]`` (default: every meta file).
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"
META = HERE / "meta"
CORPUS = HERE / "corpus"


def _yaml() -> YAML:
    y = YAML()
    y.default_flow_style = False
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    return y


# ---------------------------------------------------------------- markdown (CRS)

_BOLD_SPACE = re.compile(r"\*\*([^*\n]+?)\s+\*\*")


def fix_bold(line: str) -> str:
    line = line.replace("****", "")
    return _BOLD_SPACE.sub(lambda m: f"**{m.group(1)}** ", line).replace("** **", "** ")


def convert_markdown(text: str, meta: dict) -> str:
    headings = {h.strip() for h in meta.get("headings") or []}
    quotes = list(meta.get("blockquotes") or [])
    # a paragraph the PDF broke at a page or column end: the line ending so joins the next
    joins = [j.strip() for j in meta.get("joins") or []]
    lines = text.splitlines()
    for j in joins:
        for i, line in enumerate(lines):
            if line.rstrip().endswith(j):
                k = i + 1
                while k < len(lines) and not lines[k].strip():
                    k += 1
                lines[i + 1 : k] = []
                break
    out: list[str] = []
    for raw_line in lines:
        line = raw_line.rstrip()
        bare = line.strip().lstrip("#").strip().strip("*").strip()  # "### X" or "**X**" alone
        if bare and bare in headings:
            out.append("## " + bare)
            continue
        line = fix_bold(line)
        if any(line.startswith(q) for q in quotes):
            line = "> " + line
        out.append(line)
    return _tidy("\n".join(out))


# ---------------------------------------------------------------- html (Global Voices)


class _HTMLToMarkdown(HTMLParser):
    SKIP = {"script", "style", "iframe", "object", "embed", "center"}

    def __init__(self, headings: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.headings = headings
        self.blocks: list[tuple[str, str]] = []  # (kind, text)
        self.buf = StringIO()
        self.kind = "p"
        self.quote_depth = 0
        self.skip = 0
        self.links: list[str | None] = []
        self.strong_start: int | None = None
        self.divs: list[bool] = []
        self.p_quoted = False  # inside <p class="translation">
        self.just_opened: str | None = None  # an emphasis marker just written
        self.strong_closed_at: int | None = None  # where the last bold run closed
        self.new_quote = False

    # a block boundary: flush the current paragraph
    def _flush(self) -> None:
        text = self.buf.getvalue()
        self.buf = StringIO()
        self.strong_closed_at = None
        # WordPress: single newlines inside a block are soft breaks, blank lines split
        for part in re.split(r"\n\s*\n", text):
            part = " ".join(seg.strip() for seg in part.split("\n"))
            part = re.sub(r"[ \t]{2,}", " ", part).strip()
            if part:
                kind = "q" if self.quote_depth else "p"
                if kind == "q" and self.new_quote:
                    kind = "qs"  # the first block of a new <blockquote>
                    self.new_quote = False
                self.blocks.append((kind, part))

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        a = dict(attrs)
        if tag == "div":
            # Global Voices sets a quotation's translation in <div class="translation">
            # (and the original in <div class="arabic"> etc.): shown as part of the quote
            quoted = (a.get("class") or "") in {"translation", "arabic"}
            self.divs.append(quoted)
            self._flush()
            if quoted:
                self.quote_depth += 1
        elif tag == "blockquote":
            self._flush()
            self.quote_depth += 1
            self.new_quote = True
        elif tag == "p" and (a.get("class") or "") == "translation":
            # some posts set the translation in <p class="translation">: the same as the div
            self._flush()
            self.p_quoted = True
            self.quote_depth += 1
        elif tag in {"p", "br", "ul", "ol", "h1", "h2", "h3", "h4", "table"}:
            self._flush()
        elif tag == "li":
            self._flush()
            self.buf.write("- ")
        elif tag == "a":
            href = a.get("href")
            self.links.append(href)
            if href:
                self.buf.write("[")
        elif tag in {"em", "i"}:
            self.buf.write("*")
            self.just_opened = "*"
        elif tag in {"strong", "b"}:
            text = self.buf.getvalue()
            end = self.strong_closed_at
            if end is not None and not text[end:].strip(" "):
                # a bold run right after another: "<strong>a </strong><strong>b</strong>" is one
                self.buf.seek(end - 2)
                self.buf.truncate()
                self.buf.write(text[end:])
                return
            self.strong_start = self.buf.tell()
            self.buf.write("**")
            self.just_opened = "**"
        elif tag == "img":
            pass

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag == "div":
            self._flush()
            if self.divs and self.divs.pop():
                self.quote_depth = max(0, self.quote_depth - 1)
        elif tag == "blockquote":
            self._flush()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag == "p" and self.p_quoted:
            self._flush()
            self.p_quoted = False
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in {"p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "table"}:
            self._flush()
        elif tag == "a":
            href = self.links.pop() if self.links else None
            if href:
                self.buf.write(f"]({href.strip()})")
        elif tag in {"em", "i"}:
            self._close_emphasis("*")
        elif tag in {"strong", "b"}:
            self._close_emphasis("**")

    def _close_emphasis(self, marker: str) -> None:
        # Markdown emphasis cannot end after a space: "<i>Treasury's </i>" closes before it
        text = self.buf.getvalue()
        body = text.rstrip(" ")
        if len(body) < len(text) and not body.endswith(marker):
            self.buf.seek(len(body))
            self.buf.truncate()
            self.buf.write(marker + text[len(body) :])
        else:
            self.buf.write(marker)
        self.just_opened = None
        if marker == "**":
            self.strong_closed_at = len(self.buf.getvalue().rstrip(" "))

    def handle_data(self, data):
        if self.skip:
            return
        if self.just_opened and data[:1] == " ":
            # nor start before one: "<strong> of" opens after the space
            marker = self.just_opened
            text = self.buf.getvalue()
            self.buf.seek(len(text) - len(marker))
            self.buf.truncate()
            stripped = data.lstrip(" ")
            data = data[: len(data) - len(stripped)] + marker + stripped
        self.just_opened = None
        if data.strip():
            self.strong_closed_at = None
        self.buf.write(data)

    def close(self):
        super().close()
        self._flush()


_CAPTION = re.compile(r"\[caption[^\]]*\].*?\[/caption\]", re.S)


def convert_html(text: str, meta: dict) -> str:
    headings = {h.strip() for h in meta.get("headings") or []}
    text = _CAPTION.sub("\n\n", text)
    parser = _HTMLToMarkdown(headings)
    parser.feed(text)
    parser.close()
    out: list[str] = []
    prev = None
    for kind, para in parser.blocks:
        bare = re.sub(r"\*+", "", para).strip()  # a bold heading, emphasis inside it dropped
        if kind == "p" and para.startswith("**") and para.endswith("**") and bare in headings:
            out.append("## " + bare)
        elif kind in ("q", "qs"):
            if prev == "q" and kind == "q":
                out.append(">")  # the same quote goes on (a translation, a second paragraph)
            elif prev == "q":
                out.append("")  # a new <blockquote>: a quote of its own
            out.append("> " + para)
            prev = "q"
            continue
        else:
            out.append(para)
        prev = kind
        out.append("")
    body = "\n".join(_q_gaps(out))
    return _tidy(body)


def _q_gaps(lines: list[str]) -> list[str]:
    """A blank line after each run of block-quote lines, and between paragraphs."""
    res: list[str] = []
    for line in lines:
        if res and res[-1].startswith(">") and not line.startswith(">") and line != "":
            res.append("")
        if line == "" and res and res[-1] == "":
            continue
        res.append(line)
    return res


# ---------------------------------------------------------------- wikitext (Wikinews)

_W_TEMPLATE = re.compile(r"\{\{w\|([^{}|]*)(?:\|([^{}]*))?\}\}")
_WIKILINK = re.compile(r"\[\[(?!File:|Image:|Category:)([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_FILE = re.compile(r"\[\[(?:File|Image):(?:[^\[\]]|\[\[[^\]]*\]\])*\]\]")
_CATEGORY = re.compile(r"\[\[Category:[^\]]*\]\]")
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_EXTLINK = re.compile(r"\[(https?://[^\s\]]+) ([^\]]+)\]")


def convert_wikitext(text: str, meta: dict) -> str:
    text = _W_TEMPLATE.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(1), text)
    text = _FILE.sub("", text)
    text = _CATEGORY.sub("", text)
    text = _WIKILINK.sub(
        lambda m: (
            m.group(2)
            if m.group(2) is not None
            else m.group(1).split(":", 1)[-1]
            if m.group(1).startswith("w:")
            else m.group(1)
        ),
        text,
    )
    text = re.sub(r"<br\s*/?>", "", text)
    for _ in range(3):
        text = _TEMPLATE.sub("", text)
    text = _EXTLINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})", text)
    text = re.sub(r"'''(.+?)'''", r"**\1**", text)
    text = re.sub(r"''(.+?)''", r"*\1*", text)
    out = []
    for line in text.splitlines():
        line = line.rstrip()
        m = re.fullmatch(r"(=+)\s*(.*?)\s*\1", line)
        if m:
            out.append("## " + m.group(2))
            continue
        if line.startswith(":"):
            # an indented line: its own paragraph (indentation is presentation only)
            line = line.lstrip(":").strip()
            out.extend(["", line, ""])
            continue
        out.append(line)
    return _tidy("\n".join(out))


def _tidy(body: str) -> str:
    body = re.sub(r"\n{3,}", "\n\n", body)
    return body.strip() + "\n"


CONVERTERS = {"markdown": convert_markdown, "html": convert_html, "wikitext": convert_wikitext}


def build(slug: str) -> Path:
    y = _yaml()
    meta = y.load((META / f"{slug}.yaml").read_text(encoding="utf-8"))
    raw = (RAW / f"{slug}.txt").read_text(encoding="utf-8")
    body = CONVERTERS[meta["source_format"]](raw, meta)
    buf = StringIO()
    y.dump(meta["front"], buf)
    out = CORPUS / f"{slug}.md"
    out.write_text(f"---\n{buf.getvalue()}---\n\n{body}", encoding="utf-8")
    return out


def body_words(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    m = re.match(r"---\n.*?\n---\n", text, re.S)
    body = text[m.end() :] if m else text
    body = re.sub(r"\]\([^)]*\)", "]", body)  # link targets are not words
    return len(re.findall(r"[^\W_][\w'’.-]*", body))


def write_provenance() -> None:
    import csv

    y = _yaml()
    rows = []
    for mp in sorted(META.glob("*.yaml")):
        meta = y.load(mp.read_text(encoding="utf-8"))
        front = meta["front"]
        rows.append(
            {
                "slug": mp.stem,
                "title": front["title"],
                "publisher": meta["publisher"],
                "author": meta.get("original_authors", ""),
                "date_published": str(front["date"]),
                "original_url": meta["url"],
                "licence": meta["licence"],
                "how_obtained": meta["obtained"],
                "words": body_words(CORPUS / f"{mp.stem}.md"),
            }
        )
    with (HERE / "PROVENANCE.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def main(argv: list[str]) -> int:
    CORPUS.mkdir(exist_ok=True)
    slugs = argv or sorted(p.stem for p in META.glob("*.yaml"))
    for slug in slugs:
        build(slug)
    write_provenance()
    print(f"built {len(slugs)} briefs in {CORPUS.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
