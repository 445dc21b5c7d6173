"""Link and translation rules (L): language tags and URLs, located in both forms, offline."""

from __future__ import annotations

import socket

import pytest
from support import BODY, co_author, edited, front

from brieflint.checks.links.languages import check_tag, same_language
from brieflint.checks.links.urls import normalise_url, url_problem
from brieflint.testing import lint

LISTS = """\
translations:
{translations}
sources:
  - id: law
    title: Law 83-21 on regional multiservice companies
    url: {source_url}
  - id: survey
    title: Household Utility Spending Survey 2025
    url: {survey_url}
related:
  - title: An earlier brief
    url: {related_url}"""
CITED = "Morocco's parliament passed a law [@law] [@survey]."
MD = (
    edited(
        ("date: 2026-03-12\n", "date: 2026-03-12\n{language}"),
        co_author("    url: {author_url}\n"),
        ("regions: [Morocco]", "regions: [Morocco]\n" + LISTS),
        (BODY.strip(), CITED),
    )
    + "{body}\n"
)

# the same brief in the YAML form: the front matter's fields, then the body as the one section
YAML = (
    "# form: yaml\n" + front(MD)[4:-4] + f"sections:\n  - heading: null\n    body: |\n      {CITED}\n      {{body}}\n"
)

FORMS = ["md", "yaml"]


def brief(
    form: str = "md",
    *,
    language: str | None = None,
    translations=(("ar", "https://example.org/ar/brief"), ("fr", "https://example.org/fr/brief")),
    author_url="https://example.org/experts/leila",
    source_url="https://example.org/law-83-21",
    survey_url="https://example.org/hcp-survey",
    related_url="https://example.org/earlier",
    body="",
) -> str:
    items = "\n".join(f"  - language: {lang}\n    url: {url}" for lang, url in translations)
    return (MD if form == "md" else YAML).format(
        language=f"language: {language}\n" if language else "",
        translations=items,
        author_url=author_url,
        source_url=source_url,
        survey_url=survey_url,
        related_url=related_url,
        body=body,
    )


def at(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    i = -1
    for _ in range(nth):
        i = text.index(needle, i + 1)
    return text.count("\n", 0, i) + 1, i - (text.rfind("\n", 0, i) + 1) + 1


def found(text: str, code: str, **kw):
    return [f for f in lint(text, select=["L"], **kw) if f.code == code]


@pytest.mark.parametrize("form", FORMS)
def test_clean_brief_has_no_link_findings(form):
    assert lint(brief(form), select=["L"]) == []


# ----- language tags -----------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("tag", "reason", "suggestion"),
    [
        ("arabic", "is not a valid BCP 47 language tag (a subtag is not registered)", "ar"),
        ("ar_IQ", "is not a well-formed BCP 47 language tag (subtags are joined by '-', not '_')", "ar-IQ"),
        ("en--US", "is not a well-formed BCP 47 language tag", None),
        ("zz", "is not a valid BCP 47 language tag (a subtag is not registered)", None),
    ],
)
def test_invalid_translation_language(form, tag, reason, suggestion):
    text = brief(form, translations=(("fr", "https://example.org/fr"), (tag, "https://example.org/x")))
    [f] = found(text, "L101")
    assert (f.line, f.column) == at(text, tag)
    assert (f.end_line, f.end_column) == (f.line, f.column + len(tag))
    assert f.message.startswith(f"language '{tag}' {reason}")
    if suggestion:
        assert f.message.endswith(f"did you mean '{suggestion}'?")
        assert f.fix is not None and (f.fix.old, f.fix.new) == (tag, suggestion)
        assert (f.fix.line, f.fix.column) == (f.line, f.column)
    else:
        assert f.fix is None


def test_invalid_brief_language():
    text = brief(language="english")
    [f] = found(text, "L101")
    assert (f.line, f.column) == at(text, "english")
    assert f.message.endswith("did you mean 'en'?")


@pytest.mark.parametrize(("tag", "canonical"), [("iw", "he"), ("ara", "ar"), ("en-UK", "en-GB"), ("in", "id")])
def test_valid_but_not_registered_form(tag, canonical):
    text = brief(translations=((tag, "https://example.org/x"),))
    [f] = found(text, "L107")
    assert f.message == f"language '{tag}' is not the registered form of this tag; write '{canonical}'"
    assert f.fix is not None and f.fix.new == canonical
    assert found(text, "L101") == []


@pytest.mark.parametrize("tag", ["ar", "AR", "fa-IR", "zh-Hant-TW", "sr-Latn", "es-419", "x-klingon", "de-CH-1996"])
def test_valid_tags(tag):
    assert check_tag(tag).ok and check_tag(tag).canonical is None


@pytest.mark.parametrize("form", FORMS)
def test_translation_in_the_brief_own_language(form):
    text = brief(form, translations=(("ar", "https://example.org/ar"), ("en-GB", "https://example.org/uk")))
    [f] = found(text, "L102")
    assert (f.line, f.column) == at(text, "en-GB")
    assert f.message == (
        "translation 2 is in 'en-GB', the brief's own language ('en'); correct the tag or remove the entry"
    )
    text = brief(form, language="fr", translations=(("fr", "https://example.org/fr"),))
    [f] = found(text, "L102")
    line, col = at(text, "- language: fr")
    assert (f.line, f.column) == (line, col + len("- language: "))
    # another region of the brief's language is a different edition
    assert found(brief(form, language="en-US", translations=(("en-GB", "https://example.org/uk"),)), "L102") == []


