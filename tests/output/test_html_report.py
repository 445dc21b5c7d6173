"""``brieflint report``: the HTML page, checked by a strict HTML5 parser and opened in real headless Chromium.

The browser tests need Debian's ``chromium`` (``.ci/run`` installs it); they skip,
saying so, only where no Chromium can be found. Screenshots are saved under
``build/test-artefacts/report/`` (or ``$BRIEFLINT_ARTEFACTS``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import html5lib
import pytest
from headless_chromium import Browser, find_chromium
from markupsafe import Markup
from support import ENERGY_ONLY, WATER_AND_POWER, edited, front, sources

from brieflint.output.html.page import file_href
from brieflint.output.html.textview import Mark, Point, render_lines, safe_href

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ARTEFACTS = Path(os.environ.get("BRIEFLINT_ARTEFACTS", ROOT / "build" / "test-artefacts" / "report"))
NS = "{http://www.w3.org/1999/xhtml}"
# the examples as the report numbers them (sorted by path): b1, b2, …
EXAMPLE_NAMES = sorted(p.name for p in EXAMPLES.iterdir() if p.name.endswith((".md", ".brief.yaml")))
IRAQ = f"#b{EXAMPLE_NAMES.index('iraq-electricity-imports.md') + 1}"
BROKEN = f"#b{EXAMPLE_NAMES.index('broken-brief.md') + 1}"

HOSTILE = """\
---
title: "<script>window.__pwned = 'title'</script> {{ 7*7919 }} <img src=x onerror=\\"window.__pwned='img'\\">"
type: brief-analysis
date: 2026-01-01
language: en
authors:
  - name: "<b onmouseover=alert(1)>Eve</b>"
    bio: "Eve writes </style><script>window.__pwned='bio'</script> about security policy at some length."
summary: >-
  A summary with <iframe src="https://evil.example/frame"></iframe> and {% raw %} template {{ config }}
  syntax that must stay inert text for every reader of the report, whoever they are.
topics: [Energy]
regions: [Iraq]
sources:
  - id: evil
    title: "<svg onload=\\"window.__pwned='svg'\\"></svg>"
    url: "javascript:window.__pwned='href'"
  - id: remote
    title: Remote tracker
    url: "https://evil.example/track.png"
---

## <script>window.__pwned='heading'</script> Heading {{ 7*7919 }}

