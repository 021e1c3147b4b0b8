"""The summary: the claims several outlets report, central and early ones first, without repeats.

Selection is maximal marginal relevance over claim groups: relevance is cross-outlet support, then
centrality (cosine to the story's centroid) and earliness (ledes carry the news); redundancy is the
alignment score against what is already chosen. The chosen sentences are shown in reading order (lead
claim first, then by how early they come in their articles).
"""

from __future__ import annotations

import math

import numpy as np

from warta.brief.align import StoryIndex
from warta.brief.claims import Group, clarity, to_claim
from warta.model import Claim

DEFAULT_SENTENCES = 5
DEFAULT_WORDS = 100
# relevance weights (tuned on the devset): cross-outlet support, centrality, earliness, clarity
W_SUPPORT, W_CENTRAL, W_EARLY, W_CLEAR = 0.8, 1.0, 0.6, 0.4
# single-article stories (tuned on 300 IndoSum dev articles): position weight, its decay in sentences,
# centrality weight
W_LEAD, LEAD_DECAY, W_CENTRAL_SINGLE = 4.0, 1.0, 0.3
WORD_SLACK = 1.2  # "about" N words: the sentence that crosses the budget may overshoot by this factor
REDUNDANCY = 1.5  # how steeply overlap with already chosen sentences (1 = same claim) discounts


def relevance(ix: StoryIndex, groups: list[Group]) -> list[float]:
    """Support across outlets, centrality and earliness of each group's shown sentence."""
    if not groups:
        return []
    n_outlets = max(1, len(set(ix.witness)))
    rows = ix.matrix / ix.norm[:, None]
    centroid = rows.sum(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    central = rows @ centroid
    top = float(central.max()) or 1.0
    multi = n_outlets > 1
    out = []
    for g in groups:
        u = ix.units[g.rep]
        support = (len(g.witnesses) - 1) / (n_outlets - 1) if multi else 0.0
        # one article: its own order is the strongest signal (news is written lede first)
        early = W_EARLY * (1.0 - g.earliest) ** 2 if multi else W_LEAD * math.exp(-u.pos / LEAD_DECAY)
        score = (
            (W_SUPPORT if multi else 0.0) * support
            + (W_CENTRAL if multi else W_CENTRAL_SINGLE) * float(central[g.rep]) / top
            + early
            + W_CLEAR * (clarity(u.text) - 1.0)
        )
        out.append(score)
    return out


def select(
    ix: StoryIndex, groups: list[Group], max_sentences: int | None, max_words: int | None
) -> list[Group]:
    """Groups for the summary, by MMR, within the sentence and word budgets."""
    max_sentences = max_sentences or 10_000
    rel = relevance(ix, groups)
    left = list(range(len(groups)))
    chosen: list[int] = []
    said = np.zeros(ix.matrix.shape[1], dtype=bool)  # terms the chosen sentences already state
    words = 0

    def gain(i: int) -> float:
        rep = groups[i].rep
        same = max((min(1.0, float(ix.sim[rep, groups[j].rep])) for j in chosen), default=0.0)
        covered = float(ix.matrix[rep][said].sum() / ix.weight[rep]) if ix.weight[rep] > 0 else 1.0
        return rel[i] * (1.0 - max(same, covered)) ** REDUNDANCY

    while left and len(chosen) < max_sentences:
        best = max(left, key=lambda i: (gain(i), -i))
        left.remove(best)
        n = ix.units[groups[best].rep].n_words
        if max_words is not None and chosen and (words >= max_words or words + n > max_words * WORD_SLACK):
            continue
        chosen.append(best)
        said |= ix.matrix[groups[best].rep] > 0
        words += n
    lead, rest = chosen[:1], chosen[1:]
    rest.sort(key=lambda i: (groups[i].earliest, ix.units[groups[i].rep].pos, i))
    return [groups[i] for i in lead + rest]


def summarize(
    ix: StoryIndex, groups: list[Group], max_sentences: int | None = None, max_words: int | None = None
) -> list[Claim]:
    """The summary as claims. With no budget given: about 5 sentences or 100 words, whichever first."""
    if max_sentences is None and max_words is None:
        max_sentences, max_words = DEFAULT_SENTENCES, DEFAULT_WORDS
    return [to_claim(ix, g) for g in select(ix, groups, max_sentences, max_words)]


def headline(ix: StoryIndex, summary: list[Claim], max_words: int = 20) -> str:
    """The title most articles support (ties: the shorter), else the lead claim cut to a headline."""
    titles = list(dict.fromkeys(a.title.strip() for a in ix.articles if a.title and a.title.strip()))
    if titles:
        return max(titles, key=lambda t: (len(ix.witnesses(ix.supporters(t))), -len(t), t))
    if not summary:
        return ""
    words = summary[0].text.split()
    return " ".join(words[:max_words]) + (" …" if len(words) > max_words else "")
