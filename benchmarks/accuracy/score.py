#!/usr/bin/env python3
"""Score brieflint's findings on the real-prose accuracy corpus (issue 19).

    python benchmarks/accuracy/score.py                  # run brieflint, print the tables
    python benchmarks/accuracy/score.py --findings F.json  # score a saved `--format json` run
    python benchmarks/accuracy/score.py --json           # machine-readable result
    python benchmarks/accuracy/score.py --write-docs     # rewrite the table in docs/accuracy.md
    python benchmarks/accuracy/score.py --list-quotes SLUG  # quote candidates, to help labelling

Q101 (unattributed quote) findings are matched against the labelled quotes of
``labels/<slug>.yaml`` and Q102 (vague attribution) findings against the labelled
vague phrases, by character-span overlap in the file as written.  Every other finding
is looked up in ``verdicts.yaml`` (file, code, the text its span covers); findings with
no verdict are *unjudged* and listed so that someone can judge them.

Standard library and ruamel.yaml only.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = HERE / "corpus"
LABELS = HERE / "labels"
VERDICTS = HERE / "verdicts.yaml"
DOC = ROOT / "docs" / "accuracy.md"
BEGIN = "<!-- accuracy-table:begin -->"
END = "<!-- accuracy-table:end -->"

_yaml = YAML(typ="safe")


# ------------------------------------------------------------------ running brieflint


def run_brieflint(paths: list[Path]) -> dict:
    cmd = [sys.executable, "-m", "brieflint", "check", *map(str, paths), "--format", "json", "--no-cache"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"brieflint failed ({proc.returncode}):\n{proc.stderr}")
    if "failed to load" in proc.stderr:
        # a rule family left out (a stale install's entry points, a broken plugin) would
        # silently remove its findings from the table
        raise SystemExit(f"brieflint ran without some of its rules:\n{proc.stderr}")
    return json.loads(proc.stdout)


# ------------------------------------------------------------------ positions


class FileText:
    """A corpus file's text with line starts, to turn line/column into offsets."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.starts = [0]
        for m in re.finditer("\n", self.text):
            self.starts.append(m.end())

    def offset(self, line: int, column: int) -> int:
        line = max(1, min(line, len(self.starts)))
        return self.starts[line - 1] + max(0, column - 1)

    def span(self, finding: dict) -> tuple[int, int]:
        start = self.offset(finding["line"], finding["column"])
        if finding.get("end_line") and finding.get("end_column"):
            end = self.offset(finding["end_line"], finding["end_column"])
        else:
            end = start + 1
        return start, max(end, start + 1)

    def find(self, snippet: str, occurrence: int = 1, after: int = 0) -> tuple[int, int] | None:
        pos = after - 1
        for _ in range(max(1, occurrence)):
            pos = self.text.find(snippet, pos + 1)
            if pos < 0:
                return None
        return pos, pos + len(snippet)

    def body_start(self) -> int:
        m = re.match(r"---\n.*?\n---\n", self.text, re.S)
        return m.end() if m else 0


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# ------------------------------------------------------------------ labels


class Labels:
    def __init__(self, slug: str, ft: FileText) -> None:
        path = LABELS / f"{slug}.yaml"
        data = _yaml.load(path.read_text(encoding="utf-8")) if path.exists() else None
        self.present = data is not None
        data = data or {}
        self.slug = slug
        self.regions = data.get("regions") or []
        self.quotes: list[dict] = []
        self.vague: list[dict] = []
        self.errors: list[str] = []
        body = ft.body_start()
        for q in data.get("quotes") or []:
            sp = ft.find(q["text"], q.get("occurrence", 1), after=body)
            if sp is None:
                self.errors.append(f"{slug}: quote not found: {q['text'][:60]!r}")
                continue
            self.quotes.append({**q, "span": sp})
        for v in data.get("vague") or []:
            sp = ft.find(v["text"], v.get("occurrence", 1), after=body)
            if sp is None:
                self.errors.append(f"{slug}: vague phrase not found: {v['text'][:60]!r}")
                continue
            self.vague.append({**v, "span": sp})

    @property
    def unattributed(self) -> list[dict]:
        return [q for q in self.quotes if q.get("direct") and not q.get("attributed")]


