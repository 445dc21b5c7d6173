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

    def _walk(self, i: int, opener: str, closer: str, ends: dict[int, int], *, code: bool) -> None:
        """Pair every ``opener`` from ``i`` to ``hi`` with its ``closer`` in ``ends`` (-1: none), in one
        pass with a stack; backslash escapes are skipped, and code spans too when ``code``."""
        s, hi = self.s, self.hi
        stack: list[int] = []
        j = i
        while j < hi:
            ch = s[j]
            if ch == "\\":
                j += 2
                continue
            if code and ch == "`":
                run = 1
                while j + run < hi and s[j + run] == "`":
                    run += 1
                end = s.find("`" * run, j + run)
                j = (end + run) if end != -1 else j + run
                continue
            if ch == opener:
                stack.append(j)
            elif ch == closer and stack:
                ends[stack.pop()] = j
            j += 1
        for k in stack:
            ends[k] = -1

    def end(self, i: int) -> tuple[int, int, str] | None:
        s, hi = self.s, self.hi
        if i not in self._close:
            self._walk(i, "[", "]", self._close, code=True)
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
                self._walk(k, "(", ")", self._paren, code=False)
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
