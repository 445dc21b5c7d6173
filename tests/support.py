"""What many tests share: the example brief, a brief with a bad date, a temporary git repository, runners.

Import it as ``from support import ...`` (``tests/conftest.py`` puts this folder on the path).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from brieflint.checks.examples import GOOD, bad

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# the example brief's body: one paragraph after the front matter
BODY = "\nMorocco's parliament passed a law to move water distribution to regional companies.\n"


def edited(*changes: tuple[str, str], text: str = GOOD) -> str:
    """``text`` (the example brief) with each ``(old, new)`` replaced once, in order (``old`` must be there)."""
    for old, new in changes:
        text = bad(old, new, text)
    return text


def front(text: str = GOOD) -> str:
    """The front matter of ``text``: from the opening ``---`` to the closing one and its newline."""
    return text[: text.index("\n---\n", 3) + 5]


# the example brief with one topic, as most older tests were written against
ONE_TOPIC = edited(("topics: [Energy & Economics, Water & Environment]", "topics: [Water & Environment]"))
# the example brief's summary, as an edit replaces it
SUMMARY = (
    "  Rabat's plan to hand water distribution to regional companies could fund\n"
    "  investment, but only if tariffs protect poor households."
)
# the summary and topics the quote tests write: water and electricity, under Energy & Economics
WATER_AND_POWER = (
    SUMMARY,
    "  Rabat's plan to hand water and electricity distribution to regional companies\n"
    "  could fund investment, but only if tariffs protect poor households.",
)
ENERGY_ONLY = ("topics: [Energy & Economics, Water & Environment]", "topics: [Energy & Economics]")


def summary(text: str) -> tuple[str, str]:
    """The edit that gives the example brief the summary ``text`` (on one line)."""
    return (SUMMARY, "  " + text)


def co_author(extra: str) -> tuple[str, str]:
    """The edit that puts ``extra`` (YAML lines) right after the example brief's author."""
    return ("North Africa.\n", "North Africa.\n" + extra)


def sources(*entries: tuple[str, str]) -> tuple[str, str]:
    """The edit that adds a ``sources:`` list of ``(id, title)`` entries after the regions line."""
    listed = "".join(f"\n  - id: {id_}\n    title: {title}" for id_, title in entries)
    return ("regions: [Morocco]", "regions: [Morocco]\nsources:" + listed)


# the example brief with one mistake: a date that does not exist (S103 at 4:7)
BAD = bad("date: 2026-03-12", "date: 2024-13-45", GOOD)
# a short brief with two schema errors at known places: S105 (title too short, 2:8) and S103 (4:7)
WATER = edited(
    ('title: "Pricing Scarcity: Morocco\'s Water Tariffs"', "title: Water"),
    ("date: 2026-03-12", "date: 2024-13-45"),
    text=ONE_TOPIC,
)
# front matter that does not parse (E003)
BROKEN = '---\ntitle: "unterminated\ntype: brief-analysis\n---\n\nBody.\n'


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """1-based (line, column) of the nth occurrence of ``needle`` in ``text`` as written."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    before = text[:i]
    return before.count("\n") + 1, i - (before.rfind("\n") + 1) + 1


def git_repo(path: Path, files: dict[str, str] | None = None, *, commit: bool = True) -> Path:
    """A git repository at ``path`` holding ``files`` (committed unless ``commit`` is false)."""
    path.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True, env=env)
    for rel, text in (files or {}).items():
        target = path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    if commit and files:
        subprocess.run(["git", "add", "-A"], cwd=path, check=True, env=env)
        subprocess.run(["git", "commit", "-q", "-m", "briefs"], cwd=path, check=True, env=env)
    return path


def git(path: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=path, check=True, env=env, capture_output=True, text=True).stdout


def brieflint(
    *args: str, cwd: Path | str | None = None, input: bytes | None = None, **kw: Any
) -> subprocess.CompletedProcess[bytes]:
    """``brieflint ARGS`` in a process of its own (``python -m brieflint``), output as bytes."""
    env = {**os.environ, "BRIEFLINT_NO_CACHE": "1", "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "brieflint", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        env=env,
        timeout=120,
        **kw,
    )


def check_json(*args: str, cwd: Path | str | None = None) -> tuple[int, dict[str, Any]]:
    """``brieflint check --format json ARGS``: the exit status and the parsed report."""
    proc = brieflint("check", "--format", "json", "--no-cache", *args, cwd=cwd)
    return proc.returncode, json.loads(proc.stdout.decode("utf-8")) if proc.stdout.strip() else {}


def quote_codes(source: str) -> list[str]:
    """The codes Q101 and Q102 report on a whole Markdown brief ``source``, run in process (the
    Arabic grammar's round tests: one per finding, Q101's first)."""
    from brieflint.checks.quotes.rules import unattributed_quote, vague_attribution
    from brieflint.document.brief import parse
    from brieflint.model import Context

    doc = parse("b.md", source, form="markdown")
    return [
        rule.code
        for rule in (unattributed_quote, vague_attribution)
        for _ in rule.check(doc, Context(options=rule.defaults()))
    ]
