"""Common English words, so that a capitalised phrase of them in an English story (`Climate Change`, `Stage One`) is
not read as a person's name.

The common-word test of `lang.entities` is Sastrawi's Indonesian dictionary, which knows no English. This list
comes from `wordfreq`'s English list (word frequencies over Wikipedia, subtitles, news and web text) and is shipped
as package data (`warta/data/english_words.txt`, one lower-case word a line), so wordfreq is needed only to rebuild
the file: `python -m warta.lang.english` (the `bench` extra installs it). wordfreq's data is CC BY-SA 4.0: the file
says so in its first line, and the package licence names it beside MIT.

wordfreq lower-cases every word, so case cannot tell a name (`john`) from a word. Frequencies across languages can:
a name is written alike in every language's text (`john`, `david`, `paris`, `washington`, `google`), an English
word is English. Of the 30,000 most frequent English words, kept are those at least `RATIO` times as frequent in
English as the median over 14 other languages written in Latin letters (22,272 words). That leaves out given
names, most surnames and brands, and also the English words other languages borrowed (`hotel`, `bank`, `radio`,
`international`), which stay out of the test as before. Names spelt only in English stay in (`london`,
`england`, `british`, `california`): harmless where the list is used, since a phrase of them names no person.
"""

from __future__ import annotations

import statistics
from functools import lru_cache
from importlib import resources
from pathlib import Path

FILE = "english_words.txt"
TOP = 30_000  # most frequent English words considered (the last ones have a Zipf frequency of 3)
RATIO = 8.0  # English frequency over the other languages' median: a word, not a name
OTHERS = ("de", "fr", "es", "it", "nl", "pt", "id", "sv", "pl", "da", "fi", "cs", "ro", "tr")


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """The shipped list (empty if the file is missing: no word is then English)."""
    try:
        text = resources.files("warta").joinpath("data", FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def is_english_word(word: str) -> bool:
    """True for a common English word, whatever its case (`Change`, `STAGE`), but not a name (`John`)."""
    return word.lower().rstrip(".’'") in words()


def build(path: Path) -> int:
    """Write the list from wordfreq's frequencies; returns the number of words."""
    from wordfreq import top_n_list, word_frequency

    kept = [w for w in top_n_list("en", TOP) if w.isalpha() and word_frequency(w, "en")
            >= RATIO * statistics.median(word_frequency(w, lang) for lang in OTHERS)]
    header = "# common English words derived from wordfreq (Robyn Speer et al.), data CC BY-SA 4.0\n"
    path.write_text(header + "".join(f"{w}\n" for w in sorted(kept)), encoding="utf-8")
    return len(kept)


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "data" / FILE
    print(f"{build(target)} words -> {target}")
