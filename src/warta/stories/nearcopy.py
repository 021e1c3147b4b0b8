"""Near copies (wire reprints, scraper mirrors): MinHash LSH over word shingles, within a time window.

Same-event articles of different outlets share only a few percent of their shingles while reprints
share half or more, so MinHash finds copies, not stories (LIBRARIES.md). datasketch does the hashing and
the banding; this module adds the window (old keys are removed so memory and cost stay flat) and the
choice of the earliest original. One MinHash object does the hashing for every article (cleared between
articles) and only a `LeanMinHash` (the signature alone) is kept: building a MinHash per article
re-parsed its permutations and cost more than the hashing itself.
"""

from __future__ import annotations

import zlib
from collections import deque
from itertools import filterfalse

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE = 4  # content terms per shingle: robust to added commas and swapped function words
NUM_PERM = 64
LSH_THRESHOLD = 0.25  # banding threshold (recall side)
MIN_JACCARD = 0.3  # estimated Jaccard to call it a copy (precision side)
MIN_SHINGLES = 12  # too short to tell a copy from a shared quote


def shingles(terms: list[str]) -> set[bytes]:
    """Runs of SHINGLE content terms (stemmed, no stopwords, no bare numbers)."""
    content = list(filterfalse(str.isdigit, terms))
    runs = zip(*(content[k:] for k in range(SHINGLE)), strict=False)  # stops at the last full run
    return set(map(str.encode, map(" ".join, runs)))


class NearCopyIndex:
    """Articles seen in the last `window` days, searchable for near copies."""

    def __init__(self, window: float = 7.0) -> None:
        self.window = window
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._hasher = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)
        self._sigs: dict[str, tuple[LeanMinHash, float, str]] = {}  # id -> (signature, time, original id)
        self._order: deque[tuple[float, str]] = deque()
        self._clock = float("-inf")

    def _prune(self, now: float) -> None:
        self._clock = max(self._clock, now)
        while self._order and self._order[0][0] < self._clock - self.window:
            _, key = self._order.popleft()
            if key in self._sigs:
                self._lsh.remove(key)
                del self._sigs[key]

    def add(self, article_id: str, terms: list[str], time: float | None) -> tuple[str, float] | None:
        """Index one article; return (id of the earliest original it copies, Jaccard) or None."""
        sh = shingles(terms)
        now = self._clock if time is None else time
        if now != float("-inf"):
            self._prune(now)
        if len(sh) < MIN_SHINGLES:
            return None
        self._hasher.clear()
        self._hasher.update_batch(list(sh))
        sig = LeanMinHash(self._hasher)
        best: tuple[float, str, float] | None = None
        keys = sorted(self._lsh.query(sig))
        if keys:
            others = np.stack([self._sigs[k][0].hashvalues for k in keys])
            jaccard = (others == sig.hashvalues).mean(axis=1)
            for key, jac in zip(keys, jaccard.tolist(), strict=True):
                if jac >= MIN_JACCARD:
                    _, t_other, original = self._sigs[key]
                    cand = (t_other, original, jac)
                    best = cand if best is None or cand[:2] < best[:2] else best
        original_id = best[1] if best else article_id
        if article_id not in self._sigs:
            self._lsh.insert(article_id, sig)
            self._sigs[article_id] = (sig, now, original_id)
            self._order.append((now, article_id))
        return (best[1], best[2]) if best else None
