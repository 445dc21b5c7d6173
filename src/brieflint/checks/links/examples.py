"""The L rules' example brief: the shared example with translations, a source and a link."""

from __future__ import annotations

from brieflint.checks.examples import bad

_WITH_TRANSLATIONS = bad(
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
GOOD = bad(
    "Morocco's parliament passed a law to move water distribution to regional companies.\n",
    "Morocco's parliament passed [Law 83-21](https://example.org/law-83-21-text) [@law-83-21]\n"
    "to move water distribution to regional companies.\n",
    _WITH_TRANSLATIONS,
)


def with_mistake(old: str, new: str) -> str:
    """The example brief with ``old`` replaced by ``new`` (a rule's ``bad`` example)."""
    return bad(old, new, GOOD)
