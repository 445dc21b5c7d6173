"""Source rules: citations and the `sources` list (Q103 unknown source, Q104 unused source,
Q105 unknown claim source, Q106 duplicate source id)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from brieflint.checks.quotes.common import ALL_PROSE, FRONT
from brieflint.checks.quotes.multilingual import LANGUAGES
from brieflint.document import prose as text
from brieflint.document.brief import Document
from brieflint.model import Context, Problem, rule


def source_ids(doc: Document) -> list[tuple[int, str]]:
    sources = doc.data.get("sources") if doc.data else None
    out = []
    if isinstance(sources, list):
        for i, s in enumerate(sources):
            if isinstance(s, dict) and isinstance(s.get("id"), str):
                out.append((i, s["id"]))
    return out


def _suggest(name: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


@rule(
    "Q103",
    "unknown-source",
    "error",
    languages=LANGUAGES,  # citation keys read the same in every language with a quote grammar
    bad=FRONT + "\nGrowth slowed sharply last year [@no-such-source].\n",
    good=FRONT + "\nGrowth slowed sharply last year [@minister-speech].\n",
)
def unknown_source(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A citation `[@id]` names no source in `sources`.

    What it does
    Checks every Pandoc-style citation (`[@id]`, `[@a; @b]`, `[see @a, p. 3]`)
    in the body, summary, headings and bios against the `id`s of `sources`.

    Why is this bad?
    A citation that leads nowhere is a claim without a source: a reader (and
    the site's renderer) cannot resolve it, often because of a typo.

    Example
    Growth slowed sharply [@imf-2024] (with no source `imf-2024`).

    Use instead: add `{id: imf-2024, title: …}` to `sources`, or fix the id.
    """
    known = {sid for _, sid in source_ids(doc)}
    for p in text.paragraphs(doc, ALL_PROSE):
        for c in p.citations:
            if c.kind != "key" or c.target in known:
                continue
            line, col = p.markup.locate(c.key_start)
            end_line, end_col = p.markup.locate_end(c.key_start + len(c.target))
            listed = ", ".join(sorted(known)) if known else "none"
            yield Problem(
                line,
                col - 1,
                f"citation [@{c.target}] names no source in 'sources'{_suggest(c.target, known)} "
                f"(known ids: {listed}); add the source or fix the id",
                end_line=end_line,
                end_column=end_col,
            )


