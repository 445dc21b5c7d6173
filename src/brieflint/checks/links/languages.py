"""Language tags (BCP 47): well-formed, valid, canonical, and when two tags are the same language.

Checked in two steps: well-formed by RFC 5646's grammar (``ar_IQ`` is not),
then valid, every subtag registered, by langcodes (``arabic`` is well-formed
but no language). Two tags are "the same language" when their language and
(likely) script agree and their regions do not differ: ``en`` and ``en-GB``
are the same, ``pt-BR`` and ``pt-PT`` are not, nor ``zh-Hans`` and ``zh-Hant``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from brieflint.lazyre import lazy
from brieflint.records import NamedTuple

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
# checked against langcodes by tests/checks/links/test_links.py, so it cannot drift from it.
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
