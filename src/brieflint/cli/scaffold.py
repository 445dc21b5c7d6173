"""``brieflint new [PATH] [--yaml] [--title …] [--author …]``: a new brief from the template.

The template has every required key with a short comment on each, and the
optional keys commented out. What only the author can write (the title, the
bio, the summary, the tags, the body) is left empty, so that ``brieflint
check`` on a new brief reports exactly those keys, each at its line: the
findings are the author's to-do list. An existing file is never overwritten.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
from pathlib import Path
from typing import TextIO

MARKDOWN_SUFFIXES = (".md", ".markdown")
YAML_SUFFIXES = (".brief.yaml", ".brief.yml")
SCHEMA_ID = "https://brieflint.dev/schemas/brief.schema.json"
_PLAIN = re.compile(r"^[A-Za-z0-9][\w .'()/&-]*$")


class ScaffoldError(Exception):
    pass


def yaml_string(value: str) -> str:
    """A YAML scalar for ``value``: plain when that reads back as the same string, else double-quoted."""
    value = " ".join(value.split())
    if _PLAIN.match(value) and value.lower() not in _YAML_WORDS and not _numberish(value):
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


_YAML_WORDS = {"null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"}


def _numberish(value: str) -> bool:
    return bool(re.match(r"^[-+.\d]", value))


def slugify(text: str) -> str:
    """A file name from a title: ``Morocco's Water: A Primer`` → ``moroccos-water-a-primer``."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.replace("'", "").replace("\u2019", ""))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    words = re.findall(r"[^\W_]+", folded)
    return "-".join(words)[:60].strip("-") or "new-brief"


def target_path(path: str | None, *, yaml: bool, title: str | None) -> tuple[Path, str]:
    """The file to write and its form (``markdown`` or ``yaml``)."""
    name = slugify(title) if title else "new-brief"
    suffix = ".brief.yaml" if yaml else ".md"
    if path is None:
        return Path(name + suffix), "yaml" if yaml else "markdown"
    p = Path(path)
    lower = p.name.lower()
    if p.is_dir() or path.endswith(("/", os.sep)):
        return p / (name + suffix), "yaml" if yaml else "markdown"
    if lower.endswith(YAML_SUFFIXES):
        return p, "yaml"
    if lower.endswith(MARKDOWN_SUFFIXES):
        if yaml:
            raise ScaffoldError(f"{path}: --yaml writes a YAML brief, which must be named *.brief.yaml")
        return p, "markdown"
    if lower.endswith((".yaml", ".yml")):
        raise ScaffoldError(
            f"{path}: a YAML brief must be named *.brief.yaml or *.brief.yml, so that brieflint finds it"
        )
    raise ScaffoldError(
        f"{path}: a brief must be named *.md or *.markdown (or *.brief.yaml with --yaml), so that brieflint finds it"
    )


def schema_reference(target: Path) -> str:
    """What the ``# yaml-language-server: $schema=`` line points to.

    The schema configured for the target (``schema:`` in the nearest
    configuration), as a path relative to the new file; otherwise the shipped
    schema's ``$id``.
    """
    from brieflint.config.discover import find
    from brieflint.config.read import raise_errors, read

    found = find(target.parent.absolute())
    raw = read(found) if found else None  # a broken configuration is a ConfigError, as in `check`
    if raw is not None:
        raise_errors(raw)
    configured = raw.resolve_path(str(raw.data["schema"])) if raw is not None and raw.data.get("schema") else None
    if configured:
        rel = os.path.relpath(os.path.abspath(configured), os.path.abspath(target.parent))
        return Path(rel).as_posix()
    from brieflint.checks.schemastore import shipped

    return str(shipped("brief.schema.json").get("$id", SCHEMA_ID))