# ------------------------------------------------------------------ verdicts


def load_verdicts() -> list[dict]:
    if not VERDICTS.exists():
        return []
    data = _yaml.load(VERDICTS.read_text(encoding="utf-8")) or {}
    # an entry with no verdict yet (a skeleton's) is unjudged, not "wrong"
    return [v for v in data.get("verdicts") or [] if v.get("verdict")]


def norm(s: str) -> str:
    return " ".join(s.split())


def verdict_for(verdicts: list[dict], file: str, code: str, covered: str, line_text: str) -> dict | None:
    cov = norm(covered)
    for v in verdicts:
        if v.get("file") != file or v.get("code") != code:
            continue
        text = norm(v.get("text", ""))
        if text == cov or (text and cov.startswith(text)) or (not cov and text in norm(line_text)):
            ctx = norm(v.get("context", ""))
            if ctx and ctx not in norm(line_text) and ctx not in cov:
                continue
            return v
    return None


# ------------------------------------------------------------------ scoring

ALL_Q101 = "Q101"
ALL_Q102 = "Q102"


def words_of(ft: FileText) -> int:
    body = ft.text[ft.body_start() :]
    body = re.sub(r"\]\([^)]*\)", "]", body)  # link targets are not words
    return len(re.findall(r"[^\W_][\w'’.-]*", body))


