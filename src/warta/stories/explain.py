"""Why an article is in its story: shared terms, names and numbers, similarity, time gap, near-copy status.

With the `StoryIndex` that grouped the article (`group(articles, index=StoryIndex())`), the recorded
decision (model features, probability, the other candidate stories, stories it bridged, stories kept apart
as placed or dated elsewhere) is reported as
taken; without it the comparison with the rest of the story is recomputed, with IDF from the background
prior and the story's own articles, so the numbers are indicative, not the ones the decision used.
`reason` is one line for people (`warta group --explain`).
"""

from __future__ import annotations

import math
from collections import deque
from typing import Any

from warta.model import Article, Story
from warta.stories.features import Features, to_date
from warta.stories.index import OpenStory, StoryIndex, Vector, story_id

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
        "founded_story": story_id(article.id) == story.id,
        "near_copy_of": article.near_copy_of,
        "time_gap_days": None if gap is None else round(gap, 2),
        "shared_terms": _shared(vecs["body"], [o["body"] for o in others]),
        "shared_names": _shared(vecs["names"], [o["names"] for o in others]),
        "shared_numbers": _shared(vecs["numbers"], [o["numbers"] for o in others]),
        "threshold": idx.model.threshold,
    }
    decision = index.decisions.get(article.id) if index is not None else None
    if decision is not None:
        out.update(
            probability=None if decision.probability is None else round(decision.probability, 4),
            features={k: round(v, 4) for k, v in decision.features.items()},
            candidates={index.resolve(s): round(p, 4) for s, p in decision.considered.items()},
            bridged=[index.resolve(s) for s in decision.merged],
            kept_apart={index.resolve(s): why for s, why in decision.apart.items()},
            lead_places=sorted(mine.lead_places),
            title_dates=sorted(str(to_date(d)) for d in mine.title_days),
            kind=mine.kind,
            recorded=True,
        )
        if decision.jaccard is not None:
            out["near_copy_jaccard"] = round(decision.jaccard, 3)
        out["reason"] = _reason(out)
        return out
    rest = OpenStory({}, {}, deque(maxlen=len(others) or 1), deque(maxlen=len(others) or 1))
    for vec, f in zip(others, rest_feats, strict=True):
        rest.add(vec, f.time, f)
    if others:
        x = idx.similarity(mine, vecs, rest, mine.time)
        out.update(
            probability=round(idx.model.probability(x), 4),
            features={k: round(v, 4) for k, v in x.items() if not math.isnan(v)},
        )
    out["recorded"] = False
    out["reason"] = _reason(out)
    return out


def _place_names(places: list[str]) -> str:
    return ", ".join(p.rsplit("/", 1)[-1] for p in places)  # `Jawa Barat/Kabupaten Cianjur` -> the regency


def _kept_apart(why: dict[str, Any], rule: str) -> str:
    stories = [s for s, r in why.get("kept_apart", {}).items() if r == rule]
    if not stories:
        return ""
    if rule == "places":
        return f"; kept apart from {', '.join(stories)}: its lead places it in {_place_names(why['lead_places'])}, " \
            "theirs elsewhere"
    if rule == "kinds":
        return f"; kept apart from {', '.join(stories)}: it is a {why['kind']}, they are not"
    return f"; kept apart from {', '.join(stories)}: its headline is dated {', '.join(why['title_dates'])}, " \
        "theirs other days"


def _reason(why: dict[str, Any]) -> str:
    gap = "" if why["time_gap_days"] is None else f"; {why['time_gap_days']:g} days from the nearest other article"
    words = dict.fromkeys(why["shared_names"][:3] + [t for t in why["shared_terms"] if t not in why["shared_names"]])
    shared = ", ".join(list(words)[:6]) or "nothing distinctive"
    p, threshold = why.get("probability"), why["threshold"]
    if why["near_copy_of"]:
        jac = why.get("near_copy_jaccard")
        return f"near copy of {why['near_copy_of']}" + (f" (shingle Jaccard {jac:.2f})" if jac else "") + gap
    if why["recorded"] and p is None:
        best = max(why.get("candidates", {}).values(), default=None)
        return "opened this story: no earlier open story was likely enough" + (
            f" (best P={best:.2f} < {threshold:.2f})" if best is not None else ""
        ) + "".join(_kept_apart(why, rule) for rule in ("places", "dates", "kinds"))
    if p is None:
        return f"alone in its story; shares {shared}"
    verb = "joined" if why["recorded"] else "fits"
    return f"{verb} with P(same story)={p:.2f} (threshold {threshold:.2f}); shares {shared}{gap}"
