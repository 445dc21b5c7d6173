"""Fuzzing the prose layer and the reporters, beside tests/test_fuzz.py (the whole pipeline).

Structural strategies: Markdown built from nested inline constructs (emphasis,
links and images with every kind of destination, code spans of every fence
length, autolinks, HTML tags and comments, entities, escapes, Pandoc
citations, footnote marks) inside block constructs (headings, block quotes,
lists, tables, fenced code), in both forms of a brief; and findings whose every
text field holds what a hostile brief can put there (line breaks, ESC/OSC,
C1 and bidi controls, quotes, XML specials).

The default run is short (CI); ``BRIEFLINT_FUZZ_EXAMPLES=5000`` a long one
(see docs/fuzzing.md).
"""

from __future__ import annotations

import io
import json
import os
import time
import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brieflint.checks.registry import collect
from brieflint.document.brief import parse
from brieflint.document.prose import paragraphs
from brieflint.model import Finding, Severity
from brieflint.output.reporters import ReportOptions, get
from brieflint.run.engine import FileResult, RunResult

EXAMPLES = int(os.environ.get("BRIEFLINT_FUZZ_EXAMPLES", "100"))
SECONDS = 5.0  # no example may take longer than this (a quadratic stage shows up here)

WORD = st.sampled_from(["the", "minister", "said", "Iraq's", "U.S.", "قال", "😀", "e\u0301", "\u200f", "a_b", "x*y"])
DEST = st.sampled_from(["https://example.org/a_(b)", "<https://x.org/a b>", "", "x", '"t"', "(", "a)b", "#f"])


def inline(depth: int = 2) -> st.SearchStrategy[str]:
    leaf = st.one_of(
        WORD,
        st.sampled_from(["\\*", "\\[", "&amp;", "&eacute;", "&#x41;", "&bogus;", "<b>", "</i>", "<!-- c -->", "[^1]"]),
        st.builds(lambda n, w: "`" * n + w + "`" * n, st.integers(1, 3), WORD),
        st.builds(lambda w: f"[@{w}]", st.sampled_from(["src-1", "a; @b", "see @c, p. 3", "-@d", ""])),
        st.just("<https://example.org/auto>"),
        st.sampled_from(["[", "]", "(", ")", "`", "*", "_", "<", "!", '"', "“", "”"]),
    )
    if depth == 0:
        return leaf
    inner = st.lists(inline(depth - 1), min_size=1, max_size=4).map(" ".join)
    return st.one_of(
        leaf,
        st.builds(lambda t: f"*{t}*", inner),
        st.builds(lambda t: f"**{t}**", inner),
        st.builds(lambda t, d: f"[{t}]({d})", inner, DEST),
        st.builds(lambda t, d: f"![{t}]({d})", inner, DEST),
        st.builds(lambda t: f"[{t}][ref]", inner),
        st.builds(lambda t: f'"{t} {t} {t} {t}"', inner),
    )


LINE = st.lists(inline(), min_size=0, max_size=12).map(" ".join)
BLOCK = st.one_of(
    LINE,
    LINE.map(lambda s: "## " + s.replace("\n", " ")),
    LINE.map(lambda s: "#### " + s.replace("\n", " ")),
    LINE.map(lambda s: "> " + s.replace("\n", "\n> ")),
    st.lists(LINE, min_size=1, max_size=3).map(lambda ls: "\n".join("- " + x for x in ls)),
    st.lists(LINE, min_size=1, max_size=3).map(lambda ls: "\n".join(f"{i}. {x}" for i, x in enumerate(ls, 1))),
    st.lists(LINE, min_size=1, max_size=3).map(
        lambda ls: "| a | b |\n|---|---|\n" + "\n".join(f"| {x.replace('|', ' ')} | 2 |" for x in ls)
    ),
    LINE.map(lambda s: f"```\n{s}\n```"),
    st.just("[ref]: https://example.org/ref"),
    LINE.map(lambda s: f"Setext heading {s[:20]}\n---".replace("\n\n", "\n")),
)
BODY = st.lists(BLOCK, min_size=1, max_size=8).map("\n\n".join)
HEAD = "---\ntitle: A brief about water\ntype: brief-analysis\n---\n\n"


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(BODY, st.booleans())
def test_prose_maps_every_character_into_the_file(body: str, yaml_form: bool) -> None:
    if yaml_form:
        block = "\n".join("      " + line if line else "" for line in body.split("\n"))
        text, name, form = f"title: x\nsections:\n  - heading: H\n    body: |\n{block}\n", "f.brief.yaml", "yaml"
    else:
        text, name, form = HEAD + body + "\n", "f.md", "markdown"
    started = time.perf_counter()
    doc = parse(name, text, form=form)
    for p in paragraphs(doc, scopes=("title", "summary", "heading", "body", "bio")):
        prose = p.prose
        last = -1
        for k in range(len(prose.value)):
            at = prose.offset(k)
            assert 0 <= at < len(text), (k, at)
            assert at >= last, (prose.value, k)  # the prose reads the file in order
            last = at
            line, column = prose.locate(k)
            assert 1 <= line <= doc.index.lines and column >= 1
        for c in p.citations:
            assert 0 <= c.start <= c.end <= len(p.markup.value) + 1, c
    assert time.perf_counter() - started < SECONDS


HOSTILE = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
        st.sampled_from(["\n", "\r", "\x1b[31m", "\x1b]8;;https://x\x07", "\x85", "\u202e", "\u2066", "<", "&", '"']),
        st.just("\n::error file=forged.md::forged"),
    ),
    max_size=5,
).map("".join)
# a path comes from the file system: anything but a NUL byte (which no path can hold; the first long session
# found that the SARIF reporter's source-line reader raises on one, see docs/fuzzing.md)
PATH = HOSTILE.map(lambda s: s.replace("\x00", ""))
FINDING = st.builds(
    lambda path, line, column, code, severity, message, rule: Finding(
        path=path or "x.md", line=line, column=column, code=code, severity=severity, message=message, rule=rule
    ),
    PATH,
    st.integers(1, 10_000),
    st.integers(1, 500),
    st.sampled_from(["E001", "S101", "Q101", "HS001", "X990"]),
    st.sampled_from(list(Severity)),
    HOSTILE,
    HOSTILE,
)
RULES = collect(plugins=False)


def _report(name: str, findings: list[Finding]) -> str:
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    result = RunResult(tuple(FileResult(p, tuple(fs)) for p, fs in sorted(by_path.items())), 0)
    out = io.StringIO()
    get(name)(result, RULES, out, ReportOptions())
    return out.getvalue()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(FINDING, max_size=6))
def test_machine_readable_reports_stay_well_formed(findings: list[Finding]) -> None:
    data = json.loads(_report("json", findings))
    assert sorted(f["message"] for f in data["findings"]) == sorted(f.message for f in findings)
    sarif = json.loads(_report("sarif", findings))
    assert sum(len(r["results"]) for r in sarif["runs"]) == len(findings)
    ET.fromstring(_report("junit", findings))  # raises on a malformed document
    commands = [line for line in _report("github", findings).splitlines() if line.startswith("::")]
    assert len([c for c in commands if c.startswith(("::error", "::warning", "::notice"))]) == len(findings)
