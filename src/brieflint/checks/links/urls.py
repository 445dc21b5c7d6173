"""The brief's URLs (front matter and body) and what is wrong with one, offline."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from brieflint import lazyre
from brieflint.document.brief import Document
from brieflint.document.yamledit import display
from brieflint.records import NamedTuple

_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def _host_label_ok(label: str) -> bool:
    """1 to 63 letters, digits, ``_``, ``-`` or characters U+00A1–U+FFFF, not starting or ending with ``-``.

    (The same test as ``^(?!-)[a-z0-9_\\-\\u00a1-\\uffff]{1,63}(?<!-)$`` with IGNORECASE, which took
    12 ms to compile; tests/checks/links/test_links.py compares the two on every code point.)
    """
    return (
        0 < len(label) <= 63
        and label[0] != "-"
        and label[-1] != "-"
        and all(c in _HOST_CHARS or "\u00a1" <= c <= "\uffff" for c in label)
    )


_IPV4 = lazyre.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
# characters that break a link as written: a blank or a control ends or corrupts it, and <, > and " end it in
# Markdown and HTML; a backslash is read as a slash by browsers (another address). Not here: | ^ ` { }, which
# RFC 3986 does not allow either but which every browser sends as they are or percent-encodes itself (the WHATWG
# URL standard), so the link works: `article.asp?total_id=1|2` (issue 19's precision sweep; an error must be certain)
_BAD_CHARS = lazyre.compile(r"[\s<>\"\\\x00-\x1f\x7f]")
_BAD_PERCENT = lazyre.compile(r"%(?![0-9A-Fa-f]{2})")


def url_problem(url: str, schemes: tuple[str, ...] = ("https", "http")) -> str | None:
    """Why ``url`` is not a usable absolute web address (None when it is)."""
    if not url.strip():
        return "is empty"
    bad = _BAD_CHARS.search(url)
    if bad:
        what = "a blank" if bad.group().isspace() else f"the character {bad.group()!r}"
        return f"contains {what}; percent-encode it or correct the URL"
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"is malformed ({exc})"
    scheme = parts.scheme.lower()
    if not scheme:
        if url.startswith("//"):
            return "has no scheme (a protocol-relative URL); start it with https://"
        if url.startswith(("www.", "WWW.")) or re.match(r"^[\w\-]+(\.[\w\-]+)+(/|$)", url):
            return "has no scheme; start it with https://"
        return (
            "is not an absolute URL (a relative link breaks wherever the brief is republished); "
            "write the full https:// address"
        )
    if scheme not in schemes:
        allowed = " or ".join(f"{s}:" for s in schemes)
        return f"uses the '{scheme}:' scheme; only {allowed} links are allowed"
    if scheme not in ("http", "https"):
        return None  # a scheme the configuration allows (mailto:, tel:): no host to check
    if not parts.netloc or parts.hostname is None:
        return "has no host name (check the slashes after the scheme)"
    try:
        _ = parts.port
    except ValueError:
        return "has an invalid port number"
    host = parts.hostname
    if host.startswith("[") or ":" in host:
        return None  # an IPv6 literal; urlsplit has checked the brackets
    if _IPV4.match(host):
        if any(int(p) > 255 for p in host.split(".")):
            return f"has an invalid IP address '{host}'"
        return None
    labels = host.rstrip(".").split(".")
    if any(not _host_label_ok(label) for label in labels):
        return f"has an invalid host name '{host}'"
    if host != "localhost" and (len(labels) < 2 or labels[-1].isdigit()):
        return f"has a host name without a domain ('{host}')"
    if _BAD_PERCENT.search(url):
        return "has a '%' that does not start a percent-escape (%XX)"
    return None


def normalise_url(url: str) -> str:
    """For comparing URLs: scheme-blind, host lower-cased, no default port, fragment or trailing slash."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url.strip()
    if host.startswith("www."):
        host = host[4:]
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = parts.path.rstrip("/") or ""
    return f"{netloc}{path}" + (f"?{parts.query}" if parts.query else "")


class Url(NamedTuple):
    """A URL of the brief and where it stands: a front-matter path, or a span of body text."""

    url: str
    field: str  # "translations[0].url", "link in the body"
    line: int
    column: int
    end_line: int | None
    end_column: int | None
    in_front_matter: bool = False


def urls(doc: Document) -> tuple[Url, ...]:
    """Every URL of the front matter and the body (memoised per document)."""

    def build() -> tuple[Url, ...]:
        from brieflint.document import prose as text

        data = doc.data or {}
        out: list[Url] = []
        for key in ("translations", "sources", "related", "authors"):
            items = data.get(key)
            if not isinstance(items, list):
                continue
            for i, item in enumerate(items):
                if isinstance(item, dict) and isinstance(item.get("url"), str):
                    path = (key, i, "url")
                    line, col, end_line, end_col = doc.span(path)
                    out.append(Url(item["url"], display(path), line, col, end_line, end_col, True))
        for p in text.paragraphs(doc, scopes=("summary", "body")):
            markup = p.markup
            for c in p.citations:
                if c.kind != "link" or not c.target or c.target.startswith("#"):
                    continue
                at = markup.value.find(c.target, c.start, c.end)
                if at == -1:
                    line, col = markup.locate(c.start)
                    end_line, end_col = markup.locate_end(c.end)
                else:
                    line, col = markup.locate(at)
                    end_line, end_col = markup.locate_end(at + len(c.target))
                where = "the summary" if p.scope == "summary" else "the body"
                out.append(Url(c.target, f"link in {where}", line, col, end_line, end_col))
        return tuple(out)

    return doc.memo("links.urls", build)
