"""stories: Articles -> Stories, one per real-world happening.

`group(articles)` is the batch call and runs the same code as the stream (`StoryIndex.add`): articles go
in by time, each joins the most likely open story if the calibrated model says so, else opens a new one;
near copies join the story of the article they copy.
"""

from __future__ import annotations

from collections.abc import Iterable

from warta.model import Article, Story
from warta.stories.decide import Model, default_model
from warta.stories.explain import explain
from warta.stories.features import Features
from warta.stories.index import StoryIndex, cosine, story_id

__all__ = ["StoryIndex", "default_model", "explain", "group", "story_id"]

NEIGHBOUR_MIN_COSINE = 0.3  # an undated article borrows the time of a dated one this similar


def group(articles: Iterable[Article], model: Model | None = None, index: StoryIndex | None = None) -> list[Story]:
    """Stories sorted by first publication; sets `story` and `near_copy_of` on every article.

    Deterministic: IDF is counted over the whole batch first and articles are added in (time, id)
    order, so the input order does not matter. Articles without a publication date take the latest
    date written in their lead, else the time of the most similar dated article in the batch. The
    remaining order effect is the online one: an article is compared with the stories formed by the
    articles before it in time, so a story can split where a later article would have bridged it.
    Pass a fresh `index` to keep the decisions for `explain`.
    """
    batch = list(articles)
    index = index or StoryIndex(model)
    feats = [index.featurize(a) for a in batch]
    for f in feats:
        index.observe(f)
    _borrow_times(index, feats)
    order = sorted(range(len(batch)), key=lambda i: (feats[i].time is None, feats[i].time or 0.0, batch[i].id))
    for i in order:
        index.add_features(feats[i], batch[i], observe=False)
    return index.stories()


def _borrow_times(index: StoryIndex, feats: list[Features]) -> None:
    """Give undated articles the time of their most similar dated neighbour in the batch."""
    undated = [f for f in feats if f.time is None]
    if not undated:
        return
    dated = [(f, index.vectors(f)["body"]) for f in feats if f.time is not None]
    for f in undated:
        body = index.vectors(f)["body"]
        best = max(
            ((cosine(body, vec, 1.0), g.time, g.id) for g, vec in dated),
            key=lambda c: (c[0], -(c[1] or 0.0), c[2]),
            default=None,
        )
        if best is not None and best[0] >= NEIGHBOUR_MIN_COSINE:
            f.time, f.time_inferred = best[1], True