def _front(title: str | None, author: str | None, today: str, *, yaml_form: bool) -> list[str]:
    title_value = yaml_string(title) if title else ""
    author_value = yaml_string(author) if author else ""
    lines = [
        f"title: {title_value}".rstrip() + "  # the headline, 10 to 200 characters",
        "# subtitle: a second line under the title (optional)",
        "type: brief-analysis  # the content type, a term from the taxonomy's types (e.g. policy-note)",
        f"date: {today}  # publication date, YYYY-MM-DD",
        "language: en  # BCP 47 tag of the brief's language (ar, fr, fr-CA, ...)",
        "authors:  # at least one; every author needs a name and a bio",
        f"  - name: {author_value}".rstrip() + "  # full name as published",
        "    bio:  # at least 40 characters: role, institution, what they study",
        "    # slug: lowercase-words-joined-by-hyphens",
        "    # affiliation: the author's institution",
        "summary:  # the deck: what the brief argues, in 15 to 80 words",
        "topics: []  # topic tags from the taxonomy, e.g. [Energy & Economics]",
        "regions: []  # region tags from the taxonomy, e.g. [Iraq, Gulf States]",
        "# sources:  # what the body cites as [@id]",
        "#   - id: ministry-statement",
        "#     title: Ministry statement on summer supply",
        "#     kind: statement  # article, interview, report, dataset, statement, speech, book, legislation, other",
        "#     url: https://example.org/statement",
        "# translations:  # this brief in other languages",
        "#   - language: ar",
        "#     url: https://example.org/ar/this-brief",
    ]
    if not yaml_form:
        lines += [
            "#",
            "# The body follows the closing '---' line, in Markdown: a lead before the",
            "# first heading, then '## ' sections. Cite sources as [@id]; attribute every",
            '# direct quote to a named speaker ("..., the minister said") or a citation.',
        ]
    return lines


def render(
    form: str, *, title: str | None = None, author: str | None = None, today: str | None = None, schema: str = SCHEMA_ID
) -> str:
    """The text of a new brief in ``form`` (``markdown`` or ``yaml``)."""
    today = today or datetime.date.today().isoformat()
    if form == "yaml":
        lines = [
            f"# yaml-language-server: $schema={schema}",
            "# A new brief. Fill in every empty value; `brieflint check` lists what is still missing.",
            *_front(title, author, today, yaml_form=True),
            "sections:  # the body: a lead section (heading: null), then headed sections",
            "  - heading: null",
            "    body:  # Markdown; cite sources as [@id] and attribute every direct quote",
            "  # - heading: A first section heading",
            "  #   level: 2",
            "  #   body: |",
            "  #     The section's text.",
        ]
    else:
        lines = [
            "---",
            "# A new brief. Fill in every empty value; `brieflint check` lists what is still missing.",
            *_front(title, author, today, yaml_form=False),
            "---",
            "",  # the (empty) line where the body starts: the "body is empty" finding points at it
        ]
    return "\n".join(lines) + "\n"


def write_new(path: Path, text: str) -> None:
    """Create ``path`` with ``text``; never replace an existing file (even one created meanwhile)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Write a new brief; exit 2 (writing nothing) when the file exists or the name is not a brief's."""
    try:
        target, form = target_path(args.path, yaml=bool(args.yaml), title=args.title)
    except ScaffoldError as exc:
        err.write(f"brieflint: error: {exc}\n")
        return 2
    if os.path.lexists(target):
        err.write(
            f"brieflint: error: {target} already exists; brieflint new never overwrites a file (choose another name)\n"
        )
        return 2
    schema = schema_reference(target) if form == "yaml" else SCHEMA_ID
    text = render(form, title=args.title, author=args.author, schema=schema)
    try:
        write_new(target, text)
    except FileExistsError:
        err.write(
            f"brieflint: error: {target} already exists; brieflint new never overwrites a file (choose another name)\n"
        )
        return 2
    except OSError as exc:
        err.write(f"brieflint: error: cannot write {target}: {exc.strerror or exc}\n")
        return 2
    out.write(f"Wrote {target}. Fill in the empty values, then run: brieflint check {target}\n")
    return 0


PATH_HELP = "the new file, or a folder for it (default: ./new-brief.md or a name from --title)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", metavar="PATH", help=PATH_HELP)
    parser.add_argument("--yaml", action="store_true", help="write the YAML form (*.brief.yaml)")
    parser.add_argument("--title", default=None, help="the title to fill in (and to name the file after)")
    parser.add_argument("--author", default=None, help="the first author's name to fill in")


run = main
