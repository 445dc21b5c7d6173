"""Sentences of a paragraph's prose, with offsets.

Sentences come from sentencex (see ``docs/quotes.md`` for the measurements behind
that choice), run on each block separately, with soft line breaks read as spaces,
and one merge rule of brieflint's own (a split after a short lower-case
abbreviation before a lower-case word is no sentence end). They are memoised on
the paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brieflint import lazyre
from brieflint.lazyre import lazy
from brieflint.records import NamedTuple

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
    maybe_end = _MAYBE_END.search
    for piece in _sx(language, flat):
        core = piece.strip()
        if not core:
            continue
        at = flat.find(core, cursor)
        if at == -1:
            continue
        end = at + len(core)
        if out and (
            (out[-1].text[-1] not in ".!?…" and not _TERMINAL.search(out[-1].text[-10:]))
            or (core[0].islower() and _continues(out[-1].text, core))
            or (not core[0].isalnum() and not any(c.isalnum() for c in core[:8]))
        ):
            # "… scenarios: | (1) …" (no sentence end), "12 pct. | in the first quarter", "farmer? | :"
            at = out.pop().start
        cursor = end
        if _stop_inside(flat, at, end) and maybe_end(flat, at, end) is not None:  # most pieces: no stop inside
            for cut in _inner_ends(flat, at, end):
                out.append(_new(Sentence, (at, cut, text[at:cut])))
                at = cut + len(flat[cut:end]) - len(flat[cut:end].lstrip())
        out.append(_new(Sentence, (at, end, text[at:end])))
    if not out:
        core = text.strip()
        at = text.find(core)
        out.append(Sentence(at, at + len(core), core))
    return tuple(out)


# a piece of sentencex's that ends a sentence: a full stop, question or exclamation mark or an
# ellipsis, perhaps closed by quotes or brackets and followed by a footnote number
_TERMINAL = lazy(r"[.!?…][\"”’'»)\]]*\d{0,3}[\"”’'»)\]]*$")
# sentence ends sentencex misses inside a piece, outside quotation marks:
_INNER_END = lazy(
    # a footnote number glued to the full stop ("the ministry.12 It", "by mid-2019.7 Prices")
    r"(?:(?<=[a-z%)\]\"”’])|(?<=\b(?:1[89]|20)\d\d))[.!?][\"”’]?\d{1,3}(?=\s+[\"“]?[A-Z])"
    # a parenthetical sentence closed after its full stop ("(See CRS Report R47447.) The")
    r"|[.!?]\)(?=\s+[\"“(]?[A-Z])"
    # a closing quotation mark after a full stop, before a numeral ('…in time." 40 percent')
    r"|[.!?][\"”’](?=\s+\d)"
    # a full stop after a plain lower-case word, before a capitalised word or a numeral
    r"|(?<![\w.’'-])(?!(?:vs|cf|al|approx|ca|pct|op|cit|para|sect|fig|seq)\.)[a-z][a-z’'-]+[.!?]"
    r"(?=\s+(?:[\"“]?[A-Z][a-z]|\d))"
)
# every inner end above is a full stop, question or exclamation mark, perhaps closed, before a blank
_MAYBE_END = lazyre.compile(r"[.!?][\"”’)]?\d{0,3}\s")
_MARKS = lazy('["“”]')


def _stop_inside(flat: str, start: int, end: int) -> bool:
    """A full stop, question or exclamation mark before the piece's last character (three C scans)."""
    last = end - 1
    return flat.find(".", start, last) != -1 or flat.find("?", start, last) != -1 or flat.find("!", start, last) != -1


def _inner_ends(flat: str, start: int, end: int) -> list[int]:
    """Offsets in ``flat[start:end]`` (one piece) where a sentence ends that sentencex did not
    split, outside quotation marks (a quotation of several sentences stays whole).

    The caller has checked that the piece has a possible end inside (``_MAYBE_END``).
    """
    out = []
    inside = False
    scanned = start  # the quotation marks before here are counted in ``inside`` (one pass: linear)
    for m in _INNER_END.finditer(flat, start, end):
        cut = m.end()
        if cut >= end or not flat[cut:end].strip():
            continue
        for q in _MARKS.finditer(flat, scanned, cut):
            ch = q.group()
            inside = (not inside) if ch == '"' else ch == "“"
        scanned = cut
        if not inside:
            out.append(cut)
    return out


_ABBREV_TAIL = lazy(r"(?:^|[\s(])(?:[a-z]{1,4}|[A-Za-z](?:\.[A-Za-z])+)\.$")
_LOWER_NAME = lazy(r"^(?:al|el|ad|as|an|ash|at|az|bin|ibn|abu|de|di|da|du|van|von|der|den|le|la|ter)[-\s]")


def _continues(prev: str, nxt: str) -> bool:
    """A split after a short lower-case abbreviation, before a lower-case word, is no sentence end.

    The caller has checked that ``nxt`` starts with a lower-case letter (most pieces do not,
    so the test is made there, before a call).
    """
    return bool(not _LOWER_NAME.match(nxt) and _ABBREV_TAIL.search(prev))
