"""Discrepancies: aligned reports that give different numbers for the same quantity.

Empty is better than wrong: two sentences are compared only when they are aligned (they report the same
thing) and name the same kind of count right after the number (`46 orang tewas` vs `56 orang meninggal`:
both the dead). Each side lists every article that gives its figure; when the articles' publication times
differ, the later figure is marked as the later report.
"""

from __future__ import annotations

import re

from warta.brief.align import StoryIndex, terms
from warta.model import Claim, Discrepancy

ALIGNED = 0.5  # share of the other words (numbers and count words aside) two sentences must have in common
MIN_SHARED = 3  # ... and at least this many of them
_NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_KINDS = {
    "dead": r"tewas|meninggal(?: dunia)?|wafat|korban jiwa|korban tewas|dead|killed|died",
    "injured": r"luka(?:-luka)?(?: berat| ringan)?|cedera|injured|wounded",
    "missing": r"hilang|missing",
    "displaced": r"mengungsi|pengungsi|displaced|evacuated",
}
_ANY_KIND = re.compile("|".join(_KINDS.values()), re.IGNORECASE)
_NUM = r"(?P<num>\d+(?:[.,]\d{3})*|" + "|".join(_NUMBER_WORDS) + r")"
_COUNT = re.compile(
    rf"\b{_NUM}\s+(?:orang\s+|warga\s+|korban\s+|penumpang\s+|people\s+|persons\s+)?(?:yang\s+|dinyatakan\s+)?"
    rf"(?P<kind>{'|'.join(f'(?P<{k}>{v})' for k, v in _KINDS.items())})\b",
    re.IGNORECASE,
)
# the count after the noun: "korban meninggal dunia akibat banjir berjumlah 21 orang"
_COUNT_AFTER = re.compile(
    rf"(?:korban\s+)?(?P<kind>{'|'.join(f'(?P<{k}>{v})' for k, v in _KINDS.items())})\b[^.;:\d]{{0,40}}?"
    rf"\b(?:berjumlah|sebanyak|mencapai|menjadi|tercatat|total)\s+{_NUM}\s+(?:orang|jiwa|people|persons)\b",
    re.IGNORECASE,
)
_PART = re.compile(r"\s*(?:yang\s+)?(?:\w+\s+){0,2}(?:di|ke|dari|in|at|to)\s+(?:antaranya\b|[A-Z])")
_LABEL = {"dead": "korban meninggal", "injured": "korban luka", "missing": "orang hilang",
          "displaced": "pengungsi"}  # fmt: skip


def counts(text: str) -> dict[str, int]:
    """Counts of people by kind stated in one sentence (`46 orang tewas` -> {"dead": 46})."""
    out: dict[str, int] = {}
    if not _ANY_KIND.search(text):  # most sentences count nobody: skip the two long patterns
        return out
    for m in [*_COUNT.finditer(text), *_COUNT_AFTER.finditer(text)]:
        if _PART.match(text, m.end()):
            continue  # "17 korban luka yang dibawa ke RSUD Cicalengka": a part, not the toll
        raw = m.group("num").lower()
        value = _NUMBER_WORDS.get(raw)
        if value is None:
            value = int(re.sub(r"[.,]", "", raw))
        kind = next(k for k in _KINDS if m.group(k))
        out.setdefault(kind, value)
    return out


def story_discrepancies(ix: StoryIndex) -> list[Discrepancy]:
    """Counts that aligned sentences of different outlets disagree on."""
    stated = [counts(u.text) for u in ix.units]
    counted = [i for i, c in enumerate(stated) if c]
    # the words beside the figures: "46 orang tewas akibat banjir di Sumbawa" ~ "56 orang meninggal akibat ..."
    context = {
        i: {t for t in ix.units[i].terms if not t[:1].isdigit()}
        - terms(" ".join(f"{m.group('num')} {m.group('kind')}" for p in (_COUNT, _COUNT_AFTER)
                         for m in p.finditer(ix.units[i].text)))
        for i in counted
    }
    topic = _topic_terms(ix)
    sides: dict[str, dict[int, int]] = {}  # kind -> value -> the first sentence that states it
    for n, i in enumerate(counted):
        for j in counted[n + 1 :]:
            ci, cj = stated[i], stated[j]
            if ix.witness[ix.units[i].article] == ix.witness[ix.units[j].article]:
                continue
            shared = context[i] & context[j]
            aligned = len(shared) >= MIN_SHARED and len(shared) >= ALIGNED * len(context[i] | context[j])
            # or both state the story's toll: the count is tied to what most outlets report (banjir, gempa)
            if not aligned and not shared & topic:
                continue
            for kind in ci.keys() & cj.keys():
                if ci[kind] != cj[kind]:
                    values = sides.setdefault(kind, {})
                    values.setdefault(ci[kind], i)
                    values.setdefault(cj[kind], j)
    return [_discrepancy(ix, kind, sorted(v.items(), key=lambda kv: kv[1]), stated) for kind, v in sides.items()]


def _topic_terms(ix: StoryIndex, top: int = 3) -> set[str]:
    """The few words nearly every outlet uses: what the story is about (`banjir`, `gempa`, `kebakaran`)."""
    outlets: dict[str, set[str]] = {}
    for u in ix.units:
        outlets.setdefault(ix.witness[u.article], set()).update(t for t in u.terms if t.isalpha())
    if len(outlets) < 2:
        return set()
    df: dict[str, int] = {}
    for ts in outlets.values():
        for t in ts:
            df[t] = df.get(t, 0) + 1
    ranked = sorted((t for t, c in df.items() if c >= 0.8 * len(outlets)), key=lambda t: (-df[t], t))
    return set(ranked[:top])


def _discrepancy(ix: StoryIndex, kind: str, sides: list[tuple[int, int]], stated: list[dict[str, int]]) -> Discrepancy:
    """One discrepancy per kind of count: each figure with the articles that give it, the latest marked."""
    claims = []
    latest = []
    for value, unit in sides:
        arts = sorted({ix.units[k].article for k, c in enumerate(stated) if c.get(kind) == value})
        claims.append(Claim(text=ix.units[unit].text, sources=[ix.articles[a].id for a in arts],
                            outlets=ix.witnesses(arts)))
        times = [ix.articles[a].published for a in arts if ix.articles[a].published]
        latest.append(max(times) if times else None)
    about = f"{_LABEL[kind]}: " + " vs ".join(str(v) for v, _ in sides)
    known = [t for t in latest if t is not None]
    if len(known) >= 2 and known.count(max(known)) == 1:
        about += f" (laporan yang lebih baru: {sides[latest.index(max(known))][0]})"
    return Discrepancy(about=about, claims=claims)
