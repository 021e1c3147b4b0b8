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
from warta.lang.english import is_english_word
from warta.lang.entities import gazetteer, is_common_word
from warta.lang.quotes import find_quotes, is_office
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


def _body_word(word: str) -> bool:
    """A word of a body's, a place's or an office's name, never of a person's: an acronym (`KPAI`, `U.S.`; of two
    letters only a known body's, since `JK` and `AM` are initials and `AS Monaco` a club), a body's head or last word
    (`Kementerian`, `Sekuritas`), a title (`Kepala`, `Administrator`), a known body or place (`Indonesia`)."""
    g = gazetteer()
    bare = word.rstrip(".,")
    known = g.types.get(g.canonical.get(bare, ""))
    return bare.isupper() and len(bare.replace(".", "")) >= 3 or known == "organization" \
        or known == "place" and len(bare) > 2 or bare in g.org_heads or bare in g.org_tails or _office_word(bare)


def _office_word(word: str) -> bool:
    """A title or a role (`Kepala`, `Administrator`; not one that is a name too: `Lukman Hakim`)."""
    low = word.lower()
    return (low in gazetteer().titles or low in gazetteer().roles) and low not in _TITLE_NAMES


_TITLE_NAMES = frozenset({"hakim", "raja", "ratu", "sultan"})  # titles that are names too (`Lukman Hakim Saifuddin`)


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised, no body's or common word (a given name may be: `Tim`), or an initial
    (`M.`)."""
    if re.fullmatch(r"[A-Z]\.?", word):
        return True
    return word[:1].isupper() and not word.isupper() and re.sub(r"[-'’]", "", word).isalpha() and not _body_word(word) \
        and (word.lower() in gazetteer().person_firsts or not (is_common_word(word) or is_english_word(word)))


def _person_of(label: str, texts: list[str]) -> str:
    """A person's name without the body or office the entity reader glued before it (`Kementerian ESDM Sujatmiko`,
    `NASA Administrator Jim Bridenstine`, `Jasa Marga Dwimawan Heru` where the story writes `Jasa Marga` on its own):
    the longest run of a name's words that ends the label, after a body's word or a body the texts name alone. Not an
    office (`Kepala BPBD DKI`) nor a name opened by a given name that is also a head (`Tim Morrison`)."""
    words = label.split()
    first = words[0].lower()
    if len(words) < 2 or is_office(label) or first in gazetteer().person_firsts:
        return label
    cut = len(words)
    while cut > 0 and _name_word(words[cut - 1]):
        cut -= 1
    if cut in (0, len(words)):
        return label
    body, tail = words[:cut], words[cut:]
    g = gazetteer()
    if len(body) == 1 and not ((body[0].isupper() or g.types.get(g.canonical.get(body[0], "")) == "place")
                               and _body_word(body[0]) or _office_word(body[0])) \
            or body[-1] in g.org_tails and len(body) > 1 and _name_word(body[-2]):
        return label  # a body named by its head or a word and a name (`Komite Nobel`, `Real Madrid`, `Park Geun`), or a
        # name with a body's word (`Budi Karya Sumadi`; `Mandiri Sekuritas Hadiansyah` is the firm's man)
    glued = _body_word(body[-1]) or any(
        _body_word(m.group(1)) or m.group(1).lower() == "pihak"
        for i in range(len(body) - 1) if not any(map(_name_word, body[i:]))
        for text in texts
        for m in re.finditer(rf"(\S+)\s+{re.escape(' '.join(body[i:]))}\b(?!\s+{re.escape(tail[0])})", text))
    # (two words or more, none a name's, after a body's word: `Bunga` or `Sis Apik` alone is a short name too)
    return " ".join(tail) if glued else label


def _same(one: frozenset[str], other: frozenset[str]) -> bool:
    """Are two quotes one (`SAME_QUOTE` of the shorter's terms in the other)? A quote of one or two content terms
    (`Kalau di tempat tugasnya tidak ada masalah ...`: only `tugas`) is the other only with the same terms."""
    shared = len(one & other)
    return shared >= SAME_QUOTE * min(len(one), len(other)) and (shared >= MIN_SHARED or one == other)


def story_quotes(story: Story, alias: dict[str, str] | None = None) -> list[Quote]:
    """Merged quotes, most widely carried first; `alias` maps speaker names to an entity's display name."""
    alias = alias or {}
    merged: list[tuple[frozenset[str], str, Counter[str], list[str]]] = []  # terms, text, speakers, sources
    texts = [a.text for a in story.articles]
    for art in story.articles:
        # a dateline (`Magelang, Jawa Tengah (ANTARA News) -`) is no one who could speak
        paragraphs = [trim_dateline(art.paragraphs[0]), *art.paragraphs[1:]] if art.paragraphs else []
        for q in find_quotes(paragraphs, english=art.language == "en"):
            t = terms(q.text)
            if not t:
                continue
            match = next((m for m in merged if _same(m[0], t)), None)
            if match is None:
                match = (t, q.text, Counter(), [])
                merged.append(match)
            _, _, speakers, sources = match
            if q.speaker:
                label = alias.get(q.speaker) or alias.get(_untitled(q.speaker)) or _named_tail(q.speaker, alias) \
                    or q.speaker
                speakers[_person_of(label, texts)] += 1
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
