"""Link and translation rules (``L``): language tags and URLs, checked offline.

Language tags are checked in two steps: well-formed by RFC 5646's grammar
(``ar_IQ`` is not), then valid, every subtag registered, by langcodes
(``arabic`` is well-formed but no language). The brief's own ``language``
defaults to ``en``. Two tags are "the same language" when their language and
(likely) script agree and their regions do not differ: ``en`` and ``en-GB``
are the same, ``pt-BR`` and ``pt-PT`` are not, nor ``zh-Hans`` and ``zh-Hant``.

URLs are every ``url`` of ``translations``, ``sources``, ``related`` and
``authors``, and every inline link, autolink and bare URL of the body. Nothing
is fetched: whether a URL answers is not checked here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from brieflint.checks.examples import bad
from brieflint.document.brief import Document
from brieflint.lazyre import lazy
from brieflint.model import Context, Fix, Option, Problem, Rule, rule

JsonPath = tuple[str | int, ...]

# ----- language tags ----------------------------------------------------------------------

# RFC 5646 section 2.1, the ABNF of Language-Tag, as a regular expression
_ALNUM = "[a-z0-9]"
_LANGTAG = (
    r"(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})"  # language, with extlang
    r"(?:-[a-z]{4})?"  # script
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"  # region
    rf"(?:-(?:{_ALNUM}{{5,8}}|[0-9]{_ALNUM}{{3}}))*"  # variants
    rf"(?:-[0-9a-wy-z](?:-{_ALNUM}{{2,8}})+)*"  # extensions
    rf"(?:-x(?:-{_ALNUM}{{1,8}})+)?"  # private use
)
_PRIVATE = rf"x(?:-{_ALNUM}{{1,8}})+"
_GRANDFATHERED = (
    "en-gb-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|"
    "i-tsu|sgn-be-fr|sgn-be-nl|sgn-ch-de|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|"
    "zh-min-nan|zh-xiang"
)
_WELL_FORMED_SOURCE = rf"^(?:{_LANGTAG}|{_PRIVATE}|{_GRANDFATHERED})$"
# matched against the lower-cased tag: IGNORECASE took four times as long to compile
_WELL_FORMED_LOWER = lazy(_WELL_FORMED_SOURCE)


def _well_formed(tag: str) -> bool:
    """``tag`` fits RFC 5646's syntax (case-insensitively)."""
    if tag.isascii():
        return _WELL_FORMED_LOWER.match(tag.lower()) is not None
    # outside ASCII, case-insensitive matching is not the same as lower-casing ("ſ" matches "s")
    return re.match(_WELL_FORMED_SOURCE, tag, re.I) is not None


class TagCheck(NamedTuple):
    """What is wrong with a language tag, if anything, and the tag to write instead."""

    ok: bool
    reason: str = ""
    suggestion: str | None = None
    canonical: str | None = None  # for a valid tag whose registered form differs (iw → he)


# Two-letter language codes that langcodes finds valid and already standard, with no region
# (its verdict on each is TagCheck(True) and its identity (code, script, "")): the common case
# ("ar", "fr") is answered without importing langcodes (≈70 ms of start-up). The table is
# checked against langcodes by tests/test_links.py, so it cannot drift from it.
_STANDARD_LANGUAGES = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()
)


@lru_cache(maxsize=512)
def check_tag(tag: str) -> TagCheck:
    """Well-formed (RFC 5646) and valid (registered subtags, via langcodes)."""
    if tag in _STANDARD_LANGUAGES:
        return TagCheck(True)
    import langcodes

    if not _well_formed(tag):
        reason = "is not a well-formed BCP 47 language tag"
        if "_" in tag:
            reason += " (subtags are joined by '-', not '_')"
        elif " " in tag.strip():
            reason += " (it contains a blank)"
        return TagCheck(False, reason, _suggest_tag(tag))
    if not langcodes.tag_is_valid(tag):
        return TagCheck(False, "is not a valid BCP 47 language tag (a subtag is not registered)", _suggest_tag(tag))
    try:
        standard = langcodes.standardize_tag(tag)
    except (ValueError, LookupError):
        return TagCheck(True)
    if _core(standard) != _core(tag):
        return TagCheck(True, canonical=standard)
    return TagCheck(True)


