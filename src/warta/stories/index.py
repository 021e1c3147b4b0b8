"""StoryIndex: online grouping with a time window and an inverted index, so each add costs the same
with ten thousand or a million articles behind it.

An article is compared only with stories active within `window` days of its time. Candidates come from
postings (term -> the most recent (day, story) pairs, capped per term), so a lookup reads a fixed number
of postings whatever the index size; stories and terms that fall out of the window are dropped.
Each candidate is scored against the story's centroids (TF-IDF per field, Miranda et al. 2018) and the
calibrated model in `decide` says join or open a new story; an article likely enough for two open
stories merges them (the earlier-founded id survives). Merging two whole stories is riskier than one join,
so it asks P >= threshold + MERGE_MARGIN of the second story: at margin 0.1 an aftershock report bridged the
devset's foreshock into the main quake (P 0.64); 0.2 holds held-out IndoSum pair precision 0.63 -> 0.65
with the same recall (`bench/stories.py`, 5-fold rows). And the two stories must be one happening without
the bridge: one, read as an article, would have joined the other (`story_probability`). An article that
recalls another happening (a quake report naming the foreshock) is close to both, which makes neither the
other; held out, a model fitted without the quake's articles bridged them at P 0.84 (as stories: 0.09).
The story read as an article keeps its members' time certainty: a page dated only by its text, read against
the other reports of its happening, scores 0.82 (0.64 if its time counted as a stamp). The check lifted
held-out devset B-cubed precision 0.973 -> 0.987 at the same recall, IndoSum unchanged. (The figures before
this sentence's were measured with the model of that time, which also weighed adjacent-term phrases; see
`decide`.) Written here rather than
taken from a library because no package offers windowed, incremental clustering with a learned join
decision; the pieces that exist (MinHash LSH, logistic regression) are used as libraries.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter, deque
from collections.abc import Set
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import filterfalse, repeat
from operator import add, itemgetter, mul, sub, truediv
from typing import NamedTuple

from warta.lang.regions import province_of, regency_of
from warta.model import Article, Story
from warta.stories.background import DOC_PROBS
from warta.stories.decide import Model, default_model
from warta.stories.features import Features, features, text_date
from warta.stories.nearcopy import NearCopyIndex

Vector = dict[str, float]

WINDOW_DAYS = 7.0  # a story stays open this long after its latest article
KEY_TERMS = 12  # an article's postings / query terms (highest TF-IDF)
KEY_EXTRA = 4  # of which names and numbers
POSTINGS_CAP = 24  # most recent (day, story) kept per term: bounds the cost of common terms
CANDIDATES = 6  # stories scored in full per article
MIN_BODY = 0.1  # candidates with a lower body cosine are not scored (far below any join seen)
MERGE_MARGIN = 0.2  # an article above threshold + margin for a second story bridges the two
SCORED = 3  # candidates (highest body cosine) that get the full model
RECENT_MEMBERS = 4  # member vectors (and times) kept per story for the nearest-member features
TOP_TERMS = {"head": 24, "body": 80, "names": 24, "numbers": 12}  # per article vector
CENTROID_TERMS = 400  # centroid terms kept per field
BACKGROUND_DOCS = 2000  # weight of the general-language prior in the IDF (see background.py)
_TF = tuple(1.0 + math.log(c) if c else 0.0 for c in range(64))  # sublinear term frequency, precomputed


def _tf(count: int) -> float:
    return _TF[count] if count < len(_TF) else 1.0 + math.log(count)


def story_id(founder: str) -> str:
    """Stable, readable id: `s-` and a short hash of the founding article's id."""
    return "s-" + hashlib.sha1(founder.encode("utf-8")).hexdigest()[:10]


def dot(vec: Vector, other: Vector) -> float:
    """Sparse dot product; the key intersection and the products run in C (`map`), and few terms are
    shared. A set iterates in the same order twice, so the sum is the one a generator would give."""
    shared = vec.keys() & other.keys()
    return sum(map(mul, map(vec.__getitem__, shared), map(other.__getitem__, shared)))


