"""The five kinds of pack rule, each a function from the hits of its patterns to problems."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from brieflint.checks.packs import acronyms
from brieflint.checks.packs.scan import Budget, Hit, PatternTimeout, Views, compile_all, find_hits, views_of
from brieflint.checks.packs.spec import APOSTROPHES, PackRule
from brieflint.checks.packs.units import Unit
from brieflint.model import Context, Fix, Problem

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document


_DEFAULT_MESSAGE = {
    "existence": "avoid '{match}'",
    "substitution": "use '{replacement}' instead of '{match}'",
    "occurrence": "",  # chosen by max/min below
    "consistency": (
        "'{match}' here, but '{first}' elsewhere in the brief (first at line {line}); use one spelling throughout"
    ),
    "conditional": (
        "'{key}' is used before it is spelled out{defined}; write the full name followed by ({key}) at its first use"
    ),
}


_MAX_MESSAGE = "{count} matches in the {unit} ('{match}' is one too many); at most {max} allowed"
_MIN_MESSAGE = "{count} matches in the {unit}; at least {min} expected"


def _say(spec: PackRule, template: str, **values: Any) -> str:
    try:
        return template.format(**values)
    except (ValueError, KeyError, IndexError, TypeError):  # validated at load; never a crash
        return template


def _oneline(s: str) -> str:
    return " ".join(s.split())


def _problem(
    spec: PackRule, h: Hit, message: str, fix: Fix | None = None, data: Mapping[str, Any] | None = None
) -> Problem:
    prose = h.unit.paragraph.prose
    line, col = prose.locate(h.start)
    end_line, end_col = prose.locate_end(h.end)
    return Problem(line, col, message, end_line=end_line, end_column=end_col, fix=fix, data=data)


def _contiguous(h: Hit) -> bool:
    prose = h.unit.paragraph.prose
    return prose.offset(h.end - 1) - prose.offset(h.start) == h.end - 1 - h.start


def make_check(spec: PackRule) -> Callable[[Document, Context], Iterator[Problem]]:
    def check(doc: Document, ctx: Context) -> Iterator[Problem]:
        compiled = ctx.shared_value(f"packs:{spec.pack_id}:{spec.code}", lambda: compile_all(spec))
        views = views_of(doc, spec)
        if not views:
            return
        budget = Budget(time.monotonic() + spec.timeout)
        try:
            problems = list(_RUNNERS[spec.kind](doc, ctx, spec, compiled, views, budget))
        except PatternTimeout as t:
            line, col = t.unit.paragraph.prose.locate(0)
            yield Problem(
                line,
                col,
                f"pattern {t.source!r} of rule {spec.code} ({spec.name}, from the {spec.pack} pack) ran past its "
                f"time bound of {spec.timeout:g} s on this file and was stopped, so the rule did not check this file; "
                "simplify the pattern (nested repetition such as (a+)+ backtracks without end)",
                data={"timeout": spec.timeout, "pattern": t.source},
            )
            return
        yield from problems

    return check


Runner = Callable[[Any, Context, PackRule, Any, Views, Budget], Iterator[Problem]]


def _run_existence(
    doc: Document, ctx: Context, spec: PackRule, compiled: Any, views: Any, budget: Budget
) -> Iterator[Problem]:
    template = spec.message or _DEFAULT_MESSAGE["existence"]
    labels = {id(u): label for u, _, label in views}
    for h in find_hits(compiled[0], views, budget):
        if h.text.isspace() and not _contiguous(h):
            continue  # blanks that stripping markup brought together are not in the file
        yield _problem(spec, h, _say(spec, template, match=_oneline(h.text), scope=labels[id(h.unit)]))


def _run_substitution(
    doc: Document, ctx: Context, spec: PackRule, compiled: Any, views: Any, budget: Budget
) -> Iterator[Problem]:
    template = spec.message or _DEFAULT_MESSAGE["substitution"]
    labels = {id(u): label for u, _, label in views}
    for h in find_hits(compiled[0], views, budget):
        matcher = spec.matchers[h.matcher]
        right = matcher.replacement or ""
        if spec.regex:
            try:
                right = h.match.expand(right)
            except (IndexError, ValueError, Exception):
                continue
        if spec.ignore_case:
            right = _match_case(h.text, right)
        if right == h.text:
            continue
        contiguous = _contiguous(h)
        if h.text.isspace() and not contiguous:
            continue
        fix = None
        if spec.fix and contiguous:
            prose = h.unit.paragraph.prose
            start = prose.offset(h.start)
            end = prose.offset(h.end - 1) + 1
            if doc.text[start:end] == h.text:
                line, col = doc.index.position(start)
                end_line, end_col = doc.index.position(end - 1)
                fix = Fix(line, col, end_line, end_col + 1, h.text, right)
        message = _say(spec, template, match=_oneline(h.text), replacement=right, scope=labels[id(h.unit)])
        yield _problem(spec, h, message, fix=fix)


def _match_case(found: str, replacement: str) -> str:
    """``replacement`` in the case of what it replaces: "Utilize" → "Use", "UTILIZE" → "USE"."""
    letters = [c for c in found if c.isalpha()]
    if not letters or not replacement:
        return replacement
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _unit_key(spec: PackRule, unit: Unit, label: str) -> tuple[Any, ...]:
    if spec.per == "document":
        return ("document",)
    if spec.per == "paragraph":
        return ("paragraph", unit.order)
    if spec.per == "section" and unit.scope in ("headings", "body"):
        return ("section", unit.order[1])
    return ("scope", label)


def _unit_name(doc: Document, spec: PackRule, key: tuple[Any, ...]) -> str:
    if key[0] == "document":
        return "brief"
    if key[0] == "paragraph":
        return "paragraph"
    if key[0] == "section":
        idx = key[1]
        heading = doc.sections[idx].heading if 0 <= idx < len(doc.sections) else None
        return f"section '{heading}'" if heading else "lead section"
    return {"headings": "headings", "bios": "bios", "quotes": "quotes"}.get(key[1], key[1])


def _run_occurrence(
    doc: Document, ctx: Context, spec: PackRule, compiled: Any, views: Any, budget: Budget
) -> Iterator[Problem]:
    hits = find_hits(compiled[0], views, budget)
    groups: dict[tuple[Any, ...], list[Hit]] = {}
    firsts: dict[tuple[Any, ...], tuple[Unit, str]] = {}
    for u, _text, label in views:
        k = _unit_key(spec, u, label)
        groups.setdefault(k, [])
        firsts.setdefault(k, (u, label))
    labels = {id(u): label for u, _, label in views}
    for h in hits:
        groups[_unit_key(spec, h.unit, labels[id(h.unit)])].append(h)
    for k, found in groups.items():
        count = len(found)
        unit_name = _unit_name(doc, spec, k)
        scope = firsts[k][1]
        values = {
            "count": count,
            "max": spec.maximum if spec.maximum is not None else "",
            "min": spec.minimum if spec.minimum is not None else "",
            "unit": unit_name,
            "scope": scope,
        }
        if spec.maximum is not None and count > spec.maximum:
            over = found[spec.maximum]
            message = _say(spec, spec.message or _MAX_MESSAGE, match=_oneline(over.text), **values)
            yield _problem(spec, over, message, data={"count": count, "max": spec.maximum})
        if spec.minimum is not None and count < spec.minimum:
            unit = firsts[k][0]
            prose = unit.paragraph.prose
            line, col = prose.locate(0)
            match = _oneline(found[0].text) if found else ""
            message = _say(spec, spec.message or _MIN_MESSAGE, match=match, **values)
            yield Problem(line, col, message, data={"count": count, "min": spec.minimum})


def _identity(spec: PackRule, h: Hit) -> tuple[int, Any]:
    m = spec.matchers[h.matcher]
    if m.spelling >= 0:
        return m.group, m.spelling
    text = " ".join(h.text.split())
    for a in APOSTROPHES[1:]:
        text = text.replace(a, "'")
    return m.group, text.casefold()


def _run_consistency(
    doc: Document, ctx: Context, spec: PackRule, compiled: Any, views: Any, budget: Budget
) -> Iterator[Problem]:
    template = spec.message or _DEFAULT_MESSAGE["consistency"]
    labels = {id(u): label for u, _, label in views}
    hits = sorted(find_hits(compiled[0], views, budget), key=lambda h: h.key)
    by_group: dict[int, list[Hit]] = {}
    for h in hits:
        by_group.setdefault(spec.matchers[h.matcher].group, []).append(h)
    out: list[Problem] = []
    for found in by_group.values():
        spellings: dict[Any, list[Hit]] = {}
        for h in found:
            spellings.setdefault(_identity(spec, h)[1], []).append(h)
        if len(spellings) < 2:
            continue
        # the brief's own choice: the spelling used most, the first one used on a tie
        preferred = max(spellings, key=lambda s: (len(spellings[s]), -found.index(spellings[s][0])))
        first = spellings[preferred][0]
        line, col = first.unit.paragraph.prose.locate(first.start)
        for ident, hs in spellings.items():
            if ident == preferred:
                continue
            for h in hs:
                message = _say(
                    spec,
                    template,
                    match=_oneline(h.text),
                    first=_oneline(first.text),
                    line=line,
                    column=col,
                    count=len(spellings[preferred]),
                    scope=labels[id(h.unit)],
                )
                out.append(_problem(spec, h, message, data={"preferred": _oneline(first.text)}))
    out.sort(key=lambda p: (p.line, p.column))
    yield from out


def _key_of(m: Any) -> str:
    groups = m.groupdict()
    if groups.get("key"):
        return str(groups["key"])
    for g in m.groups():
        if g:
            return str(g)
    return str(m.group(0))


_FUNCTION_WORDS = frozenset({"of", "for", "and", "on", "the", "in", "&"})


def own_initials(doc: Document) -> set[str]:
    """The initials of the publisher's own names: each author's affiliation and the institutions a bio names.

    A brief never spells out its own publisher ("CRS" in a Congressional Research
    Service Insight, "GAO" in a Government Accountability Office report): every run
    of capitalised words (joined by "of", "for", "and", "on", "the", "in") in an
    affiliation or a bio gives the initials of each of its leading parts.
    """
    out: set[str] = set()
    authors = (doc.data or {}).get("authors")
    for author in authors if isinstance(authors, list) else []:
        if not isinstance(author, dict):
            continue
        for key in ("affiliation", "bio"):
            text = author.get(key)
            if not isinstance(text, str):
                continue
            initials = ""
            for word in text.replace("(", " ").replace(",", " ").split():
                if word in ("The", "A", "An") and not initials:
                    continue  # an article opening the name is no initial
                if word[:1].isupper() and word.isalpha():
                    initials += word[0]
                    if len(initials) >= 2:
                        out.add(initials)
                elif word not in _FUNCTION_WORDS or not initials:
                    initials = ""
    return out


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _reads_as_word(doc: Document, h: Hit, known: set[str], texts: Mapping[int, str]) -> bool:
    """The use needs no spelling out for a reason of its own (see :mod:`.acronyms`)."""
    key = _key_of(h.match)
    if acronyms.dictionary_word(key) or acronyms.known_family(key, known):
        return True
    if acronyms.in_written_address(texts[id(h.unit)], h.start, h.end, key):
        return True
    prose = h.unit.paragraph.prose
    return acronyms.names_its_link(doc.text, prose.offset(h.start), prose.offset(h.end - 1) + 1)


def _run_conditional(
    doc: Document, ctx: Context, spec: PackRule, compiled: Any, views: Any, budget: Budget
) -> Iterator[Problem]:
    template = spec.message or _DEFAULT_MESSAGE["conditional"]
    labels = {id(u): label for u, _, label in views}
    known = set(spec.exceptions) | {str(k) for k in (ctx.options.get("known") or ())} | own_initials(doc)
    uses = find_hits(compiled[0], views, budget)
    texts = {id(u): text for u, text, _ in views}
    capitals: dict[int, bool] = {}

    def in_capitals(u: Unit) -> bool:
        if id(u) not in capitals:
            capitals[id(u)] = _mostly_capitals(texts[id(u)])
        return capitals[id(u)]

    pending = [
        h
        for h in sorted(uses, key=lambda h: h.key)
        if _key_of(h.match) not in known and not in_capitals(h.unit) and not _reads_as_word(doc, h, known, texts)
    ]
    if not pending:
        return  # every use is known: no spelling-out to look for
    # a spelling-out counts wherever the reader sees it, inside a quotation too
    def_views = views if "quotes" in spec.scopes else views_of(doc, spec._replace(scopes=(*spec.scopes, "quotes")))
    defs = find_hits(compiled[1], def_views, budget) if compiled[1] else []
    defined: dict[str, Hit] = {}
    for d in defs:
        key = _key_of(d.match)
        if key not in defined:
            defined[key] = d
    flagged: set[str] = set()
    for h in pending:
        key = _key_of(h.match)
        if key in flagged:
            continue
        definition = defined.get(key)
        if definition is not None and definition.key <= h.key:
            continue
        flagged.add(key)
        if definition is not None:
            dl, dc = definition.unit.paragraph.prose.locate(definition.start)
            later = f" (it is spelled out later, at line {dl})"
        else:
            later = ""
        message = _say(spec, template, match=_oneline(h.text), key=key, defined=later, scope=labels[id(h.unit)])
        yield _problem(spec, h, message, data={"key": key})


_RUNNERS: dict[str, Runner] = {
    "existence": _run_existence,
    "substitution": _run_substitution,
    "occurrence": _run_occurrence,
    "consistency": _run_consistency,
    "conditional": _run_conditional,
}