def _core(tag: str) -> tuple[str, str]:
    """Language and region subtags, lower-cased: what a deprecated or overlong tag changes."""
    import langcodes

    try:
        lang = langcodes.Language.get(tag, normalize=False)
    except (ValueError, LookupError):
        return (tag.lower(), "")
    return ((lang.language or "").lower(), (lang.territory or "").lower())


def _suggest_tag(tag: str) -> str | None:
    """A valid tag the writer probably meant: ``ar_IQ`` → ``ar-IQ``, ``arabic`` → ``ar``."""
    import langcodes

    candidate = tag.strip().replace("_", "-").replace(" ", "-")
    if candidate != tag and _well_formed(candidate) and langcodes.tag_is_valid(candidate):
        try:
            return str(langcodes.standardize_tag(candidate))
        except (ValueError, LookupError):
            return candidate
    try:
        import pycountry

        found = pycountry.languages.lookup(tag.strip())
    except (LookupError, ImportError):
        return None
    code = getattr(found, "alpha_2", None) or getattr(found, "alpha_3", None)
    if code and langcodes.tag_is_valid(code):
        return str(langcodes.standardize_tag(code))
    return None


@lru_cache(maxsize=512)
def _identity(tag: str) -> tuple[str, str, str] | None:
    """(language, likely script, region or '') of a valid tag."""
    import langcodes

    try:
        lang = langcodes.Language.get(langcodes.standardize_tag(tag))
        full = lang.maximize()
    except (ValueError, LookupError):
        return None
    return (lang.language or "", full.script or "", lang.territory or "")


def same_language(a: str, b: str) -> bool:
    """Whether two valid tags name the same language (regions may be absent on one side)."""
    if a in _STANDARD_LANGUAGES and b in _STANDARD_LANGUAGES:
        return a == b  # (code, script, "") each: the same exactly when the codes are
    x, y = _identity(a), _identity(b)
    if x is None or y is None:
        return False
    if x[:2] != y[:2]:
        return False
    return not (x[2] and y[2] and x[2] != y[2])


# ----- URLs ----------------------------------------------------------------------------------

_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def _host_label_ok(label: str) -> bool:
    """1 to 63 letters, digits, ``_``, ``-`` or characters U+00A1–U+FFFF, not starting or ending with ``-``.

    (The same test as ``^(?!-)[a-z0-9_\\-\\u00a1-\\uffff]{1,63}(?<!-)$`` with IGNORECASE, which took
    12 ms to compile; tests/test_links.py compares the two on every code point.)
    """
    return (
        0 < len(label) <= 63
        and label[0] != "-"
        and label[-1] != "-"
        and all(c in _HOST_CHARS or "\u00a1" <= c <= "\uffff" for c in label)
    )


_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_BAD_CHARS = re.compile(r"[\s<>\"{}|\\^`\x00-\x1f\x7f]")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


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
        from brieflint.checks.schema import display
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

    return doc.memo("links.urls", build)  # type: ignore[no-any-return]


# ----- helpers ------------------------------------------------------------------------------------


def _at(
    doc: Document, path: JsonPath, message: str, fix: Fix | None = None, data: dict[str, Any] | None = None
) -> Problem:
    line, col, end_line, end_col = doc.span(path)
    return Problem(line, col, message, end_line=end_line, end_column=end_col, fix=fix, data=data)


def _language_values(doc: Document) -> Iterator[tuple[JsonPath, str]]:
    data = doc.data or {}
    if isinstance(data.get("language"), str):
        yield ("language",), data["language"]
    items = data.get("translations")
    if isinstance(items, list):
        for i, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("language"), str):
                yield ("translations", i, "language"), item["language"]