@pytest.mark.parametrize("form", FORMS)
def test_duplicate_translation_language(form):
    text = brief(
        form,
        translations=(
            ("ar", "https://example.org/ar"),
            ("fr", "https://example.org/fr"),
            ("ar-EG", "https://example.org/eg"),
        ),
    )
    [f] = found(text, "L103")
    assert (f.line, f.column) == at(text, "ar-EG")
    assert f.message == (
        "translation 3 ('ar-EG') is in the same language as translation 1 ('ar'); "
        "correct one language or remove the duplicate"
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("ar", "ar", True),
        ("ar", "AR", True),
        ("en", "en-GB", True),
        ("pt-BR", "pt-PT", False),
        ("zh-Hans", "zh-Hant", False),
        ("zh", "zh-TW", False),
        ("sr", "sr-Latn", False),
        ("fa", "fa-Arab", True),
        ("ar", "fa", False),
    ],
)
def test_same_language(a, b, same):
    assert same_language(a, b) is same


# ----- URLs --------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("field", "url", "expected"),
    [
        ("source_url", "ftp://example.org/law", "sources[0].url 'ftp://example.org/law' uses the 'ftp:' scheme"),
        ("survey_url", "example.org/survey", "sources[1].url 'example.org/survey' has no scheme"),
        ("related_url", "https://exa_mple..org/x", "related[0].url 'https://exa_mple..org/x' has an invalid host"),
        ("author_url", "https:/example.org/leila", "authors[0].url 'https:/example.org/leila' has no host name"),
    ],
)
def test_bad_urls_in_the_front_matter(form, field, url, expected):
    text = brief(form, **{field: url})
    [f] = found(text, "L104")
    assert (f.line, f.column) == at(text, url)
    assert (f.end_line, f.end_column) == (f.line, f.column + len(url))
    assert f.message.startswith(expected)
    assert str(f.severity) == "error"


def test_bad_translation_url():
    text = brief(translations=(("ar", "/ar/brief"),))
    [f] = found(text, "L104")
    assert (f.line, f.column) == at(text, "/ar/brief")
    assert f.message.startswith("translations[0].url '/ar/brief' is not an absolute URL")


@pytest.mark.parametrize("form", FORMS)
def test_inline_links_in_the_body(form):
    body = "See [the decree](/decrees/12) and <ftp://example.org/data>, [below](#what-to-watch), www.example.org/x."
    text = brief(form, body=body)
    findings = found(text, "L104")
    assert [(f.line, f.column, f.end_column) for f in findings] == [
        (*at(text, "/decrees/12"), at(text, "/decrees/12")[1] + len("/decrees/12")),
        (*at(text, "ftp://example.org/data"), at(text, "ftp://example.org/data")[1] + len("ftp://example.org/data")),
        (*at(text, "www.example.org/x"), at(text, "www.example.org/x")[1] + len("www.example.org/x")),
    ]
    assert findings[0].message.startswith("link in the body '/decrees/12' is not an absolute URL")
    assert "'ftp:' scheme" in findings[1].message
    assert "has no scheme; start it with https://" in findings[2].message


def test_allowed_schemes_option():
    text = brief(body="Get [the archive](ftp://example.org/archive.zip).")
    assert len(found(text, "L104")) == 1
    assert found(text, "L104", config={"links": {"schemes": ["https", "http", "ftp"]}}) == []


@pytest.mark.parametrize("form", FORMS)
def test_http_where_https_is_expected(form):
    text = brief(form, source_url="http://example.org/law-83-21", body="As [reported](http://example.org/news).")
    findings = found(text, "L105")
    assert [(f.line, f.column) for f in findings] == [
        at(text, "http://example.org/law-83-21"),
        at(text, "http://example.org/news"),
    ]
    assert findings[0].message == (
        "sources[0].url uses http:, not https:; check that https://example.org/law-83-21 opens and write that"
    )
    assert str(findings[0].severity) == "warning" and findings[0].fix is None
    assert found(text, "L104") == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "second",
    ["https://example.org/law-83-21", "http://www.Example.org/law-83-21/", "https://example.org:443/law-83-21#p2"],
)
def test_two_sources_with_the_same_url(form, second):
    text = brief(form, survey_url=second)
    [f] = found(text, "L106")
    assert (f.line, f.column) == at(text, second, 2 if second == "https://example.org/law-83-21" else 1)
    assert f.message == "source 'survey' has the same URL as source 'law'; merge them or correct one URL"


