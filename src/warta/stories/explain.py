"""Why an article is in its story: shared terms, names and numbers, similarity, time gap, near-copy status.

With the `StoryIndex` that grouped the article, the recorded decision (model features and probability)
is reported as taken; without it the comparison with the rest of the story is recomputed, with IDF over
the story's own articles, so the numbers are indicative, not the ones the decision used.
"""

from __future__ import annotations

import math
from collections import deque
from typing import Any

from warta.model import Article, Story
from warta.stories.features import Features
from warta.stories.index import StoryIndex, Vector, _Open

TOP = 8


def _shared(vec: Vector, others: list[Vector]) -> list[str]:
    """Terms of the article also in other members, by weight in the article times members sharing it."""
    score = {t: w * sum(1 for o in others if t in o) for t, w in vec.items()}
    return [t for t, s in sorted(score.items(), key=lambda kv: (-kv[1], kv[0])) if s > 0][:TOP]


def explain(article: Article, story: Story, index: StoryIndex | None = None) -> dict[str, Any]:
    """A JSON-ready account of why `article` belongs to `story` (see the module docstring)."""
    idx = index or StoryIndex(keep_articles=False)
    feats: dict[str, Features] = {a.id: idx.featurize(a) for a in story.articles}
    mine = feats.get(article.id) or idx.featurize(article)
    if index is None:
        for f in {**feats, article.id: mine}.values():
            idx.observe(f)
    vecs = idx.vectors(mine)
    rest_feats = [f for aid, f in feats.items() if aid != article.id]
    others = [idx.vectors(f) for f in rest_feats]
    times = [f.time for f in rest_feats if f.time is not None]
    gap = min((abs(mine.time - t) for t in times), default=None) if mine.time is not None else None
    out: dict[str, Any] = {
        "article": article.id,
        "story": story.id,
        "founded_story": bool(story.articles) and story.articles[0].id == article.id,
        "near_copy_of": article.near_copy_of,
        "time_gap_days": None if gap is None else round(gap, 2),
        "shared_terms": _shared(vecs["body"], [o["body"] for o in others]),
        "shared_names": _shared(vecs["names"], [o["names"] for o in others]),
        "shared_numbers": _shared(vecs["numbers"], [o["numbers"] for o in others]),
        "threshold": idx.model.threshold,
    }
    decision = index.decisions.get(article.id) if index is not None else None
    if decision is not None:
        out.update(probability=decision.probability, features=decision.features, recorded=True)
        if decision.jaccard is not None:
            out["near_copy_jaccard"] = round(decision.jaccard, 3)
        return out
    rest = _Open({}, {}, deque(maxlen=len(others) or 1), deque(maxlen=len(others) or 1))
    for vec, f in zip(others, rest_feats, strict=True):
        rest.add(vec, f.time, f)
    if others:
        x = idx.similarity(mine, vecs, rest, mine.time)
        out.update(
            probability=round(idx.model.probability(x), 4),
            features={k: round(v, 4) for k, v in x.items() if not math.isnan(v)},
        )
    out["recorded"] = False
    return out
