"""The language server end to end: a real ``brieflint server`` subprocess and a client on its pipes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import BRIEF, cli_findings, utf16
from lsp_client import Client, apply_edits

SEVERITY = {"error": 1, "warning": 2, "info": 3}


def _expected(findings: list[dict[str, Any]], text: str) -> list[tuple[Any, ...]]:
    """What the diagnostics must say, from ``brieflint check``'s findings: code, severity, message, start, end."""
    lines = text.split("\n")
    out = []
    for f in findings:
        line = lines[f["line"] - 1]
        start = (f["line"] - 1, utf16(line, f["column"]))
        end = None
        if f.get("end_line") is not None:
            end = (f["end_line"] - 1, utf16(lines[f["end_line"] - 1], f["end_column"]))
        out.append((f["code"], SEVERITY[f["severity"]], f["message"], start, end))
    return sorted(out, key=repr)


def _got(diagnostics: list[dict[str, Any]], with_end: set[tuple[str, str]]) -> list[tuple[Any, ...]]:
    out = []
    for d in diagnostics:
        r = d["range"]
        end = (r["end"]["line"], r["end"]["character"]) if (d["code"], d["message"]) in with_end else None
        out.append((d["code"], d["severity"], d["message"], (r["start"]["line"], r["start"]["character"]), end))
    return sorted(out, key=repr)


def _same_as_cli(diagnostics: list[dict[str, Any]], path: Path, text: str, cwd: Path) -> None:
    path.write_text(text, encoding="utf-8")
    findings = cli_findings(path, cwd)
    assert findings, "the comparison needs findings"
    with_end = {(f["code"], f["message"]) for f in findings if f.get("end_line") is not None}
    assert _got(diagnostics, with_end) == _expected(findings, text)


def test_open_and_change_give_the_findings_of_brieflint_check_on_the_unsaved_text(server: Client, workspace: Path):
    path = workspace / "brief.md"
    path.write_text("# not what the editor holds\n", encoding="utf-8")  # the buffer, not the file, is checked
    uri = server.open(path, BRIEF)
    opened = server.diagnostics(uri, 1)
    codes = {d["code"] for d in opened}
    assert {"T104", "T102", "T109", "T108", "Q102", "Q101"} <= codes
    for d in opened:
        assert d["source"] == "brieflint"
        assert d["codeDescription"]["href"].startswith(
            "https://github.com/brieflint/brieflint/blob/main/docs/rules.md#"
        )
    t104 = next(d for d in opened if d["code"] == "T104")
    assert t104["codeDescription"]["href"].endswith("#t104-alias-term")

    edited = BRIEF.replace("  - Enrgy\n", "  - Energy\n").replace('title: "Iraq', 'title: "Iraq 2026')
    server.change(uri, edited, 2)
    changed = server.diagnostics(uri, 2)
    assert "T102" not in {d["code"] for d in changed}
    _same_as_cli(changed, workspace / "copy.md", edited, workspace)


def test_astral_characters_give_utf16_ranges(server: Client, workspace: Path):
    text = BRIEF.replace("  - Enrgy\n", "  - Enrgy\n  - \U0001f30a\U0001f30a Oceans\n").replace(
        "type: Brief Analysis", "type: \U0001d54f\U0001d54f Analysis"
    )
    uri = server.open(workspace / "astral.md", text)
    diagnostics = server.diagnostics(uri, 1)
    ocean = next(d for d in diagnostics if "Oceans" in d["message"])
    assert ocean["range"]["start"]["character"] == 4
    assert ocean["range"]["end"]["character"] == 4 + 2 + 2 + 7  # two surrogate pairs, a space and 'Oceans'
    _same_as_cli(diagnostics, workspace / "astral-copy.md", text, workspace)


def test_yaml_form_is_checked_too(server: Client, workspace: Path):
    text = (Path(__file__).resolve().parents[2] / "examples" / "gulf-desalination.brief.yaml").read_text()
    text = text.replace("regions:", "region:", 1)
    uri = server.open(workspace / "gulf.brief.yaml", text, language="yaml")
    diagnostics = server.diagnostics(uri, 1)
    assert "S106" in {d["code"] for d in diagnostics}
    _same_as_cli(diagnostics, workspace / "gulf-copy.brief.yaml", text, workspace)


def test_debounced_changes_check_only_the_last_text(workspace: Path):
    client = Client(workspace)
    try:
        client.initialize(workspace, {"debounce": 300})
        uri = client.open(workspace / "brief.md", BRIEF)
        client.diagnostics(uri, 1)
        for version in range(2, 7):
            client.change(uri, BRIEF.replace("Enrgy", "Enrgy" + "y" * version), version)
        last = client.diagnostics(uri, 6)
        assert any("Enrgyyyyyyy" in d["message"] for d in last)
        published = [
            m["params"].get("version") for m in client.seen if m["method"] == "textDocument/publishDiagnostics"
        ]
        assert not set(published) & {2, 3, 4, 5}, published
    finally:
        client.close()


def test_a_code_action_applied_removes_its_finding(server: Client, workspace: Path):
    uri = server.open(workspace / "brief.md", BRIEF)
    diagnostics = server.diagnostics(uri, 1)
    t104 = next(d for d in diagnostics if d["code"] == "T104")
    actions = server.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": t104["range"], "context": {"diagnostics": [t104]}},
    )
    titles = [a["title"] for a in actions]
    fix = next(a for a in actions if a["title"].startswith("Fix T104"))
    assert fix["kind"] == "quickfix" and fix["isPreferred"] is True
    text = apply_edits(BRIEF, fix["edit"]["changes"][uri])
    assert "type: brief-analysis\n" in text
    assert "Disable T104 for this line" in titles
    server.change(uri, text, 2)
    assert "T104" not in {d["code"] for d in server.diagnostics(uri, 2)}


