"""Cross-article template statistics: a line that recurs in several articles of one outlet is page
chrome (menus, promos, sign-offs, related-link blocks), whatever it says.

Counts are kept per outlet as document frequencies of normalised lines, bounded in memory so that a
stream of any length can be processed chunk by chunk; identical documents count once, so a page
scraped twice does not turn its own body into template.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

MIN_DOCS = 3  # a line in this many articles of one outlet is template
MAX_KEYS_PER_OUTLET = 50_000  # bound: rare lines are forgotten first
MAX_FINGERPRINTS = 200_000  # bound on remembered documents (oldest forgotten first)


class TemplateStats:
    """Document frequency of lines per outlet, fed chunk by chunk."""

    def __init__(self, min_docs: int = MIN_DOCS) -> None:
        self.min_docs = min_docs
        self._df: dict[str, Counter[str]] = {}
        self._seen_docs: dict[int, None] = {}  # insertion-ordered: the oldest are dropped first

    def add(self, outlet: str | None, keys: Iterable[str], fingerprint: int) -> None:
        """Count the distinct line keys of one document of `outlet` (None: not attributable)."""
        if outlet is None or fingerprint in self._seen_docs:
            return
        self._seen_docs[fingerprint] = None
        if len(self._seen_docs) > MAX_FINGERPRINTS:
            del self._seen_docs[next(iter(self._seen_docs))]
        df = self._df.setdefault(outlet, Counter())
        df.update(set(keys))
        if len(df) > MAX_KEYS_PER_OUTLET:
            for key, n in list(df.items()):
                if n < 2:
                    del df[key]

    def template(self, outlet: str | None) -> set[str]:
        """Line keys that are template for this outlet so far."""
        if outlet is None or outlet not in self._df:
            return set()
        return {k for k, n in self._df[outlet].items() if n >= self.min_docs}
