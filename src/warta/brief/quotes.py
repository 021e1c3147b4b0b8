"""Quotes of a story: each direct quote once, with its speaker and every article that carries it.

Outlets quote the same words with different marks, trims and translations, so two quotes are the same when
one's words are nearly all in the other. An article that prints the quoted words without quote marks also
carries the quote (detik often drops the marks).
"""

from __future__ import annotations

import re
from collections import Counter

from warta.brief.align import terms
from warta.brief.trim import trim_dateline
from warta.lang.entities import gazetteer
from warta.lang.quotes import find_quotes
from warta.model import Quote, Story

SAME_QUOTE = 0.8  # share of the shorter quote's terms the other must hold
MIN_SHARED = 3  # ... and at least this many of them, unless both have the same few
MAX_QUOTES = 15
MIN_UNNAMED = 8  # words a quote with no speaker needs: most shorter ones are titles and fragments (IndoSum: 235)


_WORD = re.compile(r"[^\W_]+")  # a word: letters and digits (`\w` but the underscore)


def _words(text: str) -> list[str]:
    """The lower-cased words of a text, in order."""
    return _WORD.findall(text.lower())


def _holds(low: str, words: list[str]) -> bool:
    """Does a lower-cased text write these words in a row, whatever marks or spaces stand between them? Read
    only where the first word starts a word of the text, not by splitting the whole text into words."""
    at = low.find(words[0])
    while at >= 0:
        if not (at and low[at - 1].isalnum()) and _reads(low, at, words):
            return True
        at = low.find(words[0], at + 1)
    return False


def _reads(low: str, at: int, words: list[str]) -> bool:
    """Are these the words of the text from `at` on? (read one at a time: most places differ at once)"""
    found = _WORD.finditer(low, at)
    for word in words:
        m = next(found, None)
        if m is None or m.group() != word:
            return False
    return True


def _untitled(speaker: str) -> str:
    """The speaker without a leading title the quote finder kept because it is a name too (`Hakim Teguh`: the
    judge Teguh, whom the story names Teguh Harianto)."""
    first, _, rest = speaker.partition(" ")
    return rest if rest and first.lower() in gazetteer().titles else speaker


def _named_tail(speaker: str, alias: dict[str, str]) -> str | None:
    """The person at the end of a speaker's name with the body before it glued on (`LSI Rully Akbar`, `PicMix Roberto
    Thamrin`): the longest tail of two words or more that the story's entities name."""
    words = speaker.split()
    return next((found for i in range(1, len(words) - 1) if (found := alias.get(" ".join(words[i:])))), None)


def _same(one: frozenset[str], other: frozenset[str]) -> bool:
    """Are two quotes one (`SAME_QUOTE` of the shorter's terms in the other)? A quote of one or two content terms
    (`Kalau di tempat tugasnya tidak ada masalah ...`: only `tugas`) is the other only with the same terms."""
    shared = len(one & other)
    return shared >= SAME_QUOTE * min(len(one), len(other)) and (shared >= MIN_SHARED or one == other)


def story_quotes(story: Story, alias: dict[str, str] | None = None) -> list[Quote]:
    """Merged quotes, most widely carried first; `alias` maps speaker names to an entity's display name."""
    alias = alias or {}
    merged: list[tuple[frozenset[str], str, Counter[str], list[str]]] = []  # terms, text, speakers, sources
    for art in story.articles:
        # a dateline (`Magelang, Jawa Tengah (ANTARA News) -`) is no one who could speak
        paragraphs = [trim_dateline(art.paragraphs[0]), *art.paragraphs[1:]] if art.paragraphs else []
        for q in find_quotes(paragraphs):
            t = terms(q.text)
            if not t:
                continue
            match = next((m for m in merged if _same(m[0], t)), None)
            if match is None:
                match = (t, q.text, Counter(), [])
                merged.append(match)
            _, _, speakers, sources = match
            if q.speaker:
                speakers[alias.get(q.speaker) or alias.get(_untitled(q.speaker)) or _named_tail(q.speaker, alias)
                         or q.speaker] += 1
            if art.id not in sources:
                sources.append(art.id)
    lowered = {a.id: a.text.lower() for a in story.articles}
    out: list[Quote] = []
    for _, text, speakers, sources in merged:
        quoted = _words(text)
        # every word of the quote is in the article: a few substring tests first, the longest words first
        needed = sorted(set(quoted), key=len, reverse=True)
        extra = [a for a, low in lowered.items()
                 if a not in sources and needed and all(w in low for w in needed) and _holds(low, quoted)]
        ids = [a.id for a in story.articles if a.id in sources or a.id in extra]
        speaker = max(speakers.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] if speakers else None
        if speaker is None and len(quoted) < MIN_UNNAMED:
            continue  # a title, a nickname or a fragment in quote marks (`"Si Buas dari Baku"`), not speech
        out.append(Quote(speaker=speaker, text=text, sources=ids))
    out.sort(key=lambda q: -len(q.sources))  # stable: article order within equal support
    return out[:MAX_QUOTES]
