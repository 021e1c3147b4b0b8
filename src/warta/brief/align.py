"""Cross-source alignment: which sentences of a story's articles state the same thing.

Every sentence becomes a set of normalised content terms (gazetteer aliases written canonically, so
`Korut` = `Korea Utara` and `Moskow` = `Moskwa`; hyphenated names split, so `Jong-un` = `Jong Un`; stems).
Terms are weighted by their inverse frequency among the story's sentences: the names every article
repeats (`Putin`, `Kim`) say little about *which* statement a sentence makes, the rarer words do.
Two sentences say the same thing when the weighted cosine of their term sets is high, or when one is
almost wholly contained in the other, and neither denies what the other asserts: a sentence that denies
something (`tidak mundur`) is supported only by one that denies it too (`negated`, `contradicts`).
Citations are stricter than claim grouping: a cited sentence must also share a fact word (a lower-case,
non-function word), not only names, since long names (`Wakil Duta Besar Amerika Serikat Erin Elizabeth
McKee`) can outweigh two different predicates. `SentenceIndex.supports` is the one citation check the
brief and the benchmarks use.

Speed: each sentence is tokenised once (`analyse`: content terms and word set, put together from what each of its
whitespace-separated chunks yields, tokens, content terms, fact words and whether one may open a gazetteer alias (the
rest need no rewriting), cached across stories in one lookup a chunk), all pairs are scored with sparse matrix
products (built straight from the term incidence, not by scanning the dense matrix), maxima per article are one
reduction (an article's sentences are consecutive), the rules beyond shared words run only on close pairs of two
sentences (the denial checks only where a side denies something), the pair rule only on near misses and one article at
a time (batched matrix products, each article's term incidence built once; several texts, such as the titles, in one
pass: `agreements_of`), and later stages share per-sentence results through `SentenceIndex.memo` and `unit_witnesses`.
Every float is computed as it was by the plain dense version: the same operations on the same shapes and memory
layouts (BLAS sums in an order that depends on them).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice
from operator import itemgetter

import numpy as np
from scipy import sparse

from warta.brief.trim import trim_credit, trim_dateline
from warta.lang.entities import canonicalize, may_alias
from warta.lang.sentences import split_sentences
from warta.lang.tokens import stem, stopwords, tokenize, words
from warta.model import Article, Story

SAME_COSINE = 0.45  # weighted cosine at which two sentences state the same thing
SAME_COVERAGE = 0.75  # ... or the share of one sentence's weight the other contains
PAIR_ANCHOR = 0.6  # ... or one sentence comes this close (score units)
PAIR_COVERAGE = 0.8  # ... and it and one more sentence of the article hold this share of the weight
MIN_WORDS = 5  # shorter "sentences" are captions, bylines or fragments
MAX_WORDS = 150  # longer ones are run-together text (lists, missing punctuation, hostile input)
MAX_SENTENCES = 400  # per article: hostile input stays bounded
_JUNK = re.compile(
    r"^[(\[]?\s*(?:(?:baca juga|lihat juga|simak|advertisement|scroll to|editor|penulis|sumber)\b|baca\s*:)"
    # a call to follow the outlet glued after the last sentence: `Cek Berita dan Artikel yang lain di Google News`
    r"|^(?:cek|baca|ikuti|follow|dapatkan|gabung|klik|download|unduh|yuk)\b.{0,80}"
    r"\b(?:google news|whatsapp|telegram|channel|aplikasi|artikel lain|berita lain|berita terkini|berita terbaru)",
    re.I,
)


def terms(sentence: str) -> frozenset[str]:
    """Normalised content terms of one sentence (Indonesian or English)."""
    return analyse(sentence)[0]


@lru_cache(maxsize=50_000)
def analyse(sentence: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    """A sentence's content terms, its lower-cased tokens as written (as a set and in order), the terms it denies
    (`negated`) and its fact words (see `_FUNCTION`), from one tokenisation (two when a gazetteer alias is
    rewritten): what each whitespace-separated chunk yields is cached (`_CHUNKS`)."""
    parts = _chunks(sentence)
    if parts is None:  # a spaced amount (`Rp 13.500`) may be one token across chunks: the sentence whole
        cased = tokenize(sentence)
        tokens = tuple(words(sentence))
        facts = frozenset(filter(None, map(_fact, cased[1:])))
    else:
        tokens = tuple(chain.from_iterable(map(_LOW, parts)))
        facts = frozenset(filter(None, islice(chain.from_iterable(map(_FACTS, parts)), 1, None)))
    # no chunk opens an alias (most sentences): nothing to rewrite, as canonicalize would find
    canonical = canonicalize(sentence, tokens) if parts is None or any(map(_ALIASED, parts)) else sentence
    found = frozenset(tokens)
    denied = negated(tokens) if not NEGATORS.isdisjoint(found) else _NOTHING
    written = parts if canonical is sentence else _chunks(canonical)  # the terms: of the text as aliases rewrite it
    if written is None:
        content = _content(tokens if canonical is sentence else words(canonical))
    else:
        content = frozenset(chain.from_iterable(map(_TERMS, written)))
    return content, found, tokens, denied, facts


_LOW, _TERMS, _FACTS, _ALIASED = map(itemgetter, range(4))  # the fields of a `_CHUNKS` entry


def _chunks(text: str) -> list[_Chunk] | None:
    """`_CHUNKS` of each whitespace-separated chunk of a text; None when it may hold a spaced amount (`Rp 13.500`,
    see `tokens.tokenize`), whose token spans two chunks."""
    return None if "Rp" in text else list(map(_CHUNKS.__getitem__, text.split()))


_Chunk = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]
_CHUNKS_KEPT = 100_000


class _ChunkCache(dict[str, _Chunk]):
    """What one chunk without whitespace (`Putin,`) yields, computed on a miss: its lower-case tokens, their content
    terms, each token's fact word ("" for none; see `_fact`) and whether a token may open a gazetteer alias
    (`entities.may_alias`). A plain dict, as `tokens._ChunkTerms` (an LRU hit also relinks its entry: a sentence reads
    some twenty chunks), emptied when full."""

    def __missing__(self, chunk: str) -> _Chunk:
        if len(self) >= _CHUNKS_KEPT:
            self.clear()
        cased = tokenize(chunk)
        low = tuple(map(str.lower, cased))  # `words(chunk)`
        terms = tuple(chain.from_iterable(map(_token_terms, low)))
        found = self[chunk] = low, terms, tuple(map(_fact, cased)), may_alias(low)
        return found


_CHUNKS = _ChunkCache()


# What a sentence says happened, apart from who: its lower-case words (names are capitalised; the first
# word is capitalised either way and left out) without function words. Sastrawi's stopword list, which
# content terms use, also drops predicates (`memastikan`, `masuk`, `besar`), so it cannot serve here.
_FUNCTION = frozenset(
    """yang di ke dari dan atau untuk pada dengan dalam oleh akan telah sudah sedang masih bisa dapat harus juga
    itu ini tersebut para sang si ia dia mereka kami kita saya anda beliau tidak tak bukan belum ada adalah kepada
    ialah merupakan bahwa karena jika kalau saat ketika setelah sebelum sebelumnya sesudah namun tetapi tapi
    serta hingga sampai agar supaya pun lah kah nya se pula lagi hanya saja sangat lebih paling sebagai
    seperti antara atas bagi tentang terhadap sejak selama menurut kata ujar ucap tutur katanya ujarnya
    the a an of to in and or for on with by at from as is are was were be been has have had will would that
    this it its said says""".split()
)


@lru_cache(maxsize=200_000)
def _fact(token: str) -> str:
    """The fact word of a token as written (not a sentence's first), "" for a name or a function word."""
    low = token.lower()
    return "" if token[:1].isupper() or low in _FUNCTION else stem(low)


NAMES_ONLY = 0.59  # the score (below PAIR_ANCHOR) left for a citation to a sentence sharing names, not facts


def _says(facts: frozenset[str], other: frozenset[str]) -> bool:
    """Do two sentences share what happened (a fact word), not only who? `Wakil Dubes AS Erin McKee mendatangi
    Kemenlu` and `Wakil Dubes AS Erin McKee memastikan Gatot bisa masuk` share seven name terms and no other
    word. A sentence with at most one fact word passes."""
    return len(facts) <= 1 or len(other) <= 1 or not facts.isdisjoint(other)


# Content terms are stopword-free, so "tidak mundur" and "menyatakan mundur" share all they have: the word a
# negator denies is kept apart, and a sentence that asserts it never supports one that denies it.
NEGATORS = frozenset("tidak tak bukan belum tanpa enggak nggak gak jangan not no never without".split())
_NOT_A_DENIAL = frozenset("hanya cuma sekadar lama jauh sedikit kurang lebih only just long far less more".split())
NEGATION_REACH = 3  # tokens after a negator searched for the word it denies ("tidak akan pernah mundur")
_NOTHING: frozenset[str] = frozenset()  # what most sentences deny: one object for all of them


def negated(tokens: Sequence[str]) -> frozenset[str]:
    """Content terms of the words a negator denies (`tidak mundur` -> `mundur`); `tidak hanya` ("not only")
    and `tak lama` ("shortly") deny nothing."""
    out: set[str] = set()
    for i, token in enumerate(tokens):
        if token not in NEGATORS:
            continue
        for nxt in tokens[i + 1 : i + 1 + NEGATION_REACH]:
            if nxt in NEGATORS or nxt in _NOT_A_DENIAL:
                break
            found = _token_terms(nxt)
            if found:
                out.update(found)
                break
    return frozenset(out)


def contradicts(denied: frozenset[str], other_terms: frozenset[str], other_denied: frozenset[str]) -> bool:
    """One sentence denies a word the other asserts (has, not denied)."""
    return bool(denied) and not (denied - other_denied).isdisjoint(other_terms)


def _opposes(terms: frozenset[str], denied: frozenset[str], other: Unit) -> bool:
    """Can sentence `other` not support a text with these terms and denials? It does not deny all the text
    denies, or it denies what the text asserts."""
    return not denied <= other.denied or contradicts(other.denied, terms, denied)


def _content(tokens: Sequence[str]) -> frozenset[str]:
    return frozenset(chain.from_iterable(map(_token_terms, tokens)))


@lru_cache(maxsize=200_000)
def _token_terms(token: str) -> tuple[str, ...]:
    """The content terms of one lower-case token (none for a stopword; two for `Jong-un`), cached: a news
    vocabulary is small and repetitive."""
    sw = stopwords()
    split = token.split("-") if "-" in token else [token]
    parts = split[:1] if len(set(split)) == 1 else split  # reduplication: luka-luka
    return tuple(stem(p) for p in parts if p not in sw and (len(p) > 1 or p.isdigit()))


@dataclass(slots=True)
class Unit:
    """One sentence of one article, as the brief sees it."""

    article: int  # index into story.articles
    pos: int  # sentence number within the article
    rel: float  # position within the article, 0 (lede) .. 1 (last)
    text: str  # the sentence, dateline trimmed
    terms: frozenset[str]
    words: frozenset[str]  # its lower-cased tokens as written: cheap tests before a costly parser
    tokens: tuple[str, ...]  # its lower-cased tokens in order: the word pairs outlets repeat (`summary.shared_pairs`)
    denied: frozenset[str]  # content terms a negator denies ("tidak mundur"): see `contradicts`
    facts: frozenset[str]  # its lower-case, non-function words: what it says happened (see `_says`)

    @property
    def n_words(self) -> int:
        return len(self.text.split())


def article_sentences(article: Article) -> list[str]:
    """The article's sentences as a brief may show them (datelines trimmed, fragments dropped)."""
    out: list[str] = []
    for para in article.paragraphs:
        for k, s in enumerate(split_sentences(para)):
            text = trim_dateline(s) if k == 0 else trim_credit(s)  # a dateline opens a paragraph
            # the trims leave single spaces between words (and none around them): no need to split
            if MIN_WORDS <= text.count(" ") + 1 <= MAX_WORDS and not _JUNK.match(text) and _says_something(text):
                out.append(text)
            if len(out) >= MAX_SENTENCES:
                return out
    return out


_LOWER_WORD = re.compile(r"(?<![\w-])(?!vs\b)[a-z]{2,}")  # `vs` between two names is no running text


def _says_something(text: str) -> bool:
    """Running text has a lower-case word; a line-up (`De Gea; Valencia, Lindelof, ...`) or a headline in title
    case (`Hasil Studi: Gaji Messi Terlalu Tinggi`) has none."""
    return _LOWER_WORD.search(text) is not None


class SentenceIndex:
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
                self.units.append(Unit(ai, pos, pos / max(1, len(sents) - 1), text, *analyse(text)))
            self.by_article.append(ids)
        # term-document counts in one pass (binary), then inverse frequencies over the story's sentences
        flat = [t for u in self.units for t in u.terms]
        vocab = {t: i for i, t in enumerate(sorted(set(flat)))}  # sorted: the same columns in every process
        counts = np.fromiter(map(len, (u.terms for u in self.units)), dtype=np.intp, count=len(self.units))
        rows = np.repeat(np.arange(len(self.units)), counts)
        cols = np.fromiter(map(vocab.__getitem__, flat), dtype=np.intp, count=len(flat))
        n = len(self.units)
        binary = np.zeros((n, len(vocab)), dtype=np.float32)
        binary[rows, cols] = 1.0
        df = np.bincount(cols, minlength=len(vocab)).astype(np.float32)  # binary's column sums, without the scan
        idf = np.log((1 + n) / np.maximum(df, 1)).astype(np.float32)
        self.vocab = vocab
        self.idf = dict(zip(vocab, idf.tolist(), strict=True))
        self.unseen_idf = math.log(1 + n)
        self.matrix = binary * idf
        self.weight = self.matrix.sum(axis=1)  # total term weight per sentence
        # coverage counts only when the smaller sentence still says something (4 typical terms' worth)
        self.min_cover = 4 * _median(idf) if len(idf) else 1.0
        norms = np.sqrt((self.matrix**2).sum(axis=1))
        self.norm = np.where(norms > 0, norms, 1.0)
        self._seen: dict[str, np.ndarray] = {}  # agreements() of texts already checked
        self._held: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}  # per article: see _held_terms
        # each article's sentences are consecutive units: the articles that have some, and where those start
        # (a maximum per article is one reduction: `per_article`)
        self._filled = np.array([a for a, ids in enumerate(self.by_article) if ids], dtype=np.intp)
        self._starts = np.array([ids[0] for ids in self.by_article if ids], dtype=np.intp)
        self.memo: dict[str, object] = {}  # per-sentence results later parts of the brief share (dates, readings)
        self.sim = self._all_pairs(rows, cols, counts, idf)
        names_only = self._check_close_pairs()
        self.agree = self._unit_agreement(self.sim)
        self._supporters: list[list[int]] = [[] for _ in self.units]
        for u, a in zip(*(side.tolist() for side in np.nonzero(self.agree >= 1.0)), strict=True):
            self._supporters[u].append(a)
        # citations are stricter than claim grouping: a cited sentence must share a fact word, not only names
        self._cited = self._citations(names_only)
        self._witnesses: list[list[str] | None] = [None] * len(self.units)  # unit_witnesses(), when asked
        # which outlet each article witnesses for: a near copy counts as its original's outlet
        ids = {a.id: a for a in self.articles}
        self.witness: list[str] = []
        for a in self.articles:
            orig = ids.get(a.near_copy_of or "", a)
            self.witness.append(orig.outlet or orig.domain or orig.id)
        self.n_outlets = len(set(self.witness))  # independent witnesses: 1 for one article or its copies

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

    def _check_close_pairs(self) -> list[tuple[int, int]]:
        """The rules beyond shared words, on the pairs close enough to count (row: what is supported; column:
        what supports it). A sentence that denies something (`Djanur tidak mundur`) is supported only by one
        denying it too: one asserting it (`Djanur menyatakan mundur`) says the opposite, and one silent about
        it does not carry the denial (`_opposes`; dropped from `sim`). Returns the pairs that share names but
        no fact word (`_says`), which claims may group but a citation may not name (`_citations`)."""
        close = self.sim >= PAIR_ANCHOR
        np.fill_diagonal(close, False)  # a sentence neither opposes itself nor lacks its own fact words
        names_only = []
        units = self.units
        for i, j in zip(*(side.tolist() for side in np.nonzero(close)), strict=True):
            unit, other = units[i], units[j]
            if (unit.denied or other.denied) and _opposes(unit.terms, unit.denied, other):  # most deny nothing
                self.sim[i, j] = 0.0
            elif not _says(unit.facts, other.facts):
                names_only.append((i, j))
        return names_only

    def _citations(self, names_only: list[tuple[int, int]]) -> list[list[int]]:
        """Per sentence, the articles a citation of it names: `unit_supporters`, recomputed for the sentences
        with name-only matches, those held below the anchor."""
        cited = list(self._supporters)  # the lists themselves: a recomputed one replaces its sentence's
        if names_only:
            strict = self.sim.copy()
            strict[tuple(np.array(names_only).T)] = NAMES_ONLY
            rows = np.unique([i for i, _ in names_only])
            for u, row in zip(rows.tolist(), self._unit_agreement(strict, rows), strict=True):
                cited[u] = np.flatnonzero(row >= 1.0).tolist()
        return cited

    def _all_pairs(self, rows: np.ndarray, cols: np.ndarray, counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
        """`_similarity` of every sentence with every sentence, with sparse products (rows hold ~15 terms). The
        sparse matrices are built straight from the term incidence (`rows`, `cols`: one entry per sentence and
        term; `counts`: terms per sentence), each row's terms in column order (as a dense matrix would give
        them, so that the products add up in the same order); converting `matrix` would scan all its zeros. Their
        indices are scipy's own type (int32), which it would otherwise pick by scanning them, and convert to."""
        n, v = self.matrix.shape
        held = cols[np.argsort(rows * v + cols)].astype(np.int32)  # each sentence's columns, ascending
        starts = np.zeros(2 * n + 1, dtype=np.int32)
        np.cumsum(np.concatenate([counts, counts]), out=starts[1:])
        # the weighted rows over the binary ones: both products in one (each row's sums as in its own product)
        stacked = sparse.csr_matrix(
            (np.concatenate([idf[held], np.ones(len(held), dtype=np.float32)]), np.concatenate([held, held]), starts),
            shape=(2 * n, v),
        )
        by_term = np.argsort(cols, kind="stable")  # the transpose: each term's sentences, ascending
        term_starts = np.zeros(v + 1, dtype=np.int32)
        np.cumsum(np.bincount(cols, minlength=v), out=term_starts[1:])
        mt = sparse.csr_matrix((idf[cols[by_term]], rows[by_term].astype(np.int32), term_starts), shape=(v, n))
        both = (stacked @ mt).toarray()
        dot, inter = both[:n], both[n:]
        cos = dot / np.outer(self.norm, self.norm)
        small = np.minimum.outer(self.weight, self.weight)
        cover = np.where(small >= self.min_cover, inter / np.maximum(small, 1e-9), 0.0)
        return np.maximum(cos / SAME_COSINE, cover / SAME_COVERAGE).astype(np.float32)

    def _unit_agreement(self, sim: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """agreement() of sentences `rows` (default: all) with every article from sentence scores `sim`, in
        bulk (rows x articles)."""
        picked = sim if rows is None else sim[rows]
        rows = np.arange(len(self.units)) if rows is None else rows
        out = np.zeros((len(rows), len(self.articles)), dtype=np.float32)
        if len(self._starts):
            out[:, self._filled] = self.per_article(picked)
        # only near misses can be lifted by the pair rule: recompute just those, one article at a time
        near = (out >= PAIR_ANCHOR) & (out < 1.0)
        for a in near.any(axis=0).nonzero()[0].tolist():
            ks = near[:, a].nonzero()[0]
            us = rows[ks]
            clash = self._clashes([(self.units[u].terms, self.units[u].denied) for u in us.tolist()], a)
            pair = self._pair(self.matrix[us], self.weight[us], sim[us, self._span(a)], a, clash)
            out[ks, a] = np.maximum(out[ks, a], pair)
        return out

    def _span(self, article: int) -> slice:
        """The units of an article that has sentences (consecutive), as a slice: cheaper than a list of them."""
        ids = self.by_article[article]
        return slice(ids[0], ids[-1] + 1)

    def per_article(self, values: np.ndarray) -> np.ndarray:
        """The maximum of `values` (last axis: units) over each article that has sentences, in article order."""
        return np.maximum.reduceat(values, self._starts, axis=-1)

    def unit_cited(self, unit: int) -> list[int]:
        """Articles a citation of sentence `unit` names: those that support it and share a fact word with it
        (`supports`, precomputed); a subset of `unit_supporters`, which groups claims."""
        return self._cited[unit]

    def unit_supporters(self, unit: int) -> list[int]:
        """Articles that support sentence `unit` (the same check as `supports`, precomputed)."""
        return self._supporters[unit]

    def unit_witnesses(self, unit: int) -> list[str]:
        """Outlets behind the articles that support sentence `unit` (once per sentence; do not change it)."""
        found = self._witnesses[unit]
        if found is None:
            found = self._witnesses[unit] = self.witnesses(self._supporters[unit])
        return found

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

    def agreements(self, text: str) -> np.ndarray:
        """How well each article matches `text` (>= 1: it says the same).

        The best single sentence counts, and so does a pair of sentences when one of them already
        comes close and the two together hold nearly all of `text` ("Putin accepted the invitation ..."
        plus "... KCNA reported on Thursday").
        """
        found = self._seen.get(text)
        return found if found is not None else self.agreements_of([text])[0]

    def agreements_of(self, texts: list[str]) -> list[np.ndarray]:
        """`agreements` of several texts, computed together (one product for all, one per article for the pair
        rule)."""
        new = list(dict.fromkeys(t for t in texts if t not in self._seen))
        out = np.zeros((len(new), len(self.articles)), dtype=np.float32)
        if self.units and new:
            vectors = [self.vector(t) for t in new]
            rows = np.concatenate([v[0] for v in vectors])
            totals = np.array([v[1] for v in vectors])
            single = self._similarity(rows, totals, np.array([v[2] for v in vectors]), slice(None))
            for k, text in enumerate(new):
                terms_, _, _, denied, facts = analyse(text)
                for j in (single[k] >= PAIR_ANCHOR).nonzero()[0].tolist():  # the rules of _check_close_pairs
                    unit = self.units[j]
                    if _opposes(terms_, denied, unit):
                        single[k, j] = 0.0
                    elif not _says(facts, unit.facts):
                        single[k, j] = NAMES_ONLY
            out[:, self._filled] = self.per_article(single)
            near = (out >= PAIR_ANCHOR) & (out < 1.0)
            for a in near.any(axis=0).nonzero()[0].tolist():
                ts = near[:, a].nonzero()[0]
                clash = self._clashes([analyse(new[t])[::3] for t in ts.tolist()], a)
                pair = self._pair(rows[ts], totals[ts], single[ts, self._span(a)], a, clash)
                out[ts, a] = np.maximum(out[ts, a], pair)
        fresh = dict(zip(new, out, strict=True))
        if len(self._seen) < 1000:
            self._seen.update(fresh)
        return [self._seen.get(t, fresh.get(t)) for t in texts]  # type: ignore[misc]

    def agreement(self, text: str, article: int) -> float:
        """How well one article matches `text` (>= 1: it says the same); see `agreements`."""
        return float(self.agreements(text)[article])

    def _held_terms(self, article: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The terms an article's sentences use (columns), which sentence holds which (sentences x those terms,
        0/1) and which pairs of its sentences are two sentences (not one twice), once per article."""
        if article not in self._held:
            held_terms = self.matrix[self._span(article)] > 0
            used = held_terms.any(axis=0).nonzero()[0]  # only terms this article has can be held
            n = len(held_terms)
            self._held[article] = used, held_terms[:, used].astype(np.float32), ~np.eye(n, dtype=bool)
        return self._held[article]

    def _clashes(
        self, texts: list[tuple[frozenset[str], frozenset[str]]], article: int
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """(terms, denied) of each text x the article's sentences: where one denies what the other asserts (such
        a sentence cannot help say the same) and where the sentence carries all the text denies; None when
        neither side denies anything."""
        ids = self.by_article[article]
        if not any(d for _, d in texts) and not any(self.units[j].denied for j in ids):
            return None
        cols = [self.units[j] for j in ids]
        # only a side that denies something can clash, or fail to carry a denial: rows and columns of those
        clash = np.zeros((len(texts), len(cols)), dtype=bool)
        carries = np.ones((len(texts), len(cols)), dtype=bool)
        for r, (t, d) in enumerate(texts):
            if d:
                clash[r] = [contradicts(d, u.terms, u.denied) or contradicts(u.denied, t, d) for u in cols]
                carries[r] = [d <= u.denied for u in cols]
        for c, u in enumerate(cols):
            if u.denied:
                clash[:, c] = [contradicts(d, u.terms, u.denied) or contradicts(u.denied, t, d) for t, d in texts]
        return clash, carries

    def _pair(
        self,
        rows: np.ndarray,
        totals: np.ndarray,
        single: np.ndarray,
        article: int,
        clash: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> np.ndarray:
        """Per text row: the best share of its weight two sentences of `article` hold together, one of them a
        near match (`single`: each row's score against each of those sentences), neither contradicting it and
        one of them carrying what it denies (`clash`, from `_clashes`)."""
        if len(self.by_article[article]) < 2:
            return np.zeros(len(rows), dtype=np.float32)
        used, b, two = self._held_terms(article)  # sentences x terms
        w = rows[:, used]  # texts x terms: the weight of each text's own terms
        per = w @ b.T  # weight each sentence holds, per text
        both = (w[:, None, :] * b[None]) @ b.T  # weight two sentences both hold, per text
        union = per[:, :, None] + per[:, None, :] - both
        near = single >= PAIR_ANCHOR
        union *= (near[:, :, None] | near[:, None, :]) & two
        if clash is not None:
            against, carries = clash
            union *= ~(against[:, :, None] | against[:, None, :]) & (carries[:, :, None] | carries[:, None, :])
        # dividing by the (positive) total after the maximum gives the maximum of the shares: rounding is monotonic
        return union.max(axis=(1, 2)) / np.maximum(totals, 1e-9) / PAIR_COVERAGE

    def supports(self, text: str, article: int) -> bool:
        """Does the article contain a sentence saying what `text` says? (the citation check)"""
        return self.agreement(text, article) >= 1.0

    def supporters(self, text: str) -> list[int]:
        """Indices of all articles that support `text`."""
        return [int(a) for a in np.flatnonzero(self.agreements(text) >= 1.0)]

    def witnesses(self, articles: list[int]) -> list[str]:
        """Distinct outlets behind some articles (near copies count as their original's outlet)."""
        return list(dict.fromkeys(map(self.witness.__getitem__, articles)))


def _median(values: np.ndarray) -> float:
    """`np.median` of a non-empty float32 vector, to the bit (the middle two are averaged in float32), without
    its generic machinery."""
    ordered = np.sort(values)
    k = len(ordered) // 2
    return float(ordered[k] if len(ordered) % 2 else (ordered[k - 1] + ordered[k]) / 2)


_CACHE: dict[tuple[tuple[object, ...], ...], SentenceIndex] = {}


def index_for(story: Story) -> SentenceIndex:
    """The index of a story, cached (a few stories) by its articles' ids, texts and what the index reads besides
    (outlet, copy, publication: the same texts dated otherwise are read otherwise)."""
    key = tuple((a.id, hash(a.text), a.outlet, a.near_copy_of, a.published, a.published_has_time)
                for a in story.articles)
    if key not in _CACHE:
        if len(_CACHE) >= 8:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = SentenceIndex(story)
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