@rule(
    "Q104",
    "unused-source",
    "warning",
    languages=LANGUAGES,  # citation keys read the same in every language with a quote grammar
    bad=FRONT + "\nGrowth slowed sharply last year.\n",
    good=FRONT + "\nGrowth slowed sharply last year [@minister-speech].\n",
)
def unused_source(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A source in `sources` is never cited, in the body or in `claims`.

    What it does
    Reports each entry of `sources` whose `id` no `[@id]` citation (body,
    summary, headings, bios) and no `claims[].sources` entry names.

    Why is this bad?
    An uncited source is either dead weight or, more often, a citation that
    was lost in editing: the claim it backed now stands unsourced.

    Example
    sources: [{id: survey-2025, …}] with no [@survey-2025] anywhere.

    Use instead: cite it where it backs a claim, or remove it.
    """
    cited: set[str] = set()
    for p in text.paragraphs(doc, ALL_PROSE):
        cited.update(c.target for c in p.citations if c.kind == "key")
    claims = doc.data.get("claims") if doc.data else None
    if isinstance(claims, list):
        for c in claims:
            if isinstance(c, dict) and isinstance(c.get("sources"), list):
                cited.update(s for s in c["sources"] if isinstance(s, str))
    for i, sid in source_ids(doc):
        if sid in cited:
            continue
        line, col, end_line, end_col = doc.span(("sources", i, "id"))
        key = citable_key(sid)
        how = (
            f"cite it with [@{key}]"
            if key == sid
            else f"rename it '{key}' (a citation cannot name an id written like this) and cite it with [@{key}]"
        )
        yield Problem(
            line,
            col,
            f"source '{sid}' is never cited: {how} where it backs a claim, list it in a claim's sources, or remove it",
            end_line=end_line,
            end_column=end_col,
        )


@rule(
    "Q105",
    "unknown-claim-source",
    "error",
    languages=LANGUAGES,  # citation keys read the same in every language with a quote grammar
    bad=FRONT[:-4]
    + "claims:\n  - text: Tariffs will rise.\n    sources: [no-such-id]\n---\n"
    + "\nTariffs will rise [@minister-speech].\n",
    good=FRONT[:-4]
    + "claims:\n  - text: Tariffs will rise.\n    sources: [minister-speech]\n---\n"
    + "\nTariffs will rise.\n",
)
def unknown_claim_source(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A `claims` entry names a source id that `sources` does not have.

    What it does
    Checks every id in `claims[].sources` against the `id`s of `sources`.

    Why is this bad?
    A key claim stated up front must be backed by a source the reader can
    find; an unknown id backs it with nothing.

    Example
    claims: [{text: "Tariffs will rise.", sources: [imf-2024]}] with no source `imf-2024`.

    Use instead: add the source to `sources`, or fix the id.
    """
    known = {sid for _, sid in source_ids(doc)}
    claims = doc.data.get("claims") if doc.data else None
    if not isinstance(claims, list):
        return
    for j, c in enumerate(claims):
        if not isinstance(c, dict) or not isinstance(c.get("sources"), list):
            continue
        for k, sid in enumerate(c["sources"]):
            if not isinstance(sid, str) or sid in known:
                continue
            line, col, end_line, end_col = doc.span(("claims", j, "sources", k))
            yield Problem(
                line,
                col,
                f"claim {j + 1} names source '{sid}', which is not in 'sources'{_suggest(sid, known)}; "
                "add the source or fix the id",
                end_line=end_line,
                end_column=end_col,
            )


@rule(
    "Q106",
    "duplicate-source-id",
    "error",
    languages=LANGUAGES,  # citation keys read the same in every language with a quote grammar
    bad=FRONT[:-4]
    + "  - id: minister-speech\n    title: A second source under the same id\n---\n"
    + "\nTariffs will rise [@minister-speech].\n",
    good=FRONT + "\nTariffs will rise [@minister-speech].\n",
)
def duplicate_source_id(doc: Document, ctx: Context) -> Iterator[Problem]:
    """Two entries of `sources` share an `id`.

    What it does
    Reports every source whose `id` an earlier source already uses.

    Why is this bad?
    A citation `[@id]` must resolve to exactly one source; with two, the
    reader sees one and the claim may rest on the other.

    Example
    sources: [{id: imf, …}, {id: imf, …}]

    Use instead: give each source its own id (`imf-2024`, `imf-2025`).
    """
    seen: dict[str, int] = {}
    for i, sid in source_ids(doc):
        if sid in seen:
            first_line, _ = doc.where(("sources", seen[sid], "id"))
            line, col, end_line, end_col = doc.span(("sources", i, "id"))
            yield Problem(
                line,
                col,
                f"source id '{sid}' is already used by the source on line {first_line}; give each source its own id",
                end_line=end_line,
                end_column=end_col,
            )
        else:
            seen[sid] = i


def citable_key(sid: str) -> str:
    """``sid`` as a key a citation ``[@key]`` can name: itself when it can be, else a slug of it.

    A citation key is letters, digits and ``_``, with single marks (``. : - …``) between them;
    the schema's id starts with a letter or digit. Anything else becomes one hyphen, so
    ``law 83-21`` becomes ``law-83-21``.
    """
    import re

    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_]*(?:[:.\-][A-Za-z0-9_]+)*", sid):
        return sid
    return re.sub(r"[^A-Za-z0-9]+", "-", sid).strip("-") or "source"
