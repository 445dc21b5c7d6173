"""T108, T109: regions in the prose against the region tags.

A mention counts only where the text is about the place (:mod:`.usage`): not
inside the name of something else (``the Oslo Accords``, ``a Turkish-made
drone``), and for T108 not a capital standing only for a location. The
regions the brief speaks from (its authors' affiliation) are never suggested,
and count as named.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from brieflint.checks.examples import GOOD
from brieflint.checks.taxonomy.mentions import Mention
from brieflint.checks.taxonomy.options import OPTIONS
from brieflint.checks.taxonomy.tags import problem, tags, taxonomy
from brieflint.checks.taxonomy.terms import Taxonomy
from brieflint.checks.taxonomy.usage import as_location_only, body_words, home, names_something_else
from brieflint.document.brief import Document
from brieflint.document.language import language_of
from brieflint.model import Context, Problem, rule
from brieflint.records import NamedTuple


class _Named(NamedTuple):
    mention: Mention
    text: Any  # positions.Text the mention's offsets refer to
    scope: str
    actor: bool  # about the country, not only a location in it (what T108 counts)


class _Prose(NamedTuple):
    named: tuple[_Named, ...]  # the mentions that are about the place
    words: int  # words of the body, to weigh mentions by


def _mentions(doc: Document, tax: Taxonomy) -> _Prose:
    """Region mentions about the place in the title, summary, headings and body (memoised per document)."""

    def build() -> _Prose:
        from brieflint.document import prose as text

        index = tax.mentions("regions")
        arabic_names = None
        if language_of(doc) == "ar":  # issue 22 (arabic.py, loaded only for Arabic briefs)
            from brieflint.checks.taxonomy import arabic

            arabic_names = arabic.index(tax)
        out: list[_Named] = []
        body: list[str] = []
        for p in text.paragraphs(doc, scopes=("title", "summary", "heading", "body")):
            value = p.prose.value
            if p.scope == "body":
                body.append(value)
            for m in index.find(value):
                if names_something_else(tax, value, m):
                    continue
                out.append(_Named(m, p.prose, p.scope, not as_location_only(tax, value, m)))
            if arabic_names is not None:
                out.extend(_Named(m, p.prose, p.scope, actor) for m, actor in arabic_names.find(value))
        return _Prose(tuple(out), body_words(body))

    return doc.memo("taxonomy.mentions", build)


_REGION_BODY = GOOD + (
    "Algeria tried the same reform in 2015. Algerian officials later reversed it, and\n"
    "the tariffs set in Algiers were frozen.\n"
)


@rule(
    "T108",
    "untagged-region",
    "info",
    options=OPTIONS.pick("min-mentions", "mentions-per-1000-words", "exclude"),
    bad=_REGION_BODY,
    good=_REGION_BODY.replace("regions: [Morocco]", "regions: [Morocco, Algeria]"),
)
def untagged_region(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A region the body names again and again is not among the brief's regions.

    What it does
    Counts, in the body (headings included), how often each region of the
    taxonomy is named: its name, its aliases (not bare ISO codes), and its
    mentions, such as demonyms (`Iranian`) and capitals (`Tehran`), as whole
    words, case-sensitively. Only mentions about the place count: not a name
    inside the name of something else (`the Oslo Accords`, `a Turkish-made
    drone`), and a capital only where it stands for its country as an actor
    (`Tehran rejected`, `Tehran's proxies`), not as a location (`talks in
    Oslo on Monday`). Mentions are weighed by the brief's length: a region
    must be named `min-mentions` times (3 by default) and at least
    `mentions-per-1000-words` times per 1,000 words of body (2.5 by default:
    5 times in 2,000 words). A region so named that is not tagged, nor a
    broader region of a tagged one, nor the brief's home (named in an author's
    `affiliation` or in the name of a bio's institution, as "the U.S.
    Department of State": the brief speaks from there), is reported at its
    first mention.

    Why is this bad?
    A brief that discusses Algeria at length but is not tagged `Algeria` never
    appears on the Algeria page, where its readers are.

    Example
    A brief tagged `[Morocco]` whose body says "Algeria", "Algerian" and
    "Algiers" gets: 'Algeria' is named 3 times in the body but is not tagged.
    Add the region, or list it in the rule's `exclude` option if it is never
    a subject of your briefs.
    """
    tax = taxonomy(ctx)
    if not tax.terms.get("regions"):
        return
    prose = _mentions(doc, tax)
    rate = OPTIONS.number(ctx, "mentions-per-1000-words")
    minimum = max(1, OPTIONS.integer(ctx, "min-mentions"), math.ceil(rate * prose.words / 1000))
    excluded = home(doc, tax)
    for name in OPTIONS.strings(ctx, "exclude"):
        m = tax.resolve("regions", str(name))
        excluded.add(m.target.name if m else str(name))
    tagged = {t.match.target.name for t in tags(doc, tax) if t.kind == "regions" and t.match is not None}
    covered = set(tagged)
    for name in tagged:
        covered |= tax.ancestors("regions", name)
    counts: dict[str, list[_Named]] = {}
    for named in prose.named:
        if named.scope in ("body", "heading") and named.actor:
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
    bad=GOOD.replace("regions: [Morocco]", "regions: [Morocco, Tunisia]"),
    good=GOOD,
)
def unmentioned_region(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A tagged region is never named in the title, summary or body.

    What it does
    For each region tag, looks for the region in the title, the summary, the
    headings and the body: its name, aliases, demonyms and capitals, and for a
    grouping (Gulf States, Levant, …) any of its member countries. A name
    inside the name of something else (`the Oslo Accords`, `a Turkish-made
    drone`) does not count; the brief's home (named in an author's
    `affiliation` or institution, as "The U.S. Government Accountability
    Office") counts as named. A tag that is never named is reported at the
    list item.

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
    tax = taxonomy(ctx)
    if not tax.terms.get("regions"):
        return
    named = {n.mention.term for n in _mentions(doc, tax).named} | home(doc, tax)
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
        yield problem(
            doc,
            tag,
            f"region '{name}' is tagged but never named in the title, summary or body{members}; "
            "remove the tag or say why the region matters",
            data={"region": name},
        )
