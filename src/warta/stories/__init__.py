"""stories: Articles -> Stories, one per real-world happening.

`group(articles)` is the batch call and runs the same code as the stream (`StoryIndex.add`): articles go
in by time; each is compared with the stories still open within a 7-day window (an inverted index of key
terms, bucketed by day, finds the candidates) and joins the most likely one if the calibrated model says
so, else opens a new story. Near copies (MinHash LSH) join the story of the earliest article they copy.
The batch then takes a second look (`regroup`): stories of one or two articles move into a bigger story
of the batch when the same model is sure enough and the time gap is small. A stream cannot revisit what
it has published, so `StoryIndex.add` has no second pass: batch and stream differ only on such stories.

Modules: `features` (term bags per field: headline+lead, body, names, numbers; the
days the lead names; report/preview/retrospective), `background` (IDF prior from wordfreq's Indonesian
list, so four articles already have sensible weights), `nearcopy` (MinHash LSH in a window), `index`
(StoryIndex: window, postings, centroids, merges), `regroup` (the batch's second pass), `decide` (the
logistic model over similarity features, shipped as `warta/data/story_model.json`, refitted by
`bench/stories.py --refit`), `explain`.

Precision first: the model is fitted on the devset and a judged two-year IndoSum stream (see `decide`), and
its join threshold (0.5) chosen by 5-fold cross-validation over both, since users forgive a split far more
than a merge. A caller who wants fewer merges still passes a model with a higher threshold
(`StoryIndex(replace(default_model(), threshold=0.7))`, `warta group --join-threshold 0.7`).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable

from warta.model import Article, Story
from warta.stories.decide import Model, default_model
from warta.stories.explain import explain
from warta.stories.features import Features, lend_time
from warta.stories.index import StoryIndex, dot, story_id
from warta.stories.regroup import reconsider

__all__ = ["StoryIndex", "default_model", "explain", "group", "prepare", "reconsider", "story_id"]

log = logging.getLogger("warta.stories")

NEIGHBOUR_MIN_COSINE = 0.3  # an undated article borrows the time of a dated one this similar
NEIGHBOUR_POSTINGS = 64


def group(articles: Iterable[Article], model: Model | None = None, index: StoryIndex | None = None) -> list[Story]:
    """Stories sorted by first publication; sets `story` and `near_copy_of` on every article.

    Deterministic: IDF is counted over the whole batch first and articles are added in (time, id)
    order, so the input order does not matter. Articles without a publication date take the latest
    date written in their lead, else the time of the most similar dated article in the batch. The
    remaining order effect is the online one: an article is compared with the stories formed by the
    articles before it in time; a later article likely enough for two open stories merges them when the two
    are likely one story by themselves, but two stories that no single article bridges stay apart unless the
    second pass (`regroup`) joins a small one to a bigger one. Pass a fresh `index` to keep the decisions for `explain`.
    """
    index = index or StoryIndex(model)
    pairs = prepare(index, articles)
    for feats, article in pairs:
        index.add_features(feats, article, observe=False)
    reconsider(index, pairs)
    return index.stories()


def prepare(index: StoryIndex, articles: Iterable[Article]) -> list[tuple[Features, Article]]:
    """A batch made ready for `index.add_features(..., observe=False)`: features counted into the IDF,
    undated articles given a neighbour's time, everything in (time, id) order (undated last)."""
    batch = list(articles)
    feats = [_featurize(index, a) for a in batch]
    for f in feats:
        index.observe(f)
    _borrow_times(index, feats)
    pairs = list(zip(feats, batch, strict=True))
    pairs.sort(key=lambda p: (p[0].time is None, p[0].time or 0.0, p[1].id))
    return pairs


def _featurize(index: StoryIndex, article: Article) -> Features:
    """Features, or an empty set (the article then stands alone) if its fields are unusable: one bad
    article must not stop a batch."""
    try:
        return index.featurize(article)
    except Exception as exc:  # a rule's bug on odd text (a KeyError in a date table once) must not stop a batch
        log.warning("%s: cannot compare this article with others (%s); it forms a story alone", article.id, exc)
        return Features(article.id, None, Counter(), Counter(), Counter(), Counter())


def _borrow_times(index: StoryIndex, feats: list[Features]) -> None:
    """Give undated articles the time of their most similar dated neighbour in the batch. Neighbours
    are found through shared key terms (at most NEIGHBOUR_POSTINGS dated articles per term), so the
    cost grows with the batch, not with its square."""
    undated = [f for f in feats if f.time is None]
    if not undated:
        return
    postings: dict[str, list[int]] = defaultdict(list)
    dated = [(f, index.vectors(f)) for f in feats if f.time is not None]
    for k, (_, vecs) in enumerate(dated):
        for term in index.key_terms(vecs):
            if len(postings[term]) < NEIGHBOUR_POSTINGS:
                postings[term].append(k)
    for f in undated:
        vecs = index.vectors(f)
        near = {k for term in index.key_terms(vecs) for k in postings.get(term, ())}
        scored = [(dot(vecs["body"], dated[k][1]["body"]), -(dated[k][0].time or 0.0), dated[k][0].id) for k in near]
        best = max(scored, default=None)
        if best is not None and best[0] >= NEIGHBOUR_MIN_COSINE:
            lend_time(f, -best[1])