def score(findings: list[dict]) -> dict:
    files = sorted(CORPUS.glob("*.md"))
    texts = {f"corpus/{p.name}": FileText(p) for p in files}
    labels = {name: Labels(Path(name).stem, ft) for name, ft in texts.items()}
    verdicts = load_verdicts()
    total_words = sum(words_of(ft) for ft in texts.values())

    per_rule: dict[str, dict] = defaultdict(lambda: {"fired": 0, "tp": 0, "fp": 0, "unjudged": 0, "severity": ""})
    unjudged: list[dict] = []
    details: list[dict] = []
    found_unattr: set[tuple[str, int]] = set()
    flagged_attributed: set[tuple[str, int]] = set()
    found_vague: set[tuple[str, int]] = set()
    load_errors = []

    for f in findings:
        name = _rel(f["path"])
        ft = texts.get(name)
        if ft is None:
            continue
        code = f["code"]
        row = per_rule[code]
        row["fired"] += 1
        row["severity"] = row["severity"] or f["severity"]
        if code[0] in "ES":
            load_errors.append(f)
        span = ft.span(f)
        covered = ft.text[span[0] : span[1]]
        line_text = ft.text[ft.starts[f["line"] - 1] :].split("\n", 1)[0]
        lab = labels[name]
        verdict = None
        reason = ""
        if code == ALL_Q101 and lab.present:
            hit = [i for i, q in enumerate(lab.quotes) if overlaps(span, q["span"])]
            good = [i for i in hit if lab.quotes[i].get("direct") and not lab.quotes[i].get("attributed")]
            if good:
                verdict = "useful"
                found_unattr.update((name, i) for i in good)
                reason = "labelled unattributed direct quote"
            elif hit:
                q = lab.quotes[hit[0]]
                verdict = "wrong"
                flagged_attributed.update((name, i) for i in hit if lab.quotes[i].get("direct"))
                reason = (
                    ("labelled attributed (" + str(q.get("how")) + ")")
                    if q.get("direct")
                    else "labelled not a quote to attribute (" + str(q.get("kind", "term")) + ")"
                )
            else:
                verdict = "wrong"
                reason = "overlaps no labelled quote"
        elif code == ALL_Q102 and lab.present:
            hit = [i for i, v in enumerate(lab.vague) if overlaps(span, v["span"])]
            if hit:
                verdict = "useful"
                found_vague.update((name, i) for i in hit)
                reason = "labelled vague attribution"
            else:
                verdict = "wrong"
                reason = "overlaps no labelled vague attribution"
        else:
            v = verdict_for(verdicts, name, code, covered, line_text)
            if v is not None:
                verdict = v.get("verdict")
                reason = v.get("reason", "")
        if verdict == "useful":
            row["tp"] += 1
        elif verdict == "wrong":
            row["fp"] += 1
        else:
            row["unjudged"] += 1
            unjudged.append(
                {
                    "file": name,
                    "code": code,
                    "line": f["line"],
                    "column": f["column"],
                    "text": covered[:120],
                    "message": f["message"],
                }
            )
        details.append(
            {
                "file": name,
                "code": code,
                "severity": f["severity"],
                "line": f["line"],
                "column": f["column"],
                "verdict": verdict,
                "reason": reason,
                "text": covered[:120],
            }
        )

    n_unattr = sum(len(lb.unattributed) for lb in labels.values())
    n_vague = sum(len(lb.vague) for lb in labels.values())
    missed = [
        {"file": name, "text": q["text"][:100], "speaker": q.get("speaker")}
        for name, lb in labels.items()
        for i, q in enumerate(lb.quotes)
        if q.get("direct") and not q.get("attributed") and (name, i) not in found_unattr
    ]
    missed_vague = [
        {"file": name, "text": v["text"]}
        for name, lb in labels.items()
        for i, v in enumerate(lb.vague)
        if (name, i) not in found_vague
    ]
    rules = {}
    for code, r in sorted(per_rule.items()):
        judged = r["tp"] + r["fp"]
        rules[code] = {
            **r,
            "precision": round(r["tp"] / judged, 3) if judged else None,
            "per_1000_words": round(1000 * r["fired"] / total_words, 2) if total_words else None,
        }
    rules.setdefault(
        ALL_Q101,
        {"fired": 0, "tp": 0, "fp": 0, "unjudged": 0, "severity": "error", "precision": None, "per_1000_words": 0.0},
    )
    rules.setdefault(
        ALL_Q102,
        {"fired": 0, "tp": 0, "fp": 0, "unjudged": 0, "severity": "warning", "precision": None, "per_1000_words": 0.0},
    )
    rules[ALL_Q101]["recall"] = round(len(found_unattr) / n_unattr, 3) if n_unattr else None
    rules[ALL_Q101]["labelled"] = n_unattr
    n_attr = sum(1 for lb in labels.values() for q in lb.quotes if q.get("direct") and q.get("attributed"))
    rules[ALL_Q102]["recall"] = round(len(found_vague) / n_vague, 3) if n_vague else None
    rules[ALL_Q102]["labelled"] = n_vague
    return {
        "briefs": len(files),
        "labelled_briefs": sum(1 for lb in labels.values() if lb.present),
        "words": total_words,
        "quotes_labelled": sum(len(lb.quotes) for lb in labels.values()),
        "direct_quotes_labelled": sum(1 for lb in labels.values() for q in lb.quotes if q.get("direct")),
        "unattributed_labelled": n_unattr,
        "vague_labelled": n_vague,
        # attributed direct quotes that Q101 leaves alone: the recall of attribution
        "attributed_labelled": n_attr,
        "attributed_accepted": n_attr - len(flagged_attributed),
        "findings": len([f for f in findings if _rel(f["path"]) in texts]),
        "errors": sum(1 for f in findings if f["severity"] == "error" and _rel(f["path"]) in texts),
        "load_errors": [{"file": _rel(f["path"]), "code": f["code"], "message": f["message"]} for f in load_errors],
        "label_errors": [e for lb in labels.values() for e in lb.errors],
        "rules": rules,
        "missed_unattributed": missed,
        "missed_vague": missed_vague,
        "unjudged": unjudged,
        "details": details,
    }


def _rel(path: str) -> str:
    p = Path(path)
    return f"corpus/{p.name}" if p.parent.name == "corpus" else path


# ------------------------------------------------------------------ output


