"""Background document frequencies for Indonesian, so IDF means something in a batch of four articles.

In a small batch every shared word looks common (`Putin` in all four articles gets the lowest weight),
which is the opposite of what grouping needs. The prior comes from `wordfreq`'s Indonesian list (word
frequencies over Wikipedia, subtitles, news and web text), stemmed like `content_terms` and shipped as
package data (`warta/data/idf_background.txt`, stem TAB frequency), so wordfreq is needed only to rebuild
the file: `python -m warta.stories.background` (the `bench` extra installs it). wordfreq's data is
CC BY-SA 4.0: the file says so in its first line, and the package licence must name it beside MIT.
Kept because it measures better than no prior: with the batch IDF alone the four example articles fall
into three stories (devset B-cubed F1 was on par, 0.930 vs 0.928 held out).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from warta.lang.tokens import stem
from warta.memo import BoundedMemo

FILE = "idf_background.txt"
WORDS_PER_DOC = 300  # a news article: turns a word frequency into a chance of occurring in a document
UNSEEN = 2e-7  # frequency of a word the list does not know (names, numbers, rare words)
NUMBER = 3e-6


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    try:
        text = resources.files("warta").joinpath("data", FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    out = {}
    for line in text.splitlines():
        term, _, freq = line.partition("\t")
        if freq:
            out[term] = float(freq)
    return out


def doc_prob(term: str) -> float:
    """Chance that an Indonesian news article contains `term` (a stem, a name or a number); cached (`DOC_PROBS`)."""
    return DOC_PROBS[term]


def _doc_prob(term: str) -> float:
    """`doc_prob` computed: the rarest word of a term counts (a name or phrase is as rare as its rarest word)."""
    if term[:1].isdigit():
        return NUMBER * WORDS_PER_DOC
    parts = term.split()
    freq = min(map(_word_freq, parts)) if parts else UNSEEN
    return min(1.0, freq * WORDS_PER_DOC)


_TERMS_KEPT = 200_000
DOC_PROBS: BoundedMemo[str, float] = BoundedMemo(_doc_prob, _TERMS_KEPT)  # asked for dozens of terms per
# article, most of them known (see `warta.memo`)


@lru_cache(maxsize=200_000)
def _word_freq(word: str) -> float:
    """Frequency of one word of a term (cached apart: multi-word names are new, their words are not)."""
    table = _table()
    return table.get(stem(word), table.get(word, UNSEEN))


def build(path: Path) -> int:
    """Write the stemmed frequency table from wordfreq's Indonesian list; returns the number of stems."""
    from wordfreq import top_n_list, word_frequency

    freq: Counter[str] = Counter()
    for word in top_n_list("id", 1_000_000):
        if word.isalpha():
            freq[stem(word)] += word_frequency(word, "id")
    rows = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    header = "# Indonesian stem frequencies derived from wordfreq (Robyn Speer et al.), data CC BY-SA 4.0\n"
    body = "".join(f"{t}\t{f:.3g}\n" for t, f in rows if f > 0 and not math.isnan(f))
    path.write_text(header + body, encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "data" / FILE
    print(f"{build(target)} stems -> {target}")
