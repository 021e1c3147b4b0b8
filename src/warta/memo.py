"""A bounded memo for the hot lookups of the stream and the brief.

A plain dict that computes a missing value on first use and empties itself when full, rather than an
`functools.lru_cache`: a hit is a bare dict lookup (an LRU hit also relinks its entry in a list, which cost more
than the lookup itself where a term or a name is asked for dozens of times an article), and the garbage collector
has nothing to walk while it holds only strings and floats.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedMemo(dict[K, V], Generic[K, V]):
    """`memo[key]` is `compute(key)`, computed once; the memo is emptied when it holds `kept` entries."""

    def __init__(self, compute: Callable[[K], V], kept: int) -> None:
        super().__init__()
        self.compute = compute
        self.kept = kept

    def __missing__(self, key: K) -> V:
        if len(self) >= self.kept:
            self.clear()
        got = self[key] = self.compute(key)
        return got
