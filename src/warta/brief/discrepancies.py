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
_NUM = r"(?P<num>\d+(?:[.,]\d{3})*|" + "|".join(_NUMBER_WORDS) + r")"
_COUNT = re.compile(
    rf"\b{_NUM}\s+(?:orang\s+|warga\s+|korban\s+|penumpang\s+|people\s+|persons\s+)?(?:yang\s+|dinyatakan\s+)?"
    rf"(?P<kind>{'|'.join(f'(?P<{k}>{v})' for k, v in _KINDS.items())})\b",
    re.IGNORECASE,
)
_LABEL = {"dead": "korban meninggal", "injured": "korban luka", "missing": "orang hilang",
          "displaced": "pengungsi"}  # fmt: skip


def counts(text: str) -> dict[str, int]:
    """Counts of people by kind stated in one sentence (`46 orang tewas` -> {"dead": 46})."""
    out: dict[str, int] = {}
    for m in _COUNT.finditer(text):
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
    # the words beside the figures: "46 orang tewas akibat banjir di Sumbawa" ~ "56 orang meninggal akibat ..."
    context = [
        {t for t in u.terms if not t[:1].isdigit()} - terms(" ".join(m.group(0) for m in _COUNT.finditer(u.text)))
        for u in ix.units
    ]
    seen: set[tuple[str, frozenset[int]]] = set()
    out: list[Discrepancy] = []
    for i, ci in enumerate(stated):
        for j in range(i + 1, len(ix.units)):
            cj = stated[j]
            ui, uj = ix.units[i], ix.units[j]
            if not ci or not cj or ix.witness[ui.article] == ix.witness[uj.article]:
                continue
            shared = context[i] & context[j]
            if len(shared) < MIN_SHARED or len(shared) < ALIGNED * len(context[i] | context[j]):
                continue
            for kind in ci.keys() & cj.keys():
                values = frozenset((ci[kind], cj[kind]))
                if len(values) < 2 or (kind, values) in seen:
                    continue
                seen.add((kind, values))
                out.append(_discrepancy(ix, kind, [(i, ci[kind]), (j, cj[kind])], stated))
    return out


def _discrepancy(ix: StoryIndex, kind: str, sides: list[tuple[int, int]], stated: list[dict[str, int]]) -> Discrepancy:
    claims = []
    latest = []
    for unit, value in sides:
        arts = sorted({ix.units[k].article for k, c in enumerate(stated) if c.get(kind) == value})
        claims.append(Claim(text=ix.units[unit].text, sources=[ix.articles[a].id for a in arts],
                            outlets=ix.witnesses(arts)))
        times = [ix.articles[a].published for a in arts if ix.articles[a].published]
        latest.append(max(times) if times else None)
    about = f"{_LABEL[kind]}: " + " vs ".join(str(v) for _, v in sides)
    if all(latest) and latest[0] != latest[1]:
        later = sides[0][1] if latest[0] > latest[1] else sides[1][1]
        about += f" (laporan yang lebih baru: {later})"
    return Discrepancy(about=about, claims=claims)
