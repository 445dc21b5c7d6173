"""What the report shows of one brief: findings, figures, quotes, sources and the annotated text.

:func:`brief_view` turns a checked :class:`Document` (its readability and quote
analyses are the ones the rules memoised on it) and its findings into a
:class:`BriefView`, plain records the templates read. Nothing here writes HTML
except through :mod:`brieflint.output.html.textview`, which escapes every piece
of the brief.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from brieflint.model import Context, Finding, Severity
from brieflint.output.html.quotemarks import ATTRIBUTED, QuoteMark
from brieflint.output.html.textview import Mark, Point, render_lines, safe_href

RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi"})
_LANG_TAG = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
_ALL_PROSE = ("title", "summary", "heading", "body", "bio")
_QUOTE_BADGE = {ATTRIBUTED: "✓", "vague": "?", "passive": "?", "unattributed": "✗"}


@dataclass(frozen=True)
class FindingView:
    key: str  # element id of the finding's row
    code: str
    family: str
    severity: str
    message: str
    line: int
    column: int
    rule: str
    summary: str
    in_front: bool


@dataclass(frozen=True)
class FigureRow:
    label: str
    line: int
    words: int
    sentences: int
    grade: float | None
    ease: float | None
    max_grade: float
    min_ease: float
    scored: bool  # long enough for the targets to apply

    @property
    def over_grade(self) -> bool:
        return self.scored and self.grade is not None and round(self.grade, 1) > self.max_grade

    @property
    def under_ease(self) -> bool:
        return self.scored and self.ease is not None and round(self.ease, 1) < self.min_ease


@dataclass(frozen=True)
class SourceView:
    index: int
    id: str
    title: str
    kind: str
    publisher: str
    href: str
    url: str
    cited: int


@dataclass(frozen=True)
class QuoteView:
    line: int
    status: str
    who: str
    words: int
    excerpt: str


@dataclass(frozen=True)
class BriefView:
    n: int
    anchor: str
    path: str
    href: str  # the file, relative to the report
    title: str
    form: str
    ok: bool
    language: str
    lang_attr: str
    rtl: bool
    findings: tuple[FindingView, ...]
    skipped: tuple[str, ...]
    counts: Mapping[str, int]
    families: Mapping[str, int]
    figures: tuple[FigureRow, ...]
    body_words: int
    quotes: tuple[QuoteView, ...]
    citations: int
    sources: tuple[SourceView, ...]
    front: Markup  # the lines of the front matter (YAML form: before ``sections:``)
    body: Markup

    @property
    def worst(self) -> tuple[int, int, int]:
        return (self.counts.get("error", 0), self.counts.get("warning", 0), self.counts.get("info", 0))

    def findings_codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def quote_count(self, status: str) -> int:
        return sum(1 for q in self.quotes if q.status == status)


def line_html(anchor: str, number: int, html: str, *, heading: bool, rtl: bool) -> str:
    """One line of the text view: its number (a link to itself) and its marked-up text (already escaped)."""
    tag = "h4" if heading else "div"
    cls = "ln hd" if heading else "ln"
    ident = f"{anchor}-L{number}"
    direction = ' dir="rtl"' if rtl else ""
    return (
        f'<{tag} class="{cls}" id="{ident}"{direction}><a class="no" href="#{ident}" aria-label="line {number}">'
        f'{number}</a><span class="tx">{html}</span></{tag}>\n'
    )


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def family(code: str) -> str:
    return code.rstrip("0123456789") or code


def brief_view(
    n: int,
    doc: Any,
    findings: Sequence[Finding],
    steps: Mapping[str, Context],
    rules: Any,
    href: str,
    skipped: Sequence[str] = (),
) -> BriefView:
    """The view of brief number ``n``; ``steps``: each rule's context in the run (options in force), by code.

    ``skipped``: the rules not run on this brief (no support for its language); the
    marks drawn from their analyses (sentence shading, quote verdicts) are left out.
    """
    from brieflint.checks.readability.analysis import analyse

    anchor = f"b{n}"
    data = doc.data if doc.ok and isinstance(doc.data, dict) else {}
    title = _str(data.get("title"))
    language = _str(data.get("language")) or "en"
    primary = language.split("-")[0].lower()
    front_end = _front_end(doc)
    views = []
    for i, f in enumerate(findings):
        rule = rules.get(f.code)
        views.append(
            FindingView(
                key=f"{anchor}-f{i}",
                code=f.code,
                family=family(f.code),
                severity=str(f.severity),
                message=f.message,
                line=f.line,
                column=f.column,
                rule=f.rule or (rule.name if rule else ""),
                summary=rule.summary if rule else "",
                in_front=f.line <= front_end,
            )
        )
    counts = {str(s): 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
    families: dict[str, int] = {}
    for v in views:
        counts[v.severity] += 1
        families[v.family] = families.get(v.family, 0) + 1
    marks: list[Mark] = []
    points: list[Point] = []
    figures: tuple[FigureRow, ...] = ()
    quotes: list[QuoteView] = []
    sources: tuple[SourceView, ...] = ()
    citations = 0
    body_words = 0
    prose_lines: set[int] = set()
    heading_lines: set[int] = set()
    if doc.ok:
        a = analyse(doc)
        body_words = a.body.words
        figures = _figures(a, steps)
        if "R106" not in skipped and "R107" not in skipped:
            marks.extend(_sentence_marks(doc, a, steps))
        sources, source_marks, citations = _sources(doc, data, anchor)
        marks.extend(source_marks)
        titles = {s.id: s.title for s in sources}
        marks_q, quotes = ([], []) if "Q101" in skipped else _quotes(doc, steps.get("Q101"), titles)
        for m, _view, badge in marks_q:
            marks.append(m)
            points.append(badge)
        quotes_t = tuple(quotes)
        for s in doc.sections:
            if s.heading_text is not None and s.heading_text.value:
                heading_lines.add(s.heading_text.locate(0)[0])
            if s.body.value:
                first = s.body.locate(0)[0]
                last = s.body.locate_end(len(s.body.value))[0]
                prose_lines.update(range(first, last + 1))
    else:
        quotes_t = ()
    for v, f in zip(views, findings, strict=True):
        start = doc.index.offset(f.line, f.column) if doc.text else 0
        if f.end_line is not None and f.end_column is not None:
            marks.append(Mark(start, doc.index.offset(f.end_line, f.end_column), f"fu sev-{v.severity} fam-{v.family}"))
        tip = f"{v.code} {v.severity}: {v.message}" + (f" — {v.summary}" if v.summary else "")
        points.append(
            Point(
                start,
                Markup(
                    f'<a class="fm sev-{v.severity} fam-{escape(v.family)}" href="#{v.key}" id="{v.key}-m">'
                    f'{escape(v.code)}<span class="tip" role="tooltip">{escape(tip)}</span></a>'
                ),
            )
        )
    rendered = render_lines(doc.text or "", doc.index.starts if doc.text else (0,), marks, points)
    rtl = primary in RTL_LANGUAGES
    front: list[str] = []
    body: list[str] = []
    for i, html in enumerate(rendered):
        number = i + 1
        prose = number in prose_lines or (doc.form == "markdown" and number > front_end)
        (front if number <= front_end else body).append(
            line_html(anchor, number, html, heading=number in heading_lines, rtl=rtl and prose)
        )
    return BriefView(
        n=n,
        anchor=anchor,
        path=doc.path,
        href=href,
        title=title,
        form=doc.form,
        ok=doc.ok,
        language=language,
        lang_attr=language if _LANG_TAG.match(language) else "",
        rtl=rtl,
        findings=tuple(views),
        skipped=tuple(skipped),
        counts=counts,
        families=families,
        figures=figures,
        body_words=body_words,
        quotes=quotes_t,
        citations=citations,
        sources=sources,
        front=Markup("".join(front)),
        body=Markup("".join(body)),
    )


def _front_end(doc: Any) -> int:
    """The last line of the metadata: the closing ``---`` (Markdown), the line before ``sections:`` (YAML)."""
    if not doc.ok:
        return 0
    if doc.form == "markdown":
        return int(doc.front_matter_end)
    if ("sections",) in doc.keys:
        return int(doc.where(("sections",), key=True)[0]) - 1
    return int(doc.index.lines)


def _opt(steps: Mapping[str, Context], code: str, name: str, default: Any) -> Any:
    ctx = steps.get(code)
    value = ctx.options.get(name) if ctx is not None else None
    return default if value is None else value


def _figures(a: Any, steps: Mapping[str, Context]) -> tuple[FigureRow, ...]:
    from brieflint.checks.readability import rules as r

    rows = []
    if a.summary is not None:
        c = a.summary.counts
        rows.append(
            FigureRow(
                "Summary",
                a.summary.span()[0],
                c.words,
                c.sentences,
                c.grade,
                c.reading_ease,
                float(_opt(steps, "R103", "summary-max-grade", r.SUMMARY_MAX_GRADE)),
                float(_opt(steps, "R104", "summary-min-reading-ease", r.SUMMARY_MIN_READING_EASE)),
                c.words > 0,
            )
        )
    max_grade = float(_opt(steps, "R101", "max-grade", r.MAX_GRADE))
    min_ease = float(_opt(steps, "R102", "min-reading-ease", r.MIN_READING_EASE))
    least = int(_opt(steps, "R101", "min-section-words", r.MIN_SECTION_WORDS))
    for s in a.sections:
        c = s.counts
        label = s.heading or "Lead (before the first heading)"
        rows.append(
            FigureRow(
                label,
                s.anchor()[0],
                c.words,
                c.sentences,
                c.grade,
                c.reading_ease,
                max_grade,
                min_ease,
                c.words >= least,
            )
        )
    return tuple(rows)


def _sentence_marks(doc: Any, a: Any, steps: Mapping[str, Context]) -> list[Mark]:
    """Sentences shaded as the rules in force read them: 3 very hard (R107), 2 hard (R106), 1 above the
    section target (R101's grade).

    Bands 2 and 3 weigh the author's own words, as R106 and R107 do (quoted words taken out:
    :mod:`~brieflint.checks.readability.authored`), and are drawn only when their rule runs (R106 is
    off by default); a sentence is shaded "very hard" exactly when R107 reports it.
    """
    from brieflint.checks.readability import report
    from brieflint.checks.readability import rules as r
    from brieflint.checks.readability.authored import authored

    dense = float(_opt(steps, "R101", "max-grade", r.MAX_GRADE))
    least = int(_opt(steps, "R106", "min-words", r.SENTENCE_MIN_WORDS))
    least_very = int(_opt(steps, "R107", "min-words", r.SENTENCE_MIN_WORDS))
    hard = float(_opt(steps, "R106", "hard-grade", r.HARD_GRADE))
    very = float(_opt(steps, "R107", "very-hard-grade", r.VERY_HARD_GRADE))
    longest = int(_opt(steps, "R107", "max-sentence-words", r.MAX_SENTENCE_WORDS))
    own = {id(x.sentence): x.counts for x in authored(doc, a)}
    sentences = list(a.sentences) + (list(a.summary.sentences) if a.summary is not None else [])
    out = []
    for s in sentences:
        grade = s.counts.grade
        if grade is None:
            continue
        words = s.counts.words
        mine = own.get(id(s))
        mine_words, mine_grade = (mine.words, report.r(mine.grade or 0.0)) if mine is not None else (0, 0.0)
        if "R107" in steps and (mine_words > longest or (mine_words >= least_very and mine_grade >= very)):
            band, what = 3, f"very hard sentence: {mine_words} words of the author's, grade {mine_grade:.1f}"
        elif "R106" in steps and mine_words >= least and mine_grade >= hard:
            band, what = 2, f"hard sentence: {mine_words} words of the author's, grade {mine_grade:.1f}"
        elif words >= 12 and grade > dense:
            band, what = 1, f"dense sentence: grade {grade:.1f}, {words} words"
        else:
            continue
        prose = s.paragraph.prose
        start, end = prose.offset(s.start), prose.offset(max(s.end - 1, s.start)) + 1
        out.append(Mark(start, end, f"s s{band}", what))
    return out


def _sources(doc: Any, data: Mapping[str, Any], anchor: str) -> tuple[tuple[SourceView, ...], list[Mark], int]:
    from brieflint.document import prose

    raw = data.get("sources")
    items = [s for s in raw if isinstance(s, dict)] if isinstance(raw, list) else []
    index = {s["id"]: i for i, s in enumerate(items) if isinstance(s.get("id"), str)}
    cited: dict[str, int] = {}
    marks: list[Mark] = []
    count = 0
    for p in prose.paragraphs(doc, _ALL_PROSE):
        for c in p.citations:
            start, end = p.markup.offset(c.start), p.markup.offset(max(c.end - 1, c.start)) + 1
            if c.kind == "key":
                cited[c.target] = cited.get(c.target, 0) + 1
                i = index.get(c.target)
                if i is None:
                    marks.append(Mark(start, end, "cite cite-unknown", f"unknown source id '{c.target}'"))
                else:
                    title = items[i].get("title")
                    marks.append(Mark(start, end, "cite", str(title) if title else c.target, f"#{anchor}-src-{i}"))
            else:
                href = safe_href(c.target)
                marks.append(Mark(start, end, "cite cite-link" if href else "cite cite-bad", c.target, href))
            if p.scope == "body":
                count += 1
    claims = data.get("claims")
    if isinstance(claims, list):
        for claim in claims:
            ids = claim.get("sources") if isinstance(claim, dict) else None
            for sid in ids if isinstance(ids, list) else ():
                if isinstance(sid, str):
                    cited[sid] = cited.get(sid, 0) + 1
    views = []
    for i, s in enumerate(items):
        sid = _str(s.get("id"))
        url = _str(s.get("url"))
        views.append(
            SourceView(
                index=i,
                id=sid,
                title=str(s.get("title") or ""),
                kind=str(s.get("kind") or ""),
                publisher=str(s.get("publisher") or ""),
                href=safe_href(url),
                url=url,
                cited=cited.get(sid, 0) if sid else 0,
            )
        )
    return tuple(views), marks, count


def _quotes(
    doc: Any, ctx: Context | None, sources: Mapping[str, str]
) -> tuple[list[tuple[Mark, QuoteView, Point]], list[QuoteView]]:
    from brieflint.output.html.quotemarks import quote_marks

    out = []
    views = []
    for qm in quote_marks(doc, ctx, sources):
        out.append(_quote_parts(qm))
        views.append(out[-1][1])
    return out, views


def _quote_parts(qm: QuoteMark) -> tuple[Mark, QuoteView, Point]:
    prose = qm.para.prose
    start, end = prose.offset(qm.start), prose.offset(max(qm.end - 1, qm.start)) + 1
    inner = " ".join(prose.value[qm.start : qm.end].split())
    excerpt = inner if len(inner) <= 90 else inner[:87] + "…"
    label = qm.status + (f": {qm.who}" if qm.who else "")
    view = QuoteView(prose.locate(qm.start)[0], qm.status, qm.who, qm.words, excerpt)
    short = label if len(label) <= 48 else label[:47] + "…"
    badge = Markup(
        f'<span class="qb q-{qm.status}" title="{escape(label)}">'
        f'<span aria-hidden="true">{_QUOTE_BADGE.get(qm.status, "")} </span>{escape(short)}</span>'
    )
    mark = Mark(start, end, f"q q-{qm.status}", f"quote, {label}")
    return mark, view, Point(start, badge)
