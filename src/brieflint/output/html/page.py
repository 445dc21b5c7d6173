"""Pages: the Jinja2 environment (autoescaping on), the Content-Security-Policy, one file or one per brief.

The page's own style sheet and script are inline, and the policy allows exactly
those two by their SHA-256 hashes: ``default-src 'none'`` forbids every remote
load, inline handlers and ``javascript:`` URLs, whatever a brief contains.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FunctionLoader, StrictUndefined
from markupsafe import Markup

from brieflint.output.html.charts import chart
from brieflint.output.html.views import BriefView

SEVERITIES = (("sev-error", "errors"), ("sev-warning", "warnings"), ("sev-info", "info"))
FAMILY_LABELS = {
    "E": "read and parse",
    "S": "schema",
    "Q": "quotes and sources",
    "R": "readability",
    "T": "taxonomy",
    "L": "links and translations",
    "HS": "house style",
}
OPEN_TEXT_UP_TO = 25  # a one-file report over more briefs shows each brief's text folded
_SAFE_CLASS = re.compile(r"^[A-Za-z0-9_-]{1,20}$")


def _asset(name: str) -> str:
    return (resources.files("brieflint.output.html") / "templates" / name).read_text(encoding="utf-8")


def environment() -> Environment:
    env = Environment(
        loader=FunctionLoader(_asset),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals["fmt"] = lambda x: "—" if x is None else f"{x:.1f}"
    return env


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def policy(css: str, js: str) -> str:
    return (
        f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(js)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def file_href(path: str, page_dir: str) -> str:
    """A relative link from a page in ``page_dir`` to ``path`` (never read as a scheme such as ``javascript:``)."""
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(page_dir)).replace(os.sep, "/")
    rel = quote(rel, safe="/")
    return rel if rel.startswith("../") else "./" + rel


@dataclass
class Totals:
    """What the overview counts, added to brief by brief."""

    briefs: int = 0
    unparsed: int = 0
    with_findings: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    families: dict[str, dict[str, int]] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)
    codes: set[str] = field(default_factory=set)

    def add(self, b: BriefView, link: str) -> None:
        self.briefs += 1
        self.unparsed += 0 if b.ok else 1
        self.with_findings += 1 if b.findings else 0
        for f in b.findings:
            self.counts[f.severity] += 1
            fam = self.families.setdefault(f.family, {"error": 0, "warning": 0, "info": 0})
            fam[f.severity] += 1
            self.codes.add(f.code)
        fams = ", ".join(f"{k} {v}" for k, v in sorted(b.families.items()))
        self.rows.append({"path": b.path, "title": b.title, "link": link, "families": fams, **b.counts})


def _overview(t: Totals, skipped: int) -> dict[str, Any]:
    families = [
        {"name": k, "label": FAMILY_LABELS.get(k, ""), **v, "total": sum(v.values())}
        for k, v in sorted(t.families.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    ]
    worst = sorted(t.rows, key=lambda r: (-r["error"], -r["warning"], -r["info"], r["path"]))
    return {
        "briefs": t.briefs,
        "unparsed": t.unparsed,
        "skipped": skipped,
        "with_findings": t.with_findings,
        "counts": t.counts,
        "families": families,
        "worst": worst,
        "shown": len(worst),
    }


def _filters(counts: Mapping[str, int], families: Mapping[str, int]) -> dict[str, Any]:
    return {
        "severities": [(key, label, counts.get(key[4:], 0)) for key, label in SEVERITIES],
        "families": [(f"fam-{k}", k, n) for k, n in sorted(families.items()) if _SAFE_CLASS.match(k)],
        "total": sum(counts.values()),
    }


def _filter_css(filters: Mapping[str, Any]) -> str:
    keys = [k for k, _, _ in filters["severities"]] + [k for k, _, _ in filters["families"]]
    return "".join(
        f"\nbody.hide-{k} .fx.{k}, body.hide-{k} a.fm.{k} {{ display: none; }}"
        f"\nbody.hide-{k} .fu.{k} {{ text-decoration: none; }}"
        for k in keys
    )


def _rules(rules: Any, codes: Iterable[str]) -> list[dict[str, str]]:
    out = []
    for code in sorted(codes):
        r = rules.get(code)
        if r is None or not _SAFE_CLASS.match(code):
            continue
        parts = r.doc_parts()
        out.append(
            {
                "code": code,
                "name": r.name,
                "severity": str(r.severity),
                "summary": r.summary,
                "what": " ".join(parts.get("What it does", "").split()),
                "why": " ".join(parts.get("Why is this bad?", "").split()),
            }
        )
    return out


class ReportWriter:
    """Collects briefs and writes the report: one page, or (``split``) an overview and one page per brief."""

    def __init__(self, output: str, *, split: bool, rules: Any, version: str, run_line: str) -> None:
        self.output = output
        self.split = split
        self.rules = rules
        self.version = version
        self.run_line = run_line
        self.env = environment()
        self.css = _asset("style.css")
        self.js = _asset("app.js")
        self.views: list[BriefView] = []
        self.totals = Totals()
        self.charts: dict[int, Any] = {}
        out_dir = os.path.dirname(os.path.abspath(output))
        stem = os.path.splitext(os.path.basename(output))[0]
        self.brief_dir = os.path.join(out_dir, f"{stem}_briefs")
        self.page_dir = self.brief_dir if split else out_dir
        self.written: list[str] = []

    def add(self, view: BriefView) -> None:
        if self.split:
            name = f"{view.n:04d}-{re.sub(r'[^A-Za-z0-9._-]+', '-', os.path.basename(view.path))[:60]}.html"
            path = os.path.join(self.brief_dir, name)
            os.makedirs(self.brief_dir, exist_ok=True)
            title = f"brieflint: {view.path}"
            back = file_href(self.output, self.brief_dir)
            self._write(path, self._page(title, [view], None, view.counts, view.families, view.findings_codes(), back))
            self.totals.add(view, file_href(path, os.path.dirname(os.path.abspath(self.output))))
        else:
            self.views.append(view)
            self.totals.add(view, f"#{view.anchor}")

    def finish(self, skipped: int) -> list[str]:
        t = self.totals
        fam_counts = {k: sum(v.values()) for k, v in t.families.items()}
        title = "brieflint report"
        html = self._page(title, self.views, _overview(t, skipped), t.counts, fam_counts, t.codes, "")
        self._write(self.output, html)
        return self.written

    def _page(
        self,
        title: str,
        views: Sequence[BriefView],
        overview: Mapping[str, Any] | None,
        counts: Mapping[str, int],
        families: Mapping[str, int],
        codes: Iterable[str],
        back: str,
    ) -> str:
        filters = _filters(counts, families)
        css = self.css + _filter_css(filters)
        charts = {v.n: chart(v.figures) for v in views}
        return self.env.get_template("page.html.j2").render(
            page_title=title,
            run_line=self.run_line,
            version=self.version,
            csp=Markup(policy(css, self.js)),  # made here of fixed words and base64 hashes
            css=Markup(css),
            js=Markup(self.js),
            filters=filters,
            overview=overview,
            briefs=views,
            charts=charts,
            rules=_rules(self.rules, codes),
            back=back,
            open_text=self.split or len(views) <= OPEN_TEXT_UP_TO,
        )

    def _write(self, path: str, html: str) -> None:
        tmp = f"{path}.tmp{os.getpid()}"
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(html)
        os.replace(tmp, path)
        self.written.append(path)
