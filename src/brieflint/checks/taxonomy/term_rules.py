"""T101–T107: each tag against the vocabulary: unknown, alias, deprecated, without its parent, duplicated."""

from __future__ import annotations

from collections.abc import Iterator

from brieflint.checks.examples import GOOD
from brieflint.checks.examples import bad as _bad
from brieflint.checks.taxonomy.options import OPTIONS
from brieflint.checks.taxonomy.tags import duplicates, problem, quote_list, tags, targets_elsewhere, taxonomy
from brieflint.checks.taxonomy.terms import SINGULAR
from brieflint.document.brief import Document
from brieflint.document.language import language_of
from brieflint.document.yamledit import scalar_fix
from brieflint.model import Context, Problem, Rule, rule

MAX_SUGGESTED = 100  # unknown terms per kind and brief that get a did-you-mean


def _unknown(kind: str):  # type: ignore[no-untyped-def]
    noun = SINGULAR[kind]

    def check(doc: Document, ctx: Context) -> Iterator[Problem]:
        tax = taxonomy(ctx)
        if not tax.terms.get(kind):
            return
        suggested = 0
        for tag in tags(doc, tax):
            if tag.kind != kind or tag.match is not None:
                continue
            elsewhere = [k for k in tax.kinds_of(tag.written) if k != kind]
            if elsewhere:
                other = SINGULAR[elsewhere[0]]
                where = "as the `type`" if elsewhere[0] == "types" else f"under {elsewhere[0]}"
                yield problem(
                    doc,
                    tag,
                    f"'{tag.written}' is a {other}, not a {noun}: list it {where}",
                    data={"kind": noun, "is": other},
                )
                continue
            suggested += 1
            if suggested > MAX_SUGGESTED:  # a list of thousands of unknown tags is not a list of typos
                yield problem(doc, tag, f"unknown {noun} '{tag.written}'", data={"suggestions": []})
                continue
            suggestions = tax.suggest(kind, tag.written)
            message = f"unknown {noun} '{tag.written}'"
            if suggestions:
                best = [suggestions[0]]
                # offer every suggestion as close as the best one
                from rapidfuzz.distance import OSA

                from brieflint.checks.taxonomy.terms import fold

                d0 = OSA.distance(fold(tag.written), fold(suggestions[0]))
                best += [s for s in suggestions[1:] if OSA.distance(fold(tag.written), fold(s)) <= d0]
                message += f"; did you mean {quote_list(best)}?"
            else:
                message += f": it is not among the taxonomy's {kind}; use a listed term or add it to your taxonomy file"
            yield problem(doc, tag, message, data={"suggestions": suggestions})

    return check


def _make_unknown(code: str, kind: str, name: str, summary: str, doc: str, bad: str) -> Rule:
    check = _unknown(kind)
    check.__doc__ = f"{summary}\n\n{doc}"
    return rule(code, name, "error", bad=bad, good=GOOD)(check)


UNKNOWN_TYPE = _make_unknown(
    "T101",
    "types",
    "unknown-type",
    "The brief's `type` is not one of the taxonomy's content types.",
    """What it does
Checks `type` against the taxonomy's `types` (brief-analysis, policy-note,
policy-analysis, articles-testimony, research-note, op-ed, interview, report in
the shipped taxonomy) and suggests the closest one.

Why is this bad?
The content type decides the template, the listing page and the feed a brief
appears in; an unknown type falls through to none of them.

Example
```yaml
type: brief-analysys     # unknown type 'brief-analysys'; did you mean 'brief-analysis'?
```
Use a type the taxonomy lists, or add yours to your taxonomy file.""",
    _bad("type: brief-analysis", "type: brief-analysys"),
)