def test_different_queries_are_different_urls():
    assert normalise_url("https://example.org/a?id=1") != normalise_url("https://example.org/a?id=2")
    assert found(brief(source_url="https://example.org/a?id=1", survey_url="https://example.org/a?id=2"), "L106") == []


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://example.org/page", None),
        ("https://例え.jp/パス", None),
        ("https://1.2.3.4/x", None),
        ("https://[2001:db8::1]/x", None),
        ("https://example.org/a%20b", None),
        ("http://localhost:8000/", None),
        ("", "is empty"),
        ("https://exa mple.org", "contains a blank"),
        ("https://example.org/<x>", "contains the character '<'"),
        ("https://example.org/a\\b", "contains the character '\\\\'"),
        # browsers send | ^ ` { } as they are or percent-encode them: the link works (issue 19's sweep)
        ("http://news.example.org/article.asp?total_id=7|2", None),
        ("https://example.org/search?q={term}&sort=^date", None),
        ("//example.org/x", "protocol-relative"),
        ("https://example", "without a domain"),
        ("https://example.org:99999/", "invalid port"),
        ("https://999.1.1.1/", "invalid IP address"),
        ("https://[::1/", "malformed"),
        ("https://-bad-.org/", "invalid host name"),
        ("https://example.org/%zz", "percent-escape"),
        ("javascript:alert(1)", "'javascript:' scheme"),
        ("file:///etc/passwd", "'file:' scheme"),
    ],
)
def test_url_problem(url, problem):
    got = url_problem(url)
    if problem is None:
        assert got is None, got
    else:
        assert got is not None and problem in got, got


def test_no_network_access(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("brieflint tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    text = brief(
        translations=(("arabic", "https://example.org/ar"),),
        source_url="http://example.org/x",
        body="[x](https://nonexistent.invalid/y)",
    )
    codes = sorted(f.code for f in lint(text, select=["L"]))
    assert codes == ["L101", "L105"]


def test_a_malformed_front_matter_url_gets_one_finding():
    """The shipped schema reports it (S103); L104 reports it only when S103 is off."""
    from brieflint.testing import lint

    brief = (
        "---\ntitle: A brief with a broken translation link\ntype: brief-analysis\ndate: 2026-03-12\n"
        "authors:\n  - name: Leila Benkirane\n    bio: Leila Benkirane is a fellow who studies utility regulation.\n"
        "summary: Rabat's plan could fund investment if tariffs protect poor households and regulators.\n"
        "topics: [Water & Environment]\nregions: [Morocco]\n"
        "translations:\n  - language: ar\n    url: not a url\n---\n\nMorocco's parliament passed a law.\n"
    )
    both = [(f.code, f.line, f.column) for f in lint(brief) if f.code in ("S103", "L104")]
    assert both == [("S103", 13, 10)]
    alone = [(f.code, f.line, f.column) for f in lint(brief, ignore=["S103"]) if f.code in ("S103", "L104")]
    assert alone == [("L104", 13, 10)]


def test_host_label_and_language_tag_checks_match_their_original_patterns() -> None:
    """The hand-written tests are the case-insensitive patterns they replace."""
    import re
    import string

    from brieflint.checks.links import languages, urls

    host = re.compile(r"^(?!-)[a-z0-9_\-\u00a1-\uffff]{1,63}(?<!-)$", re.I)
    hosts = ["", "-", "a-", "-a", "a" * 63, "a" * 64, "xn--bcher-kva", "bücher", "a\U0001f600"]
    for i in range(0x110000):  # every code point (the pattern is one character class, repeated)
        if not 0xD800 <= i < 0xE000 and chr(i) != "\n":  # "$" matches before a final newline; see below
            hosts.append(chr(i))
    for s in hosts:
        assert urls._host_label_ok(s) == bool(host.match(s)), repr(s)
    assert urls.url_problem("https://example.org\n") is not None  # blanks are refused before labels

    # tags: ASCII is lower-cased and matched without IGNORECASE; anything else takes the original path
    tag = re.compile(languages._WELL_FORMED_SOURCE, re.I)
    tags = ["en", "EN-gb", "zh-Hant-TW", "i-klingon", "I-KLINGON", "x-private", "en-US-x-twain", "sr-Latn-RS"]
    tags += ["ſr", "İt", "en\n", "de-\u212a", ""]
    for c in string.printable:
        tags.extend((c, f"en-{c}", f"{c}n-US", f"sgn-BE-F{c}"))
    for s in tags:
        assert languages._well_formed(s) == bool(tag.match(s)), repr(s)


def test_an_archived_piece_is_not_asked_for_https() -> None:
    from brieflint.checks.links.examples import GOOD
    from brieflint.testing import lint

    source = GOOD.replace("    url: https://example.org/law-83-21\n", "    url: http://example.org/law-83-21\n")
    assert [f.code for f in lint(source, select=["L105"])] == ["L105"]  # dated 2026
    archived = source.replace("date: 2026-03-12", "date: 2012-05-09")
    assert [f.code for f in lint(archived, select=["L105"])] == []
    # an archived piece updated since is checked again
    assert [
        f.code
        for f in lint(archived.replace("date: 2012-05-09", "date: 2012-05-09\nupdated: 2024-01-02"), select=["L105"])
    ] == ["L105"]
    assert [f.code for f in lint(archived, select=["L105"], config={"links": {"insecure-since": "2010-01-01"}})] == [
        "L105"
    ]