The minister said "<img src='https://evil.example/x.png' onerror='window.__pwned=1'> we will not pay anyone" [@evil].
See [the link](javascript:window.__pwned='link') and [remote](https://evil.example/page) [@remote].

<script>window.__pwned = 'raw'</script>
<style>body { background: url(https://evil.example/bg.png) }</style>

> "</span></div><script>window.__pwned='quote'</script>" is a block quote with a good many words in it.
"""

RTL = """\
---
title: "أزمة الكهرباء في العراق: لماذا تفشل الواردات"
type: brief-analysis
date: 2026-07-14
language: ar
authors:
  - name: عمر حداد
    bio: عمر حداد باحث أول في المعهد، يدرس أسواق الطاقة والمالية العامة والعقوبات في العراق والخليج.
summary: >-
  يعتمد العراق على الغاز والكهرباء من إيران، مما يترك الأسر العراقية عرضة للانقطاع كل صيف، ولا ينهي ذلك إلا
  استثمار الغاز المحلي وإصلاح الشبكة.
topics: [Energy]
regions: [Iraq]
---

## لماذا تفشل الواردات

قالت الوزارة إن إمدادات الغاز الإيراني انخفضت إلى أقل من نصف الكمية المتعاقد عليها في الصيف الماضي.
"""


MARKED = (
    front(
        edited(
            ("Pricing Scarcity: Morocco's Water Tariffs", "Water Tariffs in Morocco: Who Pays for the Pipes"),
            WATER_AND_POWER,
            ENERGY_ONLY,
            sources(
                ("minister-speech", "Address to the House of Representatives on water security"),
                ("unused", "A report nobody cites"),
            ),
        )
    )
    + """
The reform moves distribution to twelve regional companies [@minister-speech].
The plan was described as "a turning point for the whole region and its people."
The minister told deputies that "the old model cannot finance the pipes," and she said it twice.
Critics argue that "the companies will raise prices for everyone in the poorest districts."
Notwithstanding the considerable institutional, administrative, infrastructural and macroeconomic
uncertainties surrounding intergovernmental decentralisation, the comprehensive reorganisation
of distributional responsibilities necessitates unprecedented coordination between
municipalities, regional authorities, concessionaires and international development institutions.

"We will not let prices rise for the poorest families in the country this year."
"""
)


def brieflint(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brieflint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "BRIEFLINT_NO_CACHE": "1"},
        timeout=300,
    )


def well_formed(html: str) -> object:
    """Parse with html5lib's strict parser: any parse error raises."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(html)


def text_of(el: object) -> str:
    return "".join(el.itertext())  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def examples_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    r = brieflint("report", "examples", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "wrote" in r.stdout
    return out


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    (d / "briefs").mkdir()
    (d / "briefs" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (d / "briefs" / "javascript:window.__pwned='file'.md").write_text(HOSTILE, encoding="utf-8")
    out = d / "report.html"
    r = brieflint("report", "briefs", "-o", str(out), cwd=d)
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")
    with Browser(chromium, width=1280, height=1000) as b:
        yield b


# ----- the HTML itself -------------------------------------------------------------


def test_report_lists_exactly_the_findings_of_check(examples_report: Path) -> None:
    check = json.loads(brieflint("check", "examples", "--format", "json", "--no-cache").stdout)
    expected = sorted((f["path"], f["line"], f["column"], f["code"]) for f in check["findings"])
    assert expected, "the examples have findings"
    tree = well_formed(examples_report.read_text(encoding="utf-8"))
    found = []
    for section in tree.iter(f"{NS}section"):  # type: ignore[attr-defined]
        if "brief" not in section.get("class", "").split():
            continue
        path = next(text_of(s) for s in section.iter(f"{NS}span") if s.get("class") == "path")
        for row in section.iter(f"{NS}tr"):
            if "fx" in row.get("class", "").split():
                cells = [text_of(td) for td in row.iter(f"{NS}td")]
                line, col = re.match(r"line (\d+):(\d+)", cells[2]).groups()  # type: ignore[union-attr]
                found.append((path, int(line), int(col), cells[1]))
    assert sorted(found) == expected


def test_the_page_is_well_formed_and_self_contained(examples_report: Path) -> None:
    html = examples_report.read_text(encoding="utf-8")
    well_formed(html)
    # nothing to fetch: no src, no stylesheet link, no url() but the page's own fragments
    assert not re.search(r"\ssrc=", html)
    assert "<link" not in html
    assert not re.search(r"url\((?!#)", html)


def test_the_policy_allows_exactly_the_pages_own_style_and_script(examples_report: Path) -> None:
    html = examples_report.read_text(encoding="utf-8")
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)  # type: ignore[union-attr]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    styles = re.findall(r"<style>(.*?)</style>", html, re.S)
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(styles) == 1 and len(scripts) == 1
    for kind, body in (("style-src", styles[0]), ("script-src", scripts[0])):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"{kind} 'sha256-{digest}'" in csp
    assert not re.search(r"\son[a-z]+=", html), "no inline event handler anywhere"


def test_hostile_content_stays_text_in_the_html(hostile_report: Path) -> None:
    html = hostile_report.read_text(encoding="utf-8")
    well_formed(html)
    assert html.count("<script") == 1  # the page's own
    assert "<iframe" not in html and "<img" not in html and "<svg onload" not in html
    assert "&lt;script&gt;window.__pwned" in html
    assert "{{ 7*7919 }}" in html and not re.search(r"\b55433\b", html)  # 7*7919, had the template run it
    assert 'href="javascript:' not in html.lower()
    assert 'href="./briefs/javascript%3Awindow' in html  # the file named javascript:… is linked as a relative path


def test_render_lines_escapes_and_keeps_crossing_marks_well_nested() -> None:
    text = 'one <b>"two\nthree</b> & four\n'
    starts = [0, text.index("three")]
    marks = [Mark(4, 16, "s s2", 'grade "9"'), Mark(8, 23, "q q-vague"), Mark(14, 18, "cite", "t", "#b1-src-0")]
    lines = render_lines(text, starts, marks, [Point(8, Markup(render_lines("<x>", [0], [], [])[0]))])
    assert len(lines) == 2
    joined = "".join(lines)
    assert "<b>" not in joined and "&lt;b&gt;" in joined and "&amp;" in joined and "&lt;x&gt;" in joined
    well_formed("<!DOCTYPE html><title>t</title><p>" + "<br>".join(lines))
    assert 'title="grade &quot;9&quot;"' in joined
    assert '<a href="#b1-src-0" class="s s2 q q-vague cite"' in joined


def test_only_http_links_are_links() -> None:
    assert safe_href("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", " vbscript:x", 'https://a"b', None):
        assert safe_href(bad) == ""
    assert file_href("javascript:alert(1).md", ".").startswith("./javascript%3A")


def test_split_writes_an_overview_and_a_page_per_brief(tmp_path: Path) -> None:
    out = tmp_path / "week.html"
    r = brieflint("report", "examples", "-o", str(out), "--split")
    assert r.returncode == 0, r.stderr
    pages = sorted((tmp_path / "week_briefs").glob("*.html"))
    assert len(pages) == len(EXAMPLE_NAMES)
    overview = out.read_text(encoding="utf-8")
    well_formed(overview)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        well_formed(html)
        assert f'href="./week_briefs/{page.name}"' in overview
        assert 'href="../week.html"' in html


def test_rtl_brief_text_is_right_to_left(tmp_path: Path) -> None:
    (tmp_path / "ar.md").write_text(RTL, encoding="utf-8")
    r = brieflint("report", str(tmp_path / "ar.md"), "-o", str(tmp_path / "r.html"))
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    well_formed(html)
    body = re.search(r'<div class="body src" lang="ar">(.*?)\n</div>', html, re.S).group(1)  # type: ignore[union-attr]
    assert 'dir="rtl"' in body and "لماذا تفشل الواردات" in body
    assert "Not run on this brief, for want of support for its language" in html  # English-only rules say so
    assert 'class="s s' not in body and 'class="qb' not in body  # and draw nothing
    assert 'dir="rtl"' not in re.search(r'<div class="front src".*?</div>\n<aside', html, re.S).group(0)  # type: ignore[union-attr]


def test_hard_sentences_quotes_and_sources_are_marked(tmp_path: Path) -> None:
    (tmp_path / "marked.md").write_text(MARKED, encoding="utf-8")
    r = brieflint("report", str(tmp_path / "marked.md"), "-o", str(tmp_path / "r.html"))
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    well_formed(html)
    assert re.search(r'class="s s3[^"]*" title="very hard sentence: \d+ words of the author&#x27;s, grade \d+', html)
    # shaded "very hard" exactly where R107 reports (the author's words, quotes taken out); R106 is off: no band 2
    check = brieflint("check", "--format", "json", "--select", "R107", str(tmp_path / "marked.md"))
    r107 = [f for f in json.loads(check.stdout)["findings"] if f["code"] == "R107"]
    shaded = set(re.findall(r'class="s s3[^"]*" title="([^"]*)"', html))  # a sentence over several lines: a span each
    assert len(r107) >= 1 and len(shaded) == len(r107)
    assert 'class="s s2' not in html
    assert '<span class="qb q-unattributed" title="unattributed">' in html
    assert '<span class="qb q-passive" title="passive">' in html
    assert re.search(r'<span class="qb q-attributed" title="attributed: [^"]*told deputies', html)
    assert re.search(r'<span class="qb q-vague" title="vague: Critics argue', html)
    assert '<a href="#b1-src-0" class="cite" title="Address to the House' in html
    assert "never cited" in html and "cited 1×" in html
    # Q101 on the passive and unattributed quotes; the vague one is Q102's warning (issue 19 severity policy)
    assert html.count('class="fm sev-error fam-Q"') == 2


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert brieflint("report", "no-such-dir", "-o", str(tmp_path / "r.html")).returncode == 2
    assert brieflint("report", "examples", "-o", str(tmp_path / "missing" / "r.html")).returncode == 2
    assert brieflint("report", "examples", "-o", str(tmp_path)).returncode == 2
    (tmp_path / "README.md").write_text("# not a brief\n", encoding="utf-8")
    assert brieflint("report", str(tmp_path), "-o", str(tmp_path / "r.html")).returncode == 2


def test_starting_the_command_line_does_not_import_jinja() -> None:
    code = "import sys; from brieflint.cli import main; main.build_parser(); print('jinja2' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


# ----- in a real browser ---------------------------------------------------------------


def test_the_report_renders_in_chromium_without_requests_or_errors(browser: Browser, examples_report: Path) -> None:
    url = examples_report.as_uri()
    browser.open(url)
    assert browser.requests() == [url]
    assert browser.console_errors() == []
    assert browser.evaluate("document.querySelectorAll('section.brief').length") == len(EXAMPLE_NAMES)
    assert browser.evaluate("document.styleSheets.length") == 1  # the inline style sheet was allowed
    assert browser.evaluate("getComputedStyle(document.querySelector('a.fm')).display") == "inline-block"
    assert browser.evaluate("document.body.classList.contains('js')")  # the inline script ran
    assert browser.evaluate(f"document.querySelectorAll('{IRAQ} .q.q-attributed').length") >= 1
    assert browser.evaluate(f"document.querySelectorAll('{IRAQ} a.cite[href^=\"{IRAQ}-src-\"]').length") == 4
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTEFACTS / "brief-section.png"
    browser.screenshot(str(shot), IRAQ)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    browser.screenshot(str(ARTEFACTS / "broken-brief.png"), BROKEN, max_height=2400)


def test_filters_and_keyboard_navigation_work(browser: Browser, examples_report: Path) -> None:
    browser.open(examples_report.as_uri())
    visible = "[...document.querySelectorAll('tr.fx')].filter(r => r.getClientRects().length).length"
    total = browser.evaluate(visible)
    errors = browser.evaluate("document.querySelectorAll('tr.fx.sev-error').length")
    assert total > errors > 0
    browser.evaluate("document.querySelector('input[data-filter=\"sev-error\"]').click()")
    assert browser.evaluate(visible) == total - errors
    assert "Showing" in browser.evaluate("document.getElementById('filter-status').textContent")
    browser.evaluate("document.querySelector('input[data-filter=\"sev-error\"]').click()")
    assert browser.evaluate(visible) == total
    browser.evaluate("document.activeElement.blur()")
    browser.key("j")
    assert browser.evaluate("document.activeElement.classList.contains('fm')")
    first = browser.evaluate("document.activeElement.id")
    browser.key("j")
    assert browser.evaluate("document.activeElement.id") != first
    assert browser.console_errors() == []


def test_print_and_dark_styles_apply(browser: Browser, examples_report: Path) -> None:
    browser.open(examples_report.as_uri())
    light = browser.evaluate("getComputedStyle(document.body).backgroundColor")
    browser.call("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    assert browser.evaluate("getComputedStyle(document.body).backgroundColor") != light
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(str(ARTEFACTS / "dark.png"))
    browser.call("Emulation.setEmulatedMedia", {"media": "print", "features": []})
    assert browser.evaluate("getComputedStyle(document.querySelector('.filters')).display") == "none"
    browser.call("Emulation.setEmulatedMedia", {"media": "", "features": []})


def test_no_script_planted_in_a_brief_runs(browser: Browser, hostile_report: Path) -> None:
    url = hostile_report.as_uri()
    browser.open(url)
    # hover and focus everything, follow every in-page link, as a curious editor would
    browser.evaluate(
        "for (const el of document.querySelectorAll('a, [title]')) {"
        " el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); if (el.focus) el.focus(); }"
    )
    browser.evaluate("for (const a of document.querySelectorAll('a[href^=\"#\"]')) a.click()")
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.requests() == [url]
    assert browser.console_errors() == []
    assert not [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.evaluate("document.querySelectorAll('iframe, img, object, embed, svg foreignObject').length") == 0
    handlers = (
        "[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length"
    )
    assert browser.evaluate(handlers) == 0
    assert browser.evaluate("[...document.links].filter(a => !/^(https?|file):/.test(a.href)).length") == 0
    title = browser.evaluate("document.querySelector('#b1-h').textContent")
    assert "<script>window.__pwned = 'title'</script> {{ 7*7919 }}" in title
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(str(ARTEFACTS / "hostile.png"), "#b1", max_height=2400)
