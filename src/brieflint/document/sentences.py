"""Sentences of a paragraph's prose, with offsets.

Sentences come from sentencex (see ``docs/quotes.md`` for the measurements behind
that choice), run on each block separately, with soft line breaks read as spaces,
and one merge rule of brieflint's own (a split after a short lower-case
abbreviation before a lower-case word is no sentence end). They are memoised on
the paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from brieflint.lazyre import lazy

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.prose import Paragraph

_new = tuple.__new__  # makes a Sentence without its Python-level __new__ (hundreds per brief)


class Sentence(NamedTuple):
    """A sentence of a paragraph: offsets into ``Paragraph.prose.value`` (end exclusive)."""

    start: int
    end: int
    text: str


def sentences(p: Paragraph) -> tuple[Sentence, ...]:
    """The sentences of a paragraph's prose (memoised on the paragraph)."""
    got = p._cache.get("sentences")
    if got is None:
        got = segment(p.prose.value)
        p._cache["sentences"] = got
    return got


def segment(text: str, language: str = "en") -> tuple[Sentence, ...]:
    """Split one block of prose into sentences, with offsets (soft line breaks read as spaces).

    ``language``: sentencex's language code (a language profile's ``segmenter``).
    """
    if not text.strip():
        return ()
    from sentencex import segment as _sx

    flat = text.replace("\n", " ")
    if "\t" in flat:
        flat = flat.replace("\t", " ")
    out: list[Sentence] = []
    cursor = 0
    for piece in _sx(language, flat):
        core = piece.strip()
        if not core:
            continue
        at = flat.find(core, cursor)
        if at == -1:
            continue
        end = at + len(core)
        if out and core[0].islower() and _continues(out[-1].text, core):
            # "12 pct. in the first quarter": an abbreviation, not a sentence end
            at = out.pop().start
        out.append(_new(Sentence, (at, end, text[at:end])))
        cursor = end
    if not out:
        core = text.strip()
        at = text.find(core)
        out.append(Sentence(at, at + len(core), core))
    return tuple(out)


_ABBREV_TAIL = lazy(r"(?:^|[\s(])(?:[a-z]{1,4}|[A-Za-z](?:\.[A-Za-z])+)\.$")
_LOWER_NAME = lazy(r"^(?:al|el|ad|as|an|ash|at|az|bin|ibn|abu|de|di|da|du|van|von|der|den|le|la|ter)[-\s]")


def _continues(prev: str, nxt: str) -> bool:
    """A split after a short lower-case abbreviation, before a lower-case word, is no sentence end.

    The caller has checked that ``nxt`` starts with a lower-case letter (most pieces do not,
    so the test is made there, before a call).
    """
    return bool(not _LOWER_NAME.match(nxt) and _ABBREV_TAIL.search(prev))