def _accumulate(into: Vector, vec: Vector) -> None:
    """`into[t] += w` for every term of `vec`, in `vec`'s order, with the loop in C."""
    into.update(zip(vec, map(add, map(into.get, vec, repeat(0.0)), vec.values()), strict=False))


def _unit(vec: Vector, norm2: float) -> Vector:
    """`vec` scaled to unit length (as it is, if empty)."""
    norm = math.sqrt(norm2)
    return {t: w / norm for t, w in vec.items()} if norm > 0.0 else dict(vec)


class Places(NamedTuple):
    """The places of an article or a story at one level (regencies; or provinces and countries): those its lead
    names and those its whole text names."""

    lead: frozenset[str]
    named: frozenset[str]

    def __or__(self, other: Places) -> Places:
        """Both together (a story taking in a member): one of the two when it holds the other (see `_union`)."""
        if other.lead <= self.lead and other.named <= self.named:
            return self
        if self.lead <= other.lead and self.named <= other.named:
            return other
        return Places(self.lead | other.lead, self.named | other.named)


_NONE: frozenset[str] = frozenset()
_NOWHERE = Places(_NONE, _NONE)


def _union(mine: frozenset[str], theirs: frozenset[str]) -> frozenset[str]:
    """`mine | theirs`, or one of the two when it holds the other. Most stories keep one article, so they keep its
    sets rather than copies: every set is an object the garbage collector walks at each full collection."""
    return mine if theirs <= mine else theirs if mine <= theirs else mine | theirs


@lru_cache(maxsize=1024)
def _levels(lead_places: frozenset[str], places: frozenset[str]) -> tuple[Places, Places]:
    """An article's regencies and its provinces (countries included): derived once per article (the cache holds
    the latest ones), not once per candidate story in `apart`."""
    if not (lead_places or places):
        return _NOWHERE, _NOWHERE
    regencies = Places(frozenset(filter(None, map(regency_of, lead_places))),
                       frozenset(filter(None, map(regency_of, places))))  # fmt: skip
    return regencies, Places(frozenset(map(province_of, lead_places)), frozenset(map(province_of, places)))


def apart(feats: Features, story: OpenStory) -> str | None:
    """Why an article and a story are two happenings whatever their words, None if nothing says so. The model
    is not asked then: the rules outrank it, near copies included.

    - "places": they happen in different places. Both leads name an Indonesian regency and neither text names
      one of the other lead's regencies, or the same a level up, with provinces and countries (`lang.regions`:
      a country abroad counts as a province would). One BMKG quake template for two regions, two regencies'
      election counts.
    - "dates": both headlines name calendar dates, none the same. Editions of a daily series (`Harga Emas
      Antam Hari Ini, Senin 6 Januari 2025`, the next day's), or two protests known by their dates.
    - "kinds": one reports what happened, the other announces what will happen or looks back (`features.kind`:
      the schedule of a semifinal beside the report of the quarterfinal, a preview of an inauguration beside its
      reports). Read on the story's usual kind."""
    return _apart(*_levels(feats.lead_places, feats.places), feats.title_days, feats.kind, story)


def _apart(
    regencies: Places, provinces: Places, title_days: Set[float], kind: str, story: OpenStory
) -> str | None:
    """`apart` of one side's places per level, headline dates and kind (an article's, or a story's as it keeps
    them)."""
    if _apart_at(regencies, story.regencies) or _apart_at(provinces, story.provinces):
        return "places"
    if title_days and story.title_days and story.title_days.isdisjoint(title_days):
        return "dates"
    if story.kinds and kind != _usual_kind(story.kinds, kind):
        return "kinds"
    return None


def _apart_at(mine: Places, theirs: Places) -> bool:
    return bool(mine.lead and theirs.lead) and mine.lead.isdisjoint(theirs.named) and theirs.lead.isdisjoint(
        mine.named
    )


