"""Taxonomy rules (``T``): the brief's type, topics and regions against the controlled vocabulary.

The run's taxonomy (:mod:`brieflint.checks.taxonomy.model`: the shipped one, with the
configuration's files layered over it) is built once; each document's tags
are resolved once (``doc.memo``) and every rule reads that resolution.
A kind with no terms at all (a replaced taxonomy without types, say) is not
checked. Findings point at the list item (or the ``type`` value); alias and
deprecation findings carry a :class:`~brieflint.model.Fix` that replaces
exactly the term's characters in the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, NamedTuple

from brieflint.checks.examples import GOOD
from brieflint.checks.examples import bad as _bad
from brieflint.checks.taxonomy.model import SINGULAR, Match, Mention, Taxonomy, for_context, yaml_scalar
from brieflint.document.brief import Document
from brieflint.model import Context, Fix, Option, Problem, Rule, rule

JsonPath = tuple[str | int, ...]


# ----- shared per document --------------------------------------------------------------


class Tag(NamedTuple):
    """One tag as written: ``type`` (index None) or an item of ``topics``/``regions``."""

    kind: str
    index: int | None
    path: JsonPath
    written: str
    match: Match | None


def tags(doc: Document, tax: Taxonomy) -> tuple[Tag, ...]:
    """Every type, topic and region tag of the brief, resolved (memoised per document)."""

    def build() -> tuple[Tag, ...]:
        data = doc.data or {}
        out: list[Tag] = []
        value = data.get("type")
        if isinstance(value, str) and value.strip():
            out.append(Tag("types", None, ("type",), value, tax.resolve("types", value)))
        for kind in ("topics", "regions"):
            items = data.get(kind)
            if not isinstance(items, list):
                continue
            for i, item in enumerate(items):
                if isinstance(item, str) and item.strip():
                    out.append(Tag(kind, i, (kind, i), item, tax.resolve(kind, item)))
        return tuple(out)

    return doc.memo("taxonomy.tags", build)  # type: ignore[no-any-return]


def _taxonomy(ctx: Context) -> Taxonomy:
    return for_context(ctx)


def _span(doc: Document, path: JsonPath) -> tuple[int, int, int | None, int | None]:
    return doc.span(path)


def _problem(
    doc: Document, tag: Tag, message: str, fix: Fix | None = None, data: dict[str, Any] | None = None
) -> Problem:
    line, col, end_line, end_col = _span(doc, tag.path)
    return Problem(line, col, message, end_line=end_line, end_column=end_col, fix=fix, data=data)


def scalar_fix(doc: Document, path: JsonPath, new: str) -> Fix | None:
    """A fix that replaces the string at ``path`` by ``new``, covering exactly the value's characters.

    A plain scalar is replaced as it stands (``new`` quoted if it could not be
    plain there); in a quoted scalar without escapes only the characters
    between the quotes are replaced; a scalar with escapes is replaced whole.
    Block and multi-line scalars get no fix.
    """
    node = doc.nodes.get(tuple(path))
    if node is None or node.empty or node.style in ("|", ">", "*", None) or node.start.line != node.end.line:
        return None
    value = doc.value_at(path)
    if not isinstance(value, str):
        return None
    start, end = node.start.index, node.end.index
    raw = doc.text[start:end]
    parent = doc.nodes.get(tuple(path[:-1]))
    flow = bool(parent is not None and doc.text[parent.start.index : parent.start.index + 1] in ("[", "{"))
    if node.style == "":
        if raw != value:
            return None
        old, text = raw, yaml_scalar(new, flow=flow)
    elif node.style == "'" and raw[1:-1].replace("''", "'") == value:
        start, end = start + 1, end - 1
        old, text = raw[1:-1], new.replace("'", "''")
    elif node.style == '"' and raw[1:-1] == value and "\\" not in raw:
        start, end = start + 1, end - 1
        old, text = raw[1:-1], json.dumps(new, ensure_ascii=False)[1:-1]
    else:
        old, text = raw, json.dumps(new, ensure_ascii=False)
    line, col = doc.index.position(start)
    end_line, end_col = doc.index.position(end)
    return Fix(line, col, end_line, end_col, old, text)


def _duplicates(all_tags: tuple[Tag, ...]) -> dict[int, Tag]:
    """Tags (by position in ``all_tags``) that repeat an earlier tag of the same kind once resolved, mapped to it."""
    out: dict[int, Tag] = {}
    first: dict[tuple[str, str], Tag] = {}
    for n, tag in enumerate(all_tags):
        if tag.match is None or tag.index is None:
            continue
        key = (tag.kind, tag.match.target.name)
        if key in first:
            if first[key].written != tag.written:  # identical strings are S108's
                out[n] = first[key]
        else:
            first[key] = tag
    return out


def _targets_elsewhere(all_tags: tuple[Tag, ...], tag: Tag) -> bool:
    """Whether the term this tag should become is already tagged by another item."""
    assert tag.match is not None
    return any(
        t is not tag and t.kind == tag.kind and t.match is not None and t.match.target.name == tag.match.target.name
        for t in all_tags
    )


def _quote_list(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


# ----- T101–T103: unknown terms ----------------------------------------------------------

MAX_SUGGESTED = 100  # unknown terms per kind and brief that get a did-you-mean


def _unknown(kind: str):  # type: ignore[no-untyped-def]
    noun = SINGULAR[kind]

    def check(doc: Document, ctx: Context) -> Iterator[Problem]:
        tax = _taxonomy(ctx)
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
                yield _problem(
                    doc,
                    tag,
                    f"'{tag.written}' is a {other}, not a {noun}: list it {where}",
                    data={"kind": noun, "is": other},
                )
                continue
            suggested += 1
            if suggested > MAX_SUGGESTED:  # a list of thousands of unknown tags is not a list of typos
                yield _problem(doc, tag, f"unknown {noun} '{tag.written}'", data={"suggestions": []})
                continue
            suggestions = tax.suggest(kind, tag.written)
            message = f"unknown {noun} '{tag.written}'"
            if suggestions:
                best = [suggestions[0]]
                # offer every suggestion as close as the best one
                from rapidfuzz.distance import OSA

                from brieflint.checks.taxonomy.model import fold

                d0 = OSA.distance(fold(tag.written), fold(suggestions[0]))
                best += [s for s in suggestions[1:] if OSA.distance(fold(tag.written), fold(s)) <= d0]
                message += f"; did you mean {_quote_list(best)}?"
            else:
                message += f": it is not among the taxonomy's {kind}; use a listed term or add it to your taxonomy file"
            yield _problem(doc, tag, message, data={"suggestions": suggestions})

    return check


# ----- the rules ----------------------------------------------------------------------------

_GOOD = GOOD


def _make_unknown(code: str, kind: str, name: str, summary: str, doc: str, bad: str) -> Rule:
    check = _unknown(kind)
    check.__doc__ = f"{summary}\n\n{doc}"
    return rule(code, name, "error", bad=bad, good=_GOOD)(check)


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
    good=_GOOD,
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
    tax = _taxonomy(ctx)
    all_tags = tags(doc, tax)
    for tag in all_tags:
        m = tag.match
        if m is None or m.via not in ("alias", "spelling"):
            continue
        noun = SINGULAR[tag.kind]
        if m.via == "alias":
            message = f"'{tag.written}' is an alias of '{m.term.name}'; write the {noun} as '{m.term.name}'"
        else:
            message = f"'{tag.written}' is not how the taxonomy writes '{m.term.name}'; write '{m.term.name}'"
        fix = None
        if tag.index is None or not _targets_elsewhere(all_tags, tag):
            fix = scalar_fix(doc, tag.path, m.term.name)
        yield _problem(doc, tag, message, fix, data={"canonical": m.term.name})


@rule(
    "T105",
    "deprecated-term",
    "warning",
    fixable=True,
    bad=_bad("type: brief-analysis", "type: policywatch"),
    good=_GOOD,
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
    tax = _taxonomy(ctx)
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
        if tag.index is None or not _targets_elsewhere(all_tags, tag):
            fix = scalar_fix(doc, tag.path, m.target.name)
        else:
            message += f"; '{m.target.name}' is already listed, so remove this item"
        yield _problem(doc, tag, message, fix, data={"use": m.target.name})


@rule(
    "T106",
    "child-without-parent",
    "warning",
    options=[Option("kinds", list, ["topics"], "which tag lists must carry a term's parent with it: topics, regions")],
    bad=_bad("[Energy & Economics, Water & Environment]", "[Water & Environment]"),
    good=_GOOD,
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
    tax = _taxonomy(ctx)
    kinds = [k for k in ctx.options.get("kinds", ["topics"]) if k in ("topics", "regions")]
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
            which = _quote_list(parents)
            add = "it" if len(parents) == 1 else "one"
            yield _problem(
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
    good=_GOOD,
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
    tax = _taxonomy(ctx)
    all_tags = tags(doc, tax)
    for n, first in _duplicates(all_tags).items():
        tag = all_tags[n]
        assert tag.match is not None and first.index is not None
        noun = SINGULAR[tag.kind]
        target = tag.match.target.name
        how = "" if target in (tag.written, first.written) else f" (both are '{target}')"
        yield _problem(
            doc,
            tag,
            f"{noun} '{tag.written}' repeats '{first.written}' (item {first.index + 1}){how}; remove one",
            data={"term": target},
        )


# ----- T108, T109: regions in the prose ---------------------------------------------------


class _Named(NamedTuple):
    mention: Mention
    text: Any  # positions.Text the mention's offsets refer to
    scope: str


def _mentions(doc: Document, tax: Taxonomy) -> tuple[_Named, ...]:
    """Region mentions in the title, summary, headings and body (memoised per document)."""

    def build() -> tuple[_Named, ...]:
        from brieflint.document import prose as text

        index = tax.mentions("regions")
        out: list[_Named] = []
        for p in text.paragraphs(doc, scopes=("title", "summary", "heading", "body")):
            scope = "body" if p.scope == "heading" else p.scope
            for m in index.find(p.prose.value):
                out.append(_Named(m, p.prose, scope if p.scope != "heading" else "heading"))
        return tuple(out)

    return doc.memo("taxonomy.mentions", build)  # type: ignore[no-any-return]


_REGION_BODY = GOOD + (
    "Algeria tried the same reform in 2015. Algerian officials later reversed it, and\n"
    "the tariffs set in Algiers were frozen.\n"
)


@rule(
    "T108",
    "untagged-region",
    "info",
    options=[
        Option("min-mentions", int, 3, "how many times a region must be named in the body before it is suggested"),
        Option("exclude", list, [], "regions never suggested (for instance the publisher's home country)"),
    ],
    bad=_REGION_BODY,
    good=_REGION_BODY.replace("regions: [Morocco]", "regions: [Morocco, Algeria]"),
)
def untagged_region(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A region the body names again and again is not among the brief's regions.

    What it does
    Counts, in the body (headings included), how often each region of the
    taxonomy is named: its name, its aliases (not bare ISO codes), and its
    mentions, such as demonyms (`Iranian`) and capitals (`Tehran`), as whole
    words, case-sensitively. A region named `min-mentions` times or more (3 by
    default) that is not tagged, nor a broader region of a tagged one, is
    reported at its first mention.

    Why is this bad?
    A brief that discusses Algeria at length but is not tagged `Algeria` never
    appears on the Algeria page, where its readers are.

    Example
    A brief tagged `[Morocco]` whose body says "Algeria", "Algerian" and
    "Algiers" gets: 'Algeria' is named 3 times in the body but is not tagged.
    Add the region, or list it in the rule's `exclude` option if it is never
    a subject of your briefs.
    """
    tax = _taxonomy(ctx)
    if not tax.terms.get("regions"):
        return
    minimum = max(1, int(ctx.options.get("min-mentions", 3)))
    excluded = set()
    for name in ctx.options.get("exclude", []) or []:
        m = tax.resolve("regions", str(name))
        excluded.add(m.target.name if m else str(name))
    tagged = {t.match.target.name for t in tags(doc, tax) if t.kind == "regions" and t.match is not None}
    covered = set(tagged)
    for name in tagged:
        covered |= tax.ancestors("regions", name)
    counts: dict[str, list[_Named]] = {}
    for named in _mentions(doc, tax):
        if named.scope in ("body", "heading"):
            counts.setdefault(named.mention.term, []).append(named)
    for name, found in counts.items():
        if len(found) < minimum or name in covered or name in excluded:
            continue
        if tax.descendants("regions", name) & tagged:
            continue
        first = found[0]
        line, col = first.text.locate(first.mention.start)
        end_line, end_col = first.text.locate_end(first.mention.end)
        forms: dict[str, int] = {}
        for f in found:
            forms[f.mention.written] = forms.get(f.mention.written, 0) + 1
        shown = ", ".join(f"'{w}'" + (f" ×{c}" if c > 1 else "") for w, c in forms.items())
        yield Problem(
            line,
            col,
            f"'{name}' is named {len(found)} times in the body ({shown}) but is not among the regions; add it",
            end_line=end_line,
            end_column=end_col,
            data={"region": name, "count": len(found)},
        )


