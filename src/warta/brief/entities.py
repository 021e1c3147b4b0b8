"""Entities of a story: the names its articles mention, with spelling variants and aliases merged.

Merging uses what one article alone cannot show: the gazetteer (`Korut` = `Korea Utara` = `DPRK`), aliases
written in parentheses in any article, spelling variants across outlets (`Kim Jong Un` / `Kim Jong-un`,
near-identical spellings), and short forms (`Putin`, `Kim`) that match exactly one longer name of the story.
Names seen once, in one article, and unknown to the gazetteer are dropped: recurrence is the evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from warta.brief.align import StoryIndex
from warta.lang.entities import find_entities, gazetteer, is_common_word, name_key
from warta.model import Entity, EntityType

_NOT_A_NAME = re.compile(r"[\d.]")  # numbers, domains ("KOMPAS.com")
SPELLING = 0.85  # similarity ratio of two keys that are spelling variants
MAX_ENTITIES = 40


@dataclass(slots=True)
class _Bucket:
    forms: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    sources: set[int] = field(default_factory=set)
    canonical: str | None = None
    titled: bool = False


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _collect(ix: StoryIndex) -> tuple[dict[str, _Bucket], list[tuple[str, str]]]:
    buckets: dict[str, _Bucket] = {}
    links: list[tuple[str, str]] = []
    for u in ix.units:
        for m in find_entities(u.text):
            name = m.name
            if _NOT_A_NAME.search(name.rstrip(".")):
                continue
            if not m.canonical and " " not in name and m.initial and is_common_word(name):
                continue
            key = m.canonical or gazetteer().canonical.get(name) or name_key(name)
            b = buckets.setdefault(key, _Bucket())
            b.forms[name] += 1
            b.types[m.type] += 1
            b.sources.add(u.article)
            b.canonical = b.canonical or m.canonical
            b.titled |= m.titled
            if m.alias_of:
                links.append((key, m.alias_of if m.alias_of in gazetteer().types else name_key(m.alias_of)))
    _drop_compounds(buckets)
    return buckets, links


def _drop_compounds(buckets: dict[str, _Bucket]) -> None:
    """`Putin-Kim Jong Un`, `Rusia-DPRK`: two names of the story joined by a hyphen are not a third name."""
    table = gazetteer().canonical
    for key, b in list(buckets.items()):
        form = b.forms.most_common(1)[0][0]
        parts = form.split("-")
        if len(parts) == 2 and all(p[:1].isupper() for p in parts):
            sides = [table.get(p, name_key(p)) for p in parts]
            if all(side in buckets and side != key for side in sides):
                del buckets[key]


def _merge(buckets: dict[str, _Bucket], links: list[tuple[str, str]]) -> _Union:
    uf = _Union()
    for a, b in links:
        if a in buckets and b in buckets:
            uf.join(a, b)
    keys = sorted(buckets)
    blocks: dict[tuple[str, ...], list[str]] = {}
    for k in keys:
        blocks.setdefault(tuple(sorted(t[0] for t in k.split())), []).append(k)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                both_known = buckets[a].canonical and buckets[b].canonical
                if not both_known and min(len(a), len(b)) >= 5 and SequenceMatcher(None, a, b).ratio() >= SPELLING:
                    uf.join(a, b)
    # short forms: "Putin" -> the one longer name that contains it
    owners: dict[str, set[str]] = {}
    for k in keys:
        if " " in k:
            for tok in k.lower().split():
                owners.setdefault(tok, set()).add(uf.find(k))
    for k in keys:
        if " " not in k and not buckets[k].canonical and len(owners.get(k.lower(), ())) == 1:
            uf.join(k, next(iter(owners[k.lower()])))
    return uf


def _type(members: list[_Bucket]) -> EntityType:
    for b in members:
        if b.canonical:
            return gazetteer().types[b.canonical]
    votes: Counter[str] = Counter()
    for b in members:
        votes.update({t: n for t, n in b.types.items() if t != "other"})
    top = votes.most_common(1)[0][0] if votes else "other"
    if top in ("organization", "place"):  # head words ("Balai ...", "Kabupaten ...") beat a title before them
        return top  # type: ignore[return-value]
    return "person" if any(b.titled for b in members) else top  # type: ignore[return-value]


def story_entities(ix: StoryIndex) -> tuple[list[Entity], dict[str, str]]:
    """Entities (most widely mentioned first) and a map from every surface form to its entity's name."""
    buckets, links = _collect(ix)
    uf = _merge(buckets, links)
    groups: dict[str, list[_Bucket]] = {}
    for k, b in buckets.items():
        groups.setdefault(uf.find(k), []).append(b)
    entities: list[tuple[int, int, Entity]] = []
    alias: dict[str, str] = {}
    for members in groups.values():
        forms: Counter[str] = Counter()
        for b in members:
            forms.update(b.forms)
        sources = set().union(*(b.sources for b in members))
        canon = next((b.canonical for b in members if b.canonical), None)
        known = canon is not None
        name = canon or max(forms, key=lambda f: (" " in f, forms[f], len(f), f))
        kind = _type(members)
        count = sum(forms.values())
        if not known and len(sources) < 2 and (count < 2 or kind == "other"):
            continue
        if not known and " " not in name and (len(name) < 3 or is_common_word(name)):
            continue  # "Raya", "Kota", "KA": fragments of longer names
        aliases = sorted(f for f in forms if f != name)
        for f in [name, *aliases]:
            alias[f] = name
        ids = [ix.articles[a].id for a in sorted(sources)]
        entities.append((len(sources), count, Entity(name=name, type=kind, aliases=aliases, sources=ids)))
    entities.sort(key=lambda e: (-e[0], -e[1], e[2].name))
    return [e for _, _, e in entities[:MAX_ENTITIES]], alias
