"""StoryIndex: online grouping with a time window and an inverted index, so each add costs the same
with ten thousand or a million articles behind it.

An article is compared only with stories active within `window` days of its time. Candidates come from
postings bucketed by day (term -> recent story ids, capped per term), so lookups touch a fixed number of
buckets and postings whatever the index size; days and stories that fall out of the window are dropped.
Each candidate is scored against the story's centroids (TF-IDF per field, Miranda et al. 2018) and the
calibrated model in `decide` says join or open a new story. Written here rather than taken from a
library because no package offers windowed, incremental clustering with a learned join decision; the
pieces that exist (MinHash LSH, logistic regression) are used as libraries.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter, deque
from dataclasses import dataclass, field

from warta.model import Article, Story
from warta.stories.background import doc_prob
from warta.stories.decide import Model, default_model
from warta.stories.features import Features, features, text_date
from warta.stories.nearcopy import NearCopyIndex

Vector = dict[str, float]

WINDOW_DAYS = 7.0  # a story stays open this long after its latest article
KEY_TERMS = 16  # an article's postings / query terms (highest TF-IDF)
POSTINGS_CAP = 64  # story ids kept per (day, term): bounds the cost of common terms
CANDIDATES = 12  # stories scored in full per article
RECENT_MEMBERS = 8  # member vectors kept per story for the nearest-member cosine
CENTROID_TERMS = 400  # centroid terms kept per field
BACKGROUND_DOCS = 2000  # weight of the general-language prior in the IDF (see background.py)


def story_id(founder: str) -> str:
    """Stable, readable id: `s-` and a short hash of the founding article's id."""
    return "s-" + hashlib.sha1(founder.encode("utf-8")).hexdigest()[:10]


def cosine(vec: Vector, centroid: Vector, norm: float) -> float:
    if norm <= 0.0:
        return 0.0
    return sum(w * centroid.get(t, 0.0) for t, w in vec.items()) / norm


@dataclass(slots=True)
class _Open:
    """What an open story keeps for comparison (dropped when the story leaves the window)."""

    centroids: dict[str, Vector]
    norms2: dict[str, float]
    recent: deque[Vector]
    times: list[float]
    events: list[float] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)  # report / preview / retrospective members
    size: int = 0

    def add(self, vecs: dict[str, Vector], time: float | None, feats: Features | None = None) -> None:
        for name, vec in vecs.items():
            cen = self.centroids.setdefault(name, {})
            dot = sum(w * cen.get(t, 0.0) for t, w in vec.items())
            self.norms2[name] = self.norms2.get(name, 0.0) + 2 * dot + sum(w * w for w in vec.values())
            for t, w in vec.items():
                cen[t] = cen.get(t, 0.0) + w
            if len(cen) > 2 * CENTROID_TERMS:  # trim the tail, keep the norm exact
                keep = dict(sorted(cen.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS])
                self.centroids[name] = keep
                self.norms2[name] = sum(w * w for w in keep.values())
        self.recent.append(vecs["body"])
        self.size += 1
        if time is not None:
            self.times.append(time)
        if feats is not None:
            self.kinds[feats.kind] += 1
            self.events.extend(feats.events)


@dataclass(slots=True)
class Decision:
    """Why an article went where it went (for `explain`)."""

    story: str
    probability: float | None  # None: founded a story or joined as a near copy
    features: dict[str, float] = field(default_factory=dict)
    near_copy_of: str | None = None
    jaccard: float | None = None


