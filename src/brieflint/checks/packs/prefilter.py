"""The literal prefilter: strings every match of a pattern must contain, so most paragraphs are never scanned.

Most patterns of a pack never match most paragraphs, and calling the regex engine once
per pattern and paragraph costs more than the scan itself. Each pattern is therefore read
once for the literal strings every match of it must contain (an AND of ORs: "\\bZarif\\b|\\bZareef\\b"
needs "Zarif" or "Zareef"); a paragraph that lacks them is not scanned. The reading is
conservative: anything it does not fully understand (inline flags, conditionals, fuzzy
matching, escapes it does not know) gives no literal, and the pattern runs everywhere.
"""

from __future__ import annotations

from typing import Any

from brieflint.checks.packs.spec import MASK

Clauses = tuple[tuple[str, ...], ...]  # every clause must hold; a clause holds when one of its strings is present


class _NoLiterals(Exception):
    pass


def required_literals(source: str, ignore_case: bool = False) -> Clauses:
    """Strings every match of ``source`` contains, as an AND of ORs; ``()`` when nothing is known.

    With ``ignore_case`` only ASCII characters are kept and the strings are
    lower-cased: look for them in :func:`fold_for_literals` of the text (every
    character the ``regex`` package matches to an ASCII character, ignoring
    case, becomes that character there; tests/test_performance.py checks all).
    """
    if MASK in source:
        return ()
    try:
        alts, end = _literal_alternatives(source, 0, ignore_case)
    except (_NoLiterals, IndexError, ValueError):
        return ()
    if end != len(source):
        return ()
    return _either(alts)


def _either(alts: list[list[tuple[str, ...]]]) -> Clauses:
    """The clauses of an alternation: one alternative's clauses, or one OR clause of the best string of each."""
    if len(alts) == 1:
        return tuple(alts[0])
    pooled: list[str] = []
    for clauses in alts:
        if not clauses:
            return ()
        best = max(clauses, key=lambda c: min(len(s) for s in c))
        pooled.extend(best)
    return (tuple(dict.fromkeys(pooled)),)


def _literal_alternatives(s: str, i: int, ignore_case: bool) -> tuple[list[list[tuple[str, ...]]], int]:
    alts: list[list[tuple[str, ...]]] = []
    clauses: list[tuple[str, ...]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            clauses.append(("".join(run),))
            run.clear()

    while i < len(s) and s[i] != ")":
        if s[i] == "|":
            flush()
            alts.append(clauses)
            clauses = []
            i += 1
            continue
        kind, value, i = _literal_atom(s, i, ignore_case)
        lo, i = _literal_quantifier(s, i)
        if kind == "char":
            if ignore_case:
                if not value.isascii():
                    flush()
                    continue
                value = value.lower()
            if lo is None:
                run.append(value)
            else:
                run.extend([value] * lo)
                flush()
        elif kind == "zero":
            if lo is not None:
                raise _NoLiterals
            flush()
        elif kind == "group":
            flush()
            if lo is None or lo >= 1:
                clauses.extend(value)
        else:
            flush()
    flush()
    alts.append(clauses)
    return alts, i


def _literal_atom(s: str, i: int, ignore_case: bool) -> tuple[str, Any, int]:
    """One atom at ``s[i]``: ("char", c), ("zero", None) for an assertion, ("group", clauses) or ("any", None)."""
    c = s[i]
    if c == "\\":
        n = s[i + 1]
        if n in "bBAZzGmM":
            return "zero", None, i + 2
        if n.isdigit():
            j = i + 1
            while j < len(s) and j < i + 4 and s[j].isdigit():
                j += 1
            return "any", None, j
        if n in "pPNxgLuU" and s[i + 2 : i + 3] in ("{", "<"):
            close = "}" if s[i + 2] == "{" else ">"
            j = s.index(close, i + 3)
            return "any", None, j + 1
        if n in "pP":
            return "any", None, i + 3
        if n == "x":
            return "any", None, i + 4
        if n == "u":
            return "any", None, i + 6
        if n == "U":
            return "any", None, i + 10
        if n.isascii() and n.isalpha() and n in "wWsSdDntrfvaeXh":
            return "any", None, i + 2
        if n.isalnum() or n == "_":
            raise _NoLiterals  # an escape this reading does not know (\K, \Q …)
        return "char", n, i + 2
    if c == "[":
        j = i + 1
        negated = s[j] == "^"
        if negated:
            j += 1
        first = j
        if s[j] == "]":
            j += 1
        while s[j] != "]":
            if s[j] == "\\":
                j += 2
            elif s[j] == "[":
                if s[j + 1] in ":=.":
                    raise _NoLiterals  # POSIX classes: not worth reading
                raise _NoLiterals  # nested sets (V1)
            else:
                j += 1
        inner = s[first:j]
        if not negated and len(inner) == 1 and inner not in "\\^-[]":
            return "char", inner, j + 1
        if not negated and len(inner) == 2 and inner[0] == "\\" and not inner[1].isalnum():
            return "char", inner[1], j + 1
        return "any", None, j + 1
    if c == "(":
        if s.startswith("(?", i):
            if s.startswith(("(?=", "(?!"), i):
                kind, start = "zero", i + 3
            elif s.startswith(("(?<=", "(?<!"), i):
                kind, start = "zero", i + 4
            elif s.startswith(("(?:", "(?>"), i):
                kind, start = "group", i + 3
            elif s.startswith(("(?P<", "(?<"), i):
                kind, start = "group", s.index(">", i) + 1
            else:
                raise _NoLiterals  # inline flags, comments, conditionals, branch resets, recursion
        else:
            kind, start = "group", i + 1
        alts, j = _literal_alternatives(s, start, ignore_case)
        if j >= len(s) or s[j] != ")":
            raise _NoLiterals
        return kind, (_either(alts) if kind == "group" else None), j + 1
    if c == ".":
        return "any", None, i + 1
    if c in "^$":
        return "zero", None, i + 1
    if c in "*+?{}]":
        raise _NoLiterals
    return "char", c, i + 1


def _literal_quantifier(s: str, i: int) -> tuple[int | None, int]:
    """The least count of the quantifier at ``s[i]`` (None: no quantifier) and where it ends."""
    if i >= len(s):
        return None, i
    c = s[i]
    if c in "*?":
        lo, i = 0, i + 1
    elif c == "+":
        lo, i = 1, i + 1
    elif c == "{":
        j = s.index("}", i)
        body = s[i + 1 : j]
        low, _, high = body.partition(",")
        if not (low.isdigit() or low == "") or not (high.isdigit() or high == "") or not (low or high):
            raise _NoLiterals  # fuzzy matching ({e<=1}) or a literal brace
        lo, i = int(low or 0), j + 1
    else:
        return None, i
    if i < len(s) and s[i] in "?+":
        i += 1
    return lo, i


def fold_for_literals(text: str) -> str:
    """``text`` as the literals of a case-ignoring pattern are looked for in it.

    Case folding, plus what the ``regex`` package matches to an ASCII letter
    without folding to it: the dotless "ı" (matched by "I") and the dotted "İ"
    (matched by "i", folded to "i" and a combining dot).
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = folded.replace("ı", "i").replace("i\u0307", "i")
    return folded


def may_match(clauses: Clauses, haystack: str) -> bool:
    for clause in clauses:
        for s in clause:
            if s in haystack:
                break
        else:
            return False
    return True
