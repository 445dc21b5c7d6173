"""Translation pairs (``L2xx``): when a brief and its translation are both in the tree, they agree.

A brief links its translations (``translations: [{language, url}]``). When the edition in
that language is checked beside it (found by file name: ``x.md`` / ``x.ar.md``, or
``en/x.md`` / ``ar/x.md``; see :mod:`brieflint.document.editions`), the pair is compared:

* ``L201`` each edition names the other in ``translations``;
* ``L202`` the authors (by slug, ORCID or URL where both give one, else by count) and the
  date agree;
* ``L203`` the section counts agree within one;
* ``L204`` every quote in one edition has a quote in the other (their counts agree: quotes
  of two words or more, in each language's marks, and block quotes; a one-word quote is a
  term, and word counts differ between languages, so the threshold is low).

Each finding is at the translation link of the brief being checked, so each edition reports
what it sees, and a pair fixed on one side is fixed on both. The rules read the other
edition's file, so a brief with an edition in the tree is not cached (its findings depend on
two files). They run in every language.
"""

from __future__ import annotations

from collections.abc import Iterator

from brieflint.checks.examples import GOOD
from brieflint.document.brief import Document
from brieflint.document.editions import Edition, find, summary
from brieflint.document.language import primary
from brieflint.model import ALL_LANGUAGES, Context, Problem, Rule, rule


def _pairs(doc: Document, ctx: Context) -> tuple[tuple[int, Edition, Edition], ...]:
    """(index of the translation entry, this edition, the other edition) for each edition in the tree;
    looked for once a document, not once a rule (each look is a file system lookup per candidate)."""
    pairs: tuple[tuple[int, Edition, Edition], ...] = doc.memo("editions.pairs", lambda: tuple(_find_pairs(doc, ctx)))
    return pairs


def _find_pairs(doc: Document, ctx: Context) -> Iterator[tuple[int, Edition, Edition]]:
    entries = doc.data.get("translations") if isinstance(doc.data, dict) else None
    if not isinstance(entries, list):
        return
    mine: Edition | None = None
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("language"), str):
            continue
        other = find(doc, primary(entry["language"]), ctx.shared)
        if other is None:
            continue
        if mine is None:
            mine = doc.memo("editions.summary", lambda: summary(doc))
        yield i, mine, other


def _at(doc: Document, i: int, message: str) -> Problem:
    line, column, end_line, end_column = doc.span(("translations", i, "url"))
    return Problem(line, column, message, end_line, end_column)


def _name(e: Edition) -> str:
    return f"the '{e.language}' edition ({e.path})"


# an example pair cannot be shown in one file: the rules' examples are a brief without an edition
_DOC_GOOD = GOOD


@rule("L201", "translation-not-reciprocal", "warning", good=_DOC_GOOD, languages=ALL_LANGUAGES)
def translation_not_reciprocal(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A translation in the tree does not link back to this brief.

    What it does
    For each translation the brief links whose edition is checked beside it (`x.md` and
    `x.ar.md`, or `en/x.md` and `ar/x.md`), reports the link when that edition's own
    `translations` does not name this brief's language.

    Why is this bad?
    Readers of the translation cannot find the original, and the publisher's language
    switcher (built from `translations`) works in one direction only.

    Example
    `x.md` (English) lists `{language: ar, url: …}`; `x.ar.md` lists no English edition.
    Add `{language: en, url: …}` to the translations of `x.ar.md`.
    """
    for i, mine, other in _pairs(doc, ctx):
        if mine.language not in other.translations:
            yield _at(doc, i, f"{_name(other)} does not list this '{mine.language}' brief in its translations")


@rule("L202", "translation-metadata-differs", "warning", good=_DOC_GOOD, languages=ALL_LANGUAGES)
def translation_metadata_differs(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A translation in the tree has other authors or another date.

    What it does
    Compares this brief with each edition of it checked beside it: the date must be the
    same, and the authors the same people (compared by `slug`, `orcid` or `url` where both
    editions give one, since names are written in each language's script; otherwise by
    their number).

    Why is this bad?
    A translation is the same analysis: a different date or author list means one edition
    was not updated, or the link points at another piece.

    Example
    `date: 2026-07-14` in `x.md` and `date: 2026-07-15` in `x.ar.md`. Make them agree
    (use `updated:` for a later revision of one edition).
    """
    for i, mine, other in _pairs(doc, ctx):
        if mine.date and other.date and mine.date != other.date:
            yield _at(doc, i, f"{_name(other)} is dated {other.date}, this brief {mine.date}")
        if len(mine.authors) != len(other.authors):
            yield _at(doc, i, f"{_name(other)} has {len(other.authors)} authors, this brief {len(mine.authors)}")
            continue
        for k, ((a, name_a), (b, name_b)) in enumerate(zip(mine.authors, other.authors, strict=True)):
            if a and b and a != b:
                yield _at(doc, i, f"author {k + 1} is '{name_a}' ({a}) here but '{name_b}' ({b}) in {_name(other)}")


@rule("L203", "translation-sections-differ", "warning", good=_DOC_GOOD, languages=ALL_LANGUAGES)
def translation_sections_differ(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A translation in the tree has a different number of sections (by more than one).

    What it does
    Counts the sections of this brief and of each edition of it checked beside it; reports
    the link when the counts differ by more than one (a lead section may be split or merged
    in translation).

    Why is this bad?
    A section missing from a translation is usually a part of the analysis left out.

    Example
    `x.md` has five sections, `x.ar.md` three. Translate the missing sections.
    """
    for i, mine, other in _pairs(doc, ctx):
        if abs(mine.sections - other.sections) > 1:
            yield _at(doc, i, f"{_name(other)} has {other.sections} sections, this brief {mine.sections}")


@rule("L204", "translation-quotes-differ", "warning", good=_DOC_GOOD, languages=ALL_LANGUAGES)
def translation_quotes_differ(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A translation in the tree quotes more (or less) than this brief.

    What it does
    Counts the quotes (of two words or more, in the quotation marks of each edition's
    language) and block quotes of the body of this brief and of each edition of
    it checked beside it; reports the link when the counts differ.

    Why is this bad?
    Every quote in one edition should be in the other: a quote dropped in translation loses
    a source's voice, and one added in translation is unchecked.

    Example
    `x.md` quotes the minister twice, `x.ar.md` once. Translate the missing quote (with its
    attribution), or say why it was left out.
    """
    for i, mine, other in _pairs(doc, ctx):
        if mine.quotes != other.quotes:
            yield _at(doc, i, f"{_name(other)} has {other.quotes} quotes, this brief {mine.quotes}")


RULES: tuple[Rule, ...] = (
    translation_not_reciprocal,
    translation_metadata_differs,
    translation_sections_differ,
    translation_quotes_differ,
)
