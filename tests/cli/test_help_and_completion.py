"""Issue 20, bullets 8 and 10: help text for every option; shell completion for bash, zsh and fish."""

from __future__ import annotations

import argparse
import shutil
import subprocess

import pytest
from support import brieflint

from brieflint.cli.main import COMMANDS, build_parser


def test_every_option_of_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = [
        f"{name} {'/'.join(a.option_strings) or a.dest}"
        for name, p in sub.choices.items()
        for a in p._actions
        if not (a.help or "").strip() and a.dest != "help"
    ]
    assert missing == []


def test_check_help_documents_every_option():
    text = brieflint("check", "--help").stdout.decode()
    for flag in (
        "--select", "--extend-select", "--ignore", "--extend-ignore", "--per-file-ignores", "--config",
        "--no-config", "--isolated", "--force-exclude", "--no-respect-gitignore", "--stdin-filename",
        "--baseline", "--changed-since", "--output-file", "--exit-zero", "--statistics", "--min-severity",
        "--verbose", "--fix", "--diff", "--jobs", "--no-cache", "--quiet", "--schema-only", "--format",
    ):  # fmt: skip
        assert flag in text, flag
    assert "gitlab" in text


def _bash_complete(script: str, words: list[str]) -> list[str]:
    line = " ".join(words)
    program = (
        f'{script}\nCOMP_WORDS=({line}); COMP_CWORD={len(words) - 1}\n_brieflint; printf "%s\\n" "${{COMPREPLY[@]}}"\n'
    )
    return subprocess.run(["bash", "-c", program], capture_output=True, text=True).stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completion_completes_commands_options_and_values():
    script = brieflint("completion", "bash").stdout.decode()
    assert set(_bash_complete(script, ["brieflint", ""])) >= set(COMMANDS)
    assert "--stdin-filename" in _bash_complete(script, ["brieflint", "check", "--std"])
    assert _bash_complete(script, ["brieflint", "check", "--format", "g"]) == ["github", "gitlab"]
    assert _bash_complete(script, ["brieflint", "rules", "--format", ""]) == ["text", "json", "markdown"]


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_completion(shell):
    proc = brieflint("completion", shell)
    script = proc.stdout.decode()
    assert proc.returncode == 0 and "--changed-since" in script or "changed-since" in script
    if shutil.which(shell):  # the shell itself parses it when it is installed
        assert subprocess.run([shell, "-n", "-c", script]).returncode == 0
    if shell == "fish":
        assert "complete -c brieflint -n '__fish_seen_subcommand_from check' -l format -x -a 'text json" in script
    else:
        assert script.startswith("#compdef brieflint") and "bashcompinit" in script
