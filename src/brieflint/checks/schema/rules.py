"""The S rules: one per kind of schema violation, each reporting the violations of its code."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from brieflint.checks.examples import GOOD as _GOOD
from brieflint.checks.examples import bad as _bad
from brieflint.checks.schema.validate import problems
from brieflint.document.brief import Document
from brieflint.model import Context, Problem, Rule, rule


def _for_code(code: str) -> Any:
    def check(doc: Document, ctx: Context) -> Iterator[Problem]:
        for problem in doc.memo("schema", lambda: problems(doc, ctx)):
            if problem.code == code:
                yield problem

    return check


def _schema_rule(code: str, name: str, summary: str, doc: str, bad: str) -> Rule:
    check = _for_code(code)
    check.__doc__ = f"{summary}\n\n{doc}"
    return rule(code, name, "error", bad=bad, good=_GOOD)(check)


RULES: tuple[Rule, ...] = (
    _schema_rule(
        "S101",
        "missing-key",
        "A required key is missing.",
        """What it does
Reports a key the schema requires that the brief (or one of its authors,
sources, translations or claims) does not have. The finding points at the
mapping that lacks the key.

Why is this bad?
A brief without a summary, an author bio or regions cannot be published or
indexed; downstream pages render empty boxes.

Example
```yaml
authors:
  - name: Leila Benkirane      # authors[0] is missing required key 'bio'
```
Add the key: `bio: Leila Benkirane is a fellow who studies …`.""",
        _bad("    bio: Leila Benkirane is a fellow who studies utility regulation in North Africa.\n", ""),
    ),
    _schema_rule(
        "S102",
        "wrong-type",
        "A value has the wrong type.",
        """What it does
Reports a value of the wrong kind: a string where a list is expected, a
number where text is expected, a mapping where a string belongs.

Why is this bad?
Templates and feeds read these keys by type; `topics: Iraq` (a string) is not
a list of topics, and a publishing pipeline would split it into letters or fail.

Example
```yaml
topics: Water & Environment       # should be a list
```
Write `topics: [Water & Environment]`.""",
        _bad("topics: [Energy & Economics, Water & Environment]", "topics: Water & Environment"),
    ),
    _schema_rule(
        "S103",
        "bad-format",
        "A date or URL is not in a valid form.",
        """What it does
Reports a date that is not a real `YYYY-MM-DD` date and a URL that is not an
absolute URL.

Why is this bad?
A date like `2024-13-45` sorts wrongly in archives and breaks feeds; a
malformed URL is a dead link in the published page.

Example
```yaml
date: 2024-13-45          # not a valid date (YYYY-MM-DD)
```
Write a real date: `date: 2024-12-15`.""",
        _bad("date: 2026-03-12", "date: 2026-13-45"),
    ),
    _schema_rule(
        "S104",
        "not-allowed-value",
        "A value is not one of the allowed values.",
        """What it does
Reports a value outside a fixed list, such as a source `kind` that is not one of
article, interview, report, dataset, statement, speech, book, legislation, other.

Why is this bad?
Fixed lists drive how sources are labelled and filtered; an unknown kind is
silently dropped from those views.

Example
```yaml
sources:
  - id: hcp
    title: Household survey
    kind: survey          # not one of: article, interview, report, …
```
Use an allowed value: `kind: report`.""",
        _bad(
            "regions: [Morocco]\n",
            "regions: [Morocco]\nsources:\n  - id: hcp\n    title: Household survey\n    kind: survey\n",
        ),
    ),
    _schema_rule(
        "S105",
        "out-of-bounds",
        "A value is too short, too long, or has too few or too many items.",
        """What it does
Reports a title shorter than 10 or longer than 200 characters, a bio under
40 characters, an empty list of authors, topics or regions, and other bounds
the schema sets.

Why is this bad?
A two-word title or a one-line bio reads as a draft; an empty tag list makes
the brief invisible in topic and region pages.

Example
```yaml
title: Water        # is 5 characters long; it must be at least 10
```
Write the full headline.""",
        _bad('title: "Pricing Scarcity: Morocco\'s Water Tariffs"', "title: Water"),
    ),
    _schema_rule(
        "S106",
        "unknown-key",
        "A key the schema does not know (often a typo).",
        """What it does
Reports a key that the schema does not define, with the closest known key as
a suggestion.

Why is this bad?
A typo such as `region:` for `regions:` is silently ignored by a publishing
pipeline: the brief goes out with no regions at all.

Example
```yaml
region: [Morocco]     # unknown key 'region'; did you mean 'regions'?
```
Rename the key to the one the schema defines.""",
        _bad("regions: [Morocco]", "region: [Morocco]"),
    ),
    _schema_rule(
        "S107",
        "bad-pattern",
        "A value is not in the expected form (slug, id, ORCID).",
        """What it does
Reports a value that does not match the form the schema gives it: an author
`slug` with capitals or spaces, a source `id` with spaces, a malformed ORCID.

Why is this bad?
Slugs and ids end up in URLs and in citations (`[@id]`); a space or a capital
breaks the link or the citation.

Example
```yaml
    slug: Leila Benkirane     # not in the expected form (lowercase words joined by hyphens)
```
Write `slug: leila-benkirane`.""",
        _bad("  - name: Leila Benkirane\n", "  - name: Leila Benkirane\n    slug: Leila B\n"),
    ),
    _schema_rule(
        "S108",
        "duplicate-item",
        "A list that must not repeat itself lists an item twice.",
        """What it does
Reports the second occurrence of an item in a list whose items must be unique,
such as `topics` and `regions`.

Why is this bad?
Duplicate tags double-count the brief in topic pages and usually hide a
copy-and-paste mistake.

Example
```yaml
regions: [Morocco, Morocco]    # lists 'Morocco' twice
```
Remove the duplicate.""",
        _bad("regions: [Morocco]", "regions: [Morocco, Morocco]"),
    ),
    _schema_rule(
        "S109",
        "schema-violation",
        "Any other violation of the schema in use (for instance a house schema's own constraints).",
        """What it does
Reports schema violations that have no code of their own, such as a `not`,
`if`/`then` or `dependentRequired` constraint in a house schema that extends
the shipped one.

Why is this bad?
The schema in use is the publisher's contract for what a brief must contain;
whatever it rejects will not publish cleanly.

Example
A house schema with `dependentRequired: {updated: [subtitle]}` reports a brief
that has `updated:` but no `subtitle:`. Fix the brief as the message says.""",
        "",
    ),
    _schema_rule(
        "S110",
        "updated-before-date",
        "The `updated` date is earlier than the publication date.",
        """What it does
Reports an `updated` date that comes before `date`.

Why is this bad?
A brief cannot be updated before it was published; one of the two dates is
wrong, and archives will show the wrong one.

Example
```yaml
date: 2026-03-12
updated: 2026-03-01     # before the publication date
```
Correct whichever date is wrong.""",
        _bad("date: 2026-03-12", "date: 2026-03-12\nupdated: 2026-03-01"),
    ),
)
