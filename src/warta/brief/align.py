"""Cross-source alignment: which sentences of a story's articles state the same thing.

Every sentence becomes a set of normalised content terms (gazetteer aliases written canonically, so
`Korut` = `Korea Utara` and `Moskow` = `Moskwa`; hyphenated names split, so `Jong-un` = `Jong Un`; stems).
Terms are weighted by their inverse frequency among the story's sentences: the names every article
repeats (`Putin`, `Kim`) say little about *which* statement a sentence makes, the rarer words do.
Two sentences say the same thing when the weighted cosine of their term sets is high, or when one is
almost wholly contained in the other. `StoryIndex.supports` is the one citation check the brief and the
benchmarks use.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from warta.brief.trim import trim_dateline
from warta.lang.entities import canonicalize
from warta.lang.sentences import split_sentences
from warta.lang.tokens import stem, stopwords, words
from warta.model import Article, Story

SAME_COSINE = 0.45  # weighted cosine at which two sentences state the same thing
SAME_COVERAGE = 0.75  # ... or the share of one sentence's weight the other contains
PAIR_ANCHOR = 0.6  # ... or one sentence comes this close (score units)
PAIR_COVERAGE = 0.8  # ... and it and one more sentence of the article hold this share of the weight
MIN_WORDS = 5  # shorter "sentences" are captions, bylines or fragments
MAX_WORDS = 150  # longer ones are run-together text (lists, missing punctuation, hostile input)
MAX_SENTENCES = 400  # per article: hostile input stays bounded
_JUNK = re.compile(r"^(?:baca juga|lihat juga|simak|advertisement|scroll to|editor|penulis|sumber)\b", re.I)


@lru_cache(maxsize=50_000)
def terms(sentence: str) -> frozenset[str]:
    """Normalised content terms of one sentence (Indonesian or English)."""
    sw = stopwords()
    out: set[str] = set()
    for w in words(canonicalize(sentence)):
        parts = w.split("-")
        if len(parts) > 1 and len(set(parts)) == 1:  # reduplication: luka-luka
            parts = parts[:1]
        for p in parts:
            if p not in sw and (len(p) > 1 or p.isdigit()):
                out.add(stem(p))
    return frozenset(out)


@dataclass(slots=True)
class Unit:
    """One sentence of one article, as the brief sees it."""

    article: int  # index into story.articles
    pos: int  # sentence number within the article
    rel: float  # position within the article, 0 (lede) .. 1 (last)
    text: str  # the sentence, dateline trimmed
    terms: frozenset[str]

    @property
    def n_words(self) -> int:
        return len(self.text.split())


def article_sentences(article: Article) -> list[str]:
    """The article's sentences as a brief may show them (datelines trimmed, fragments dropped)."""
    out: list[str] = []
    for para in article.paragraphs:
        for s in split_sentences(para):
            text = trim_dateline(s)
            if MIN_WORDS <= len(text.split()) <= MAX_WORDS and not _JUNK.match(text):
                out.append(text)
            if len(out) >= MAX_SENTENCES:
                return out
    return out


