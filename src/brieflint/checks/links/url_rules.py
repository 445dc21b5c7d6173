"""L104–L106: URLs malformed, insecure, or repeated among the sources."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from brieflint import lazyre
from brieflint.checks.links.examples import GOOD
from brieflint.checks.links.examples import with_mistake as _bad
from brieflint.checks.links.options import OPTIONS
from brieflint.checks.links.urls import normalise_url, url_problem, urls
from brieflint.document.brief import Document
from brieflint.document.yamledit import problem_at
from brieflint.model import Context, Problem, rule

# a mailto: link with one well-formed address (and perhaps ?subject=…): it opens the reader's mail
_MAILTO = lazyre.compile(r"^mailto:[^@\s/:?]+@[^@\s/:?]+\.[A-Za-z]{2,}(?:\?\S*)?$", re.IGNORECASE)


def _is_uri(value: str) -> bool:
    """What the schema's ``format: uri`` accepts (an absolute RFC 3986 URI)."""
    from rfc3986_validator import validate_rfc3986

    return bool(validate_rfc3986(value, rule="URI"))


@rule(
    "L104",
    "bad-url",
    "error",
    options=OPTIONS.pick("schemes"),
    bad=_bad("    url: https://example.org/law-83-21\n", "    url: ftp://example.org/law-83-21\n"),
    good=GOOD,
)
def bad_url(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A URL is malformed, relative, or not a web (http or https) address.

    What it does
    Checks every `url` of `translations`, `sources`, `related` and `authors`,
    and every inline link, autolink and bare URL in the summary and body:
    an absolute URL with an allowed scheme (`schemes`, by default https and
    http), a real host name, no blanks or characters that must be escaped.
    Links to a heading of the brief itself (`#section`) are not URLs and are
    not checked; a `mailto:` link in the text with one well-formed address
    works in every reader's browser and is accepted. Nothing is fetched. A front-matter URL that is not a URL at
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
    schemes = tuple(s.lower().rstrip(":") for s in OPTIONS.strings(ctx, "schemes"))
    # the shipped schema checks front-matter URLs with `format: uri` (S103): one finding per problem
    schema_checks = ctx.settings is not None and ctx.settings.schema is None and "S103" in ctx.settings.enabled
    for u in urls(doc):
        why = url_problem(u.url, schemes)
        if why and u.in_front_matter and schema_checks and not _is_uri(u.url):
            continue
        if why and not u.in_front_matter and "mailto" not in schemes and _MAILTO.match(u.url):
            continue  # a working link to an address in the text ("please contact NEA-Press@state.gov")
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
    options=OPTIONS.pick("insecure-since"),
    bad=_bad("    url: https://example.org/law-83-21\n", "    url: http://example.org/law-83-21\n"),
    good=GOOD,
)
def insecure_url(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A URL uses `http:` where `https:` is expected.

    What it does
    Reports every URL of the front matter and the body that starts with
    `http://`. It does not rewrite it: whether the site serves the same page
    over https is for a person (or a link checker) to confirm. A brief
    published (or last `updated`) before `insecure-since` (default
    2018-07-24, when Chrome began marking every http page "Not secure" and
    https became the web's norm) is not checked: an archived piece links the
    web of its day, and its links are not an editing matter.

    Why is this bad?
    Browsers mark plain-http pages as not secure or upgrade them, and a
    plain-http link can be altered in transit; most sites serve https today.

    Example
    ```yaml
        url: http://example.org/law-83-21     # use https://
    ```
    Write `https://` after checking that the page opens.
    """
    data = doc.data or {}
    written = max((str(data.get(k)) for k in ("date", "updated") if data.get(k) is not None), default="")
    if written and written < str(OPTIONS.value(ctx, "insecure-since")):
        return  # an archived piece: it links the web of its day
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
    good=GOOD,
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
            yield problem_at(
                doc,
                ("sources", i, "url"),
                f"source {this} has the same URL as source {that}; merge them or correct one URL",
            )
        else:
            seen[key] = (i, item.get("id"))