def _fmt(x) -> str:
    return "–" if x is None else (f"{x:.2f}" if isinstance(x, float) else str(x))


def table(res: dict) -> str:
    lines = [
        f"Corpus: {res['briefs']} briefs ({res['labelled_briefs']} labelled), {res['words']:,} words; "
        f"{res['quotes_labelled']} quotations labelled ({res['direct_quotes_labelled']} direct, "
        f"{res['unattributed_labelled']} of them unattributed), {res['vague_labelled']} vague attributions labelled.",
        "",
        "| rule | severity | fired | true positive | false positive | unjudged | precision | recall | per 1,000 words |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for code, r in res["rules"].items():
        lines.append(
            f"| {code} | {r['severity']} | {r['fired']} | {r['tp']} | {r['fp']} | {r['unjudged']} | "
            f"{_fmt(r['precision'])} | {_fmt(r.get('recall'))} | {_fmt(r['per_1000_words'])} |"
        )
    lines += [
        "",
        f"Findings: {res['findings']} ({1000 * res['findings'] / max(1, res['words']):.1f} per 1,000 words); "
        f"**`error` findings on published pieces: {res['errors']}** (the target is 0); "
        f"load/schema (E/S) findings: {len(res['load_errors'])}.",
        "",
        f"Quote attribution: Q101 accepts {res['attributed_accepted']} of the {res['attributed_labelled']} "
        "attributed direct quotes (recall of attribution "
        f"{res['attributed_accepted'] / max(1, res['attributed_labelled']):.3f}).",
    ]
    return "\n".join(lines)


def write_docs(md: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{DOC} has no {BEGIN} … {END} markers")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(f"{head}{BEGIN}\n{md}\n{END}{tail}", encoding="utf-8")


def list_quotes(slug: str) -> None:
    ft = FileText(CORPUS / f"{slug}.md")
    body = ft.body_start()
    text = ft.text
    seen = 0
    for m in re.finditer(r"“([^”]*)”|\"([^\"\n]*)\"", text[body:]):
        q = m.group(1) if m.group(1) is not None else m.group(2)
        seen += 1
        print(f"- {q!r}")
    for para in re.finditer(r"(?m)^> .*(?:\n>.*)*", text[body:]):
        print(f"- BLOCK {para.group(0)[2:80]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--findings", type=Path, help="a saved `brieflint check --format json` output")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--write-docs", action="store_true", help="rewrite the table in docs/accuracy.md")
    ap.add_argument("--list-quotes", metavar="SLUG", help="print the quotation candidates of one brief")
    ap.add_argument("--details", action="store_true", help="also list every finding with its verdict")
    args = ap.parse_args(argv)
    if args.list_quotes:
        list_quotes(args.list_quotes)
        return 0
    data = json.loads(args.findings.read_text()) if args.findings else run_brieflint([CORPUS])
    res = score(data["findings"])
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
        return 0
    md = table(res)
    print(md)
    if res["label_errors"]:
        print("\nLabel errors:\n" + "\n".join(f"- {e}" for e in res["label_errors"]))
    if res["missed_unattributed"]:
        print("\nUnattributed quotes Q101 missed:")
        for m in res["missed_unattributed"]:
            print(f"- {m['file']}: {m['text']!r}")
    if res["missed_vague"]:
        print("\nVague attributions Q102 missed:")
        for m in res["missed_vague"]:
            print(f"- {m['file']}: {m['text']!r}")
    if res["unjudged"]:
        print(f"\nUnjudged findings ({len(res['unjudged'])}; add them to verdicts.yaml):")
        for u in res["unjudged"]:
            print(f"- {u['file']}:{u['line']}:{u['column']} {u['code']} {u['text'][:70]!r}")
    if args.details:
        print("\nAll findings:")
        for d in res["details"]:
            print(
                f"- {d['file']}:{d['line']}:{d['column']} {d['code']} {d['verdict']}: {d['reason']} {d['text'][:60]!r}"
            )
    if args.write_docs:
        write_docs(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