class StoryIndex:
    """Sentences of a story with their term vectors and pairwise similarities."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.articles = story.articles
        self.units: list[Unit] = []
        self.by_article: list[list[int]] = []
        for ai, art in enumerate(self.articles):
            sents = article_sentences(art)
            ids = []
            for pos, text in enumerate(sents):
                ids.append(len(self.units))
                self.units.append(Unit(ai, pos, pos / max(1, len(sents) - 1), text, terms(text)))
            self.by_article.append(ids)
        df: dict[str, int] = {}
        for u in self.units:
            for t in u.terms:
                df[t] = df.get(t, 0) + 1
        n = len(self.units)
        self.idf = {t: math.log((1 + n) / c) for t, c in df.items()}
        self.unseen_idf = math.log(1 + n)
        self.vocab = {t: i for i, t in enumerate(sorted(df))}
        self.matrix = np.zeros((n, len(self.vocab)), dtype=np.float32)
        for i, u in enumerate(self.units):
            for t in u.terms:
                self.matrix[i, self.vocab[t]] = self.idf[t]
        self.weight = self.matrix.sum(axis=1)  # total term weight per sentence
        # coverage counts only when the smaller sentence still says something (4 typical terms' worth)
        self.min_cover = 4 * float(np.median(list(self.idf.values()))) if self.idf else 1.0
        norms = np.sqrt((self.matrix**2).sum(axis=1))
        self.norm = np.where(norms > 0, norms, 1.0)
        self.sim = self._all_pairs()
        self.agree = self._unit_agreement()
        # which outlet each article witnesses for: a near copy counts as its original's outlet
        ids = {a.id: a for a in self.articles}
        self.witness: list[str] = []
        for a in self.articles:
            orig = ids.get(a.near_copy_of or "", a)
            self.witness.append(orig.outlet or orig.domain or orig.id)

    def _similarity(
        self, rows: np.ndarray, weight: np.ndarray, norm: np.ndarray, cols: slice | list[int]
    ) -> np.ndarray:
        """Agreement score of `rows` against units `cols`: max(cosine, coverage), in [0, 1]."""
        m = self.matrix[cols]
        inter = (rows > 0).astype(np.float32) @ m.T  # weight of the shared terms
        cos = (rows @ m.T) / np.outer(norm, self.norm[cols])
        small = np.minimum.outer(weight, self.weight[cols])
        cover = np.where(small > 0, inter / np.maximum(small, 1e-9), 0.0)
        cover = np.where(small >= self.min_cover, cover, 0.0)
        return np.maximum(cos / SAME_COSINE, cover / SAME_COVERAGE)  # >= 1 means "same"

    def _all_pairs(self) -> np.ndarray:
        """`_similarity` of every sentence with every sentence, with sparse products (rows hold ~15 terms)."""
        m = sparse.csr_matrix(self.matrix)
        binary = m.copy()
        binary.data[:] = 1.0
        dot = (m @ m.T).toarray()
        inter = (binary @ m.T).toarray()
        cos = dot / np.outer(self.norm, self.norm)
        small = np.minimum.outer(self.weight, self.weight)
        cover = np.where(small >= self.min_cover, inter / np.maximum(small, 1e-9), 0.0)
        return np.maximum(cos / SAME_COSINE, cover / SAME_COVERAGE).astype(np.float32)

    def _unit_agreement(self) -> np.ndarray:
        """agreement() of every sentence with every article, computed in bulk (units x articles)."""
        out = np.zeros((len(self.units), len(self.articles)), dtype=np.float32)
        for a, cols in enumerate(self.by_article):
            if cols:
                out[:, a] = self.sim[:, cols].max(axis=1)
        # only near misses can be lifted by the pair rule: recompute just those
        for u, a in zip(*np.nonzero((out >= PAIR_ANCHOR) & (out < 1.0)), strict=True):
            cols = self.by_article[a]
            pair = self._pair(self.matrix[u : u + 1], float(self.weight[u]), self.sim[u, cols], cols)
            out[u, a] = max(out[u, a], pair)
        return out

    def unit_supporters(self, unit: int) -> list[int]:
        """Articles that support sentence `unit` (the same check as `supports`, precomputed)."""
        return [int(a) for a in np.flatnonzero(self.agree[unit] >= 1.0)]

    def vector(self, text: str) -> tuple[np.ndarray, float, float]:
        """Term-weight row of any text in this story's vocabulary, with its full weight and norm."""
        row = np.zeros((1, len(self.vocab)), dtype=np.float32)
        total, sq = 0.0, 0.0
        for t in terms(text):
            w = self.idf.get(t, self.unseen_idf)
            total += w
            sq += w * w
            if t in self.vocab:
                row[0, self.vocab[t]] = w
        return row, total, math.sqrt(sq) or 1.0

    def agreement(self, text: str, article: int) -> float:
        """How well one article matches `text` (>= 1: it says the same).

        The best single sentence counts, and so does a pair of sentences when one of them already
        comes close and the two together hold nearly all of `text` ("Putin accepted the invitation ..."
        plus "... KCNA reported on Thursday").
        """
        cols = self.by_article[article]
        if not cols:
            return 0.0
        row, total, norm = self.vector(text)
        single = self._similarity(row, np.array([total]), np.array([norm]), cols)[0]
        best = float(single.max())
        if best >= 1.0:
            return best
        return max(best, self._pair(row, total, single, cols))

    def _pair(self, row: np.ndarray, total: float, single: np.ndarray, cols: list[int]) -> float:
        """Best share of `row`'s weight that two sentences hold together, one of them a near match."""
        if len(cols) < 2 or total <= 0:
            return 0.0
        idx = np.flatnonzero(row[0])  # only the text's own terms matter
        held = (self.matrix[np.ix_(cols, idx)] > 0) * row[0, idx]  # weight of them each sentence holds
        per = held.sum(axis=1)
        union = (per[:, None] + per[None, :] - held @ (held > 0).T) / total
        near = single >= PAIR_ANCHOR
        union = np.where(near[:, None] | near[None, :], union, 0.0)
        np.fill_diagonal(union, 0.0)
        return float(union.max()) / PAIR_COVERAGE

    def supports(self, text: str, article: int) -> bool:
        """Does the article contain a sentence saying what `text` says? (the citation check)"""
        return self.agreement(text, article) >= 1.0

    def supporters(self, text: str) -> list[int]:
        """Indices of all articles that support `text`."""
        return [a for a in range(len(self.articles)) if self.supports(text, a)]

    def witnesses(self, articles: list[int]) -> list[str]:
        """Distinct outlets behind some articles (near copies count as their original's outlet)."""
        return list(dict.fromkeys(self.witness[a] for a in articles))


_CACHE: dict[tuple[tuple[str, int], ...], StoryIndex] = {}


def index_for(story: Story) -> StoryIndex:
    """The index of a story, cached (a few stories) by its articles' ids and texts."""
    key = tuple((a.id, hash(a.text)) for a in story.articles)
    if key not in _CACHE:
        if len(_CACHE) >= 8:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = StoryIndex(story)
    return _CACHE[key]


def supports(sentence: str, article: Article, story: Story | None = None) -> bool:
    """True when `article` contains a sentence saying what `sentence` says.

    Term weights come from `story` (the articles the sentence is compared within); without a story the
    article alone is the context. This is the check behind every citation in a brief.
    """
    story = story or Story(article.id, [article])
    index = index_for(story)
    for i, a in enumerate(story.articles):
        if a is article:
            return index.supports(sentence, i)
    raise ValueError(f"article {article.id} is not part of story {story.id}")