def _heaviest(weights: list[float], k: int) -> list[int]:
    """Positions of the `k` largest weights, heaviest first, ties to the earlier position (a stable sort, so
    deterministic). Positions sorted on float keys, compared in C, rather than (term, weight) pairs: a sixth
    off `vectors` and a third off `key_terms`."""
    return sorted(range(len(weights)), key=weights.__getitem__, reverse=True)[:k]


def _usual_kind(kinds: dict[str, int], default: str) -> str:
    """The kind most members of a story have (ties by name, so it is deterministic); `default` if none."""
    if len(kinds) == 1:  # most stories: no ranking needed
        return next(iter(kinds))
    return min(kinds, key=lambda k: (-kinds[k], k)) if kinds else default


@dataclass(slots=True)
class OpenStory:
    """What an open story keeps for comparison (dropped when the story leaves the window)."""

    centroids: dict[str, Vector]
    norms2: dict[str, float]
    recent: deque[Vector]
    times: deque[float] = field(default_factory=lambda: deque(maxlen=RECENT_MEMBERS))
    events: dict[float, None] = field(default_factory=dict)  # distinct days named by member leads
    lead_numbers: frozenset[str] = frozenset()  # numbers named by member leads (bounded; sets shared, see `_union`)
    regencies: Places = _NOWHERE  # regencies member leads and texts name (`_levels`)
    provinces: Places = _NOWHERE  # provinces and countries they name
    title_days: frozenset[float] = frozenset()  # calendar dates member headlines name
    outlets: frozenset[str] = frozenset()  # outlets of its members (bounded)
    kinds: dict[str, int] = field(default_factory=dict)  # report / preview / retrospective members (a dict,
    # unlike a Counter, is left alone by the garbage collector while it holds only strings and ints)
    size: int = 0
    sure: bool = False  # a member's time is a publication stamp (not taken from its text or a neighbour)
    borrowed: dict[str, None] = field(default_factory=dict)  # fields whose centroid is a member's own vector (a
    # dict, not a set: the garbage collector leaves it alone)

    def add(
        self,
        vecs: dict[str, Vector],
        time: float | None,
        feats: Features | None = None,
        dots: dict[str, float] | None = None,
    ) -> None:
        """Take in a member; `dots` (per field, the member's dot products with the centroids as they are
        now) saves recomputing what the join decision already computed."""
        for name, vec in vecs.items():
            unit = 1.0 if vec else 0.0  # vectors() returns unit vectors
            cen = self.centroids.get(name)
            if not cen:  # the founder (most stories in a stream have one article): its vector, not a copy
                self.centroids[name], self.norms2[name] = vec, unit
                self.borrowed[name] = None
                continue
            if name in self.borrowed:  # copied before it takes a second member: the vector stays as it was
                cen = self.centroids[name] = dict(cen)
                del self.borrowed[name]
            shared = dots.get(name) if dots else None
            self.norms2[name] += 2 * (dot(vec, cen) if shared is None else shared) + unit
            _accumulate(cen, vec)
            if len(cen) > 2 * CENTROID_TERMS:  # trim the tail, keep the norm exact
                keep = dict(sorted(cen.items(), key=itemgetter(1), reverse=True)[:CENTROID_TERMS])
                self.centroids[name] = keep
                self.norms2[name] = sum(w * w for w in keep.values())
        self.recent.append(vecs["body"])
        self.size += 1
        if time is not None:
            self.times.append(time)
        if feats is not None:
            self.sure = self.sure or (feats.time is not None and not feats.time_inferred)
            self.kinds[feats.kind] = self.kinds.get(feats.kind, 0) + 1
            for day in feats.events:
                if len(self.events) < 4 * RECENT_MEMBERS:
                    self.events[day] = None
            if len(self.lead_numbers) < 8 * RECENT_MEMBERS:
                self.lead_numbers = _union(self.lead_numbers, feats.lead_numbers)
            regencies, provinces = _levels(feats.lead_places, feats.places)
            self.regencies, self.provinces = self.regencies | regencies, self.provinces | provinces
            self.title_days = _union(self.title_days, feats.title_days)
            if len(self.outlets) < 8 * RECENT_MEMBERS:
                self.outlets = _union(self.outlets, feats.outlets)

    def absorb(self, other: OpenStory) -> None:
        """Take in a merged story's state (centroids add up; norms are recomputed)."""
        for name, cen in other.centroids.items():
            mine = self.centroids.setdefault(name, {})
            if name in self.borrowed:  # a member's vector: copied before it is added to
                mine = self.centroids[name] = dict(mine)
                del self.borrowed[name]
            _accumulate(mine, cen)
            self.norms2[name] = sum(map(mul, mine.values(), mine.values()))
        self.recent.extend(other.recent)
        self.times.extend(other.times)
        for day in other.events:
            self.events.setdefault(day, None)
        self.lead_numbers = _union(self.lead_numbers, other.lead_numbers)
        self.regencies, self.provinces = self.regencies | other.regencies, self.provinces | other.provinces
        self.title_days = _union(self.title_days, other.title_days)
        self.outlets = _union(self.outlets, other.outlets)
        for kind, n in other.kinds.items():
            self.kinds[kind] = self.kinds.get(kind, 0) + n
        self.size += other.size
        self.sure = self.sure or other.sure


