"""Q101's safety net (issue 19): a quote is certainly unattributed only when nothing near it could speak.

Q101 is an error, so a misreading of who speaks must never become a false error on published prose.
After the readings of :mod:`attribution` have found no attribution, the sentences a reader looks at
for the speaker (the quote's own, the one before, and the one after a quote that ends its sentence:
the next in its paragraph, or the first of the next paragraph) are searched for anything the reader
could not rule out as a speaker: a capitalised word that is no sentence opener, known place, month
or day; a personal pronoun; a speech or cue verb in any form; a colon that introduces the quote. Any
of them makes the case doubtful, and a doubtful case is not reported. What stays reported is the
quote that nothing at all could have spoken: 'The reform moves distribution to twelve regional
companies. The plan was described as "…"'.

Each test is a scan of at most three windows of ``WINDOW`` characters, made only for a quote that
would otherwise be reported.
"""

from __future__ import annotations

from brieflint.checks.quotes.cues import PASSIVE, _governed_by_locative, _tokens, has_antecedent
from brieflint.checks.quotes.lexicon import CAP_STOP, CUE_WORDS
from brieflint.document.places import is_place

# personal pronouns: a person the reader may take for the speaker ("we" and "I": the author may be)
_PERSONAL = frozenset("he she him her his hers himself herself i me my we us our".split())
# a plural pronoun is a person only after a possible person ("The sanctions … they remain" is not)
_PLURAL = frozenset("they them their theirs themselves".split())
# a capitalised word governed by one of these names where, not who ("In Mosul, …", "across Anbar")
_WHERE = frozenset(
    "in at near across throughout inside outside around into within toward towards along beyond onto".split()
)
# cue words that are mostly something else in running prose ("the member states", "continued to fall")
_NOT_SPEECH = frozenset("state states continue continues continued continuing put puts read reads".split())


def could_speak(s: str, opener: bool = True, context: str = "") -> bool:
    """``s`` (masked prose: quoted words blanked) holds a word that may be the quote's speaker or its
    cue. ``opener``: ``s`` starts at a sentence's start, so that its first word is a sentence opener,
    capitalised whatever it is (Q101's other readings weigh a name that opens the sentence before:
    "Haddad met reporters."). ``context``: the text before ``s``, where a plural pronoun's antecedent
    may stand."""
    toks = _tokens(s)
    for k, (tok, at) in enumerate(toks):
        low = tok.lower().rstrip(".'’")
        bare = low[:-2] if low.endswith(("'s", "’s")) else low
        if bare in _PERSONAL or (bare in _PLURAL and has_antecedent(context + " " + s[:at])):
            return True
        if bare in CUE_WORDS and bare not in _NOT_SPEECH:
            return True
        if not tok[0].isupper():
            continue
        if k == 0 and opener:
            continue  # a sentence opener ("Growth slowed.", "Kuwait raised …"): Q101's other readings weigh it
        word = tok.rstrip(".,;:'’")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if (
            word in CAP_STOP
            or len(word) < 2
            or is_place(word)
            or _governed_by_locative(toks, s, k, _WHERE)
            or _and_place(toks, k)
        ):
            continue
        return True
    return False


def _and_place(toks: list[tuple[str, int]], k: int) -> bool:
    """Capitalised token ``k`` is coordinated with a known place ("between Baghdad and Erbil"): like
    with like, another place."""
    return k >= 2 and toks[k - 1][0] in ("and", "or") and is_place(toks[k - 2][0].rstrip(".,;:'’"))


def introduced_by_colon(intro: str) -> bool:
    """The words before the quote in its sentence end with a colon ("The answer was short: "…"")."""
    return intro.rstrip().endswith(":")


def passive_blanked(s: str) -> str:
    """``s`` with its agentless passive cues blanked ("was described as"): the passive says nobody
    speaks; only what else the sentence holds may name a speaker."""
    return PASSIVE.sub(lambda m: " " * len(m.group(0)), s)


def doubtful_speaker(own: str, before: str, after: str, intro: str, own_opens: bool) -> bool:
    """The safety net: anything that could speak in the quote's own sentence (``own``, quotes blanked,
    which opens its sentence when ``own_opens``), the sentence before or the sentence after (when the
    quote ends its sentence; empty otherwise), or a colon introducing the quote."""
    own = passive_blanked(own)
    return (
        introduced_by_colon(intro)
        or could_speak(own, own_opens, before)
        or could_speak(before)
        or (bool(after) and could_speak(after, True, before + " " + own))
    )
