"""Load rules (``E``): the file cannot be read or parsed as a brief.

The loader (:mod:`brieflint.document.brief`) finds these problems while reading
the file once; each ``E`` rule passes on the problems of its code, so that
``select``, ``ignore`` and ``severity`` treat them like any other rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from brieflint.checks.examples import GOOD as _GOOD
from brieflint.document.brief import Document
from brieflint.model import Context, Problem, Rule, rule


def _passing(code: str):  # type: ignore[no-untyped-def]
    def check(doc: Document, ctx: Context) -> Iterator[Problem]:
        for problem in doc.problems:
            if problem.code == code:
                yield problem

    return check


def _load_rule(code: str, name: str, summary: str, doc: str, bad: str, good: str = "") -> Rule:
    check = _passing(code)
    check.__doc__ = f"{summary}\n\n{doc}"
    return rule(code, name, "error", bad=bad, good=good or _GOOD, needs_data=False)(check)


RULES: tuple[Rule, ...] = (
    _load_rule(
        "E001",
        "unreadable-file",
        "The file cannot be read.",
        """What it does
Reports a path that cannot be read as a file: missing (deleted while the run
went on), unreadable for permissions, a directory or a FIFO named like a brief.

Why is this bad?
Nothing in it can be checked, so nothing in it is known to be right.

Example
`brieflint check gone.md` when `gone.md` does not exist. Fix the path or the
file's permissions.""",
        "",
    ),
    _load_rule(
        "E002",
        "not-utf8",
        "The file is not UTF-8 text.",
        """What it does
Reports a file that is not valid UTF-8 (with the byte offset of the first bad
byte), a UTF-16 file, or a binary file with NUL bytes.

Why is this bad?
Publishing pipelines read briefs as UTF-8; other encodings turn Arabic names
and curly quotes into mojibake.

Example
A brief saved as Windows-1252 with a `é` (byte 0xe9). Re-save it as UTF-8.""",
        "---\ntitle: A title with a NUL \x00 byte\n---\n",
    ),
    _load_rule(
        "E003",
        "yaml-syntax",
        "The YAML (front matter or brief) has a syntax error.",
        """What it does
Reports a YAML syntax error at the line and column the YAML parser gives.

Why is this bad?
A brief whose YAML does not parse cannot be published or checked further.

Example
```yaml
title: "Pricing Scarcity      # the quoted string is never closed
```
Close the quote.""",
        _GOOD.replace('title: "Pricing Scarcity: Morocco\'s Water Tariffs"', "title: \"Pricing Scarcity: Morocco's"),
    ),
    _load_rule(
        "E004",
        "duplicate-key",
        "A key appears twice in the same mapping.",
        """What it does
Reports the second occurrence of a key in a mapping, and where the first one is.

Why is this bad?
YAML loaders keep one of the two values silently; which one wins depends on
the tool, so the published brief may not say what the author sees.

Example
```yaml
date: 2026-03-12
date: 2026-03-21     # duplicate key 'date'
```
Keep one.""",
        _GOOD.replace("date: 2026-03-12\n", "date: 2026-03-12\ndate: 2026-03-21\n"),
    ),
    _load_rule(
        "E005",
        "missing-front-matter",
        "A Markdown brief does not start with front matter.",
        """What it does
Reports a Markdown file named on the command line (as pre-commit does) whose
first line is not `---`. In a directory walk, such files are not briefs
(READMEs, changelogs) and are skipped instead.

Why is this bad?
Without front matter the brief has no title, authors or tags.

Example
A file that starts with `# Title`. Add the front matter between `---` lines
above it (`brieflint new` writes a template).""",
        "# Pricing Scarcity\n\nMorocco's parliament passed a law.\n",
    ),
    _load_rule(
        "E006",
        "unterminated-front-matter",
        "The front matter has no closing `---` line.",
        """What it does
Reports front matter that opens with `---` but never closes.

Why is this bad?
The whole body would be read as YAML.

Example
A file with `---` on line 1 and no second `---`. Add the closing line after
the last front-matter key.""",
        _GOOD.replace("---\n\n", "\n"),
    ),
    _load_rule(
        "E007",
        "empty-file",
        "The file is empty.",
        """What it does
Reports a brief with no content (or only white space).

Why is this bad?
An empty file committed as a brief is almost always an accident.

Example
An empty `draft.md`. Fill it in (`brieflint new` writes a template) or delete it.""",
        "\n",
    ),
    _load_rule(
        "E008",
        "not-a-mapping",
        "The front matter (or YAML brief) is not a mapping of keys.",
        """What it does
Reports front matter or a YAML brief that is a list, a single value, or empty,
instead of `key: value` lines.

Why is this bad?
A brief's fields are keys; a list or a scalar cannot hold them.

Example
```yaml
---
- title: Pricing Scarcity
---
```
Remove the `- ` so the keys form a mapping.""",
        "---\n- title: Pricing Scarcity\n---\n\nBody.\n",
    ),
    _load_rule(
        "E009",
        "yaml-tag",
        "A YAML tag outside the core schema (`!!python/…`, `!!binary`, custom `!tags`).",
        """What it does
Reports explicit YAML tags other than the core ones (`!!str`, `!!int`, …).
The tagged value is read as plain data; nothing is ever constructed.

Why is this bad?
Tags such as `!!python/object/apply` execute code in unsafe loaders; others
make the brief depend on one tool's extensions.

Example
```yaml
title: !!python/object/apply:os.system ["rm -rf /"]
```
Remove the tag.""",
        _GOOD.replace("type: brief-analysis", "type: !custom brief-analysis"),
    ),
    _load_rule(
        "E010",
        "too-complex",
        "Aliases expand beyond a bound, or the YAML nests too deep.",
        """What it does
Refuses a document whose aliases would expand to more than 20,000 values (the
"billion laughs" attack) or whose nesting goes deeper than 200 levels, at the
alias or the level where the bound is crossed.

Why is this bad?
Such a document is never a real brief; expanding it would take minutes and
gigabytes of memory in every tool that reads it.

Example
```yaml
a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: [*b, *b, …]
```
Remove the aliases.""",
        "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n\nBody.\n",
    ),
    _load_rule(
        "E011",
        "file-too-large",
        "The file is over the size limit (1 MiB by default).",
        """What it does
Reports a file larger than `max-file-size` bytes without reading it.

Why is this bad?
A brief is a few thousand words; a file this large is a data dump or a
mistake, and reading it would slow every commit.

Example
A 5 MB export named `brief.md`. Move it out of the briefs folder or raise
`max-file-size` in the configuration.""",
        "",
    ),
    _load_rule(
        "E012",
        "multiple-documents",
        "A YAML brief holds more than one YAML document.",
        """What it does
Reports a second `---` document in a `*.brief.yaml` file.

Why is this bad?
A brief is one document; tools that read only the first silently drop the rest.

Example
A YAML brief with a `---` line in the middle. Remove it or split the file.""",
        "# form: yaml\ntitle: First brief of two\n---\ntitle: Second brief of two\n",
    ),
    _load_rule(
        "E014",
        "merge-key",
        "A YAML merge key (`<<`).",
        """What it does
Reports a `<<` merge key. The merged mapping is not expanded: the key is read
as it stands (and the schema reports it as unknown).

Why is this bad?
Merge keys are not part of YAML 1.2, and tools disagree on them: what one tool
merges, another keeps as a key named `<<`.

Example
```yaml
defaults: &d {kind: report}
sources:
  - <<: *d
    id: hcp
```
Write the keys out.""",
        _GOOD.replace("regions: [Morocco]", "regions: [Morocco]\nx: &d {a: 1}\nsubtitle:\n  <<: *d"),
    ),
    _load_rule(
        "E013",
        "complex-key",
        "A mapping key is a list or a mapping.",
        """What it does
Reports a key that is itself a list or mapping (YAML's `? [a, b]: value`).

Why is this bad?
Brief keys are names; complex keys cannot be represented in JSON or checked.

Example
```yaml
? [title, subtitle]
: Pricing Scarcity
```
Use plain keys.""",
        _GOOD.replace("type: brief-analysis", "type: brief-analysis\n? [a, b]\n: c"),
    ),
)


