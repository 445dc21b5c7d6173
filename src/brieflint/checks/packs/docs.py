"""A pack rule's documentation (for ``brieflint explain`` and ``rules``) and its examples as whole briefs."""

from __future__ import annotations

import json
from collections.abc import Sequence

from brieflint.checks.packs.spec import PackRule


def _quote_list(items: Sequence[str], limit: int = 12) -> str:
    shown = [f"'{i}'" for i in items[:limit]]
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    if len(shown) == 1:
        return shown[0] + more
    return ", ".join(shown[:-1]) + (" or " if not more else ", ") + shown[-1] + more


def _scope_words(scopes: Sequence[str]) -> str:
    names = {
        "title": "the title",
        "summary": "the summary",
        "headings": "the headings",
        "body": "the body",
        "bios": "the authors' bios",
        "quotes": "direct quotes",
    }
    parts = [names[s] for s in scopes]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _what(spec: PackRule) -> str:
    d = spec.data
    where = _scope_words(spec.scopes)
    case = " Case is ignored." if spec.ignore_case else " Case matters."
    listed = [*(d.get("tokens") or ()), *(f"`{p}`" for p in d.get("patterns") or ())]
    if spec.kind == "existence":
        text = f"Reports {_quote_list(listed)} in {where}."
    elif spec.kind == "substitution":
        pairs = [f"'{k}' → '{v}'" if not spec.regex else f"`{k}` → '{v}'" for k, v in d["swap"].items()]
        fix = " The replacement is offered as a safe fix (`brieflint check --fix`)." if spec.fix else ""
        text = (
            f"Prefers one form over another in {where}: {'; '.join(pairs[:12])}{' …' if len(pairs) > 12 else ''}.{fix}"
        )
    elif spec.kind == "occurrence":
        unit = {"scope": "scope", "section": "section", "paragraph": "paragraph", "document": "brief"}[spec.per]
        bounds = []
        if spec.maximum is not None:
            bounds.append(f"more than {spec.maximum}")
        if spec.minimum is not None:
            bounds.append(f"fewer than {spec.minimum}")
        text = f"Counts {_quote_list(listed)} in {where}, per {unit}, and reports a {unit} with {' or '.join(bounds)}."
    elif spec.kind == "consistency":
        groups = [" / ".join(f"'{s}'" for s in g) for g in d.get("groups") or ()]
        pats = [f"`{p}`" for p in d.get("patterns") or ()]
        parts = []
        if groups:
            parts.append("spellings " + "; ".join(groups))
        if pats:
            parts.append("every distinct spelling matched by " + ", ".join(pats[:8]) + (" …" if len(pats) > 8 else ""))
        text = (
            f"Reports a brief that writes one name in more than one way in {where} ({'; '.join(parts)}). "
            "The spelling the brief uses most (the first one on a tie) is taken as its choice; the others are reported."
        )
    else:
        firsts = d["first"] if isinstance(d["first"], list) else [d["first"]]
        seconds = d["second"] if isinstance(d["second"], list) else [d["second"]]
        text = (
            f"Reports the first use in {where} of a key matched by {', '.join(f'`{p}`' for p in firsts)} "
            f"that comes before a definition matched by {', '.join(f'`{p}`' for p in seconds)}."
        )
    if d.get("description"):
        # the pack's own words replace the generated list of patterns
        text = " ".join(str(d["description"]).split()) + f" It reads {where}."
        if spec.kind == "substitution" and spec.fix:
            text += " The replacement is offered as a safe fix (`brieflint check --fix`)."
    if spec.kind == "consistency":
        text += " Spellings that differ only in case or in the kind of apostrophe count as one."
    if spec.kind == "conditional" and spec.exceptions:
        known = ", ".join(spec.exceptions)
        text += f" Known keys need no definition: {known}; add more with the rule's `known` option."
    if "quotes" not in spec.scopes:
        text += " Text in direct quotes (block quotes, quotations of four words or more) is not checked."
    return text + case


