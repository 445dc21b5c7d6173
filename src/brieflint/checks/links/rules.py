"""Link and translation rules (``L``): language tags and URLs, checked offline.

Language rules: :mod:`.language_rules` (tags: :mod:`.languages`); URL rules:
:mod:`.url_rules` (the brief's URLs: :mod:`.urls`).
"""

from __future__ import annotations

from brieflint.checks.links.language_rules import (
    duplicate_translation_language,
    invalid_language_tag,
    non_canonical_language_tag,
    translation_in_own_language,
)
from brieflint.checks.links.url_rules import bad_url, duplicate_source_url, insecure_url
from brieflint.model import Rule

RULES: tuple[Rule, ...] = (
    invalid_language_tag,
    non_canonical_language_tag,
    translation_in_own_language,
    duplicate_translation_language,
    bad_url,
    insecure_url,
    duplicate_source_url,
)
