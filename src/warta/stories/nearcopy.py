"""Near copies (wire reprints, scraper mirrors): MinHash LSH over word shingles, within a time window.

Same-event articles of different outlets share only a few percent of their shingles while reprints
share half or more, so MinHash finds copies, not stories (LIBRARIES.md). datasketch does the hashing and
the banding; this module adds the window (old keys are removed so memory and cost stay flat) and the
choice of the earliest original.
"""

from __future__ import annotations

import zlib
from collections import deque
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE = 4  # content terms per shingle: robust to added commas and swapped function words
NUM_PERM = 64
LSH_THRESHOLD = 0.25  # banding threshold (recall side)
MIN_JACCARD = 0.3  # estimated Jaccard to call it a copy (precision side)
MIN_SHINGLES = 12  # too short to tell a copy from a shared quote


@lru_cache(maxsize=1)
def _permutations():  # type: ignore[no-untyped-def]
    """datasketch draws the permutations per MinHash object: draw them once."""
    template = MinHash(num_perm=NUM_PERM)
    return template.permutations, template.scheme


def shingles(terms: list[str]) -> set[bytes]:
    """Runs of SHINGLE content terms (stemmed, no stopwords, no bare numbers)."""
    content = [t for t in terms if not t.isdigit()]
    return {" ".join(content[i : i + SHINGLE]).encode() for i in range(len(content) - SHINGLE + 1)}


class NearCopyIndex:
    """Articles seen in the last `window` days, searchable for near copies."""

    def __init__(self, window: float = 7.0) -> None:
        self.window = window
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._sigs: dict[str, tuple[MinHash, float, str]] = {}  # id -> (signature, time, original id)
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
        perms, scheme = _permutations()
        sig = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=perms, scheme=scheme)
        sig.update_batch(list(sh))
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
