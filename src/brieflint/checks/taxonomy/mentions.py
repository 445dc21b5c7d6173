"""Finding a taxonomy's terms named in prose: whole words, case-sensitive, the longest phrase first."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from brieflint import lazyre
from brieflint.lazyre import lazy
from brieflint.records import NamedTuple


def is_code(alias: str) -> bool:
    """ISO-style codes (``US``, ``IRN``): matched exactly in tags, never in prose unless listed in mentions."""
    return len(alias) <= 3 and alias.isascii() and alias.isalpha() and alias.isupper()


_TOKEN = lazy(r"\w+")
_GAP_WORD = lazyre.compile(r"[ \t\n.\-'\u2019\u2010\u2011]{1,3}(\w+)")


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(phrase.replace("&", " and ")))


class Mention(NamedTuple):
    """A term named in a text: offsets ``start``–``end`` of the words as written."""

    term: str
    start: int
    end: int
    written: str


_END = ""  # key of a trie node's term: no word is empty


class MentionIndex(NamedTuple):
    """Whole-word, case-sensitive matching of names, aliases and mentions; the longest wins.

    Each phrase is a sequence of words (``\\w+``) whose first word is
    capitalised (places are proper nouns), stored in a trie of words; words in
    the text may be joined by a blank, a hyphen, a dot or an apostrophe
    (``U.S.``, ``Guinea-Bissau``, ``Côte d'Ivoire``); the last word may carry
    a plural ``s`` (``Iraqis``). A phrase that would name two terms is
    dropped. Only capitalised words of the text start a match, which keeps a
    1,500-word body well under a millisecond.
    """

    trie: Mapping[str, Any]
    starts: re.Pattern[str]
    initials: bytes  # ``bytes.translate``'s table: the ASCII characters ``starts`` opens with as b"A", the rest b"a"

    @classmethod
    def build(cls, terms: Any) -> MentionIndex:
        owner: dict[tuple[str, ...], str | None] = {}
        for term in terms:
            if term.deprecated:
                continue
            listed = set(term.mentions)
            phrases = [term.name, *(a for a in term.aliases if not is_code(a) or a in listed), *term.mentions]
            for phrase in phrases:
                toks = _tokens(phrase)
                if not toks or not toks[0][0].isupper():
                    continue
                if toks in owner and owner[toks] != term.name:
                    owner[toks] = None
                else:
                    owner[toks] = term.name
        trie: dict[str, Any] = {}
        for toks, name in owner.items():
            if name is None:
                continue
            node = trie
            for tok in toks:
                node = node.setdefault(tok, {})
            node[_END] = name
        return cls.of_trie(trie)

    @classmethod
    def of_trie(cls, trie: Mapping[str, Any]) -> MentionIndex:
        """The index of an already built trie (as :meth:`build` makes, or as the built taxonomy stores it)."""
        initials = sorted({t[0] for t in trie})
        cls_chars = "".join(re.escape(c) for c in initials) or "A-Z"
        starts = lazyre.compile(rf"[{cls_chars}]\w*")  # word start checked on hits (a lookbehind is 3x slower)
        opening = set(initials) if initials else {chr(c) for c in range(65, 91)}  # as the class "A-Z"
        return cls(trie, starts, bytes(65 if chr(c) in opening else 97 for c in range(256)))

    def _starts(self, text: str) -> Iterator[re.Match[str]]:
        """``self.starts.finditer(text)``. In ASCII text, the expression is tried only where an initial
        stands (found by one ``bytes.translate`` and a split), not its character class at every character
        (two thirds of what finding mentions cost)."""
        if not text.isascii():
            yield from self.starts.finditer(text)
            return
        match = self.starts.match
        pieces = text.encode("ascii").translate(self.initials).split(b"A")
        at = len(pieces[0])  # each later piece follows an initial, at ``at``
        end = 0  # where the last match ended: the next starts there or after, as finditer's do
        for piece in pieces[1:]:
            if at >= end:
                m = match(text, at)
                if m is not None:
                    end = m.end()
                    yield m
            at += 1 + len(piece)

    def find(self, text: str) -> Iterator[Mention]:
        """Every mention in ``text``, left to right, not overlapping."""
        trie = self.trie
        gap_word = _GAP_WORD.match
        consumed = 0
        for m in self._starts(text):
            start = m.start()
            if start < consumed:
                continue
            tok = m.group()
            node = trie.get(tok)
            if node is None:
                if len(tok) > 4 and tok[-1] == "s":
                    node = trie.get(tok[:-1])
                    if node is None or _END not in node or len(tok) <= 5:
                        continue
                    node = {_END: node[_END]}  # a plural ends the phrase
                else:
                    continue
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # inside a word ('iPhone')
            best: tuple[int, str] | None = (m.end(), node[_END]) if _END in node else None
            pos = m.end()
            while len(node) > (1 if _END in node else 0):
                w = gap_word(text, pos)
                if w is None:
                    break
                word = w.group(1)
                nxt = node.get(word)
                if nxt is None:
                    if len(word) > 4 and word[-1] == "s":
                        last = node.get(word[:-1])
                        if last is not None and _END in last:
                            best = (w.end(), last[_END])
                    break
                node = nxt
                pos = w.end()
                if _END in node:
                    best = (pos, node[_END])
            if best is None:
                continue
            stop, name = best
            if stop < len(text) and text[stop] == "." and stop >= 2 and text[stop - 2] == ".":
                stop += 1  # the closing dot of an abbreviation: 'U.S.', 'U.K.'
            consumed = stop
            yield tuple.__new__(Mention, (name, start, stop, text[start:stop]))  # a Python __new__ skipped


# ----- reading files -------------------------------------------------------------------