UNKNOWN_TOPIC = _make_unknown(
    "T102",
    "topics",
    "unknown-topic",
    "A topic is not in the taxonomy.",
    """What it does
Checks each item of `topics` against the taxonomy (names, aliases and spellings
that differ only in case or blanks are known) and suggests the closest terms
(`Shia Politcs` → `Shia Politics`). A term that is a region or a type is
reported as such.

Why is this bad?
Topic pages and feeds are built from the controlled vocabulary: a misspelled
or invented topic is a tag no reader will ever reach.

Example
```yaml
topics: [Shia Politcs]     # unknown topic 'Shia Politcs'; did you mean 'Shia Politics'?
```
Use the suggested term, or add the topic to your taxonomy file.""",
    _bad("[Energy & Economics, Water & Environment]", "[Energy & Economics, Water & Enviroment]"),
)

UNKNOWN_REGION = _make_unknown(
    "T103",
    "regions",
    "unknown-region",
    "A region is not in the taxonomy.",
    """What it does
Checks each item of `regions` against the taxonomy's countries (every ISO 3166-1
entry in the shipped taxonomy) and groupings (Middle East & North Africa, Gulf
States, Levant, North Africa, Sahel, Europe) and suggests the closest ones.

Why is this bad?
Region pages, maps and newsletters select briefs by these tags; a misspelled
region silently drops the brief from them.

Example
```yaml
regions: [Moroco]     # unknown region 'Moroco'; did you mean 'Morocco'?
```
Use the suggested term, or add the region to your taxonomy file.""",
    _bad("regions: [Morocco]", "regions: [Moroco]"),
)


