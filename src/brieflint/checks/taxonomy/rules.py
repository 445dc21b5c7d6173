"""Taxonomy rules (``T``): the brief's type, topics and regions against the controlled vocabulary.

The run's taxonomy (:mod:`brieflint.checks.taxonomy.model`: the shipped one, with the
configuration's files layered over it) is built once; each document's tags
are resolved once (:func:`~.tags.tags`) and every rule reads that resolution.
A kind with no terms at all (a replaced taxonomy without types, say) is not
checked. Findings point at the list item (or the ``type`` value); alias and
deprecation findings carry a :class:`~brieflint.model.Fix` that replaces
exactly the term's characters in the file.

The tag rules are in :mod:`.term_rules`, the rules on regions named in the
prose in :mod:`.region_rules`; the family's options in :mod:`.options`.
"""

from __future__ import annotations

from brieflint.checks.taxonomy.region_rules import unmentioned_region, untagged_region
from brieflint.checks.taxonomy.term_rules import (
    UNKNOWN_REGION,
    UNKNOWN_TOPIC,
    UNKNOWN_TYPE,
    alias_term,
    child_without_parent,
    deprecated_term,
    duplicate_term,
)
from brieflint.model import Rule

RULES: tuple[Rule, ...] = (
    UNKNOWN_TYPE,
    UNKNOWN_TOPIC,
    UNKNOWN_REGION,
    alias_term,
    deprecated_term,
    child_without_parent,
    duplicate_term,
    untagged_region,
    unmentioned_region,
)
