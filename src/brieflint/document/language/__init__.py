"""A brief's language: its ``language`` tag (BCP 47, default ``en``) → a frozen :class:`Profile`.

The profile says how the prose layer reads a brief in that language: the sentence
segmenter's language, the quotation marks in use, the writing direction, and (for the
languages brieflint has lexicons for) the attribution grammar: cue verbs and prepositional
cues, and vague-attribution forms. Lexicons are shipped data (``rules/lang/<code>.yaml``)
loaded only when a brief in that language is checked: importing this package reads no
file and compiles nothing.

Which rules run on a brief is decided from the same tag: :func:`primary` is what
:meth:`brieflint.model.Rule.supports` is asked about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from brieflint import lazyre
from brieflint.document.language.spans import Cover
from brieflint.document.language.spans import words_after as _words_after
from brieflint.document.language.spans import words_before as _words_before
from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document
    from brieflint.document.language.grammar import Grammar, Match, Reading
    from brieflint.model import Rule

DEFAULT = "en"
# three-letter (ISO 639-2/3) codes of the languages that have a profile, and the two-letter code used instead
_ALIASES = {"eng": "en", "ara": "ar", "arb": "ar", "fra": "fr", "fre": "fr", "fas": "fa", "per": "fa", "pes": "fa"}
# the languages whose lexicon is shipped (rules/lang/<code>.yaml)
LEXICONS = ("ar", "fr")
# the kinds of pattern a lexicon has: attribution cues, vague attributions, words that name a quote as a term,
# the constructions that name the source of what a vague pattern would match (not vague), the openings
# of a setting (a place, medium or time) that names no speaker before a colon, the cues that take
# their subject from the sentence's main verb (participles: as vague as that subject), and the agentless
# constructions (passives, verbal nouns) that are vague only where their sentence names no speaker, and the
# positions where a word spelled like a verb of saying is a noun (not a cue), and the first words of a body's name
# (a quote that is a name: «منظمة صحفيات بلا قيود»), and the constructions a cue opens that make it a passive with
# its subject, not a speaker's verb (``ويعتبر هدف الجمعية هو «…»`` "the society's aim is considered to be"), and the
# naming constructions before a quote's opening mark and after its closing one (``وهو «…» المعروف باسم``), and the
# words that open a sentence by pointing back to the quote before it (``تلك هي العبارات التي …``), and the definite
# plurals read as a whole class (``يقول المنتقدون إن``), vague where they point back to nothing (:meth:`Lexicon.vague`)
KINDS = (
    "cue",
    "vague",
    "mention",
    "not-vague",
    "setting",
    "dependent-cue",
    "agentless",
    "not-cue",
    "name",
    "passive-cue",
    "naming",
    "naming-after",
    "after-quote",
    "generic",
)
# what ends a sentence for the agentless check (the masked paragraphs Q102 reads hold several sentences)
_SENTENCE_END = frozenset(".!?؟\n")
# an Arabic word whose first letter (after a conjunction و or ف, with its own vowel) carries a damma: the vowels of a
# passive (يُتوقع، ذُكر، أُفيد); groups: the conjunction, the first letter, the rest of the word
_VOICED = lazyre.compile(
    r"(?<![\u0621-\u064a\u064b-\u0652\u0640])([وف][\u064b-\u0652]?)?([\u0621-\u064a])\u064f([\u0621-\u064a\u064b-\u0652\u0640]+)"
)
# the passive of the derived forms that open with ا (افتعل، انفعل، استفعل: اتُّهم، انتُقد، استُبعد), whose damma is on their
# ت; groups as above (the second: the letters up to that ت)
_VOICED_DERIVED = lazyre.compile(
    r"(?<![\u0621-\u064a\u064b-\u0652\u0640])([وف][\u064b-\u0652]?)?([اأإ][\u0621-\u064a]{0,2}?ت)\u0651?\u064f\u0651?([\u0621-\u064a\u064b-\u0652\u0640]+)"
)
# the endings a plural of people or things takes, off a word read against a definite plural (see ``_points_back``)
_ENDINGS = ("ون", "ين", "ات", "ان", "و", "ي", "ه", "ا")
_WORD = lazyre.compile(r"[^\W\d_]+")


def primary(tag: object) -> str:
    """The primary language subtag of a tag, lower case (``ar-EG`` → ``ar``); ``en`` when there is none."""
    if not isinstance(tag, str) or not tag.strip():
        return DEFAULT
    head = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    return _ALIASES.get(head, head) or DEFAULT


def language_of(doc: Document) -> str:
    """The primary language subtag of a brief (``en`` when it declares none, or did not parse)."""
    data = doc.data if doc.ok else None
    return primary(data.get("language") if isinstance(data, dict) else None)


class Marks(NamedTuple):
    """The quotation marks of a language: (opening, closing) pairs, double first, then single."""

    double: tuple[tuple[str, str], ...]
    single: tuple[tuple[str, str], ...] = ()

    @property
    def opening(self) -> frozenset[str]:
        return frozenset(o for o, _ in self.double + self.single)

    @property
    def closing(self) -> frozenset[str]:
        return frozenset(c for _, c in self.double + self.single)

    def closes(self, opening: str) -> frozenset[str]:
        """The marks that may close a quote opened by ``opening``."""
        return frozenset(c for o, c in self.double + self.single if o == opening)


_STRAIGHT = ('"', '"')
_CURLY = ("“", "”")
_GUILLEMETS = ("«", "»")
# house conventions by language: the publisher's own marks come first, then the ones translators also use
_MARKS: dict[str, Marks] = {
    "en": Marks((_CURLY, _STRAIGHT), (("‘", "’"), ("'", "'"))),
    # Arabic and Persian: «…» (the Arabic and Persian convention), and “…” / "…" common in MSA on the web
    # (stop 39) and the curly pair written the other way round, as right-to-left text may set it (”…“)
    "ar": Marks((_GUILLEMETS, _CURLY, _STRAIGHT, ("”", "“")), (("‹", "›"), ("‘", "’"))),
    "fa": Marks((_GUILLEMETS, _CURLY, _STRAIGHT, ("”", "“")), (("‹", "›"), ("‘", "’"))),
    "ur": Marks((_GUILLEMETS, _CURLY, _STRAIGHT), (("‘", "’"),)),
    "fr": Marks((_GUILLEMETS, _CURLY, _STRAIGHT, ("‹", "›")), (("‘", "’"),)),
    "es": Marks((_GUILLEMETS, _CURLY, _STRAIGHT), (("‘", "’"),)),
    "it": Marks((_GUILLEMETS, _CURLY, _STRAIGHT), (("‘", "’"),)),
    "pt": Marks((_GUILLEMETS, _CURLY, _STRAIGHT), (("‘", "’"),)),
    "ru": Marks((_GUILLEMETS, ("„", "“"), _STRAIGHT), (("‚", "‘"),)),
    "uk": Marks((_GUILLEMETS, ("„", "“"), _STRAIGHT), (("‚", "‘"),)),
    "de": Marks((("„", "“"), ("»", "«"), _STRAIGHT), (("‚", "‘"), ("›", "‹"))),
    "pl": Marks((("„", "”"), _GUILLEMETS, _STRAIGHT), (("‚", "’"),)),
    "tr": Marks((_CURLY, _GUILLEMETS, _STRAIGHT), (("‘", "’"),)),
    "he": Marks((_STRAIGHT, _CURLY, ("„", "”")), (("'", "'"),)),
    "ja": Marks((("「", "」"), ("『", "』"), _CURLY), ()),
    "zh": Marks((_CURLY, ("「", "」"), ("『", "』")), (("‘", "’"),)),
}
_RTL = frozenset({"ar", "fa", "he", "ur", "ps", "ku", "yi", "dv", "sd", "ug"})
# languages sentencex segments with rules of their own; others fall back to English rules
_SEGMENTERS = frozenset(
    {"ar", "fa", "fr", "de", "es", "it", "pt", "ru", "uk", "pl", "tr", "he", "ja", "zh", "ur", "nl", "el", "hi"}
)


class Profile(NamedTuple):
    """How the prose layer reads briefs in one language."""

    language: str  # primary subtag, lower case
    segmenter: str  # the language code given to the sentence segmenter
    direction: str  # "ltr" | "rtl"
    marks: Marks
    has_lexicon: bool  # a shipped attribution lexicon (cues, vague forms) exists

    def lexicon(self) -> Lexicon | None:
        """The attribution lexicon (loaded from the shipped data on first use), or None."""
        return lexicon(self.language) if self.has_lexicon else None


@cache
def profile(tag: object = DEFAULT) -> Profile:
    """The profile of a language tag (``ar``, ``ar-EG``, ``fr-CA`` …); unknown languages get a neutral one."""
    lang = primary(tag)
    return Profile(
        language=lang,
        segmenter=lang if lang in _SEGMENTERS else DEFAULT,
        direction="rtl" if lang in _RTL else "ltr",
        marks=_MARKS.get(lang, _MARKS["en"] if lang == DEFAULT else Marks((_GUILLEMETS, _CURLY, _STRAIGHT))),
        has_lexicon=lang in LEXICONS,
    )


def profile_of(doc: Document) -> Profile:
    """The profile of a brief's declared language."""
    return profile(language_of(doc))


