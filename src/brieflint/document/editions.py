"""The other editions of a brief (its translations) when they are in the tree, found by file name.

A brief names its translations by language (``translations: [{language: ar, url: …}]``).
When the edition in that language is checked beside it, it is found by one of the two
conventions of static-site generators:

* **a language suffix** (Hugo, Jekyll-polyglot): ``iraq-power.md`` (the default-language
  edition) beside ``iraq-power.ar.md``; or ``iraq-power.en.md`` beside ``iraq-power.ar.md``;
  the same for ``.brief.yaml``;
* **a language folder**: ``en/iraq-power.md`` beside ``ar/iraq-power.md``.

Only the names that the brief's own ``translations`` point to are probed (a few ``stat``
calls for a brief with translations, none for one without), and a file found must declare
that language to count. What a pair rule compares is an :class:`Edition` summary, so two
editions are never held in memory as whole documents.

A rule that reads another file makes its result depend on that file: it records so with
:func:`depends_on` and the run does not cache that brief's findings (a cached result would
not see the other edition change).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from brieflint import lazyre
from brieflint.document.language import language_of, primary, profile
from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document

# the document memo key under which a rule lists the other files its findings depend on
READS_KEY = "run.reads"
_EXTENSIONS = (".brief.yaml", ".brief.yml", ".markdown", ".md")
_LANG_SUFFIX = lazyre.compile(r"^(?P<stem>.+)\.(?P<tag>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)$")
_LANG_DIR = lazyre.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


class Edition(NamedTuple):
    """What the pair rules compare of an edition."""

    path: str
    language: str  # primary subtag
    translations: tuple[str, ...]  # primary subtags of the languages it names as translations
    authors: tuple[tuple[str, str], ...]  # (slug or ORCID or url, name) of each author
    date: str
    sections: int
    quotes: int  # quotes of two words or more, and block-quote groups, in the body


def _split(name: str) -> tuple[str, str] | None:
    for ext in _EXTENSIONS:
        if name.endswith(ext) and len(name) > len(ext):
            return name[: -len(ext)], ext
    return None


def candidates(path: str, own: str, other: str) -> list[str]:
    """The paths where the ``other``-language edition of the brief at ``path`` (in ``own``) would be."""
    folder, name = os.path.split(path)
    parts = _split(name)
    if parts is None:
        return []
    base, ext = parts
    m = _LANG_SUFFIX.match(base)
    suffixed = m is not None and primary(m.group("tag")) == own
    stem = m.group("stem") if m is not None and suffixed else base
    out = [os.path.join(folder, f"{stem}.{other}{ext}")]
    if suffixed:
        out.append(os.path.join(folder, stem + ext))  # the default-language edition has no suffix
    parent, here = os.path.split(folder)
    if here and _LANG_DIR.match(here) and primary(here) == own:
        out.append(os.path.join(parent, other, name))
        if suffixed:
            out.append(os.path.join(parent, other, stem + ext))
    me = os.path.abspath(path)
    return [c for c in dict.fromkeys(out) if os.path.abspath(c) != me]


def summary(doc: Document) -> Edition:
    """The :class:`Edition` summary of a loaded brief."""
    from brieflint.document import prose
    from brieflint.document.language.normalize import ascii_digits, fold_text
    from brieflint.document.language.quotes import find_quotes

    data: dict[str, Any] = doc.data if isinstance(doc.data, dict) else {}
    langs = tuple(
        primary(t.get("language")) for t in data.get("translations") or () if isinstance(t, dict) and t.get("language")
    )
    authors = tuple(
        (str(a.get("slug") or a.get("orcid") or a.get("url") or ""), str(a.get("name") or ""))
        for a in data.get("authors") or ()
        if isinstance(a, dict)
    )
    prof = profile(language_of(doc))
    quotes = 0
    in_block = False
    for p in prose.paragraphs(doc, ("body",)):
        if p.kind == "blockquote":
            quotes += not in_block
            in_block = True
            continue
        in_block = False
        value = p.prose.value
        quotes += sum(1 for q in find_quotes(value, prof) if len(prose.words(fold_text(value[q.start : q.end]))) > 1)
    date = ascii_digits(str(data.get("date") or ""))  # ٢٠٢٠-٠٦-١٠ is the same day as 2020-06-10
    return Edition(doc.path, language_of(doc), langs, authors, date, len(doc.sections), quotes)


def find(doc: Document, language: str, memo: dict[str, Any] | None = None) -> Edition | None:
    """The summary of ``doc``'s edition in ``language`` when it is in the tree (and declares that language).

    ``memo`` (a run's shared values) keeps each summary, so a pair is loaded once a run, not once a side.
    """
    from brieflint.document.brief import load

    own = language_of(doc)
    for path in candidates(doc.path, own, language):
        if not os.path.isfile(path):
            continue
        depends_on(doc, path)
        key = f"editions:{os.path.abspath(path)}"
        if memo is not None and key in memo:
            got = memo[key]
        else:
            other = load(path)
            got = summary(other) if other.ok else None
            if memo is not None:
                memo[key] = got
        if got is not None and got.language == language:
            return got
    return None


def depends_on(doc: Document, path: str) -> None:
    """Record that ``doc``'s findings depend on the file at ``path`` (see the module docstring)."""
    reads: list[str] = doc.memo(READS_KEY, list)
    if path not in reads:
        reads.append(path)


__all__ = ["READS_KEY", "Edition", "candidates", "depends_on", "find", "summary"]