class StoryIndex:
    """Incremental grouping. `add(article)` returns its story id and sets `article.story`."""

    def __init__(self, model: Model | None = None, window: float = WINDOW_DAYS, keep_articles: bool = True):
        self.model = model or default_model()
        self.window = window
        self.keep_articles = keep_articles
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.clock = float("-inf")  # latest article time seen: the time of undated articles
        self.decisions: dict[str, Decision] = {}
        self._stories: dict[str, Story] = {}
        self._first: dict[str, tuple[float, str]] = {}  # story -> (first time, founder id) for sorting
        self._open: dict[str, _Open] = {}
        self._last: dict[str, float] = {}  # open story -> latest member time
        self._expiry: list[tuple[float, str]] = []  # heap of (latest time, story), stale entries skipped
        self._postings: dict[int, dict[str, dict[str, None]]] = {}  # day -> term -> story ids (ordered)
        self._article_story: dict[str, str] = {}  # all articles, or those in the window (keep_articles=False)
        self._arrivals: deque[tuple[float, str]] = deque()  # (time, article) to forget when not keeping
        self._copies = NearCopyIndex(window)
        self.sizes: Counter[str] = Counter()

    # --- statistics -------------------------------------------------------------------------------
    def observe(self, feats: Features) -> None:
        """Count an article's terms in the document frequencies (IDF) without grouping it."""
        self.n_docs += 1
        self.df.update(set(feats.body) | set(feats.names) | set(feats.numbers) | set(feats.phrases))

    def idf(self, term: str) -> float:
        """IDF over the articles seen plus BACKGROUND_DOCS pseudo-articles of general Indonesian text."""
        prior = BACKGROUND_DOCS * doc_prob(term)
        return math.log((self.n_docs + BACKGROUND_DOCS + 1) / (self.df.get(term, 0) + prior + 1)) + 1.0

    def vectors(self, feats: Features) -> dict[str, Vector]:
        """Unit TF-IDF vectors per field, weighted with the IDF known now."""
        out: dict[str, Vector] = {}
        for name, bag in feats.bags().items():
            vec = {t: (1.0 + math.log(c)) * self.idf(t) for t, c in bag.items()}
            norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
            out[name] = {t: w / norm for t, w in vec.items()}
        return out

    # --- grouping ---------------------------------------------------------------------------------
    def featurize(self, article: Article) -> Features:
        """Features with the best time known: the publication stamp, else the dates in the text."""
        if article.published is not None:
            return features(article)
        return features(article, text_date(article), inferred=True)

    def add(self, article: Article) -> str:
        """Group one article (stream use: IDF learns as articles arrive)."""
        return self.add_features(self.featurize(article), article)

    def add_features(self, feats: Features, article: Article | None = None, observe: bool = True) -> str:
        """Group pre-computed features; `article` (if given) gets `story` and `near_copy_of` set."""
        if observe:
            self.observe(feats)
        time = self._tick(feats)
        vecs = self.vectors(feats)
        copy = self._copies.add(feats.id, feats.words, time)
        if copy is not None and copy[0] in self._article_story:
            decision = Decision(self._article_story[copy[0]], None, near_copy_of=copy[0], jaccard=copy[1])
        else:
            decision = self._decide(feats, vecs, time)
        sid = decision.story
        if self.keep_articles:
            self.decisions[feats.id] = decision
        self._join(sid, feats, vecs, time, article)
        if article is not None:
            article.story = sid
            article.near_copy_of = decision.near_copy_of
        return sid

    def _tick(self, feats: Features) -> float | None:
        """The article's time (the clock for undated ones); advances the clock and prunes."""
        time = feats.time if feats.time is not None else (self.clock if self.clock > float("-inf") else None)
        if time is not None:
            self.clock = max(self.clock, time)
            self._prune(self.clock)
        return time

    def restore(self, feats: Features, story: str, observe: bool = True) -> None:
        """File an article under a known story without deciding (warm start from stored stories)."""
        if observe:
            self.observe(feats)
        time = self._tick(feats)
        self._join(story, feats, self.vectors(feats), time, None)

    def add_labelled(self, feats: Features, label: str) -> list[tuple[dict[str, float], int]]:
        """Training replay: score `feats` against its candidates, then file it under the gold `label`.

        Returns (features, 1 if the candidate is the gold story) for every candidate the real retrieval
        finds, plus the gold story itself when it is open but was not retrieved.
        """
        time = self._tick(feats)
        vecs = self.vectors(feats)
        cands = self._candidates(vecs, time)
        if label in self._open and label not in cands:
            cands.append(label)
        rows = [(self.similarity(feats, vecs, self._open[sid], time), int(sid == label)) for sid in cands]
        self._join(label, feats, vecs, time, None)
        return rows

    def _decide(self, feats: Features, vecs: dict[str, Vector], time: float | None) -> Decision:
        best: Decision | None = None
        for sid in self._candidates(vecs, time):
            x = self.similarity(feats, vecs, self._open[sid], time)
            p = self.model.probability(x)
            if p >= self.model.threshold and (best is None or p > (best.probability or 0.0)):
                best = Decision(sid, p, x)
        return best or Decision(story_id(feats.id), None)

    def similarity(self, feats: Features, vecs: dict[str, Vector], story: _Open, time: float | None) -> dict:
        """The model's features for one (article, story) pair."""
        unsure = feats.time is None or feats.time_inferred
        x = {name: cosine(vec, story.centroids.get(name, {}), math.sqrt(story.norms2.get(name, 0.0)))
             for name, vec in vecs.items()}  # fmt: skip
        body = vecs["body"]
        x["body_max"] = max((sum(w * m.get(t, 0.0) for t, w in body.items()) for m in story.recent), default=0.0)
        if time is None or not story.times:
            x["gap"], x["time_unsure"] = math.log1p(self.window), 1.0
        else:
            x["gap"] = math.log1p(min(abs(time - t) for t in story.times))
            x["time_unsure"] = 1.0 if unsure else 0.0
        if not feats.events or not story.events:
            x["event_gap"], x["event_unsure"] = 0.0, 1.0
        else:
            gap = min(abs(d - e) for d in feats.events for e in story.events)
            x["event_gap"], x["event_unsure"] = math.log1p(gap), 0.0
        usual = min(story.kinds, key=lambda k: (-story.kinds[k], k)) if story.kinds else feats.kind
        x["kind_mismatch"] = float(feats.kind != usual)
        x["numbers_both"] = float(bool(vecs["numbers"]) and story.norms2.get("numbers", 0.0) > 0)
        return x

    def _key_terms(self, vecs: dict[str, Vector]) -> list[str]:
        pool: dict[str, float] = {}
        for name in ("body", "names", "numbers"):
            for t, w in vecs[name].items():
                key = t if name == "body" else f"{name[0]}:{t}"
                pool[key] = max(pool.get(key, 0.0), w * (self.idf(t)))
        return sorted(pool, key=lambda t: (-pool[t], t))[:KEY_TERMS]

    def _days(self, time: float | None) -> range:
        if time is None:
            return range(0)
        day = int(math.floor(time))
        return range(day - int(self.window), day + 2)

    def _candidates(self, vecs: dict[str, Vector], time: float | None) -> list[str]:
        hits: Counter[str] = Counter()
        keys = self._key_terms(vecs)
        for day in self._days(time):
            bucket = self._postings.get(day)
            if bucket is None:
                continue
            for rank, term in enumerate(keys):
                for sid in bucket.get(term, ()):
                    hits[sid] += KEY_TERMS - rank
        return [sid for sid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0])) if sid in self._open][
            :CANDIDATES
        ]

    def _join(
        self, sid: str, feats: Features, vecs: dict[str, Vector], time: float | None, article: Article | None
    ) -> None:
        if sid not in self._stories:
            self._stories[sid] = Story(sid)
            self._first[sid] = (time if time is not None else float("inf"), feats.id)
            self._open[sid] = _Open({}, {}, deque(maxlen=RECENT_MEMBERS), [])
        elif time is not None and time < self._first[sid][0]:
            self._first[sid] = (time, self._first[sid][1])
        if sid in self._open:
            self._open[sid].add(vecs, time, feats)
        self.sizes[sid] += 1
        self._article_story[feats.id] = sid
        if not self.keep_articles and time is not None:
            self._arrivals.append((time, feats.id))
        if self.keep_articles and article is not None:
            self._stories[sid].articles.append(article)
        if time is None:
            return
        last = max(self._last.get(sid, time), time)
        if self._last.get(sid) != last:
            self._last[sid] = last
            heapq.heappush(self._expiry, (last, sid))
        bucket = self._postings.setdefault(int(math.floor(time)), {})
        for term in self._key_terms(vecs):
            ids = bucket.setdefault(term, {})
            if sid in ids:
                continue
            if len(ids) >= POSTINGS_CAP:
                del ids[next(iter(ids))]  # forget the oldest story for this term
            ids[sid] = None

    def _prune(self, now: float) -> None:
        """Drop day buckets and story state that can no longer be compared with new articles."""
        horizon = int(math.floor(now - 2 * self.window)) - 1
        for day in [d for d in self._postings if d < horizon]:
            del self._postings[day]
        while self._arrivals and self._arrivals[0][0] < now - 2 * self.window:
            self._article_story.pop(self._arrivals.popleft()[1], None)
        while self._expiry and self._expiry[0][0] < now - 2 * self.window:
            last, sid = heapq.heappop(self._expiry)
            if self._last.get(sid) == last:  # not refreshed by a later member
                del self._last[sid]
                self._open.pop(sid, None)

    def stories(self) -> list[Story]:
        """All stories, by first publication (undated last), then by founding article id."""
        order = sorted(self._stories, key=lambda s: self._first[s])
        return [self._stories[s] for s in order]

    def open_stories(self) -> list[str]:
        """Stories still inside the window (comparable with new articles)."""
        return list(self._open)


