"""The senses of a crowd's verb that credit it with no claim (issue 19, stop 41).

A verb of saying or believing after a vague group is read as the group's claim ("Critics maintain that …",
"Many see a link"). A few of those verbs have a second, everyday sense, which the words right after the verb
show: "maintain" a relationship or a presence (to keep, not to assert), "confess to" a crime (an admission of
guilt in a trial, an act), "see" a rise or a flood of something, or a rally (to witness, not to hold a view), a crowd
"seen" doing something (a sighting: "were seen fleeing"), "considered" right
before a preposition (a participle, the thing weighed: "legislative proposals considered in the 114th Congress"), and
a verb of judging that takes an object ("deem", "judge") with none before its predicate (a participle after its noun:
"sanctions on Russian officials deemed responsible for the death": the officials are judged, not judging).
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.families import BE_BEFORE
from brieflint.lazyre import lazy

# what "maintain" keeps rather than asserts: a relationship, a presence, order ("maintained close ties with")
_KEPT = lazy(
    r"\s+(?:(?:a|an|the|their|its|his|her|our|close|good|strong|friendly|regular|low|high|cordial|normal)\s+)"
    r"(?:[\w'’\-]+\s+){0,2}?(?:relationships?|relations|ties|contacts?|control|order|presence|links?|levels?|pace|"
    r"security|peace|distance|balance|records?|dialogue|cooperation)\b",
    re.I,
)
# what is seen happening ("netizens saw a flood of photos", "residents have seen a rise in thefts"), not a view
_WITNESSED = lazy(
    r"\s+(?:a|an)\s+(?:[\w'’\-]+\s+)?(?:flood|surge|wave|rise|increase|decline|drop|spike|jump|fall|spate|stream|"
    r"series|number|lot|rally|demonstration|parade|ceremony|celebration)\b",
    re.I,
)
_SEE = frozenset({"see", "saw", "seen"})
# (stop 43) a crowd seen doing something ("many people were seen fleeing for safety"): seen by the writer's sources
# or anyone, a sighting, not a view ("were seen as" is one)
_DOING = lazy(r"\s+(?-i:[a-z]+ing)\b", re.I)
_WEIGHED_IN = lazy(r"\s+(?:in|by|during|at|under|since|before|over)\b", re.I)
# (stop 42) the predicate of a judged noun right after the verb, no object between ("officials deemed responsible",
# "people judged unfit to"); an object, a clause or a question after it is the crowd's judgement ("Critics deemed it
# a failure", "many deemed the plan unworkable", "Many considered whether")
_AUXILIARY_BEFORE = lazy(BE_BEFORE, re.I)
_JUDGED = frozenset({"deemed", "judged"})  # not "considered": "elections observers considered free" has a gap
_PREDICATE = lazy(
    r"\s+(?:to\s+be\s+)?(?!(?:it|them|this|that|these|those|the|a|an|his|her|their|its|our|such|him|us|whether|how|"
    r"what|if|to|as|and|or|but|by|in|on|at|for|with|from|of|about)\b)(?-i:[a-z]+)(?<!ing)\b",
    re.I,
)


def other_sense(s: str, end: int, verb: str) -> bool:
    """The crowd's verb ``verb``, ending at ``end``, is used in a sense that makes no claim."""
    low = verb.casefold()
    if low.startswith("maintain"):
        return _KEPT.match(s, end) is not None
    if low.startswith("confess"):
        return s.startswith(" to ", end)  # "opposition leaders have confessed to crimes against the state"
    if low in _SEE:
        return _WITNESSED.match(s, end) is not None or (low == "seen" and _DOING.match(s, end) is not None)
    if low == "considered" and _WEIGHED_IN.match(s, end) is not None:
        return True
    if low == "expected" and _AUXILIARY_BEFORE.search(s, max(0, end - len(verb) - 40), end - len(verb)):
        return True  # (stop 43) "Officials in China are expected to wait": what others expect of them
    if low in _JUDGED:  # not after an auxiliary: "several others who were deemed responsible" is judged by no one
        at = end - len(verb)  # the auxiliary read in a bounded window before the verb
        return _PREDICATE.match(s, end) is not None and _AUXILIARY_BEFORE.search(s, max(0, at - 40), at) is None
    return False
