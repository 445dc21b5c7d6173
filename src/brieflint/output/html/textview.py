"""The file as written, line by line, with marks laid over it: HTML that only ever holds escaped text.

A :class:`Mark` covers file offsets ``start:end`` (a sentence, a quote, a citation,
a finding's span) and gives the text there CSS classes, a tooltip, and for a
citation a link. A :class:`Point` is a piece of markup put in at an offset (a
finding's marker). Marks may overlap and cross each other and line ends: the
text is cut at every boundary and each piece is one flat element with the
classes of the marks over it, so the markup is always well nested.

Every piece of the brief's text goes through :func:`html.escape` (quotes too); class
names, links and titles are made here from fixed strings, escaped values and
``#`` fragments (a citation's outside link only when it is ``http(s)``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from markupsafe import Markup

from brieflint.records import NamedTuple


class Mark(NamedTuple):
    start: int
    end: int
    cls: str
    title: str = ""
    href: str = ""


class Point(NamedTuple):
    at: int
    html: Markup


def safe_href(url: object) -> str:
    """``url`` when it is an ``http``/``https`` URL without spaces or controls; otherwise ``""`` (no link)."""
    if not isinstance(url, str):
        return ""
    u = url.strip()
    low = u.lower()
    if not (low.startswith("https://") or low.startswith("http://")) or len(u) > 2000:
        return ""
    if any(c.isspace() or ord(c) < 32 or c in "<>\"'`\\" for c in u):
        return ""
    return u


def render_lines(text: str, line_starts: Sequence[int], marks: Iterable[Mark], points: Iterable[Point]) -> list[str]:
    """One HTML fragment per line of ``text`` (without its line end), the marks and points laid in.

    The fragments are plain strings of safe HTML (every piece of ``text`` escaped), for speed.
    """
    n = len(text)
    by_start: dict[int, list[Mark]] = {}
    bounds = {0, n, *line_starts}
    for m in marks:
        s, e = max(0, m.start), min(n, m.end)
        if s >= e:
            continue
        by_start.setdefault(s, []).append(m._replace(start=s, end=e))
        bounds.add(s)
        bounds.add(e)
    at_point: dict[int, list[str]] = {}
    for p in points:
        at = min(max(0, p.at), n)
        at_point.setdefault(at, []).append(p.html)
        bounds.add(at)
    ordered = sorted(b for b in bounds if 0 <= b <= n)
    lines: list[str] = []
    current: list[str] = []
    active: list[Mark] = []
    for i, a in enumerate(ordered):
        b = ordered[i + 1] if i + 1 < len(ordered) else n
        if active:
            active = [m for m in active if m.end > a]
        started = by_start.get(a)
        if started:
            active.extend(started)
        pts = at_point.get(a)
        if pts:
            current.extend(pts)
        if b <= a:
            continue
        piece = text[a:b]
        newline = piece.endswith("\n")
        if newline:
            piece = piece[:-1].rstrip("\r")
        if piece:
            current.append(_piece(piece, active))
        if newline:
            lines.append("".join(current))
            current = []
    if current or not text.endswith("\n"):
        lines.append("".join(current))
    return lines


def _piece(piece: str, active: Sequence[Mark]) -> str:
    escaped = escape(piece.replace("\t", "    "))
    if not active:
        return escaped
    classes = " ".join(dict.fromkeys(c for m in active for c in m.cls.split()))
    title = next((m.title for m in reversed(active) if m.title), "")
    href = next((m.href for m in active if m.href), "")
    attrs = f' class="{escape(classes)}"'
    if title:
        attrs += f' title="{escape(title)}"'
    if href:
        return f'<a href="{escape(href)}"{attrs}>{escaped}</a>'
    return f"<span{attrs}>{escaped}</span>"
