"""``brieflint completion bash|zsh|fish``: a shell completion script, made from the command line's own parser.

    brieflint completion bash > ~/.local/share/bash-completion/completions/brieflint
    brieflint completion zsh > "${fpath[1]}/_brieflint"
    brieflint completion fish > ~/.config/fish/completions/brieflint.fish

Subcommands, every option of each, and the values of options that take a
fixed set (``--format``, ``--fail-on``, …) complete; other values complete
as file names.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from brieflint.records import NamedTuple

SHELLS = ("bash", "zsh", "fish")


class Option(NamedTuple):
    flags: tuple[str, ...]
    help: str
    choices: tuple[str, ...]
    takes_value: bool


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=SHELLS, help="the shell to print the completion script for")


def _commands() -> dict[str, tuple[str, list[Option]]]:
    """Every subcommand: its help line and its options (from the parser the command line itself uses)."""
    from brieflint.cli.main import COMMANDS, build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    out: dict[str, tuple[str, list[Option]]] = {}
    for name, sub_parser in sub.choices.items():
        options = [
            Option(
                tuple(a.option_strings),
                " ".join((a.help or "").split()),
                tuple(str(c) for c in a.choices or ()),
                a.nargs != 0 and not isinstance(a, argparse.BooleanOptionalAction),
            )
            for a in sub_parser._actions
            if a.option_strings
        ]
        out[name] = (COMMANDS[name].help, options)
    return out


def bash() -> str:
    commands = _commands()
    lines = [
        "# bash completion for brieflint (brieflint completion bash)",
        "_brieflint() {",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="" i',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        case "${COMP_WORDS[i]}" in -*) ;; *) cmd="${COMP_WORDS[i]}"; break ;; esac',
        "    done",
        '    if [[ -z "$cmd" ]]; then',
        f'        COMPREPLY=($(compgen -W "{" ".join(commands)} --version --help" -- "$cur")); return',
        "    fi",
        '    local opts="" values=""',
        '    case "$cmd" in',
    ]
    for name, (_, options) in commands.items():
        flags = " ".join(f for o in options for f in o.flags)
        lines.append(f'        {name}) opts="{flags}"')
        choice_cases = [(o.flags, o.choices) for o in options if o.choices]
        if choice_cases:
            lines.append('            case "$prev" in')
            for flags_, choices in choice_cases:
                lines.append(f'                {"|".join(flags_)}) values="{" ".join(choices)}" ;;')
            lines.append("            esac")
        lines.append("            ;;")
    lines += [
        "    esac",
        '    if [[ -n "$values" ]]; then COMPREPLY=($(compgen -W "$values" -- "$cur"))',
        '    elif [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur"))',
        '    else COMPREPLY=($(compgen -f -- "$cur")); fi',
        "}",
        "complete -o filenames -F _brieflint brieflint",
        "",
    ]
    return "\n".join(lines)


def zsh() -> str:
    """zsh runs the bash script through its bash-completion layer (``bashcompinit``)."""
    return "#compdef brieflint\n# zsh completion for brieflint (brieflint completion zsh)\n" + (
        "autoload -U +X bashcompinit && bashcompinit\n" + bash()
    )


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish() -> str:
    commands = _commands()
    lines = ["# fish completion for brieflint (brieflint completion fish)", "complete -c brieflint -f"]
    for name, (help_, _) in commands.items():
        lines.append(f"complete -c brieflint -n __fish_use_subcommand -a {name} -d {_fish_quote(help_)}")
    for name, (_, options) in commands.items():
        for o in options:
            parts = [f"complete -c brieflint -n '__fish_seen_subcommand_from {name}'"]
            for flag in o.flags:
                parts.append(f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}")
            if o.choices:
                parts.append(f"-x -a {_fish_quote(' '.join(o.choices))}")
            elif o.takes_value:
                parts.append("-r -F")
            if o.help:
                parts.append(f"-d {_fish_quote(o.help[:80])}")
            lines.append(" ".join(parts))
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    out.write({"bash": bash, "zsh": zsh, "fish": fish}[args.shell]())
    return 0
