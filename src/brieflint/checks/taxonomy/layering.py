"""Layering: applying taxonomy files in order over each other, then finishing the terms.

A later layer adds terms, adds aliases, children and mentions to terms of the
same name, and wins every conflict (see :mod:`brieflint.checks.taxonomy.model`);
:meth:`Builder.finish` resolves children by reference, checks cycles and
deprecation chains, and gives the :class:`~.terms.Taxonomy`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from brieflint.checks.taxonomy.files import Definition, Layer, Where
from brieflint.checks.taxonomy.terms import KINDS, SINGULAR, Taxonomy, Term


class Draft:
    """A term while the layers are applied."""

    __slots__ = ("name", "where", "aliases", "children", "mentions", "use", "note", "description")

    def __init__(self, name: str, where: Where) -> None:
        self.name = name
        self.where = where
        self.aliases: dict[str, Where] = {}
        self.children: list[tuple[str, Where]] = []
        self.mentions: list[str] = []
        self.use: tuple[str, Where] | None = None
        self.note: str | None = None
        self.description: str | None = None


class Builder:
    """Applies layers in order (a local, short-lived object: one per build)."""

    def __init__(self) -> None:
        self.terms: dict[str, dict[str, Draft]] = {k: {} for k in KINDS}
        self.alias_owner: dict[str, dict[str, str]] = {k: {} for k in KINDS}
        self.removed: dict[str, set[str]] = {k: set() for k in KINDS}

    def apply(self, layer: Layer) -> None:
        for kind, name, w in layer.removes:
            self._remove(kind, name, w)
        for d in layer.defs:
            self._define(d)

    def _lookup(self, kind: str, name: str) -> str | None:
        if name in self.terms[kind]:
            return name
        return self.alias_owner[kind].get(name)

    def _remove(self, kind: str, name: str, w: Where) -> None:
        target = self._lookup(kind, name)
        if target is None:
            raise w.error(f"taxonomy: cannot remove {SINGULAR[kind]} '{name}': no earlier layer defines it")
        draft = self.terms[kind].pop(target)
        for alias in draft.aliases:
            self.alias_owner[kind].pop(alias, None)
        self.removed[kind].update({target, *draft.aliases})

    def _define(self, d: Definition) -> None:
        kind = d.kind
        terms = self.terms[kind]
        owners = self.alias_owner[kind]
        if not d.full:
            # a reference by name: resolved at the end; creates the term only if nobody defines it
            return
        if d.name in owners and owners[d.name] != d.name:
            # an earlier layer's alias becomes this layer's own term
            terms[owners[d.name]].aliases.pop(d.name, None)
            del owners[d.name]
        self.removed[kind].discard(d.name)
        draft = terms.get(d.name)
        if draft is None:
            draft = terms[d.name] = Draft(d.name, d.where)
        else:
            draft.where = d.where
        for alias, w in d.aliases:
            if alias in terms and alias != d.name:
                # an earlier term renamed: fold it into this one
                old = terms.pop(alias)
                for a, aw in old.aliases.items():
                    if a != d.name:
                        draft.aliases.setdefault(a, aw)
                        owners[a] = d.name
                owners.pop(d.name, None)
                draft.children.extend(old.children)
                draft.mentions.extend(m for m in old.mentions if m not in draft.mentions)
                if draft.use is None and old.use is not None and old.use[0] != d.name:
                    draft.use = old.use
                draft.description = draft.description or old.description
            elif alias in owners and owners[alias] != d.name:
                terms[owners[alias]].aliases.pop(alias, None)
            draft.aliases[alias] = w
            owners[alias] = d.name
            self.removed[kind].discard(alias)
        draft.children.extend(d.children)
        draft.mentions.extend(m for m in d.mentions if m not in draft.mentions)
        if d.use is not None:
            draft.use = d.use
            draft.note = d.note
        if d.description is not None:
            draft.description = d.description

    def finish(self, sources: Sequence[str]) -> Taxonomy:
        out: dict[str, dict[str, Term]] = {}
        for kind in KINDS:
            out[kind] = self._finish_kind(kind)
        return Taxonomy.of(out, sources)

    def _finish_kind(self, kind: str) -> dict[str, Term]:
        terms = self.terms[kind]
        owners = self.alias_owner[kind]
        removed = self.removed[kind]
        # children by reference: resolve names and aliases; an unknown name creates a term
        edges: dict[str, list[tuple[str, Where]]] = {}
        for name in list(terms):
            draft = terms[name]
            seen: set[str] = set()
            resolved: list[tuple[str, Where]] = []
            for ref, w in draft.children:
                target = ref if ref in terms else owners.get(ref)
                if target is None:
                    if ref in removed:
                        continue
                    terms[ref] = Draft(ref, w)
                    target = ref
                if target == name:
                    raise w.error(f"taxonomy: {SINGULAR[kind]} '{name}' lists itself among its children")
                if target not in seen:
                    seen.add(target)
                    resolved.append((target, w))
            edges[name] = resolved
        for name in terms:
            edges.setdefault(name, [])
        find_cycle(kind, edges)
        parents: dict[str, list[str]] = {n: [] for n in terms}
        for name, kids in edges.items():
            for kid, _w in kids:
                parents[kid].append(name)
        # deprecations: follow to a live term
        uses: dict[str, str] = {}
        for name, draft in terms.items():
            if draft.use is None:
                continue
            ref, w = draft.use
            target = ref if ref in terms else owners.get(ref)
            if target is None:
                raise w.error(
                    f"taxonomy: deprecated {SINGULAR[kind]} '{name}' says to use '{ref}', "
                    f"which is not a {SINGULAR[kind]} of the taxonomy"
                )
            if target == name:
                raise w.error(f"taxonomy: deprecated {SINGULAR[kind]} '{name}' says to use itself")
            uses[name] = target
        final: dict[str, str] = {}
        for name in uses:
            chain = [name]
            cur = uses[name]
            while cur in uses:
                if cur in chain:
                    w = terms[name].use[1]  # type: ignore[index]
                    raise w.error(
                        f"taxonomy: deprecated {SINGULAR[kind]}s point at each other: {' → '.join([*chain, cur])}"
                    )
                chain.append(cur)
                cur = uses[cur]
            final[name] = cur
        out: dict[str, Term] = {}
        for name, draft in terms.items():
            out[name] = Term(
                kind=kind,
                name=name,
                aliases=tuple(a for a in draft.aliases if owners.get(a) == name),
                parents=tuple(parents[name]),
                children=tuple(k for k, _w in edges[name]),
                use=final.get(name),
                note=draft.note,
                mentions=tuple(draft.mentions),
                description=draft.description,
                origin=str(draft.where),
            )
        return out


def find_cycle(kind: str, edges: Mapping[str, list[tuple[str, Where]]]) -> None:
    """Raise at the child reference that closes a cycle, naming the cycle."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {n: WHITE for n in edges}
    for root in edges:
        if colour[root] != WHITE:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path = [root]
        colour[root] = GREY
        while stack:
            node, i = stack[-1]
            kids = edges[node]
            if i >= len(kids):
                stack.pop()
                path.pop()
                colour[node] = BLACK
                continue
            stack[-1] = (node, i + 1)
            kid, w = kids[i]
            if colour[kid] == GREY:
                cycle = path[path.index(kid) :] + [kid]
                raise w.error(
                    f"taxonomy: {SINGULAR[kind]}s form a cycle: {' → '.join(cycle)}; a term cannot be its own ancestor"
                )
            if colour[kid] == WHITE:
                colour[kid] = GREY
                stack.append((kid, 0))
                path.append(kid)


# ----- building ------------------------------------------------------------------------------
