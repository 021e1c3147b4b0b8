"""Near copies (wire reprints, scraper mirrors): MinHash LSH over word shingles, within a time window.

Same-event articles of different outlets share only a few percent of their shingles while reprints
share half or more, so MinHash finds copies, not stories (LIBRARIES.md). datasketch does the hashing and
chooses the banding (bands x rows for the threshold); this module keeps the band tables, the window (old
keys are removed so memory and cost stay flat) and the choice of the earliest original. One MinHash
object does the hashing for every article (reset to a kept empty sketch between articles) and only its
hash values are kept: building a MinHash per article re-parsed its permutations and cost more than the
hashing itself. The band tables are plain dicts of id tuples rather than datasketch's `MinHashLSH`, which
byte-swaps every band slice, keeps a second table per key and gathers query results one id at a time: with
10k articles in the window an add cost 195 us with it and 145 us without. Tuples rather than sets, since
most keys hold one id: a set per key was sixteen objects per article that Python's garbage collector walks
at every full collection (it stops tracking a tuple of strings). For the same reason an article's signature is
kept as a plain tuple (hash values, band keys, time, original), not a NamedTuple, which it never stops tracking.
"""

from __future__ import annotations

import zlib
from collections import deque
from itertools import filterfalse
from typing import NamedTuple

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE = 4  # content terms per shingle: robust to added commas and swapped function words
NUM_PERM = 64
LSH_THRESHOLD = 0.25  # banding threshold (recall side)
MIN_JACCARD = 0.3  # estimated Jaccard to call it a copy (precision side)
MIN_SHINGLES = 12  # too short to tell a copy from a shared quote


def shingles(terms: list[str]) -> set[bytes]:
    """Runs of SHINGLE content terms (stemmed, no stopwords, no bare numbers), as UTF-8: each term is
    encoded once and the runs joined as bytes (the same bytes as encoding each joined run)."""
    content = list(filterfalse(str.isdigit, terms))
    if len(content) < SHINGLE:
        return set()
    encoded = list(map(str.encode, content))
    return set(map(b" ".join, zip(*(encoded[k:] for k in range(SHINGLE)), strict=False)))  # to the last full run


class Signature(NamedTuple):
    """An article's MinHash values and its band keys (the bytes of each band, kept for removal)."""

    hashvalues: np.ndarray
    bands: tuple[bytes, ...]


class NearCopyIndex:
    """Articles seen in the last `window` days, searchable for near copies."""

    def __init__(self, window: float = 7.0) -> None:
        self.window = window
        self._hasher = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)
        self._empty = self._hasher.hashvalues  # an empty sketch: updates replace the array, never write into it
        self._empty.flags.writeable = False
        size = self._hasher.hashvalues.itemsize
        ranges = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges  # (start, end) per band
        self._bands = [slice(start * size, end * size) for start, end in ranges]  # of the hash values' bytes
        self._tables: list[dict[bytes, tuple[str, ...]]] = [{} for _ in ranges]  # band key -> article ids
        # id -> (hash values, band keys, time, original id): a plain tuple (see the module docstring)
        self._sigs: dict[str, tuple[np.ndarray, tuple[bytes, ...], float, str]] = {}
        self._order: deque[tuple[float, str]] = deque()
        self._clock = float("-inf")

    def _prune(self, now: float) -> None:
        self._clock = max(self._clock, now)
        while self._order and self._order[0][0] < self._clock - self.window:
            _, key = self._order.popleft()
            sig = self._sigs.pop(key, None)
            if sig is not None:
                for table, band in zip(self._tables, sig[1], strict=True):
                    ids = table.pop(band)
                    if len(ids) > 1:
                        table[band] = tuple(i for i in ids if i != key)

    def _signature(self, sh: set[bytes]) -> Signature:
        self._hasher.hashvalues = self._empty  # what clear() sets, without building it anew (a tenth of the cost)
        self._hasher.update_batch(list(sh))
        values = self._hasher.hashvalues  # a new array at every clear and update: safe to keep
        return Signature(values, tuple(map(values.tobytes().__getitem__, self._bands)))

    def add(self, article_id: str, terms: list[str], time: float | None) -> tuple[str, float] | None:
        """Index one article; return (id of the earliest original it copies, Jaccard) or None."""
        sh = shingles(terms)
        now = self._clock if time is None else time
        if now != float("-inf"):
            self._prune(now)
        if len(sh) < MIN_SHINGLES:
            return None
        sig = self._signature(sh)
        found: set[str] = set()  # ids sharing at least one band: the LSH candidates
        new = article_id not in self._sigs
        mine = (article_id,)
        for table, band in zip(self._tables, sig.bands, strict=True):  # looked up and filed in one pass
            ids = table.get(band)  # the ids filed before this article
            if ids:
                found.update(ids)
            if new:
                table[band] = mine if ids is None else ids + mine
        best: tuple[float, str, float] | None = None
        if found:
            keys = sorted(found)
            same = np.array([self._sigs[k][0] for k in keys]) == sig.hashvalues
            jaccard = np.add.reduce(same, axis=1, dtype=np.float64) / NUM_PERM  # the mean, without its Python layer
            for key, jac in zip(keys, jaccard.tolist(), strict=True):
                if jac >= MIN_JACCARD:
                    _, _, t_other, original = self._sigs[key]
                    cand = (t_other, original, jac)
                    best = cand if best is None or cand[:2] < best[:2] else best
        original_id = best[1] if best else article_id
        if new:
            self._sigs[article_id] = (sig.hashvalues, sig.bands, now, original_id)
            self._order.append((now, article_id))
        return (best[1], best[2]) if best else None
