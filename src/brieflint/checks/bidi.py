"""Unicode safety rules (``U``): bidirectional control characters that can hide text in a review.

The explicit directional formatting characters of the Unicode Bidirectional Algorithm
(UAX #9) reorder how a line is *displayed* without changing what it *says*: a right-to-left
override makes ``cost 100 USD`` show as ``DSU 001 tsoc``, and an embedding or isolate left
open runs on to the end of the paragraph. This is the "Trojan Source" attack on code review
(CVE-2021-42574); compilers now flag these characters (rustc's
``text_direction_codepoint_in_literal``, GCC's ``-Wbidi-chars``), and so does brieflint,
since briefs are reviewed as diffs. Right-to-left briefs do not need them: the Unicode
algorithm orders Arabic and Hebrew text by itself, and the implicit marks (U+200E LRM,
U+200F RLM, U+061C ALM), which hide nothing, are not flagged.

* ``U101`` (error): an override (U+202D LRO, U+202E RLO), or an embedding or isolate not
  closed on its own line with text after it (an unpaired U+202A LRE, U+202B RLE, U+2066 LRI,
  U+2067 RLI, U+2068 FSI) — what GCC's ``-Wbidi-chars=unpaired`` reports, less the closers
  with nothing to close, which the algorithm ignores;
* ``U102`` (warning, off by default: none of 25 was useful on published posts): any other
  (paired) embedding or isolate, and a closer with nothing to close, an opener with nothing
  after it on its line, or a left-to-right opener in a left-to-right line with no
  right-to-left character after it (all three reorder nothing: issue 19 found them as the
  residue of tweets copied into published posts): invisible in review, and rarely what the
  author meant to keep.

The whole file is scanned as written (front matter, body, comments), so the rules run
even when the file did not parse.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from brieflint import lazyre
from brieflint.checks.examples import GOOD, bad
from brieflint.document.brief import Document
from brieflint.model import ALL_LANGUAGES, Context, Problem, Rule, rule
from brieflint.records import NamedTuple

NAMES = {
    "\u202a": "LEFT-TO-RIGHT EMBEDDING (U+202A)",
    "\u202b": "RIGHT-TO-LEFT EMBEDDING (U+202B)",
    "\u202c": "POP DIRECTIONAL FORMATTING (U+202C)",
    "\u202d": "LEFT-TO-RIGHT OVERRIDE (U+202D)",
    "\u202e": "RIGHT-TO-LEFT OVERRIDE (U+202E)",
    "\u2066": "LEFT-TO-RIGHT ISOLATE (U+2066)",
    "\u2067": "RIGHT-TO-LEFT ISOLATE (U+2067)",
    "\u2068": "FIRST STRONG ISOLATE (U+2068)",
    "\u2069": "POP DIRECTIONAL ISOLATE (U+2069)",
}
_CONTROL = lazyre.compile("[\u202a-\u202e\u2066-\u2069]")
# the strong right-to-left characters: Hebrew to NKo and their presentation forms, RLM and ALM
_RTL = lazyre.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u061c]")
_OPEN_EMBEDDING = "\u202a\u202b\u202d\u202e"  # closed by PDF
_OPEN_ISOLATE = "\u2066\u2067\u2068"  # closed by PDI
_OVERRIDES = "\u202d\u202e"
# what an embedding or isolate left open at the end of its line may be followed by and still
# reorder nothing: blanks, the implicit marks and other controls
_INERT = " \t\r\n\u00a0\u200b\u200e\u200f\u061c\u202a\u202b\u202c\u2066\u2067\u2068\u2069"


class Control(NamedTuple):
    """A bidi control character (an opener with its closer, when it has one) and what is wrong with it."""

    start: int  # offset of the character in the text
    end: int  # offset after its closer (after itself when it has none)
    char: str
    problem: str  # "override" | "unpaired" | "paired" | "stray" (pairs with nothing, reorders nothing)


def controls(text: str) -> list[Control]:
    """The bidi control characters of ``text``, paired line by line (as UAX #9 and GCC pair them).

    A closer that closes something is part of its opener's span and not reported on its own.
    """
    # most files are ASCII (one C pass); the rest are tested per character with ``in`` (memchr-fast),
    # not with a character-class search, which steps through the text in Python's regex engine
    if text.isascii() or not any(c in text for c in NAMES):
        return []
    found: list[Control] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stack: list[tuple[int, str]] = []
        for m in _CONTROL.finditer(line):
            at, char = offset + m.start(), m.group()
            if char in _OPEN_EMBEDDING or char in _OPEN_ISOLATE:
                stack.append((at, char))
                continue
            opener = _OPEN_EMBEDDING if char == "\u202c" else _OPEN_ISOLATE
            if char == "\u2069":  # a PDI closes the embeddings left open inside its isolate
                if any(c in _OPEN_ISOLATE for _, c in stack):
                    while stack[-1][1] not in _OPEN_ISOLATE:
                        found.append(_unclosed(*stack.pop()))
            if stack and stack[-1][1] in opener:
                o_at, o_char = stack.pop()
                found.append(Control(o_at, at + 1, o_char, "override" if o_char in _OVERRIDES else "paired"))
            else:
                # a closer with nothing to close is ignored by the algorithm (UAX #9, X6a/X7)
                found.append(Control(at, at + 1, char, "stray"))
        for at, char in stack:
            inert = _reorders_nothing(line, at - offset, char)
            found.append(Control(at, at + 1, char, "stray") if inert else _unclosed(at, char))
        offset += len(line)
    return sorted(found)


def _reorders_nothing(line: str, i: int, char: str) -> bool:
    """An embedding or isolate left open at ``line[i]`` that reorders nothing: nothing but blanks,
    marks and controls after it, or a left-to-right one in a left-to-right line with no right-to-left
    character after it (a copied tweet's "…by decree of President <LRE>#Yemen"): every character
    after it is laid out left to right at any level."""
    if char in _OVERRIDES:
        return False
    rest = line[i + 1 :]
    if not rest.strip(_INERT):
        return True
    if char not in "\u202a\u2066" or _RTL.search(rest):
        return False
    first = next((c for c in line[:i] if c.isalpha() or _RTL.match(c)), None)
    return first is not None and not _RTL.match(first)


def _unclosed(at: int, char: str) -> Control:
    return Control(at, at + 1, char, "override" if char in _OVERRIDES else "unpaired")


def _problems(doc: Document, wanted: tuple[str, ...]) -> Iterator[Problem]:
    for c in controls(doc.text):
        if c.problem not in wanted:
            continue
        line, column = doc.index.position(c.start)
        end_line, end_column = doc.index.position(c.end)
        name = NAMES[c.char]
        if c.problem == "override":
            why = "reverses the display order of the text after it, so what a reviewer reads is not what the file says"
        elif c.problem == "unpaired":
            why = "is not paired on its line, so it reorders the display of the text after it"
        elif c.problem == "stray":
            why = "pairs with nothing and reorders nothing, but is invisible in review; delete it"
        else:
            why = "is invisible in review; Arabic and Hebrew text is ordered without it"
        yield Problem(line, column, f"bidirectional control character {name} {why}", end_line, end_column)


_BAD_OVERRIDE = bad("passed a law", "passed a law (\u202eno tax\u202c)")
_BAD_PAIRED = bad("regions: [Morocco]", "regions: [\u2066Morocco\u2069]")


# both rules read the whole file as written, in every language, parsed or not
_unicode_rule = partial(rule, good=GOOD, needs_data=False, languages=ALL_LANGUAGES)


@_unicode_rule("U101", "bidi-override", "error", bad=_BAD_OVERRIDE)
def bidi_override(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A bidirectional override, or an embedding or isolate left open, can hide text in review.

    What it does
    Reports U+202D and U+202E (left-to-right and right-to-left override) anywhere in the
    file, and the embeddings and isolates (U+202A, U+202B, U+2066, U+2067, U+2068) not closed
    on their own line with text after them. (A closing U+202C / U+2069 with nothing to close,
    an opener with nothing after it, or a left-to-right one in a left-to-right line with no
    right-to-left text after it, reorders nothing: that is U102's.)

    Why is this bad?
    These invisible characters change the order in which a line is displayed, not what it
    says: a diff, a review tool or a CMS preview shows one text while the file holds another
    (the "Trojan Source" attack, CVE-2021-42574, which compilers now flag). A brief is
    reviewed and then published word for word, so nothing in it should be hidden. Arabic,
    Persian and Hebrew text does not need them: the Unicode algorithm orders it by itself.

    Example
    `passed a law (<U+202E>no tax<U+202C>)` displays as `(xat on)`. Delete the control
    characters (most editors show them with "show invisibles"); where a Latin run inside
    Arabic needs help, use the implicit marks U+200E / U+200F, which hide nothing.
    """
    yield from _problems(doc, ("override", "unpaired"))


@_unicode_rule("U102", "bidi-control", "warning", bad=_BAD_PAIRED, enabled_by_default=False)
def bidi_control(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A paired bidirectional embedding or isolate is invisible in review.

    What it does
    Reports embeddings (U+202A, U+202B … U+202C) and isolates (U+2066, U+2067, U+2068 …
    U+2069) that are opened and closed on one line, and the controls that reorder nothing
    (a closer with nothing to close, an opener with nothing after it). (Overrides and
    unclosed ones are U101.)

    Off by default (select it with `extend-select = ["U102"]`), for its precision: none of
    the 25 findings judged on 166 published posts and statements (docs/accuracy.md, "Precision sweep") was
    worth an editor's time; they were the marks Twitter and word processors put around
    hashtags and pasted names. A control inside a tag or an identifier is reported by the
    rule that reads that value (`T103 unknown region '\u2066Egypt\u2069'; did you mean
    'Egypt'?`), with the invisible characters written out.

    Why is this bad?
    They change nothing a reader of the published page needs (the Unicode algorithm orders
    right-to-left text by itself) but are invisible in a diff, so a reviewer cannot tell what
    they cover; word processors insert them when text is pasted between directions.

    Example
    `regions: [<U+2066>Morocco<U+2069>]` holds two invisible characters around the name (and
    the taxonomy then does not know the term). Delete them.
    """
    yield from _problems(doc, ("paired", "stray"))


RULES: tuple[Rule, ...] = (bidi_override, bidi_control)