def _brief_language(doc: Document) -> str:
    value = (doc.data or {}).get("language")
    return value if isinstance(value, str) else "en"


def _translations(doc: Document) -> Iterator[tuple[int, str]]:
    items = (doc.data or {}).get("translations")
    if isinstance(items, list):
        for i, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("language"), str) and check_tag(item["language"]).ok:
                yield i, item["language"]


def _fix(doc: Document, path: JsonPath, new: str) -> Fix | None:
    from brieflint.checks.taxonomy.rules import scalar_fix

    return scalar_fix(doc, path, new)


# ----- the rules ------------------------------------------------------------------------------------

_GOOD = bad(
    "regions: [Morocco]\n",
    """regions: [Morocco]
translations:
  - language: ar
    url: https://example.org/ar/morocco-water-tariffs
  - language: fr
    url: https://example.org/fr/morocco-water-tariffs
sources:
  - id: law-83-21
    title: Law 83-21 on regional multiservice companies
    url: https://example.org/law-83-21
""",
)
_GOOD = bad(
    "Morocco's parliament passed a law to move water distribution to regional companies.\n",
    "Morocco's parliament passed [Law 83-21](https://example.org/law-83-21-text) [@law-83-21]\n"
    "to move water distribution to regional companies.\n",
    _GOOD,
)


def _bad(old: str, new: str) -> str:
    return bad(old, new, _GOOD)


