"""Inline suppression comments in Markdown and YAML; unused and unknown ones are reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import edited, front

from brieflint.testing import lint

HEAD = front(
    edited(
        ("topics: [Energy & Economics, Water & Environment]", "topics: [Water & Environment]"),
        ("regions: [Morocco]", "regions: [Morocco]\nsources:\n  - id: law\n    title: The law\n    kind: law"),
    )
)


def found(text: str, **kw) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in lint(text, select=["S", "E"], **kw)]


def test_yaml_trailing_comment_suppresses_its_line():
    text = HEAD.replace("    kind: law", "    kind: law  # brieflint: disable=S104") + "\nBody.\n"
    assert found(text) == []


def test_yaml_comment_for_another_code_does_not_suppress_and_is_unused():
    text = HEAD.replace("    kind: law", "    kind: law  # brieflint: disable=S106") + "\nBody.\n"
    assert found(text) == [("S104", 16), ("E101", 16)]  # sorted by column


def test_markdown_disable_file():
    text = HEAD + "\n<!-- brieflint-disable-file S104 -->\nBody.\n"
    assert found(text) == []


def test_markdown_disable_file_by_name_and_prefix():
    assert found(HEAD + "\n<!-- brieflint-disable-file not-allowed-value -->\nBody.\n") == []
    assert found(HEAD + "\n<!-- brieflint-disable-file S1 -->\nBody.\n") == []


def test_disable_enable_range_and_next_line_in_body():
    # E101 tells which comments did nothing: the body has no findings of these codes
    text = HEAD.replace("    kind: law", "    kind: report") + (
        "\n<!-- brieflint-disable S104 -->\nText.\n<!-- brieflint-enable S104 -->\n"
        "<!-- brieflint-disable-next-line S106 -->\nMore text.\n"
    )
    assert found(text) == [("E101", 19), ("E101", 22)]


def test_unused_suppressions_can_be_turned_off():
    text = HEAD.replace("    kind: law", "    kind: report") + "\n<!-- brieflint-disable-next-line S106 -->\nText.\n"
    assert found(text, config={"report-unused-suppressions": False}) == []


def test_unknown_code_in_a_suppression():
    text = HEAD + "\n<!-- brieflint-disable-file S1O4 -->\nBody.\n"
    codes = found(text)
    assert ("E102", 19) in codes and ("S104", 16) in codes


def test_disable_without_codes_covers_every_rule():
    assert found(HEAD + "\n<!-- brieflint-disable-file -->\nBody.\n") == []


@pytest.mark.parametrize("comment", ["<!-- brieflint-disable-file -->", "<!-- brieflint-disable-file E003 -->"])
def test_a_comment_cannot_make_a_file_that_does_not_parse_pass(tmp_path, comment, capsys):
    """As ruff keeps a syntax error: the loader's E finding stays whatever a comment says (issue 20)."""
    from brieflint.cli.main import main

    broken = (Path(__file__).resolve().parents[1] / "examples" / "broken-syntax.md").read_text(encoding="utf-8")
    path = tmp_path / "broken.md"
    path.write_text(broken + "\n" + comment + "\n", encoding="utf-8")
    assert main(["check", "--no-cache", str(path)]) == 1
    assert "E003 error: YAML syntax error" in capsys.readouterr().out
