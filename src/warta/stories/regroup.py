"""Second pass of a batch: small stories reconsidered against the other stories of the batch.

The online pass compares each article only with the stories formed by the articles before it in time, so
an article that came first (often undated, or a page-2 fragment dated by its text) founds a story that
later reports of the same happening never see as one whole. With the whole batch known, each story of at
most SMALL articles is scored against the stories sharing its key terms, with the same calibrated model
and features as the online decision, and moves into the best one only when one of its articles is as
likely for it as an online bridge needs (P >= the merge threshold), every other one would have joined it
(P >= the join threshold), the time gap is within MAX_GAP_DAYS and no article is kept apart from it
(`index.apart`: placed or dated elsewhere, or of another kind). The stream path (`StoryIndex.add`) has
no second pass: a stream cannot revisit what it has already published, so batch and stream can differ on
such stories."""

from __future__ import annotations

from collections import defaultdict, deque

from warta.model import Article
from warta.stories.features import Features
from warta.stories.index import CANDIDATES, KEY_TERMS, RECENT_MEMBERS, OpenStory, StoryIndex, Vector, apart

SMALL = 2  # stories this small are reconsidered
MAX_GAP_DAYS = 2.0  # between the small story and the nearest article of the one it joins
POSTINGS_CAP = 64  # stories kept per key term: bounds the cost of common terms


def reconsider(index: StoryIndex, pairs: list[tuple[Features, Article]]) -> int:
    """Move small stories into a bigger one where the evidence is strong; returns the moves made."""
    members: dict[str, list[tuple[Features, dict[str, Vector]]]] = defaultdict(list)
    for feats, article in pairs:
        if article.story:
            members[article.story].append((feats, index.vectors(feats)))
    states: dict[str, OpenStory] = {}
    postings: dict[str, list[str]] = defaultdict(list)
    for sid, group in members.items():
        state = states[sid] = OpenStory({}, {}, deque(maxlen=RECENT_MEMBERS))
        for feats, vecs in group:
            state.add(vecs, feats.time, feats)
            for term in index.key_terms(vecs):
                ids = postings[term]
                if len(ids) < POSTINGS_CAP and (not ids or ids[-1] != sid):
                    ids.append(sid)
    moves = 0
    small = sorted((s for s, g in members.items() if len(g) <= SMALL), key=lambda s: (len(members[s]), s))
    for sid in small:
        group = members[sid]
        hits: dict[str, int] = defaultdict(int)
        for _, vecs in group:
            for rank, term in enumerate(index.key_terms(vecs)):
                for other in postings.get(term, ()):
                    hits[index.resolve(other)] += KEY_TERMS - rank
        hits.pop(sid, None)
        best: tuple[float, str] | None = None
        for other in sorted(hits, key=lambda s: (-hits[s], s))[:CANDIDATES]:
            if len(members[other]) < len(group) or not _near(group, states[other]):
                continue
            if any(apart(f, states[other]) for f, _ in group):  # placed, dated or of a kind apart: never one
                continue
            ps = [index.model.probability(index.similarity(f, v, states[other], f.time)) for f, v in group]
            p = max(ps)
            if p >= index.merge_threshold and min(ps) >= index.model.threshold and (best is None or p > best[0]):
                best = (p, other)
        if best is None:
            continue
        keep, gone = sorted((sid, best[1]), key=index.founded)  # the earlier-founded id survives
        index.merge(gone, keep)
        state = states.pop(best[1])
        state.absorb(states.pop(sid))
        states[keep], members[keep] = state, members.pop(best[1]) + members.pop(sid)
        moves += 1
    return moves


def _near(group: list[tuple[Features, dict[str, Vector]]], story: OpenStory) -> bool:
    """Every article of the small story is dated within MAX_GAP_DAYS of an article of `story`."""
    return bool(story.times) and all(
        f.time is not None and min(abs(f.time - t) for t in story.times) <= MAX_GAP_DAYS for f, _ in group
    )