def _example_block(example: str) -> str:
    if is_whole(example):
        lang = "yaml" if example.startswith("# form: yaml") else "markdown"
        return f"```{lang}\n{example.rstrip()}\n```"
    return "\n".join("    " + line if line else "" for line in example.rstrip().split("\n"))


def is_whole(example: str) -> bool:
    return example.startswith("---") or example.startswith("# form: yaml")


def rule_doc(spec: PackRule) -> str:
    d = spec.data
    why = str(d.get("why") or "").strip() or (
        f"The {spec.pack} style guide asks for it: a brief that follows one house style reads as edited, "
        "and readers are not distracted by variation."
    )
    example_parts = []
    if d.get("bad"):
        example_parts.append("This is reported:\n\n" + _example_block(str(d["bad"])))
    if d.get("good"):
        example_parts.append("This is not:\n\n" + _example_block(str(d["good"])))
    example = "\n\n".join(example_parts) or "(this pack gives no example)"
    return f"What it does\n{_what(spec)}\n\nWhy is this bad?\n{why}\n\nExample\n{example}"


def rule_summary(spec: PackRule) -> str:
    d = spec.data
    if d.get("summary"):
        return " ".join(str(d["summary"]).split())
    listed = [*(d.get("tokens") or ()), *(d.get("patterns") or ())]
    if spec.kind == "existence":
        return f"Avoid {_quote_list(listed, 4)}."
    if spec.kind == "substitution":
        pairs = list(d["swap"].items())
        return f"Write '{pairs[0][1]}', not '{pairs[0][0]}'" + (" (and similar)." if len(pairs) > 1 else ".")
    if spec.kind == "occurrence":
        return f"Limit how often {_quote_list(listed, 4)} appear."
    if spec.kind == "consistency":
        return "Spell a name one way throughout a brief."
    return "Define a term before its first use."


_TEMPLATE_HEAD = """---
title: {title}
type: brief-analysis
date: 2026-01-15
authors:
  - name: Example Author
    bio: {bio}
summary: {summary}
topics:
  - Energy & Economics
regions:
  - Iraq
---

"""


_NEUTRAL_TITLE = "Rule Example: Water and Power in Southern Iraq"
_NEUTRAL_BIO = "Example Author is a fellow at the institute who writes about energy and water policy in the region."


_NEUTRAL_SUMMARY = (
    "Power cuts in southern Iraq follow the same pattern each summer. This example brief exists only to "
    "show how one rule of a style pack reads a document, with one paragraph that the rule looks at."
)


_NEUTRAL_BODY = "Demand for power in Basra rises with the heat, and the grid cannot keep up with it."
_NEUTRAL_END = "## What to watch\n\nThe next summer will show whether the new plants are ready in time.\n"


def example_brief(fragment: str, scopes: Sequence[str]) -> str:
    """A whole Markdown brief with ``fragment`` in its body (or, for a rule that does not read it, its first scope)."""
    if is_whole(fragment):
        return fragment if fragment.endswith("\n") else fragment + "\n"
    frag = fragment.strip("\n")
    line = frag.replace("\n", " ")
    where = "body" if "body" in scopes or not scopes else scopes[0]
    title, bio, summary = _NEUTRAL_TITLE, _NEUTRAL_BIO, _NEUTRAL_SUMMARY
    body = _NEUTRAL_BODY + "\n"
    end = _NEUTRAL_END
    if where == "title":
        title = line
    elif where == "summary":
        summary = line
    elif where == "bios":
        bio = line
    elif where == "headings":
        end = f"## {line}\n\nThe next summer will show whether the new plants are ready in time.\n"
    else:
        body = frag + "\n"

    def q(s: str) -> str:
        return json.dumps(s, ensure_ascii=False)

    return _TEMPLATE_HEAD.format(title=q(title), bio=q(bio), summary=q(summary)) + body + "\n" + end