def unsupported(rules: Iterable[Rule], language: str) -> tuple[str, ...]:
    """The codes of ``rules`` that have no support for ``language`` (skipped for a brief in it)."""
    if language == DEFAULT:
        return ()
    return tuple(r.code for r in rules if not r.supports(language))


def skip_notes(files: Iterable[tuple[str, str, Sequence[str]]]) -> list[str]:
    """One note per language for which rules were skipped: ``files`` are (path, language, skipped codes)."""
    by_language: dict[str, tuple[list[str], set[str]]] = {}
    for path, language, codes in files:
        if codes:
            paths, skipped = by_language.setdefault(language, ([], set()))
            paths.append(path)
            skipped.update(codes)
    notes = []
    for language, (paths, skipped) in sorted(by_language.items()):
        briefs = f"{len(paths)} brief{'s' if len(paths) != 1 else ''}"
        shown = ", ".join(paths[:3]) + (", …" if len(paths) > 3 else "")
        notes.append(
            f"language '{language}' ({briefs}: {shown}): rules without support for it were skipped: "
            + ", ".join(sorted(skipped))
        )
    return notes


class Lexicon:
    """A language's attribution lexicon: find cues and vague attributions in a sentence.

    Positions are offsets in the sentence as given (the matching itself runs on the folded
    copy, see :mod:`brieflint.document.language.normalize`).
    """

    __slots__ = ("language", "grammar", "source", "data")

    def __init__(self, language: str, grammar: Grammar, source: str, data: Mapping[str, Any] | None = None) -> None:
        self.language = language
        self.grammar = grammar
        self.source = source
        self.data = data or {}

    def extended(self, cues: Sequence[str] = (), vague: Sequence[str] = ()) -> Lexicon:
        """This lexicon with a configuration's own cues and vague forms (``quotes: {cues, vague}``).

        A cue, or a vague form made of words, is a phrase matched through the clitic readings like
        the shipped ones; any other vague form is a regular expression over the folded text.
        """
        import re

        from brieflint.document.language.normalize import fold_text

        data = dict(self.data)
        data["cue"] = [*data.get("cue", ()), *(c for c in cues if c.strip())]
        patterns, regexes = list(data.get("vague", ())), list(data.get("vague-regex", ()))
        for v in (v.strip() for v in vague):
            if re.fullmatch(r"[\w\s'’-]+", v):  # words: a phrase, read through the clitics
                patterns.append(v)
                continue
            try:
                re.compile(v)
                regexes.append(rf"(?<!\w)(?:{fold_text(v)})(?!\w)")
            except re.error:
                regexes.append(rf"(?<!\w){re.escape(fold_text(v))}(?!\w)")
        data["vague"], data["vague-regex"] = patterns, regexes
        return build(self.language, data, f"{self.source} + configuration")

    def cues(self, sentence: str) -> list[Match]:
        """Attribution cues: verbs of saying (any inflection, with clitics), prepositional cues.

        A cue inside one of the lexicon's ``not-cue`` constructions, after its first word, is left out: a word
        spelled like a verb of saying where the language allows no verb is a noun (``عدا كتبها`` "except her
        books"); a cue that starts with the construction (``في رده``, "in his reply") stays. A cue that opens one of
        the ``passive-cue`` constructions is a passive with its subject, not a speaker's verb, and is left out too.
        """
        found = self.grammar.find("cue", sentence)
        if found and self.grammar.patterns.get("passive-cue"):
            opens = {p.start for p in self.grammar.find("passive-cue", sentence)}
            found = [c for c in found if c.start not in opens]
        if not found or not self.grammar.patterns.get("not-cue"):
            return found
        nouns = self.grammar.find("not-cue", sentence)  # merged: disjoint, in order
        starts = [n.start for n in nouns]
        kept = []
        for c in found:  # the one construction that can cover c is the last one starting before it
            k = bisect_left(starts, c.start) - 1
            if k < 0 or c.end > nouns[k].end:
                kept.append(c)
        return kept

    def dependent_cues(self, sentence: str) -> list[Match]:
        """Cues whose subject is the main verb's (``مضيفًا أن`` "adding that"): they attribute only when
        the sentence has no vague attribution (``قالت مصادر مطلعة، مضيفة أن`` stays vague)."""
        return self.grammar.find("dependent-cue", sentence)

    def singular_names(self, text: str) -> set[str]:
        """Words the text itself shows to be one person's name (``singular-name-regex``, over the text as written, each
        group a name): a word of a plural's shape with a singular verb after it (``جاكسون قال``, Jackson)."""
        import re

        return {
            w
            for p in self.data.get("singular-name-regex", ())
            for m in re.finditer(str(p), text)
            for w in m.groups()
            if w
        }

    def vague(self, sentence: str) -> list[Match]:
        """Vague attributions: an indefinite or collective subject with a verb of saying or believing, …

        A match inside one of the lexicon's ``not-vague`` constructions is left out: the construction
        names the source (``المعلومات الواردة في هذه التقارير``, "the information in these reports").
        """
        reading = self.grammar.read(sentence)  # the words read once, for every kind matched below
        found = self.grammar.find("vague", reading)
        if self.grammar.patterns.get("generic"):
            generic = [m for m in self.grammar.find("generic", reading) if not _points_back(sentence, m)]
            found = _merged(found, generic) if generic else found
        if self.grammar.patterns.get("agentless"):
            found = sorted(found + self._agentless(reading, found), key=lambda m: m.start)
        if not found or not self.grammar.patterns.get("not-vague"):
            return found
        named = self.grammar.find("not-vague", reading)
        return [m for m in found if not any(n.start <= m.start and m.end <= n.end for n in named)]

    def _agentless(self, reading: Reading, found: Sequence[Match]) -> list[Match]:
        """The agentless constructions of ``text`` (``قصف وُصف بأنه الأعنف``, ``بعد التأكيد أن``) whose sentence
        has no cue outside them and that no vague match already covers: where the sentence names a speaker
        (``وقال الوزير إن المدينة تعرضت لقصف وُصف بأنه الأعنف``), the description is that speaker's."""
        text = reading.text
        out = []
        ends = [i for i, ch in enumerate(text) if ch in _SENTENCE_END]  # once, not a walk per match
        speakers: dict[int, list[Match]] = {}  # each sentence's cues, read once (offsets in ``text``)
        # the vague matches are merged (disjoint, in order): only the last one starting before m ends can overlap it
        starts = [v.start for v in found]
        constructions = self.grammar.find("agentless", reading)
        voiced = [v for v in self._voiced(text) if not any(c.start < v.end and v.start < c.end for c in constructions)]
        candidates = sorted((*constructions, *voiced), key=lambda c: c.start)
        agentless = Cover(candidates)  # a cue inside an agentless construction (يُزعم أن) names no speaker
        vague = Cover(found)  # nor one inside a vague match
        for m in candidates:
            v = bisect_left(starts, m.end) - 1
            if v >= 0 and found[v].end > m.start:
                continue
            k = bisect_left(ends, m.start)
            a = ends[k - 1] + 1 if k else 0
            j = bisect_left(ends, m.end)
            b = ends[j] if j < len(ends) else len(text)
            if a not in speakers:
                sentence = text[a:b]
                speakers[a] = [
                    c._replace(start=c.start + a, end=c.end + a)
                    for c in (*self.cues(sentence), *self.dependent_cues(sentence))
                    if not agentless.covers(c.start + a, c.end + a)
                ]
            if any((c.end <= m.start or m.end <= c.start) and not vague.covers(c.start, c.end) for c in speakers[a]):
                continue  # a cue outside the construction names a speaker
            # no cue lies outside m, so a cue of the sentence without m can only be one that its blank makes (the words
            # on either side of it meeting): read the words around the blank only, not the whole sentence again
            lo, hi = _words_before(text, a, m.start), _words_after(text, m.end, b)
            rest = text[lo : m.start] + " " * (m.end - m.start) + text[m.end : hi]
            if all(agentless.covers(c.start + lo, c.end + lo) for c in (*self.cues(rest), *self.dependent_cues(rest))):
                out.append(m)
        return out

    def _voiced(self, text: str) -> list[Match]:
        """Verbs of saying, believing or expecting whose vowels mark them passive (``يُتوقع``, ``ذُكر``, ``أُفيد``:
        the lexicon's ``voiced-passive`` forms): the writer has told the passive from the active, which the folded
        spelling cannot, so each is an agentless construction of its own."""
        forms = self.grammar.classes.get("voiced-passive")
        if not forms or "\u064f" not in text:
            return []
        from brieflint.document.language.grammar import Match
        from brieflint.document.language.normalize import fold_text

        return [
            Match(m.start(), m.end(), "@voiced-passive", m.group())
            for rx in (_VOICED, _VOICED_DERIVED)
            for m in rx.finditer(text)
            if fold_text(m.group(2) + m.group(3)) in forms
        ]

    def names(self, quoted: str) -> list[Match]:
        """The openings of a body's name in ``quoted`` (``name`` patterns: ``منظمة``, ``جهاز`` … in construct)."""
        return self.grammar.find("name", quoted)

    def naming(self, before: str, after: str) -> bool:
        """A naming construction stands right around a quote: ``before`` ends with its opening mark and a
        ``naming`` pattern ends there (``وهو «``, ``الملقب بـ«``), or a ``naming-after`` pattern opens ``after``, the
        text after its closing mark (``» المعروف باسم``)."""
        from brieflint.document.language.normalize import fold_text

        for m in self.grammar.find("naming", before):
            if not fold_text(before[m.end :]).strip('«“”" \u00a0'):  # ” opens a reversed pair (”…“)
                return True
        return any(not after[: m.start].strip('»”“" \u00a0') for m in self.grammar.find("naming-after", after))

    def points_back(self, sentence: str) -> bool:
        """``sentence`` opens with a word that points back to what was just said (an ``after-quote`` pattern:
        ``تلك هي العبارات التي …``, ``هكذا``)."""
        if not self.grammar.patterns.get("after-quote"):
            return False
        found = self.grammar.find("after-quote", sentence)
        return bool(found) and not sentence[: found[0].start].strip()

    def is_that(self, word: str) -> bool:
        """``word`` is ``أنّ``/``إنّ`` (the lexicon's class ``that``), which opens what is said."""
        from brieflint.document.language.normalize import fold_text

        return fold_text(word) in self.grammar.classes.get("that", frozenset())

    def opens_relative(self, quoted: str) -> bool:
        """``quoted`` opens with a relative pronoun (the lexicon's class ``relative-pronoun``: ``التي``, ``الذي``): the
        marks set off a clause of the writer's sentence ("… كشركة نفط العراق «التي تم تأميمها لاحقاً»"), no words
        someone said."""
        from brieflint.document.language.normalize import fold_text

        words = fold_text(quoted).split()
        return bool(words) and words[0] in self.grammar.classes.get("relative-pronoun", frozenset())

    def setting_only(self, text: str) -> bool:
        """``text`` opens with a setting (a ``setting`` pattern: a preposition of place, medium or time)
        and has no cue: it sets the scene of a quote, it names no one who speaks."""
        if not self.grammar.patterns.get("setting"):
            return False
        found = self.grammar.find("setting", text)
        return bool(found) and not text[: found[0].start].strip() and not self.cues(text)

    def mentions(self, sentence: str) -> list[Match]:
        """Words that name what follows as a title, slogan, hashtag or term (``intitulé``, ``بعنوان``)."""
        return self.grammar.find("mention", sentence)


