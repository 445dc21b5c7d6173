"""Issue 20: messages that say what brieflint really does."""

from __future__ import annotations

from support import GOOD, bad, check_json


def test_e004_says_the_first_value_is_the_one_checked(tmp_path):
    # the first title is valid and the later one too short: the schema checks the first (no S105)
    (tmp_path / "a.md").write_text(bad("type: brief-analysis", "type: brief-analysis\ntitle: Short", GOOD))
    _, report = check_json("a.md", "--select", "E004,S105", cwd=tmp_path)
    assert [(f["code"], f["line"]) for f in report["findings"]] == [("E004", 4)]
    message = report["findings"][0]["message"]
    assert "brieflint checks the first value" in message and "silently win" not in message