def _engine_reported(doc: Document, ctx: Context) -> Iterator[Problem]:
    """Reported by the engine itself, not by a check of the document."""
    return iter(())


def _engine_rule(code: str, name: str, severity: str, summary: str, doc: str, bad: str) -> Rule:
    def check(document: Document, ctx: Context) -> Iterator[Problem]:
        return _engine_reported(document, ctx)

    check.__doc__ = f"{summary}\n\n{doc}"
    return rule(code, name, severity, bad=bad, good=_GOOD, needs_data=False)(check)


ENGINE_RULES: tuple[Rule, ...] = (
    _engine_rule(
        "E100",
        "rule-crashed",
        "error",
        "A rule failed (raised an error or ran past its time bound) on this file.",
        """What it does
Reports, by name, a rule (built-in, plugin or pack) that raised an exception
or ran past its time bound on this file. The other rules' findings are still
reported.

Why is this bad?
Whatever that rule checks was not checked in this file.

Example
A plugin rule that raises `KeyError` on a brief without `sources:`. Report it
to the plugin's authors; `ignore` its code meanwhile.""",
        "",
    ),
    _engine_rule(
        "E101",
        "unused-suppression",
        "warning",
        "An inline suppression comment matched no finding.",
        """What it does
Reports a `<!-- brieflint-disable … -->` comment (or a YAML
`# brieflint: disable=…`) that suppressed nothing. Turn it off with
`report-unused-suppressions: false` or `--no-report-unused-suppressions`.

Why is this bad?
A stale suppression hides the next real problem on that line.

Example
```markdown
<!-- brieflint-disable-next-line Q101 -->
A sentence with no quote at all.
```
Remove the comment.""",
        _GOOD + "\n<!-- brieflint-disable-next-line S106 -->\nA sentence with no unknown key in it.\n",
    ),
    _engine_rule(
        "E102",
        "unknown-suppression",
        "warning",
        "An inline suppression comment names no known rule.",
        """What it does
Reports a suppression comment whose code or name matches no rule.

Why is this bad?
It suppresses nothing, and usually hides a typo in the code meant.

Example
```markdown
<!-- brieflint-disable-next-line Q1O1 -->
```
Write the code right (`Q101`) or the rule's name.""",
        _GOOD + "\n<!-- brieflint-disable-next-line Q1O1 -->\nA sentence.\n",
    ),
)

RULES = RULES + ENGINE_RULES