@rule(
    "T109",
    "unmentioned-region",
    "warning",
    bad=_GOOD.replace("regions: [Morocco]", "regions: [Morocco, Tunisia]"),
    good=_GOOD,
)
def unmentioned_region(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A tagged region is never named in the title, summary or body.

    What it does
    For each region tag, looks for the region in the title, the summary, the
    headings and the body: its name, aliases, demonyms and capitals, and for a
    grouping (Gulf States, Levant, …) any of its member countries. A tag that
    is never named is reported at the list item.

    Why is this bad?
    A region tag the text never mentions is usually left over from a template
    or an earlier draft, and sends readers of that region to a brief that is
    not about it.

    Example
    ```yaml
    regions: [Morocco, Tunisia]     # 'Tunisia' is never named in the brief
    ```
    Remove the tag, or say in the text why the region matters.
    """
    tax = _taxonomy(ctx)
    if not tax.terms.get("regions"):
        return
    named = {n.mention.term for n in _mentions(doc, tax)}
    seen: set[str] = set()
    for tag in tags(doc, tax):
        if tag.kind != "regions" or tag.match is None:
            continue
        name = tag.match.target.name
        if name in seen:
            continue
        seen.add(name)
        if name in named or tax.descendants("regions", name) & named:
            continue
        members = " or any of its members" if tax.get("regions", name) and tax.terms["regions"][name].children else ""
        yield _problem(
            doc,
            tag,
            f"region '{name}' is tagged but never named in the title, summary or body{members}; "
            "remove the tag or say why the region matters",
            data={"region": name},
        )


RULES: tuple[Rule, ...] = (
    UNKNOWN_TYPE,
    UNKNOWN_TOPIC,
    UNKNOWN_REGION,
    alias_term,
    deprecated_term,
    child_without_parent,
    duplicate_term,
    untagged_region,
    unmentioned_region,
)