@rule(
    "L101",
    "invalid-language-tag",
    "error",
    fixable=True,
    bad=_bad("  - language: ar\n", "  - language: arabic\n"),
    good=_GOOD,
)
def invalid_language_tag(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A language tag (the brief's or a translation's) is not a valid BCP 47 tag.

    What it does
    Checks `language` and each `translations[].language`: first that the tag is
    well-formed by the grammar of BCP 47 (RFC 5646), then, with langcodes, that
    each subtag is registered. Suggests the tag meant where it can tell
    (`ar_IQ` → `ar-IQ`, `arabic` → `ar`) and carries it as a fix.

    Why is this bad?
    Browsers, search engines (`hreflang`) and screen readers read these tags;
    an invalid one is ignored, so the translation is not offered to readers of
    that language and text is read out with the wrong voice.

    Example
    ```yaml
    translations:
      - language: arabic     # not a valid BCP 47 tag; did you mean 'ar'?
    ```
    Write the tag: `language: ar`.
    """
    for path, value in _language_values(doc):
        result = check_tag(value)
        if result.ok:
            continue
        message = f"language '{value}' {result.reason}"
        fix = None
        if result.suggestion:
            message += f"; did you mean '{result.suggestion}'?"
            fix = _fix(doc, path, result.suggestion)
        else:
            message += "; use a tag such as en, ar, fr or fa-IR"
        yield _at(doc, path, message, fix, data={"suggestion": result.suggestion})


@rule(
    "L102",
    "translation-in-own-language",
    "error",
    bad=_bad("  - language: ar\n", "  - language: en\n"),
    good=_GOOD,
)
def translation_in_own_language(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A translation is in the brief's own language.

    What it does
    Compares each translation's language with the brief's `language` (`en`
    when the key is absent). The same language with a region on one side only
    counts as the same (`en` and `en-GB`); two different regions do not
    (`pt-BR` and `pt-PT`), nor two scripts (`sr-Latn` and `sr-Cyrl`).

    Why is this bad?
    A "translation" into the language the brief is written in is usually a
    wrong tag on a real translation (`en` for `ar`), so the real one is never
    offered to its readers.

    Example
    ```yaml
    language: en
    translations:
      - language: en     # the brief itself is in 'en'
    ```
    Correct the tag, or remove the entry.
    """
    own = _brief_language(doc)
    if not check_tag(own).ok:
        return
    for i, lang in _translations(doc):
        if same_language(own, lang):
            yield _at(
                doc,
                ("translations", i, "language"),
                f"translation {i + 1} is in '{lang}', the brief's own language ('{own}'); "
                "correct the tag or remove the entry",
            )


@rule(
    "L103",
    "duplicate-translation-language",
    "error",
    bad=_bad("  - language: fr\n", "  - language: ar\n"),
    good=_GOOD,
)
def duplicate_translation_language(doc: Document, ctx: Context) -> Iterator[Problem]:
    """Two translations are in the same language.

    What it does
    Reports a translation whose language is the same as an earlier one's
    (`ar` twice, or `ar` and `ar-EG`; `pt-BR` and `pt-PT` are different).

    Why is this bad?
    A site shows one link per language: one of the two URLs is never shown,
    and often one of them is a copy-and-paste mistake for another language.

    Example
    ```yaml
    translations:
      - {language: ar, url: https://example.org/ar/brief}
      - {language: ar, url: https://example.org/fr/brief}     # 'ar' again
    ```
    Correct the language of one of them, or remove it.
    """
    earlier: list[tuple[int, str]] = []
    for i, lang in _translations(doc):
        for j, prev in earlier:
            if same_language(prev, lang):
                yield _at(
                    doc,
                    ("translations", i, "language"),
                    f"translation {i + 1} ('{lang}') is in the same language as translation {j + 1} ('{prev}'); "
                    "correct one language or remove the duplicate",
                )
                break
        earlier.append((i, lang))


def _is_uri(value: str) -> bool:
    """What the schema's ``format: uri`` accepts (an absolute RFC 3986 URI)."""
    from rfc3986_validator import validate_rfc3986

    return bool(validate_rfc3986(value, rule="URI"))


@rule(
    "L104",
    "bad-url",
    "error",
    options=[Option("schemes", list, ["https", "http"], "the URL schemes allowed (http: still gets L105)")],
    bad=_bad("    url: https://example.org/law-83-21\n", "    url: ftp://example.org/law-83-21\n"),
    good=_GOOD,
)
def bad_url(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A URL is malformed, relative, or not a web (http or https) address.

    What it does
    Checks every `url` of `translations`, `sources`, `related` and `authors`,
    and every inline link, autolink and bare URL in the summary and body:
    an absolute URL with an allowed scheme (`schemes`, by default https and
    http), a real host name, no blanks or characters that must be escaped.
    Links to a heading of the brief itself (`#section`) are not URLs and are
    not checked. Nothing is fetched. A front-matter URL that is not a URL at
    all is left to the schema's `S103` when the shipped schema checks it, so
    one mistake gets one finding.

    Why is this bad?
    A relative link breaks as soon as the brief is syndicated or emailed; an
    `ftp:` or `file:` address does not open in readers' browsers; a typo in the
    host is a dead link on publication.

    Example
    ```yaml
    sources:
      - id: law
        title: Law 83-21
        url: ftp://example.org/law-83-21     # uses the 'ftp:' scheme
    ```
    Link to the https:// page of the document.
    """
    schemes = tuple(str(s).lower().rstrip(":") for s in ctx.options.get("schemes", ["https", "http"]))
    # the shipped schema checks front-matter URLs with `format: uri` (S103): one finding per problem
    schema_checks = ctx.settings is not None and ctx.settings.schema is None and "S103" in ctx.settings.enabled
    for u in urls(doc):
        why = url_problem(u.url, schemes)
        if why and u.in_front_matter and schema_checks and not _is_uri(u.url):
            continue
        if why:
            shown = u.url if len(u.url) <= 60 else u.url[:59] + "…"
            yield Problem(
                u.line,
                u.column,
                f"{u.field} '{shown}' {why}",
                end_line=u.end_line,
                end_column=u.end_column,
            )


@rule(
    "L105",
    "insecure-url",
    "warning",
    bad=_bad("    url: https://example.org/law-83-21\n", "    url: http://example.org/law-83-21\n"),
    good=_GOOD,
)
def insecure_url(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A URL uses `http:` where `https:` is expected.

    What it does
    Reports every URL of the front matter and the body that starts with
    `http://`. It does not rewrite it: whether the site serves the same page
    over https is for a person (or a link checker) to confirm.

    Why is this bad?
    Browsers mark plain-http pages as not secure or upgrade them, and a
    plain-http link can be altered in transit; most sites serve https today.

    Example
    ```yaml
        url: http://example.org/law-83-21     # use https://
    ```
    Write `https://` after checking that the page opens.
    """
    for u in urls(doc):
        if u.url[:7].lower() == "http://" and url_problem(u.url) is None:
            yield Problem(
                u.line,
                u.column,
                f"{u.field} uses http:, not https:; check that https://{u.url[7:]} opens and write that",
                end_line=u.end_line,
                end_column=u.end_column,
            )


@rule(
    "L106",
    "duplicate-source-url",
    "warning",
    bad=_bad(
        "    url: https://example.org/law-83-21\n",
        "    url: https://example.org/law-83-21\n  - id: law-text\n    title: The text of the law\n    url: https://example.org/law-83-21/\n",
    ),
    good=_GOOD,
)
def duplicate_source_url(doc: Document, ctx: Context) -> Iterator[Problem]:
    """Two sources have the same URL.

    What it does
    Compares the `url` of every source with the earlier ones, ignoring the
    scheme (http or https), `www.`, a trailing slash, a default port and a
    `#fragment`.

    Why is this bad?
    Two source entries for one document split its citations, and usually one
    of them was meant to point somewhere else.

    Example
    ```yaml
    sources:
      - {id: law, title: Law 83-21, url: https://example.org/law-83-21}
      - {id: law-text, title: Text of the law, url: https://example.org/law-83-21/}
    ```
    Merge the two sources, or correct the URL of one.
    """
    items = (doc.data or {}).get("sources")
    if not isinstance(items, list):
        return
    seen: dict[str, tuple[int, Any]] = {}
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("url"), str) or not item["url"].strip():
            continue
        key = normalise_url(item["url"])
        if key in seen:
            j, other = seen[key]
            this = f"'{item['id']}'" if isinstance(item.get("id"), str) else f"{i + 1}"
            that = f"'{other}'" if isinstance(other, str) else f"{j + 1}"
            yield _at(
                doc,
                ("sources", i, "url"),
                f"source {this} has the same URL as source {that}; merge them or correct one URL",
            )
        else:
            seen[key] = (i, item.get("id"))


@rule(
    "L107",
    "non-canonical-language-tag",
    "warning",
    fixable=True,
    bad=_bad("  - language: ar\n", "  - language: ara\n"),
    good=_GOOD,
)
def non_canonical_language_tag(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A language tag is valid but not in its registered form (deprecated or overlong).

    What it does
    Reports a tag that langcodes accepts but that the IANA registry replaces:
    a deprecated code (`iw` → `he`, `in` → `id`), a three-letter code where a
    two-letter one exists (`ara` → `ar`), a region written with a retired code
    (`en-UK` → `en-GB`). The finding carries the registered form as a fix.

    Why is this bad?
    Consumers that compare tags (`hreflang`, content negotiation, translation
    memories) treat `iw` and `he` as different languages.

    Example
    ```yaml
    translations:
      - language: ara     # write 'ar'
    ```
    Write the registered form (`brieflint check --fix` does it).
    """
    for path, value in _language_values(doc):
        result = check_tag(value)
        if result.ok and result.canonical:
            yield _at(
                doc,
                path,
                f"language '{value}' is not the registered form of this tag; write '{result.canonical}'",
                _fix(doc, path, result.canonical),
                data={"canonical": result.canonical},
            )


RULES: tuple[Rule, ...] = (
    invalid_language_tag,
    non_canonical_language_tag,
    translation_in_own_language,
    duplicate_translation_language,
    bad_url,
    insecure_url,
    duplicate_source_url,
)
