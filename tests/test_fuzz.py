"""Fuzzing the whole pipeline: generated briefs never crash a rule, and every position is in the file.

The default run is short (CI); `BRIEFLINT_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py`
runs a long session (see docs/fuzzing.md for what one found).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brieflint.config.settings import Overrides
from brieflint.document.brief import parse
from brieflint.run.engine import Planner, check_document, run

EXAMPLES = int(os.environ.get("BRIEFLINT_FUZZ_EXAMPLES", "150"))

WORDS = st.sampled_from(
    [
        "the",
        "minister",
        "said",
        "Iraq's",
        "U.S.",
        "Kata'ib",
        "Hezbollah",
        "according",
        "to",
        "analysts",
        "observers",
        "say",
        "Tehran",
        "Iranian",
        "USA",
        "UAE",
        "water",
        "tariffs",
        "Dr.",
        "Gen.",
        "No.",
        "2",
        "«",
        "»",
        "—",
        "–",
        "…",
        "عربي",
        "قال",
        "😀",
        "é",
        "e\u0301",
        "ﷺ",
        "\u200f",
        "ISIS",
        "ISIL",
        "very",
    ]
)
PUNCT = st.sampled_from(
    ['"', "“", "”", "'", "‘", "’", "(", ")", "[", "]", "*", "_", "`", ".", ",", "?", "!", ":", ";", "—"]
)
PIECE = st.one_of(
    WORDS,
    PUNCT,
    st.builds(lambda w: f"[@{w}]", st.sampled_from(["src-1", "law", "missing", "a b", ""])),
    st.builds(
        lambda t, u: f"[{t}]({u})",
        WORDS,
        st.sampled_from(["https://example.org/a_(b)", "http://x", "ftp://y", "", "not a url"]),
    ),
    st.builds(lambda w: f'"{w} {w} {w} {w}"', WORDS),
    st.just("https://example.org/path?q=1"),
    st.just('`code "span"`'),
    st.just("<!-- brieflint-disable-next-line Q101 -->"),
    st.just("<!-- brieflint-disable Q -->"),
    st.just("\n"),
)
LINE = st.lists(PIECE, min_size=0, max_size=25).map(" ".join)
BLOCK = st.one_of(
    LINE,
    LINE.map(lambda s: "## " + s.replace("\n", " ")),
    LINE.map(lambda s: "> " + s.replace("\n", "\n> ")),
    LINE.map(lambda s: "- " + s.replace("\n", " ")),
    st.just('```\ncode "not a quote"\n```'),
    st.just('| a | b |\n|---|---|\n| "x y z w" | 2 |'),
)
BODY = st.lists(BLOCK, min_size=0, max_size=12).map("\n\n".join)

SCALAR = st.one_of(
    st.text(max_size=40),
    st.integers(),
    st.booleans(),
    st.none(),
    st.sampled_from(
        ["2026-03-12", "2024-13-45", "Iraq", "USA", "Shia Politcs", "ar", "arabic", "https://x.org", "http://x"]
    ),
)
VALUE = st.recursive(
    SCALAR,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(["id", "title", "name", "bio", "url", "language", "kind", "text", "sources", "x"]),
            inner,
            max_size=4,
        ),
    ),
    max_leaves=12,
)
KEYS = st.sampled_from(
    [
        "title",
        "type",
        "date",
        "updated",
        "language",
        "authors",
        "summary",
        "topics",
        "regions",
        "translations",
        "sources",
        "claims",
        "related",
        "subtitle",
        "region",
        "<<",
        "sections",
    ]
)
FRONT = st.dictionaries(KEYS, VALUE, max_size=10)


def yaml_of(value, indent: int = 0) -> str:
    """A YAML rendering that exercises both block and flow styles (JSON scalars are valid YAML)."""
    import json

    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = []
        for k, v in value.items():
            key = json.dumps(k) if k in ("<<",) else k
            if isinstance(v, dict | list) and v:
                lines.append(f"{pad}{key}:\n{yaml_of(v, indent + 2)}")
            else:
                lines.append(f"{pad}{key}: {yaml_of(v, 0)}")
        return "\n".join(lines)
    if isinstance(value, list):
        if not value:
            return "[]"
        return "\n".join(f"{pad}- {yaml_of(v, indent + 2).lstrip()}" for v in value)
    return json.dumps(value, ensure_ascii=False)


@st.composite
def briefs(draw):
    """(text, form): a Markdown brief, or a YAML brief whose sections hold the generated body."""
    fm = yaml_of(draw(FRONT))
    body = draw(BODY)
    if draw(st.booleans()):
        text = f"---\n{fm}\n---\n\n{body}\n"
        form = "markdown"
    else:
        block = "\n".join("      " + line if line else "" for line in body.split("\n"))
        style = draw(st.sampled_from(["|", ">", "|-"]))
        fm = "\n".join(line for line in fm.split("\n") if not line.startswith("sections"))
        text = f"{fm}\nsections:\n  - heading: {yaml_of(draw(SCALAR))}\n    body: {style}\n{block}\n"
        form = "yaml"
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text, form


def _planner(tmp: Path) -> Planner:
    cfg = tmp / "empty.yaml"
    cfg.write_text("{}\n")
    return Planner(Overrides(), str(cfg))


PLANNER_DIR = Path(tempfile.mkdtemp())
PLAN = _planner(PLANNER_DIR).for_file(str(PLANNER_DIR / "x.md"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(briefs())
def test_pipeline_never_crashes_and_positions_are_in_the_file(brief):
    text, form = brief
    normalised = text.replace("\r\n", "\n")
    name = "fuzz.md" if form == "markdown" else "fuzz.brief.yaml"
    doc = parse(name, normalised, form=form, newline="\r\n" if "\r\n" in text else "\n")
    findings = check_document(doc, PLAN)
    lines = normalised.split("\n")
    for f in findings:
        assert f.code != "E100", f.message  # no rule raised
        assert 1 <= f.line <= len(lines), f
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, (f, lines[f.line - 1])
        if f.end_line is not None:
            assert f.end_line >= f.line and f.end_line <= len(lines) + 1, f


def test_jobs_do_not_change_the_findings(tmp_path):
    """The same findings, in the same order, with --jobs 1 and --jobs 2."""
    import random

    rng = random.Random(11)
    for i in range(24):
        body = " ".join(
            rng.choice(['"', "the minister said", "[@x]", "Tehran", "USA", "“quoted words here”", "."])
            for _ in range(80)
        )
        fm = f'title: "Brief number {i} on water"\ntype: brief-analysis\ndate: 2026-0{1 + i % 9}-1{i % 9}\n'
        fm += "topics: [Water & Environment]\nregions: [Iraq]\n" if i % 3 else "region: [Iraq]\n"
        (tmp_path / f"b{i:02d}.md").write_text(f"---\n{fm}---\n\n{body}\n")
    planner = _planner(tmp_path)
    serial = run([str(tmp_path)], planner, jobs=1)
    parallel = run([str(tmp_path)], _planner(tmp_path), jobs=2)
    assert [f.to_json() for f in serial.findings] == [f.to_json() for f in parallel.findings]
    assert serial.findings
