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
    find = flat.find
    maybe_end = _MAYBE_END.search
    prev = ""  # the text of the last sentence in ``out`` (none yet: "")
    # sentencex's pieces are consecutive slices of ``flat``: while each is found where the last one
    # ended, ``flat`` up to its first character is blank after the cursor, so that is where ``find``
    # would find it (``pos``: where the next piece should start; -1 once one was not there)
    pos = 0
    startswith = flat.startswith
    for piece in _sx(language, flat):
        core = piece.strip()
        start = pos
        if pos >= 0:
            pos = pos + len(piece) if startswith(piece, pos) else -1
        if not core:
            continue
        if pos >= 0:
            first = core[0]
            at = start if piece[0] == first else start + piece.find(first)
        else:
            at = find(core, cursor)
            if at == -1:
                continue
        end = at + len(core)
        if prev and (
            (prev[-1] not in ".!?…" and not _TERMINAL.search(prev[-10:]))
            or (core[0].islower() and _continues(prev, core))
            or (not core[0].isalnum() and not any(c.isalnum() for c in core[:8]))
        ):
            # "… scenarios: | (1) …" (no sentence end), "12 pct. | in the first quarter", "farmer? | :"
            at = out.pop()[0]
        cursor = end
        # an inner end needs a full stop, question or exclamation mark before the piece's last character,
        # which most pieces lack: three ``in`` tests of the piece's slice first (``str.find`` with bounds
        # parses its arguments: three of them cost a piece five times as much)
        inner = flat[at : end - 1]
        if ("." in inner or "?" in inner or "!" in inner) and maybe_end(flat, at, end) is not None:
            for cut in _inner_ends(flat, at, end):
                out.append(_new(Sentence, (at, cut, text[at:cut])))
                at = cut + len(flat[cut:end]) - len(flat[cut:end].lstrip())
        prev = text[at:end]
        out.append(_new(Sentence, (at, end, prev)))
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
    # the month of May, which is never abbreviated ("on 1 May. Traditionally, the day"), before a capitalised word
    r"|(?<![\w.])May[.](?=\s+[\"“]?[A-Z][a-z])"
    # an abbreviation of initials and two blanks (a no-break space as one), a typist's sentence end ("in Washington,
    # D.C.  Secretary Blinken")
    r"|(?<=\b[A-Z]\.[A-Z])[.](?=[\x20\xa0]{2}[\"“]?[A-Z][a-z])"
    # a full stop after a plain lower-case word, before a capitalised word or a numeral
    r"|(?<![\w.’'-])(?!(?:vs|cf|al|approx|ca|pct|op|cit|para|sect|fig|seq)\.)[a-z][a-z’'-]+[.!?]"
    r"(?=\s+(?:[\"“]?[A-Z][a-z]|\d))"
)
# every inner end above is a full stop, question or exclamation mark, perhaps closed, before a blank
_MAYBE_END = lazyre.compile(r"[.!?][\"”’)]?\d{0,3}\s")
_MARKS = lazy('["“”]')


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