def _merged(found: Sequence[Match], more: Sequence[Match]) -> list[Match]:
    """``found`` and ``more`` as one list of disjoint matches in order (overlapping ones are one attribution, named by
    the first one's pattern), as :meth:`Grammar.find` returns them."""
    out: list[Match] = []
    for m in sorted((*found, *more), key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            if m.end > out[-1].end:
                prev = out[-1]
                out[-1] = prev._replace(end=m.end, text=prev.text + m.text[prev.end - m.start :])
        else:
            out.append(m)
    return out


def _stems(word: str) -> set[str]:
    """A folded word without its conjunction and particle, its article and one plural or construct ending."""
    word = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    word = word[1:] if word[:1] in ("ب", "ل", "ك") and word[1:3] == "ال" else word
    if word.startswith("لل"):
        word = "ال" + word[2:]
    if word.startswith("ال"):
        word = word[2:]
    return {word} | {word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 3}


def _points_back(text: str, m: Match) -> bool:
    """Whether a ``generic`` match's definite plural (``المنتقدون``, ``الدراسات``) has a word of its stem before it in
    ``text`` (``التقى الوزير منتقدين … وقال المنتقدون إن``): the article then points back to people or things the text
    has named, not to a whole class."""
    from brieflint.document.language.normalize import fold_text

    definite = [w for w in _WORD.findall(fold_text(m.text)) if w.lstrip("وف").startswith("ال")]
    if not definite or m.start == 0:
        return False
    heads = {h for w in definite for h in _stems(w) if len(h) >= 3}
    return any(_stems(w) & heads for w in _WORD.findall(fold_text(text[: m.start])))


def build(language: str, data: Mapping[str, Any], source: str = "") -> Lexicon:
    """A lexicon from its data (the shape of ``rules/lang/*.yaml``); ``ValueError`` when it is malformed."""
    from brieflint.document.language.grammar import Clitics, Grammar
    from brieflint.document.language.normalize import fold_text

    if not isinstance(data, Mapping):
        raise ValueError(f"{source or language}: a lexicon is a mapping")
    raw = data.get("clitics") or {}
    clitics = Clitics(
        tuple(fold_text(x) for x in raw.get("prefixes", ())),
        tuple(fold_text(x) for x in raw.get("particles", ())),
        tuple(sorted((fold_text(x) for x in raw.get("suffixes", ())), key=len, reverse=True)),
        tuple(fold_text(x) for x in raw.get("nominal", ())),
    )
    classes = {str(k): [str(x) for x in v] for k, v in (data.get("classes") or {}).items()}
    patterns = {k: [str(p) for p in data.get(k, ())] for k in KINDS}
    regexes = {k: [str(p) for p in data.get(f"{k}-regex", ())] for k in KINDS}
    verbal = [str(v) for v in data.get("verbal", ())]
    subject = [str(v) for v in (*data.get("subject", ()), *data.get("bare", ()))]
    return Lexicon(language, Grammar(classes, clitics, patterns, regexes, verbal, subject), source, data)


@cache
def lexicon(language: str) -> Lexicon:
    """The shipped lexicon of a language (``rules/lang/<language>.yaml``), read and compiled once per process."""
    from brieflint.document.yamldata import load_yaml
    from brieflint.shipped import read_text

    name = f"lang/{language}.yaml"
    loaded = load_yaml(read_text("brieflint.rules", name))
    if loaded.problems:  # a key given twice keeps only its first list: the second would be dead data
        first = loaded.problems[0]
        raise ValueError(f"{name}:{first.line}:{first.column}: {first.message}")
    return build(language, loaded.data, name)


__all__ = [
    "DEFAULT",
    "LEXICONS",
    "Lexicon",
    "Marks",
    "Profile",
    "build",
    "language_of",
    "lexicon",
    "primary",
    "profile",
    "profile_of",
    "skip_notes",
    "unsupported",
]
