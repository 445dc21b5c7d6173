"""Quotes by a language profile's marks: the double-quoted spans of a text, and the text with them blanked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.language import Profile


class Span(NamedTuple):
    start: int  # offsets in the text; a quote's span includes its marks
    end: int


def find_quotes(prose: str, prof: Profile) -> tuple[Span, ...]:
    """The double-quoted spans of ``prose`` by the profile's pairs (symmetric marks alternate; no nesting).

    An opening mark with no closing one after it ends the search (unbalanced marks are the
    balance rule's business).
    """
    closers = dict(prof.marks.double)
    out: list[Span] = []
    i, n = 0, len(prose)
    while i < n:
        close = closers.get(prose[i])
        if (
            close is None
            or (close == prose[i] and _closing_shaped(prose, i))
            or (prose[i] == "”" and _not_opening(prose, i))
        ):
            i += 1  # not a mark, or a straight mark shaped as a closing one, with no quote open: a stray
            continue
        j = prose.find(close, i + 1)
        if j == -1:
            break
        out.append(Span(i, j + 1))
        i = j + 1
    return tuple(out)


# the one-letter proclitics an Arabic word may carry before an opening mark (و”عصام الدين“, "and «…»"; stop 42)
_PROCLITICS = frozenset("وفبلك")


def _not_opening(prose: str, i: int) -> bool:
    """A ” that a right-to-left profile reads as an opening mark of a reversed pair (”…“) opens only before a letter and
    after a blank, the start, or a one-letter proclitic that starts its word (`لفكرة ”دولة داخل الدولة“`,
    `و”عصام الدين مرغني جمال“`); elsewhere it is a stray closing mark."""
    if not (i + 1 < len(prose) and prose[i + 1].isalpha()):
        return True
    if i == 0 or not prose[i - 1].isalnum():
        return False
    return not (prose[i - 1] in _PROCLITICS and (i == 1 or not prose[i - 2].isalnum()))


def _closing_shaped(prose: str, i: int) -> bool:
    """A straight mark that ends a word and is followed by a blank or the end (`الدولية" (أي`) closes a
    quote; it cannot open one (an opening mark stands before the word it opens)."""
    return i > 0 and prose[i - 1].isalnum() and (i + 1 == len(prose) or prose[i + 1].isspace())


def mask(prose: str, quotes: Sequence[Span]) -> str:
    """``prose`` with the inside of each quote blanked (same length, line breaks kept, marks kept)."""
    out = list(prose)
    for q in quotes:
        for k in range(q.start + 1, q.end - 1):
            if out[k] != "\n":
                out[k] = " "
    return "".join(out)