@dataclass(slots=True)
class Decision:
    """Why an article went where it went (for `explain`)."""

    story: str
    probability: float | None  # None: founded a story or joined as a near copy
    features: dict[str, float] = field(default_factory=dict)
    near_copy_of: str | None = None
    jaccard: float | None = None
    considered: dict[str, float] = field(default_factory=dict)  # candidate story -> P(same story)
    merged: list[str] = field(default_factory=list)  # other stories this article bridged into its own
    apart: dict[str, str] = field(default_factory=dict)  # candidate stories kept apart -> why (`apart`)


class StoryIndex:
    """Incremental grouping. `add(article)` returns its story id and sets `article.story`.

    `keep_articles=True` (batch use) keeps every story with its articles and every decision (for
    `explain`). `keep_articles=False` (streams) keeps only what the window needs, so memory stays flat:
    callers persist the story ids that `add` returns. Two stories merge when an article is likely
    enough for both (`Decision.merged`) and the two are likely one story by themselves; the earlier-founded
    id survives and `resolve` maps old ids.
    """

    def __init__(self, model: Model | None = None, window: float = WINDOW_DAYS, keep_articles: bool = True):
        self.model = model or default_model()
        self.merge_threshold = min(0.99, self.model.threshold + MERGE_MARGIN)
        self.window = window
        self.keep_articles = keep_articles
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self._idf_cache: dict[str, float] = {}
        self._idf_until = 0
        self.clock = float("-inf")  # latest article time seen: the time of undated articles
        self.decisions: dict[str, Decision] = {}
        # with keep_articles only: a stream index's stories are ids (`_first`), two objects fewer per story for the
        # garbage collector to walk
        self._stories: dict[str, Story] = {}
        self._first: dict[str, tuple[float, str]] = {}  # story -> (first time, founder id) for sorting
        self._open: dict[str, OpenStory] = {}
        self._last: dict[str, float] = {}  # open story -> latest member time
        self._expiry: list[tuple[float, str]] = []  # heap of (latest time, story), stale entries skipped
        self._postings: dict[str, deque[tuple[int, str]]] = {}  # term -> recent (day, story), capped
        self._swept_day = 0  # postings of terms unseen for a window are dropped once a day
        self._posted: dict[int, set[str]] = {}  # day -> terms posted under it: the sweep reads only those
        self._day = 0  # day of the latest posting, one int object for all of a day's postings (fewer to read)
        self._unordered: set[str] = set()  # terms posted to out of time order (a day before their last posting's)
        self._alias: dict[str, str] = {}  # merged story -> the story it went into
        self._article_story: dict[str, str] = {}  # all articles, or those in the window (keep_articles=False)
        self._arrivals: deque[tuple[float, str]] = deque()  # (time, article) to forget when not keeping
        self._copies = NearCopyIndex(window)
        self.sizes: Counter[str] = Counter()

    # --- statistics -------------------------------------------------------------------------------
    def observe(self, feats: Features) -> None:
        """Count an article's terms in the document frequencies (IDF) without grouping it."""
        self.n_docs += 1
        self.df.update({**feats.body, **feats.names, **feats.numbers}.keys())  # each term once

    def idf(self, term: str) -> float:
        """IDF over the articles seen plus BACKGROUND_DOCS pseudo-articles of general Indonesian text.

        Cached, and the cache is renewed each time the article count grows by a quarter (at least 64
        articles): weights drift slowly, and recomputing logs for every term of every article was a
        third of the cost of an add."""
        if self.n_docs >= self._idf_until:
            self._idf_cache.clear()
            self._idf_until = self.n_docs + max(64, self.n_docs // 4)
        got = self._idf_cache.get(term)
        if got is None:
            self._learn_idf([term])
            got = self._idf_cache[term]
        return got

    def _learn_idf(self, terms: list[str]) -> None:
        """Compute and cache the IDF of terms the cache lacks (an article brings dozens, each renewal of the
        cache all of them), term by term the arithmetic of `log(total / (df + prior + 1)) + 1`, in C maps."""
        total, df = self.n_docs + BACKGROUND_DOCS + 1, self.df
        prior = map(mul, repeat(BACKGROUND_DOCS), map(DOC_PROBS.__getitem__, terms))
        denominators = map(add, map(add, map(df.get, terms, repeat(0)), prior), repeat(1))
        logs = map(math.log, map(truediv, repeat(total), denominators))
        self._idf_cache.update(zip(terms, map(add, logs, repeat(1.0)), strict=False))

    def vectors(self, feats: Features) -> dict[str, Vector]:
        """Unit TF-IDF vectors per field, weighted with the IDF known now, cut to their top terms (the
        tail adds little to a cosine and most of its cost). The IDF cache is large, so a lookup in it is
        mostly a cache miss: each term is looked up once (twice only in a bag with terms new to it), and a
        bag whose counts are all 1 keeps its IDFs as they are (a TF of 1.0 changes no weight)."""
        out: dict[str, Vector] = {}
        self.idf("")  # renews the cache when due
        idf = self._idf_cache
        for name, bag in feats.bags().items():
            values = list(map(idf.get, bag))
            if not all(values):  # a None: terms the cache lacks (an IDF is at least 1, never falsy)
                self._learn_idf(list(filterfalse(idf.__contains__, bag)))
                values = list(map(idf.__getitem__, bag))
            counts = bag.values()
            most = max(counts, default=0)
            if most > 1 or min(counts, default=1) < 1:
                values = list(map(mul, map(_TF.__getitem__, counts) if most < len(_TF) else map(_tf, counts), values))
            terms = bag.keys()
            if len(values) > TOP_TERMS[name]:
                pick = itemgetter(*_heaviest(values, TOP_TERMS[name]))  # TOP_TERMS are all > 1: it gives tuples
                terms, values = pick(list(terms)), pick(values)
            norm = math.sqrt(sum(map(mul, values, values))) or 1.0
            out[name] = dict(zip(terms, map(truediv, values, repeat(norm)), strict=False))
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
        keys = self.key_terms(vecs)
        copy = self._copies.add(feats.id, feats.terms, time)
        dots = None
        original = self.resolve(self._article_story[copy[0]]) if copy and copy[0] in self._article_story else None
        if copy and original and not (original in self._open and apart(feats, self._open[original])):
            decision = Decision(original, None, near_copy_of=copy[0], jaccard=copy[1])
        else:
            decision, dots = self._decide(feats, vecs, keys, time)
        sid = decision.story
        if self.keep_articles:
            self.decisions[feats.id] = decision
        self._join(sid, feats, vecs, keys, time, article, dots)
        if decision.merged:
            sid = min([sid, *decision.merged], key=lambda s: self._first[s])
            for other in sorted({decision.story, *decision.merged} - {sid}):  # sorted: the same in every process
                self.merge(other, sid)
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
        vecs = self.vectors(feats)
        self._join(story, feats, vecs, self.key_terms(vecs), time, None)

    def add_labelled(self, feats: Features, label: str) -> list[tuple[dict[str, float], int]]:
        """Training replay: score `feats` against its candidates, then file it under the gold `label`.

        Returns (features, 1 if the candidate is the gold story) for every candidate the real retrieval
        finds, plus the gold story itself when it is open but was not retrieved.
        """
        time = self._tick(feats)
        vecs = self.vectors(feats)
        keys = self.key_terms(vecs)
        cands = self._candidates(keys, time)
        if label in self._open and label not in cands:
            cands.append(label)
        rows = [(self.similarity(feats, vecs, self._open[sid], time), int(sid == label)) for sid in cands]
        self._join(label, feats, vecs, keys, time, None)
        return rows

    def _decide(
        self, feats: Features, vecs: dict[str, Vector], keys: list[str], time: float | None
    ) -> tuple[Decision, dict[str, float] | None]:
        """The decision, and the article's dot products with the chosen story's centroids (for `_join`)."""
        body, (regencies, provinces) = vecs["body"], _levels(feats.lead_places, feats.places)
        scored, dots, kept_apart = [], {}, {}
        for sid in self._candidates(keys, time):
            story = self._open[sid]
            why = _apart(regencies, provinces, feats.title_days, feats.kind, story)  # `apart`, levels derived once
            if why:
                kept_apart[sid] = why
                continue
            dots[sid] = {"body": dot(body, story.centroids["body"])}
            norm = math.sqrt(story.norms2["body"])
            cos = dots[sid]["body"] / norm if norm > 0.0 else 0.0
            if cos >= MIN_BODY:
                scored.append((-cos, sid))
        considered: dict[str, float] = {}
        best: tuple[float, str, dict[str, float]] | None = None
        for _, sid in sorted(scored)[:SCORED]:
            x = self.similarity(feats, vecs, self._open[sid], time, dots=dots[sid])
            p = considered[sid] = self.model.probability(x)
            if best is None or p > best[0]:
                best = (p, sid, x)
        if best is not None and best[0] >= self.model.threshold:
            chosen = self._open[best[1]]
            bridged = sorted(
                sid for sid, p in considered.items()
                if sid != best[1] and p >= self.merge_threshold
                and self.story_probability(self._open[sid], chosen) >= self.model.threshold
            )  # fmt: skip
            decision = Decision(best[1], best[0], best[2], considered=considered, merged=bridged, apart=kept_apart)
            return decision, dots[best[1]]
        alone = Decision(story_id(feats.id), None, best[2] if best else {}, considered=considered, apart=kept_apart)
        return alone, None

    def similarity(
        self,
        feats: Features,
        vecs: dict[str, Vector],
        story: OpenStory,
        time: float | None,
        dots: dict[str, float] | None = None,
    ) -> dict:
        """The model's features for one (article, story) pair. `dots` (per field, the article's dot
        products with the story's centroids) is used where given and filled in where not."""
        unsure = feats.time is None or feats.time_inferred
        dots = {} if dots is None else dots
        x = {}
        centroids, norms2 = story.centroids, story.norms2
        for name, vec in vecs.items():
            if name not in dots:
                dots[name] = dot(vec, centroids.get(name, {}))
            norm = math.sqrt(norms2.get(name, 0.0))
            x[name] = dots[name] / norm if norm > 0.0 else 0.0
        if story.size == 1 and len(story.recent) == 1:
            x["body_max"] = dots["body"]  # a one-article story's centroid is its unit vector
        else:
            x["body_max"] = max(map(dot, repeat(vecs["body"]), story.recent), default=0.0)
        if time is None or not story.times:
            x["gap"], x["time_unsure"] = math.log1p(self.window), 1.0
        else:
            x["gap"] = math.log1p(min(map(abs, map(sub, repeat(time), story.times))))
            x["time_unsure"] = 1.0 if unsure else 0.0
        if not feats.events or not story.events:
            x["event_gap"], x["event_unsure"] = 0.0, 1.0
        else:
            gap = min(abs(d - e) for d in feats.events for e in story.events)
            x["event_gap"], x["event_unsure"] = math.log1p(gap), 0.0
        x["kind_mismatch"] = float(feats.kind != _usual_kind(story.kinds, feats.kind))
        x["numbers_both"] = float(bool(vecs["numbers"]) and norms2.get("numbers", 0.0) > 0)
        x["lead_number_clash"] = float(bool(feats.lead_numbers and story.lead_numbers)
                                       and feats.lead_numbers.isdisjoint(story.lead_numbers))
        x["same_outlet"] = float(not feats.outlets.isdisjoint(story.outlets))
        return x

    def story_probability(self, one: OpenStory, other: OpenStory) -> float:
        """P(same story) of two open stories: `one` read as an article (its centroids as unit vectors, the days,
        lead numbers and outlets of its members, its usual kind, its time nearest to `other`'s, unsure unless a
        member had a publication stamp) against `other`."""
        vecs = {name: _unit(cen, one.norms2.get(name, 0.0)) for name, cen in one.centroids.items()}
        near = [(min(abs(t - u) for u in other.times), t) for t in one.times] if other.times else []
        time = min(near)[1] if near else None
        feats = Features("", time, Counter(), Counter(), Counter(), Counter(), time_inferred=not one.sure,
                         events=list(one.events), lead_numbers=frozenset(one.lead_numbers), outlets=one.outlets,
                         kind=_usual_kind(one.kinds, "report"))  # fmt: skip
        if _apart(one.regencies, one.provinces, one.title_days, _usual_kind(one.kinds, "report"), other):
            return 0.0
        return self.model.probability(self.similarity(feats, vecs, other, time))

    def key_terms(self, vecs: dict[str, Vector]) -> list[str]:
        """Posting keys: the heaviest body terms, then the heaviest names and numbers (prefixed so a
        name never meets a body term). Taken per field, since a short field's unit weights run high.
        Ties go to the earlier term (names before numbers)."""
        body, names, numbers = vecs["body"], vecs["names"], vecs["numbers"]
        terms = list(body)
        keys = [terms[i] for i in _heaviest(list(body.values()), KEY_TERMS - KEY_EXTRA)]
        extra, n = [*names, *numbers], len(names)
        top = _heaviest([*names.values(), *numbers.values()], KEY_EXTRA)
        return keys + [("@" if i < n else "#") + extra[i] for i in top]

    def _days(self, time: float) -> tuple[int, int]:
        """First and last day (inclusive) of the window around `time`."""
        day = int(math.floor(time))
        return day - int(self.window), day + 1

    def _candidates(self, keys: list[str], time: float | None) -> list[str]:
        """Open stories sharing the most (rank-weighted) key terms within the window."""
        if time is None:
            return []
        first, last = self._days(time)
        hits: dict[str, int] = {}
        count, postings, opened = hits.get, self._postings, self._open
        for rank, term in enumerate(keys):
            weight = KEY_TERMS - rank
            ids = postings.get(term, ())
            if term in self._unordered:  # posted to out of time order: every posting is read
                for day, sid in ids:
                    if first <= day <= last:
                        hits[sid] = count(sid, 0) + weight
                continue
            for day, sid in reversed(ids):  # newest first, so days descend: the first posting before the window
                if day < first:  # ends the scan (more than half of the postings read are older)
                    break
                if day <= last:
                    hits[sid] = count(sid, 0) + weight
        for sid in list(filterfalse(opened.__contains__, hits)):  # merged (counted for their story) or closed
            n, root = hits.pop(sid), self.resolve(sid)
            if root in opened:
                hits[root] = count(root, 0) + n
        cut = sorted(hits.values(), reverse=True)[CANDIDATES - 1] if len(hits) > CANDIDATES else 0
        ranked = sorted([(-n, sid) for sid, n in hits.items() if n >= cut])  # only those at or above the sixth
        return [sid for _, sid in ranked[:CANDIDATES]]

    def _join(
        self,
        sid: str,
        feats: Features,
        vecs: dict[str, Vector],
        keys: list[str],
        time: float | None,
        article: Article | None,
        dots: dict[str, float] | None = None,
    ) -> None:
        if sid not in self._first:
            if self.keep_articles:
                self._stories[sid] = Story(sid)
            self._first[sid] = (time if time is not None else float("inf"), feats.id)
            self._open[sid] = OpenStory({}, {}, deque(maxlen=RECENT_MEMBERS))
        elif time is not None and time < self._first[sid][0]:
            self._first[sid] = (time, self._first[sid][1])
        if sid in self._open:
            self._open[sid].add(vecs, time, feats, dots)
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
        day = int(math.floor(time))
        if day != self._day:
            self._day = day
        entry = (self._day, sid)  # one tuple shared by every posting of this article
        self._posted.setdefault(self._day, set()).update(keys)
        for term in keys:
            ids = self._postings.get(term)
            if ids is None:
                ids = self._postings[term] = deque(maxlen=POSTINGS_CAP)  # the oldest story drops out
            if not ids or ids[-1] != entry:
                if ids and self._day < ids[-1][0]:
                    self._unordered.add(term)
                ids.append(entry)

    def merged(self) -> list[str]:
        """Story ids merged into another so far, oldest merge first (`resolve` says where each went):
        a caller that persisted story ids renames these."""
        return list(self._alias)

    def resolve(self, sid: str) -> str:
        """The story a (possibly merged) story id now lives in."""
        while sid in self._alias:
            sid = self._alias[sid]
        return sid

    def founded(self, sid: str) -> tuple[float, str]:
        """(first time, founding article id) of a story: the earlier-founded id survives a merge."""
        return self._first[sid]

    def merge(self, old: str, new: str) -> None:
        """Move story `old` into `new` (the earlier founded): an article bridged the two, or the batch's
        second pass found them one happening. `resolve` maps the old id from then on."""
        self._alias[old] = new
        story = self._stories.pop(old, None)
        if story is not None:  # the articles are kept
            for art in story.articles:
                art.story = new
            self._stories[new].articles.extend(story.articles)
            self._stories[new].articles.sort(key=lambda a: a.id)
        self._first[new] = min(self._first[new], self._first.pop(old))
        self.sizes[new] += self.sizes.pop(old)
        gone, kept = self._open.pop(old, None), self._open.get(new)
        if gone is not None and kept is not None:
            kept.absorb(gone)
        last = max(self._last.pop(old, float("-inf")), self._last.get(new, float("-inf")))
        if last > float("-inf"):
            self._last[new] = last
            heapq.heappush(self._expiry, (last, new))

    def _prune(self, now: float) -> None:
        """Drop day buckets and story state that can no longer be compared with new articles."""
        keep = self.window + 1.0  # what `_days` can still reach, with a day to spare
        horizon = int(math.floor(now - keep)) - 1
        if horizon > self._swept_day:
            self._swept_day = horizon
            for day in [d for d in self._posted if d < horizon]:  # a term's newest posting is in its last day's set
                for term in self._posted.pop(day):
                    ids = self._postings.get(term)
                    if ids is not None and ids[-1][0] < horizon:  # newest last
                        del self._postings[term]
                        self._unordered.discard(term)
        while self._arrivals and self._arrivals[0][0] < now - keep:
            self._article_story.pop(self._arrivals.popleft()[1], None)
        while self._expiry and self._expiry[0][0] < now - keep:
            last, sid = heapq.heappop(self._expiry)
            if self._last.get(sid) == last:  # not refreshed by a later member
                del self._last[sid]
                self._open.pop(sid, None)
                if not self.keep_articles:  # a stream index forgets closed stories entirely
                    self._first.pop(sid, None)
                    self.sizes.pop(sid, None)

    def stories(self) -> list[Story]:
        """All stories (with keep_articles=False: the open ones, without articles), by first publication (undated
        last), then by founding article id."""
        order = sorted(self._first, key=self._first.__getitem__)
        return [self._stories[s] for s in order] if self.keep_articles else [Story(s) for s in order]

    def open_stories(self) -> list[str]:
        """Stories still inside the window (comparable with new articles)."""
        return list(self._open)
