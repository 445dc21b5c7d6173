"""A crowd's scope and whose people it makes them (issue 19): "researchers at UNR", "analysts with the World Bank",
"Leaders of Hezbollah", "Writers at The Guardian" are a named body's people, as "Treasury officials" are; "officials
from Iowa", "residents across Texas" and "proponents for the Keystone XL pipeline" are not. Read by
``crowd_structure.group_not_credited`` and by the predicate reading (predicates.py).
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.lexicon import ROLES
from brieflint.checks.quotes.named_bodies import NATIONALITY
from brieflint.document.places import is_place
from brieflint.lazyre import lazy

# a scope that names the body the group works at or with ("researchers at UNR", "analysts with the World Bank"):
# its people, as "Treasury officials" are; a place after "in", "from" or "across" says only where a crowd is
_BODY_SCOPE = lazy(r"\s(?:at|with)\s+(?:the\s+)?((?:[A-Z]{2,}|[A-Z][a-z]+)(?:\s+[A-Z][\w&'’\-]*){0,3})")
# "for" names a body a group works for ("researchers for Harvard University"), but the cause of those who take a
# side ("Proponents for the Keystone XL pipeline argue", "advocates for Medicare expansion")
_BODY_FOR = lazy(r"\sfor\s+(?:the\s+)?((?:[A-Z]{2,}|[A-Z][a-z]+)(?:\s+[A-Z][\w&'’\-]*){0,3})")
_SIDE_TAKERS = frozenset("proponents advocates supporters opponents campaigners".split())
# an office's holders "of" a body are its people ("Leaders of Hezbollah"); a camp "of" a person stays one ("supporters
# of Odinga")
_OFFICES = frozenset("leaders officials members spokesmen spokespeople representatives executives employees".split())
_BODY_OF = lazy(r"\sof\s+(?:the\s+)?((?:[A-Z]{2,}|[A-Z][a-z]+)(?:\s+[A-Z][\w&'’\-]*){0,3})")
_AFTER_SIDE_TAKER = lazy(rf"\b(?:{'|'.join(sorted(_SIDE_TAKERS))})\s*$", re.I)


def after_side_taker(s: str, at: int) -> bool:
    """The word before ``at`` names those who take a side, so a "for" next opens their cause ("Proponents for the
    pipeline argue"); after another word "for" is a verb's ("most commentators called for clarity", "was summoned
    for questioning")."""
    return _AFTER_SIDE_TAKER.search(s, max(0, at - 14), at) is not None


# a name right after a scope's lower-case noun opens a subject of its own, the verb's ("to tribal leaders across the
# nation Smith noted": a comma left out after an introductory phrase); a capital after a determiner, a preposition
# or a conjunction is still the scope's ("in the Central Valley", "across Kansas and Missouri"), and a day or a month
# is the verb's time ("officials in the region Monday said")
_NAME_AFTER_SCOPE = lazy(
    r"\s(?:of|in|at|from|within|on|across|inside|outside|around|to|with)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?!(?:the|a|an|and|or|of|in|at|from|within|on|across|inside|outside|around|to|with)\s)"
    # a place's noun before its name is an apposition ("Residents of the capital Bangui say"), not a new subject
    r"(?!(?:capital|city|town|village|province|region|district|county|island|port|enclave)\s)"
    # nor a region's adjective ("Residents in central Somalia say"), nor the verb itself with its hearer ("told VOA")
    r"(?!(?:central|northern|southern|eastern|western|north|south|east|west|northeastern|northwestern|southeastern|"
    r"southwestern|northeast|northwest|southeast|southwest|rural|coastal|neighbouring|neighboring|occupied|greater)\s)"
    # nor a name's own particle ("NGOs in Rio de Janeiro questioned", stop 44)
    r"(?!(?:told|tell|tells|telling|de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|bin|ibn|al|el)\s)"
    r"(?-i:[a-z]+)\s+"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)(?-i:[A-Z])"
)


def named_scope(s: str, start: int, end: int, word: str = "") -> bool:
    """The group at ``start``–``end`` (opening with ``word``) has a scope that is a named body's, not a place's
    ("researchers at UNR estimate", "analysts for Morgan Stanley"; not "officials from Iowa say", "residents across
    Texas say", "proponents for the Keystone XL pipeline")."""
    m = _BODY_SCOPE.search(s, start, end)
    if m is None and word.lower() not in _SIDE_TAKERS:
        m = _BODY_FOR.search(s, start, end)
    if m is None and word.lower() in _OFFICES:
        m = _BODY_OF.search(s, start, end)  # "Leaders of Hezbollah say", "Officials of the World Bank"
    if m is None:
        return False
    name = m.group(1)
    if _INSTITUTION.search(name) or name.startswith("The "):
        # (stop 44) or a name with its capitalised article ("Writers at The Guardian"), an outlet's or a body's
        return True  # "researchers at Imperial College London": a body, whatever place its name holds
    return not is_place(name) and not any(is_place(w) or NATIONALITY.search(w + " ") for w in name.split())


# the nouns that make a name an institution's ("Imperial College London", "the University of Texas")
_INSTITUTION = lazy(
    r"\b(?:College|University|Institute|Hospital|School|Center|Centre|Foundation|Laboratory|Laboratories|Academy|"
    r"Museum|Society|Association|Council|Agency|Ministry|Department|Commission|Bank|Fund|Corporation|Company)\b"
)


def name_after_scope(s: str, start: int, end: int) -> bool:
    """A capitalised word right after the lower-case noun of the group's scope: the verb's own subject; not an
    adjective before a role, which is the scope's ("Supporters of incumbent Ivorian president, Laurent Gbagbo, say")."""
    for m in _NAME_AFTER_SCOPE.finditer(s, start, end):
        after = s[m.end() - 1 : end].split(maxsplit=2)
        if not (len(after) > 2 and after[1].rstrip(",").lower() in ROLES):
            return True
    return False