@rule(
    "T104",
    "alias-term",
    "warning",
    fixable=True,
    bad=_bad("regions: [Morocco]", "regions: [Kingdom of Morocco]"),
    good=GOOD,
)
def alias_term(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A tag is written as an alias (or another spelling) of a term, not as its canonical name.

    What it does
    Reports a type, topic or region written as one of its term's aliases
    (`USA`, `KSA`, `Türkiye` in the shipped taxonomy), or with other capitals or
    blanks (`iraq`), and names the canonical term. The finding carries a fix
    that replaces exactly the written term with the canonical one (none when
    the canonical term is already listed: then the item is a duplicate, T107).

    Why is this bad?
    Aliases are accepted so that nothing is lost, but tag pages, feeds and
    counts use the canonical name: `USA` and `United States` would split one
    region's briefs across two lists.

    Example
    ```yaml
    regions: [USA]     # 'USA' is an alias of 'United States'
    ```
    Write `regions: [United States]` (`brieflint check --fix` does it).
    """
    tax = taxonomy(ctx)
    all_tags = tags(doc, tax)
    own_language = None  # issue 22: 'العراق' in an Arabic brief is Iraq's own name
    if language_of(doc) == "ar":  # arabic.py is loaded only for an Arabic brief
        from brieflint.checks.taxonomy import arabic

        own_language = arabic.own_language_names(doc)
    for tag in all_tags:
        m = tag.match
        if m is None or m.via not in ("alias", "spelling") or (own_language is not None and own_language(tag.written)):
            continue
        noun = SINGULAR[tag.kind]
        if m.via == "alias":
            message = f"'{tag.written}' is an alias of '{m.term.name}'; write the {noun} as '{m.term.name}'"
        else:
            message = f"'{tag.written}' is not how the taxonomy writes '{m.term.name}'; write '{m.term.name}'"
        fix = None
        if tag.index is None or not targets_elsewhere(all_tags, tag):
            fix = scalar_fix(doc, tag.path, m.term.name)
        yield problem(doc, tag, message, fix, data={"canonical": m.term.name})


@rule(
    "T105",
    "deprecated-term",
    "warning",
    fixable=True,
    bad=_bad("type: brief-analysis", "type: policywatch"),
    good=GOOD,
)
def deprecated_term(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A tag is a deprecated term of the taxonomy.

    What it does
    Reports a type, topic or region that the taxonomy marks `deprecated`, names
    the term to use instead (and the taxonomy's note, if any), and carries a
    fix that replaces it (none when the replacement is already listed).

    Why is this bad?
    Retired terms no longer have a page of their own; briefs tagged with them
    are missing from the current topic and region listings.

    Example
    ```yaml
    type: policywatch     # 'policywatch' is deprecated; use 'brief-analysis'
    ```
    Write the replacement term (`brieflint check --fix` does it).
    """
    tax = taxonomy(ctx)
    all_tags = tags(doc, tax)
    for tag in all_tags:
        m = tag.match
        if m is None or m.via != "deprecated":
            continue
        noun = SINGULAR[tag.kind]
        shown = tag.written if tag.written == m.term.name else f"{tag.written}' ('{m.term.name}"
        message = f"{noun} '{shown}' is deprecated; use '{m.target.name}'"
        if m.term.note:
            message += f" ({m.term.note})"
        fix = None
        if tag.index is None or not targets_elsewhere(all_tags, tag):
            fix = scalar_fix(doc, tag.path, m.target.name)
        else:
            message += f"; '{m.target.name}' is already listed, so remove this item"
        yield problem(doc, tag, message, fix, data={"use": m.target.name})


@rule(
    "T106",
    "child-without-parent",
    "warning",
    options=OPTIONS.pick("kinds"),
    bad=_bad("[Energy & Economics, Water & Environment]", "[Water & Environment]"),
    good=GOOD,
)
def child_without_parent(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A narrower topic is tagged without the broader topic it belongs to.

    What it does
    For each topic (by default; the `kinds` option can add regions) whose term
    has a parent in the taxonomy, checks that one of its parents is tagged too.
    `Shia Politics` needs `Arab & Islamic Politics`; a term with several
    parents needs any one of them.

    Why is this bad?
    Readers browse from the broad topics down: a brief tagged only
    `Water & Environment` is missing from the `Energy & Economics` page, where
    most readers of that subject look.

    Example
    ```yaml
    topics: [Water & Environment]     # its parent 'Energy & Economics' is not tagged
    ```
    Add the parent: `topics: [Energy & Economics, Water & Environment]`.
    """
    tax = taxonomy(ctx)
    kinds = [k for k in OPTIONS.strings(ctx, "kinds") if k in ("topics", "regions")]
    all_tags = tags(doc, tax)
    for kind in kinds:
        present = {t.match.target.name for t in all_tags if t.kind == kind and t.match is not None}
        reported: set[str] = set()
        for tag in all_tags:
            if tag.kind != kind or tag.match is None:
                continue
            term = tag.match.target
            if not term.parents or any(p in present for p in term.parents) or term.name in reported:
                continue
            reported.add(term.name)
            parents = sorted(term.parents)
            noun = SINGULAR[kind]
            which = quote_list(parents)
            add = "it" if len(parents) == 1 else "one"
            yield problem(
                doc,
                tag,
                f"{noun} '{term.name}' belongs under {which}, which is not tagged; add {add} to {kind}",
                data={"parents": parents},
            )


@rule(
    "T107",
    "duplicate-term",
    "error",
    bad=_bad("regions: [Morocco]", "regions: [Morocco, Kingdom of Morocco]"),
    good=GOOD,
)
def duplicate_term(doc: Document, ctx: Context) -> Iterator[Problem]:
    """Two tags name the same term once aliases and deprecations are resolved.

    What it does
    Reports a topic or region that repeats an earlier one under another
    spelling: `[United States, USA]`, `[Turkey, Türkiye]`, or a deprecated term
    next to its replacement. (The same string twice is the schema's S108.)

    Why is this bad?
    The brief is counted twice on the term's page, and the duplicate usually
    hides a copy-and-paste or merge mistake.

    Example
    ```yaml
    regions: [United States, USA]     # 'USA' repeats 'United States' (item 1)
    ```
    Remove one of the two.
    """
    tax = taxonomy(ctx)
    all_tags = tags(doc, tax)
    for n, first in duplicates(all_tags).items():
        tag = all_tags[n]
        assert tag.match is not None and first.index is not None
        noun = SINGULAR[tag.kind]
        target = tag.match.target.name
        how = "" if target in (tag.written, first.written) else f" (both are '{target}')"
        yield problem(
            doc,
            tag,
            f"{noun} '{tag.written}' repeats '{first.written}' (item {first.index + 1}){how}; remove one",
            data={"term": target},
        )


# ----- T108, T109: regions in the prose ---------------------------------------------------
