"""Where an inline link ends, for every ``[`` of a span in one pass (linear, issue 21).

Scanning from each ``[`` to the end of the paragraph was quadratic (``[a](`` x
8,000 took minutes). The scan is a deterministic walk over tokens (an escape
is two characters, a code span one token), so the walk from a token is a
suffix of the walk from any earlier token boundary: one walk with a stack
matches every ``[`` (and ``(``) it meets, and later questions are answered from
it. A ``[`` the walk stepped over (inside a code span it skipped) starts a walk
of its own.
"""

from __future__ import annotations


class LinkEnds:
    """``end(i)`` for the ``[`` at ``i`` of ``s[:hi]``: (its ``]``, the end of the link, the destination) or None."""

    def __init__(self, s: str, hi: int) -> None:
        self.s = s
        self.hi = hi
        self._close: dict[int, int] = {}  # "[" -> its "]" (-1: none before hi)
        self._paren: dict[int, int] = {}  # "(" -> its ")" (-1: none before hi)

    def _walk_brackets(self, i: int) -> None:
        s, hi, close = self.s, self.hi, self._close
        stack: list[int] = []
        j = i
        while j < hi:
            ch = s[j]
            if ch == "\\":
                j += 2
                continue
            if ch == "`":
                run = 1
                while j + run < hi and s[j + run] == "`":
                    run += 1
                end = s.find("`" * run, j + run)
                j = (end + run) if end != -1 else j + run
                continue
            if ch == "[":
                stack.append(j)
            elif ch == "]" and stack:
                close[stack.pop()] = j
            j += 1
        for k in stack:
            close[k] = -1

    def _walk_parens(self, k: int) -> None:
        s, hi, paren = self.s, self.hi, self._paren
        stack: list[int] = []
        p = k
        while p < hi:
            ch = s[p]
            if ch == "\\":
                p += 2
                continue
            if ch == "(":
                stack.append(p)
            elif ch == ")" and stack:
                paren[stack.pop()] = p
            p += 1
        for q in stack:
            paren[q] = -1

    def end(self, i: int) -> tuple[int, int, str] | None:
        s, hi = self.s, self.hi
        if i not in self._close:
            self._walk_brackets(i)
        close = self._close[i]
        if close == -1:
            return None
        k = close + 1
        if k < hi and s[k] == "(":
            m = k + 1
            while m < hi and s[m] in " \t\n":
                m += 1
            if m < hi and s[m] == "<":
                e = s.find(">", m)
                if e == -1:
                    return None
                dest = s[m + 1 : e]
                e2 = s.find(")", e)
                return (close, e2 + 1, dest) if e2 != -1 else None
            if k not in self._paren:
                self._walk_parens(k)
            p = self._paren[k]
            if p == -1:
                return None
            inner = s[m:p].strip()
            dest = inner.split()[0] if inner else ""
            return close, p + 1, dest
        if k < hi and s[k] == "[":
            e = s.find("]", k)
            if e != -1:
                return close, e + 1, ""
        return None
