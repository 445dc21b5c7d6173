"""L101, L102, L103, L107: the brief's language and its translations' languages."""

from __future__ import annotations

from collections.abc import Iterator

from brieflint.checks.links.examples import GOOD
from brieflint.checks.links.examples import with_mistake as _bad
from brieflint.checks.links.languages import check_tag, same_language
from brieflint.document.brief import Document
from brieflint.document.yamledit import JsonPath, problem_at, scalar_fix
from brieflint.model import Context, Problem, rule


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


@rule(
    "L101",
    "invalid-language-tag",
    "error",
    fixable=True,
    bad=_bad("  - language: ar\n", "  - language: arabic\n"),
    good=GOOD,
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
            fix = scalar_fix(doc, path, result.suggestion)
        else:
            message += "; use a tag such as en, ar, fr or fa-IR"
        yield problem_at(doc, path, message, fix, data={"suggestion": result.suggestion})


@rule(
    "L102",
    "translation-in-own-language",
    "error",
    bad=_bad("  - language: ar\n", "  - language: en\n"),
    good=GOOD,
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
            yield problem_at(
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
    good=GOOD,
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
                yield problem_at(
                    doc,
                    ("translations", i, "language"),
                    f"translation {i + 1} ('{lang}') is in the same language as translation {j + 1} ('{prev}'); "
                    "correct one language or remove the duplicate",
                )
                break
        earlier.append((i, lang))


@rule(
    "L107",
    "non-canonical-language-tag",
    "warning",
    fixable=True,
    bad=_bad("  - language: ar\n", "  - language: ara\n"),
    good=GOOD,
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
            yield problem_at(
                doc,
                path,
                f"language '{value}' is not the registered form of this tag; write '{result.canonical}'",
                scalar_fix(doc, path, result.canonical),
                data={"canonical": result.canonical},
            )