def test_suppression_and_add_region_actions(server: Client, workspace: Path):
    uri = server.open(workspace / "brief.md", BRIEF)
    diagnostics = server.diagnostics(uri, 1)
    text = BRIEF
    version = 1
    for code, title in (("Q101", "Disable Q101 for this line"), ("T108", "Add 'Algeria' to regions")):
        d = next(d for d in diagnostics if d["code"] == code)
        actions = server.request(
            "textDocument/codeAction",
            {"textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": [d]}},
        )
        chosen = next(a for a in actions if a["title"] == title)
        text = apply_edits(text, chosen["edit"]["changes"][uri])
        version += 1
        server.change(uri, text, version)
        diagnostics = server.diagnostics(uri, version)
        codes = [d["code"] for d in diagnostics]
        assert code not in codes and "E101" not in codes, codes
    assert "<!-- brieflint-disable-next-line Q101 -->" in text
    assert "  - Algeria\n" in text


def test_fix_all_is_a_source_action(server: Client, workspace: Path):
    text = BRIEF.replace("Energy & Economics", "energy & economics")
    uri = server.open(workspace / "brief.md", text)
    server.diagnostics(uri, 1)
    whole = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
    actions = server.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": [], "only": ["source.fixAll"]}},
    )
    assert [a["kind"] for a in actions] == ["source.fixAll.brieflint"]
    fixed = apply_edits(text, actions[0]["edit"]["changes"][uri])
    path = workspace / "fixed-by-cli.md"
    path.write_text(text, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "--fix", "--no-cache", str(path)], cwd=workspace, timeout=60
    )
    assert fixed == path.read_text(encoding="utf-8") != text


def test_hover_explains_the_rule_and_shows_a_cited_source(server: Client, workspace: Path):
    uri = server.open(workspace / "brief.md", BRIEF)
    diagnostics = server.diagnostics(uri, 1)
    q102 = next(d for d in diagnostics if d["code"] == "Q102")
    hover = server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": q102["range"]["start"]})
    explained = subprocess.run(
        [sys.executable, "-m", "brieflint", "explain", "Q102"],
        capture_output=True,
        text=True,
        cwd=workspace,
        timeout=60,
    ).stdout
    first, _, rest = explained.partition("\n")
    assert hover["contents"]["kind"] == "markdown"
    assert hover["contents"]["value"] == f"**{first}**\n{rest}"

    lines = BRIEF.split("\n")
    n = next(i for i, line in enumerate(lines) if "[@iea-2025]" in line)
    at = {"line": n, "character": lines[n].index("[@iea-2025]") + 4}
    hover = server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": at})
    assert "**Iraq Energy Outlook 2025**" in hover["contents"]["value"]
    assert "https://example.org/iea-iraq-outlook-2025" in hover["contents"]["value"]

    definition = server.request("textDocument/definition", {"textDocument": {"uri": uri}, "position": at})
    target = next(i for i, line in enumerate(lines) if line.strip() == "- id: iea-2025")
    assert definition["uri"] == uri
    assert definition["range"]["start"] == {"line": target, "character": lines[target].index("iea-2025")}


def test_completion_offers_terms_keys_and_source_ids(server: Client, workspace: Path):
    text = BRIEF.replace("  - Enrgy\n", "  - Ene\n").replace("language: en\n", "language: en\nsub\n")
    uri = server.open(workspace / "brief.md", text)
    server.diagnostics(uri, 1)
    lines = text.split("\n")

    def complete(line: int, character: int) -> list[str]:
        result = server.request(
            "textDocument/completion",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}},
        )
        return [item["label"] for item in (result["items"] if isinstance(result, dict) else result or [])]

    topic_line = lines.index("  - Ene")
    assert "Energy & Economics" in complete(topic_line, len("  - Ene"))
    key_line = lines.index("sub")
    keys = complete(key_line, 3)
    assert "subtitle" in keys and "title" not in keys and "sections" not in keys  # present keys left out
    type_line = next(i for i, line in enumerate(lines) if line.startswith("type:"))
    assert "policy-note" in complete(type_line, len(lines[type_line]))
    kind_line = lines.index("    kind: report")
    assert {"report", "dataset", "legislation"} <= set(complete(kind_line, len("    kind: ")))
    author_key = lines.index("    slug: omar-haddad")
    assert {"orcid", "bio", "affiliation"} <= set(complete(author_key, 4))  # an item of authors
    body = next(i for i, line in enumerate(lines) if "[@iea-2025]" in line)
    assert {"iea-2025", "moe-statement", "treasury-waiver"} <= set(complete(body, lines[body].index("[@iea") + 2))


def test_an_untitled_buffer_is_checked_with_the_workspace_configuration(server: Client, workspace: Path):
    (workspace / ".brieflint.yaml").write_text("ignore: [T104]\n", encoding="utf-8")
    server.notify(
        "workspace/didChangeWatchedFiles",
        {"changes": [{"uri": (workspace / ".brieflint.yaml").as_uri(), "type": 2}]},
    )
    uri = "untitled:Untitled-1"
    server.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": BRIEF}},
    )
    codes = {d["code"] for d in server.diagnostics(uri, 1)}
    assert "T102" in codes and "T104" not in codes
