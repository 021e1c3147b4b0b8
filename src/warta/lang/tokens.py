"""Words, stopwords and stems for Indonesian and English news text.

Tokens keep what news needs whole: numbers with separators (`2.000`, `6,2`, `14/9/2023`, `Rp13.500`),
hyphenated names and reduplications (`Jong-un`, `luka-luka`). Stemming uses PySastrawi (the standard
Indonesian stemmer) behind a cache, since news vocabularies are small and repetitive; for the same reason
`tokenize`, `words` and `content_terms` tokenise each whitespace-separated chunk (`Putin,`) once and cache it:
no token spans whitespace but a spaced amount (`Rp 13.500`), and a text that may hold one is tokenised whole.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

# (letters before digits: the commoner token first; the two classes never overlap)
_TOKEN = re.compile(
    r"Rp\s?\d[\d.,]*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[./:,]\d+)*%?",
    re.UNICODE,
)

# Function words of Indonesian news prose beyond Sastrawi's list, and common English ones, so that
# stopword density works on both languages.
_EXTRA_STOPWORDS = """
ada adalah agar akan akhir antara apa apabila atas atau bagi bahwa baik banyak baru beberapa belum
berbagai bersama bisa buat cukup dalam dan dapat dari demikian di dia dengan depan diri ditempat
hal hanya harus hari hingga ia ini itu jadi jika juga kami kata kalau kali kamu karena ke kepada
kembali ketika kita lagi lain lalu lebih masih maupun mereka meski mulai namun nya oleh pada para
pernah pula saat saja salah sama sampai sangat satu saya sebagai sebelum sedang sehingga sejak
sekitar selain selama semua sementara seperti serta setelah sudah supaya tak tapi telah tengah
tentang terhadap tersebut tetapi tidak untuk usai yaitu yakni yang
a an and are as at be been but by for from had has have he her his in into is it its of on or
said says she that the their them they this to was were which who will with would
""".split()


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Lower-case stopwords of Indonesian and English."""
    base = StopWordRemoverFactory().get_stop_words()
    return frozenset(w.lower() for w in base) | frozenset(_EXTRA_STOPWORDS)


def tokenize(text: str) -> list[str]:
    """Word tokens in their original case."""
    return _TOKEN.findall(text) if "Rp" in text else list(chain.from_iterable(map(_chunk_tokens, text.split())))


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    if "Rp" in text:
        return [t.lower() for t in _TOKEN.findall(text)]
    return list(chain.from_iterable(map(_chunk_words, text.split())))


@lru_cache(maxsize=100_000)
def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    """The tokens of one chunk without whitespace (and without `Rp`)."""
    return tuple(_TOKEN.findall(chunk))


@lru_cache(maxsize=100_000)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _chunk_tokens(chunk))


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Sastrawi stem of one lower-case word; numbers and short words pass through."""
    if len(word) < 5 or not word.isalpha():
        return word
    return _stemmer().stem(word) or word


@lru_cache(maxsize=200_000)
def _content_term(token: str) -> str:
    """The content term of one token as written, "" for a stopword or a lone letter."""
    w = token.lower()
    return stem(w) if w not in stopwords() and (len(w) > 1 or w.isdigit()) else ""


_CHUNKS_KEPT = 100_000


class _ChunkTerms(dict[str, tuple[str, ...]]):
    """Whitespace-separated chunk (without `Rp`) -> its content terms, computed on a miss (`__missing__`).

    A plain dict rather than an lru_cache: an article reads some two hundred chunks, and an LRU hit also
    relinks its entry in a list, which costs more than the lookup itself. Emptied when full (_CHUNKS_KEPT),
    so its memory stays bounded."""

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        if len(self) >= _CHUNKS_KEPT:
            self.clear()
        terms = self[chunk] = tuple(filter(None, map(_content_term, _TOKEN.findall(chunk))))
        return terms


_CHUNK_TERMS = _ChunkTerms()


def content_terms(text: str) -> list[str]:
    """Stemmed, lower-cased tokens without stopwords: the unit of lexical overlap. Tokens repeat, so
    lower-casing, the stopword test and stemming are cached together per token as written, and the
    content terms of each whitespace-separated chunk once (like `words`; a lookup per chunk costs half
    a regex pass over the whole text and a lookup per token)."""
    if "Rp" in text:
        return list(filter(None, map(_content_term, _TOKEN.findall(text))))
    return list(chain.from_iterable(map(_CHUNK_TERMS.__getitem__, text.split())))
