"""Entities of a story: the names its articles mention, with spelling variants and aliases merged.

Merging uses what one article alone cannot show: the gazetteer (`Korut` = `Korea Utara` = `DPRK`), aliases
written in parentheses in any article, spelling variants across outlets (`Kim Jong Un` / `Kim Jong-un`,
near-identical spellings, `Abe Shinzo` / `Shinzo Abe`), well-known short names (`Jokowi` = `Joko Widodo`),
and short forms (`Putin`, `Kim`) that match exactly one longer name of the story (a dictionary word such as
`Nasional` or `Selatan` only when that name is a person's; a body's head alone, `Satlak`, `Pansus`, when it opens
that name).

Recurrence and context are the evidence for a name the gazetteer does not know: it must come from two
outlets, unless a title (`Presiden`, `Kapolres`) or a head word (`Kabupaten`, `Kementerian`) types it. A word
capitalised only because it opens sentences (`Update`, `Ngobrol`) is no name, nor is a capitalised phrase
of dictionary words (`Sistem Elektronik`, `Rencana Perdamaian`). A name that follows a place cue (`di`, `ke`,
`menuju`, `pintu masuk`; in English `at`, or a facility after it: `Abu Ghraib prison`) is a place where rules alone
would say person, or in English give no type to a phrase of common words: `di Batu Palano`, `in Red Rock`. A word
that only opens or ends names (`City`, `Bay`, `Ministry`) is no name alone.
An English story names a country, not its people (`American` is shown as the United States).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache, partial
from itertools import chain
from operator import itemgetter
from typing import Generic, TypeVar

from warta.brief.align import SentenceIndex
from warta.lang.english import is_english_word
from warta.lang.entities import (
    JOINED_PARTICLES,
    PARTICLES,
    Mention,
    alike_names,
    canonicalize,
    find_entities,
    gazetteer,
    is_common_word,
    is_root_word,
    known_name,
    may_alias,
    name_key,
    regions,
    unit_heads,
)
from warta.lang.quotes import SAYING
from warta.lang.regions import place_of
from warta.model import Entity, EntityType, Quote

# numbers, domains ("KOMPAS.com"), "IV-V MMI"; not a body's number at the end ("Densus 88")
_NOT_A_NAME = re.compile(r"\.|(?<![\s\d])\d|\d(?=\D)|^(?:[IVX]+)(?:[-\s]|$)")
# a place cue right before a name: "di Batu Palano", "menuju Koto Baru"
_PLACE_CUE = re.compile(r"(?:\b(?:di|ke|menuju|sekitar|wilayah|kawasan|daerah|desa|kampung|pintu masuk|"
                        r"jalur|lereng|puncak|kaki|jalan|jl\.?|gang)|\bin|\bnear|\bat)\s+$", re.IGNORECASE)
# a building's head word (a body's too: `Hotel Sultan` may speak through its manager) and what makes it a place
# (`di Hotel Sultan`, `menuju Masjid Baiturrahman`)
_VENUES = frozenset("Hotel Masjid Gereja Gedung Balai Kantor Stasiun Bandara Pelabuhan Stadion Istana".split())
_AT = re.compile(r"\b(?:di|ke|dari|menuju|depan|dalam|halaman|lobi|lobby)\s+$", re.IGNORECASE)
# right before a phrase of common words, what makes it a street's or an estate's name
_STREET_CUE = re.compile(r"\b(?:jalan|jl\.?|gang|kompleks|komplek|perumahan)\s+$", re.IGNORECASE)
_COMPANY_FORM = re.compile(r"^pt |(?: \(?persero\)?)?(?: tbk)?$")  # a company's legal form, in a name_key
_FORM_ENDS = (" tbk", " persero", " (persero)")  # how a name_key that `_COMPANY_FORM` shortens may end
_LEGAL_FORM = re.compile(r"^PT\.? |\(Persero\)|\sTbk\.?$")  # the same as written
# right after a name, what it names in English: `Abu Ghraib prison`, `Kings Cross station`
_FACILITY_AFTER = re.compile(r"\s+(?:prison|jail|camp|station|airport|port|hospital|stadium|square|bridge|street|road|"
                             r"district|province|region|village|town|island|base|mosque|church|temple)\b")
# right after a name, the region it lies in: `SPN Labuan Panimba, Kabupaten Donggala`
_IN_REGION = re.compile(r",\s+(?:Kabupaten|Kota|Kecamatan|Provinsi|Kab\.)\s")
# `dari` ("from") names a place (`dari Koto Baru`) as often as a person (`belajar dari Bahrun Naim`): a place only
# when a dictionary word is part of the name, as in most place names and few people's
_FROM = re.compile(r"\bdari\s+$", re.IGNORECASE)
_PARTS = re.compile(r"[\s-]+")
_SPEAKS = re.compile(rf",?\s+(?:{SAYING})\b")  # right after a name: `Sudewo mengatakan`, whoever it is speaks
# right before one, the short verbs that end a quote (`," kata Drake`; `menyebut Drake` names him, whoever speaks)
_ACRONYM_FIRST = re.compile(r"[A-Z]{2,}\b")  # `KA Turangga`, `PT Sritex`: a thing's name
_INITIALS = re.compile(r"\b(?:ber)?inisial\s+$", re.IGNORECASE)  # before a person's initials: `berinisial MA`
_AGE = re.compile(r"\s?\( ?\d{1,2} ?\)")  # an age after a name: `(16)`, `( 16 )`
_SPOKEN_BY = re.compile(r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|tambah|lanjut|papar|terang|pungkas|"
                        r"cetus|said|says)\s+$", re.IGNORECASE)
SPELLING = 0.85  # similarity ratio of two keys that are spelling variants
MAX_ENTITIES = 40


@dataclass(slots=True)
class _Bucket:
    forms: dict[str, int] = field(default_factory=dict)  # counts (plain dicts: a story has ~100 buckets)
    types: dict[str, int] = field(default_factory=dict)
    sources: set[int] = field(default_factory=set)
    canonical: str | None = None
    titled: bool = False
    mid_sentence: bool = False  # seen somewhere other than at a sentence's start
    personal: bool = False  # in English, a sign that the name is a person's (`_person_cue`)
    speaks: int = 0  # in English, speech verbs beside it: a person's sign for a name of two words, or said twice
    the: bool = False  # in English, written after `the` (`the Statehouse`): a thing's name, no surname
    echoes: int = 0  # mentions of an English word cut from the name, no short name of it (`_english_cut`)


K = TypeVar("K", str, int)


class UnionFind(Generic[K]):
    """Disjoint sets of names (or sentence numbers); each set is named by its smallest member."""

    def __init__(self) -> None:
        self.parent: dict[K, K] = {}

    def find(self, k: K) -> K:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def join(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# after `said` and a name, a verb: the name opens what was said (`said Dateline had obtained`), it does not speak
_CLAUSE_VERBS = frozenset("had has have was were is are would will could can should did does".split())


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """One-word roles and titles as written in lower case (`spokesman`, `kapolres`)."""
    g = gazetteer()
    return frozenset(r for r in g.roles | g.titles if " " not in r)


def _holder_after(text: str, end: int) -> bool:
    """Does a role in lower case follow a name (`Rabobank spokesman ...`): the name is the role's body, not a
    person? Or a verb (`said Dateline had ...`): the name is what was spoken of?"""
    m = _NEXT_WORD.match(text, end)
    return m is not None and (m.group(1) in _role_words() or m.group(1) in _CLAUSE_VERBS)


@lru_cache(maxsize=1)
def _english_role_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A lower-case English role right before a name (`prime minister Tony Blair`, `the band's singer Ada Lind`), and
    after it in apposition (`Ada Lind, the Danish designer`) or as one taken up (`Ada Lind as our new President`)."""
    roles = "|".join(sorted(map(re.escape, gazetteer().english_roles), key=len, reverse=True))
    return (re.compile(rf"\b(?:{roles})\s+$"),
            re.compile(rf",\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{roles})\b|(?:,[^,.]{{1,40}},)?\s+"
                       rf"as\s+(?:our|its|the|their|his|her)\s+(?:new\s+|former\s+|first\s+|interim\s+)?(?i:{roles})\b"))


# right after a name, what follows a person's: an age (`, 45,`, `(45)`), `who`, `of the` and a body (`Ada Lind of the
# Times`), a possessive of kin or the body (`Lind's wife`, `Lind's hands`; not `Audi's grille`)
_PERSON_AFTER = re.compile(r",\s+\d{1,2},|\s\(\d{1,2}\)|,?\s+who\b|\s+of\s+the\s+[A-Z]|['’]s\s+(?:wife|husband|son|"
                           r"sons|daughter|daughters|mother|father|brother|sister|parents|family|children|kids|girlfriend|"
                           r"boyfriend|widow|face|hair|eyes|hand|hands|arm|arms|leg|legs|knee|shoulder|body)\b")
# a nickname: `Everyone called him Mike`, `nicknamed her Addie`
_CALLED = re.compile(r"\b(?:called|nicknamed|dubbed)\s+(?:him|her)\s+([A-Z][a-z]+)\b")
_THE = re.compile(r"\b[Tt]he $")
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b")
# right before a name, a title cut short with a dot, which ends the rules' run (`Hon. Ada Lind`, `Sen. Ada Lind`) and
# may end the sentence before it
_DOTTED_TITLE = re.compile(r"\b(?:Hon|Sen|Rep|Gov|Rev|Dr|Mr|Mrs|Ms|Prof|Capt|Sgt|Lt|Col|Gen|Maj|Cpl|Pvt)\.\s*$")
# between two names of a list: `and`, `or` (not after a comma: `at 2134 Caldwell Place, Harris said`, `X, and Y left`)
_COORDINATED = re.compile(r" (?:and|or|&) ")
# inside a name, a middle initial or a lower-case particle: a person's (`John M Ford`, `Frank de Boer`)
_PERSON_INSIDE = re.compile(r" [A-Z]\.? | (?:de|van|von|du|bin|binti|al|el)[ -]")


def _person_cue(text: str, start: int, end: int, name: str) -> bool:
    """Does the text show that the name at [start:end] is a person's (an English story: its rules type any
    capitalised phrase of uncommon words a person, `Milano Design Week` too)? A lower-case role before or after it,
    a dotted title, `under` (a ruler), an age, `who`, kin or body after a possessive, a middle initial or a particle.
    A speech verb is `_speaks`: firms speak too."""
    before, after = _english_role_cues()
    return bool(before.search(text, max(0, start - 30), start) or after.match(text, end)
                or _DOTTED_TITLE.search(text, max(0, start - 6), start) or text.endswith(" under ", 0, start)
                or _PERSON_AFTER.match(text, end) or _PERSON_INSIDE.search(name))


def _speaks(text: str, start: int, end: int) -> bool:
    """Does the name at [start:end] speak (`Lind said`, `said Lind`; not `said Rabobank spokesman Jacob Bergsma`)?"""
    return bool((_SPEAKS.match(text, end) or _SPOKEN_BY.search(text, max(0, start - 9), start))
                and not _holder_after(text, end))


def _nicknames(ix: SentenceIndex, mentions_of: Callable[[str], list[Mention]]) -> list[tuple[str, str]]:
    """Links of an English nickname to the person named last before it in its paragraph (`Ada Lind was born in Oslo.
    Everyone called her Addie.`). Paragraphs, not the index's sentences: a sentence so short is not indexed."""
    links = []
    for article in ix.articles:
        for para in article.paragraphs:
            for m in _CALLED.finditer(para) if " called h" in para or "named h" in para or "dubbed h" in para else ():
                before = [x for x in mentions_of(para[: m.start()]) if x.type == "person"]
                found = before and _bucket_key(before[-1].name, before[-1].canonical, before[-1].initial)
                if found:
                    links.append((name_key(m.group(1)), found[1]))
    return links


def _collect(ix: SentenceIndex) -> tuple[dict[str, _Bucket], list[tuple[str, str]], list[tuple[str, str]]]:
    """Buckets of the story's names, the aliases to link, and in English the pairs of names the rules call people
    written side by side in a list (`Ada Lind and Bo Berg`, `_COORDINATED`)."""
    buckets: dict[str, _Bucket] = {}
    links: list[tuple[str, str]] = []
    pairs: list[tuple[str, str]] = []
    redefined: dict[str, str] = {}  # the gazetteer's name of an acronym -> the acronym, which means another here
    types = gazetteer().types
    region_names = regions()
    english = _english(ix)
    # called as the quote finder calls it for Indonesian text: `lru_cache` keys `f(t)` and `f(t, False)` apart
    mentions_of = partial(find_entities, english=True) if english else find_entities
    prev = ""  # the sentence before: a dotted title may end it (`_DOTTED_TITLE`)
    for u in ix.units:
        article, text = u.article, u.text
        # a mention unpacked at once: a story has hundreds, and each named field is a lookup
        mentions = mentions_of(text)
        # in English, `he` or `she` after the one person-typed name of a sentence is that person (`_person_cue`), or
        # after its one name, a lone word opening it (`Scooter is upset because his name ...`: a given name)
        alone = english and (sum(m.type == "person" for m in mentions) == 1 or len(mentions) == 1) \
            and _PRONOUN.search(text) is not None
        last: tuple[int, str] | None = None  # the previous person-typed name of the sentence: its end and key
        for start, end, name, mtype, canonical, alias_of, titled, initial in mentions:
            found = _bucket_key(name, canonical, initial)
            if found is None:
                continue
            known, key = found
            # the story's own sense of an acronym the gazetteer knows (`Partai Bulan Bintang (PBB)`, `berinisial MA`)
            if known and (alias_of and not canonical and not alike_names(known, alias_of)
                          or _INITIALS.search(text, max(0, start - 12), start)):
                mtype = mtype if alias_of else "person"
                redefined[known] = name
                known, key = None, name_key(name)
            b = buckets.get(key) or buckets.setdefault(key, _Bucket())  # a new bucket only when needed
            b.forms[name] = b.forms.get(name, 0) + 1
            # (in English, also a name of common words, which has no type: `in South America`)
            placed = (mtype == "person" or english and mtype == "other" and " " in name) and not titled and (
                _PLACE_CUE.search(text, max(0, start - 16), start) or _IN_REGION.match(text, end)
                or _FACILITY_AFTER.match(text, end)
                or _FROM.search(text, max(0, start - 6), start) and any(map(is_common_word, name.split()))
            ) or mtype == "other" and (
                name.lower() in region_names and _PLACE_CUE.search(text, max(0, start - 16), start)
                or " " in name and _STREET_CUE.search(text, max(0, start - 12), start)  # `jalan Ice Skating`
                or text.endswith(", ", 0, start) and _IN_REGION.match(text, end)  # `Jalan X, MH Thamrin, Kota Y`
            ) or mtype == "organization" and name.partition(" ")[0] in _VENUES \
                and _AT.search(text, max(0, start - 12), start) is not None  # `di Hotel Sultan`: where, not who
            if mtype == "other":  # a lone name that speaks, or has an age (`M Ali (82)`; not a train's `KA X (65)`),
                # unless its speaker is named after it (`said Rabobank spokesman Jacob Bergsma`: a body's man speaks)
                personal = (_SPEAKS.match(text, end) or _SPOKEN_BY.search(text, max(0, start - 9), start)) \
                    and not _holder_after(text, end) or not _ACRONYM_FIRST.match(name) and _AGE.match(text, end)
            else:  # initials with an age (`FNWR (16)`)
                personal = mtype == "organization" and name.isupper() and _AGE.match(text, end)
            kind = "place" if placed else "person" if personal else mtype
            b.types[kind] = b.types.get(kind, 0) + 1
            b.sources.add(article)  # the outlets too, when needed (`_evident`)
            if known:  # a field written only when it changes: each is a lookup
                b.canonical = b.canonical or known
            if titled:
                b.titled = True
            if not initial:
                b.mid_sentence = True
            if english and not b.personal and (kind == "person" and (
                    alone and _PRONOUN.search(text, end) is not None or _person_cue(text, start, end, name)
                    or start == 0 and _DOTTED_TITLE.search(prev, max(0, len(prev) - 6)))
                    or kind == "other" and initial and len(mentions) == 1 and " " not in name and alone
                    and _PRONOUN.search(text, end) is not None):
                b.personal = True
            elif english and kind == "person" and b.speaks < 2 and _speaks(text, start, end):
                b.speaks += 1
            if english and not b.the and _THE.search(text, max(0, start - 4), start):
                b.the = True
            if english and kind == "person":
                if last is not None and _COORDINATED.fullmatch(text, last[0], start):
                    pairs.append((last[1], key))
                last = (end, key)
            if alias_of:
                links.append((key, alias_of if alias_of in types else name_key(alias_of)))
        prev = text
    if english:
        links += _nicknames(ix, mentions_of)
    for known, name in redefined.items():  # its lone mentions elsewhere in the story too
        _move_form(buckets, known, name)
    _drop_compounds(buckets)
    return buckets, links, pairs


def _move_form(buckets: dict[str, _Bucket], key: str, name: str) -> None:
    """Count the mentions of `name` in bucket `key` as `name`'s own (the bucket goes when nothing else is left)."""
    b = buckets.get(key)
    if b is None or name not in b.forms:
        return
    if len(b.forms) == 1:
        _move(buckets, key, name, b.types, name_key(name))
    else:
        own = buckets.setdefault(name_key(name), _Bucket())
        own.forms[name] = own.forms.get(name, 0) + b.forms.pop(name)


@lru_cache(maxsize=50_000)
def _bucket_key(name: str, canonical: str | None, initial: bool) -> tuple[str | None, str] | None:
    """A mention's known name and bucket key, None when it is no name; cached, since the same names recur
    in every sentence of a story and across stories."""
    if _NOT_A_NAME.search(name.rstrip(".")) or name.rstrip(".") in ("Tbk", "Persero"):  # a legal form alone
        return None
    if not canonical and " " not in name and initial and is_common_word(name):
        return None
    known = canonical or known_name(name)
    return known, known or name_key(name)


def _drop_compounds(buckets: dict[str, _Bucket]) -> None:
    """A name that splits into names the story gives on their own is not a third name: two joined by a
    hyphen (`Putin-Kim Jong Un`, `Rusia-DPRK`), or a body glued to a person's full name (`Officer Persib
    Irfan Suryadiredja`: the body's last word, then a person of two words or more; or a whole body, then a name the
    story gives that is no body or place: `Australia Terbuka Tontowi`); a body glued to a person
    the story names on their own by their given name is that person (a body: typed so, named with its legal
    form too, `PT Adhi Karya Tbk` / `Adhi Karya Budi Harto`, or named alone twice after a title made the compound a
    person's: `Co-Founder PicMix Roberto Thamrin`), and so is a common word that opens
    sentences before a person the story names (`Gol Lionel Messi`, and `Lionel Messi`), unless it opens a
    body's name (`Pemerintah`, `Tim`)."""
    incorporated = {core for k in buckets if (core := _company(k)) != k}  # `PT Adhi Karya`: a body
    for key, b in list(buckets.items()):
        form = _top(b.forms)
        words = form.split()
        if len(words) < 3 and "-" not in form:
            continue  # most names: nothing to split
        splits = [[words[i - 1], " ".join(words[i:])] for i in range(1, len(words) - 1)]
        for i in range(2, len(words)):  # a whole body, then a person's name (`Australia Terbuka Tontowi`: no comma)
            body, name = (buckets.get(_side_key(" ".join(w))) for w in (words[:i], words[i:]))
            if body is not None and name is not None and _votes([body]).get("organization") \
                    and words[0] not in _VENUES and not name.canonical and not words[-1].isupper() \
                    and not _votes([name]).keys() & {"organization", "place"} \
                    and not all(map(is_common_word, words[i:])):  # (not `Bandara Soekarno Hatta`, `... Palu`)
                splits.append([" ".join(words[:i]), " ".join(words[i:])])
        parts = form.split("-")
        if len(parts) == 2 and all(p[:1].isupper() for p in parts):
            splits.append(parts)
        if any(all(side in buckets and side != key for side in map(_side_key, names)) for names in splits):
            del buckets[key]
            continue
        # a body, then a person the story names by their given name (`KY Farid Wajdi`, and `kata Farid`): the
        # person, under their full name (the body's name would pull the person's short name into the body)
        for i in range(1, len(words) - 1):
            given = buckets.get(_side_key(words[i]))  # most words name no one on their own: asked first
            if not given or given.canonical or given.types.get("person", 0) <= given.types.get("other", 0):
                continue  # a given name the story mostly reads as a person's
            if _body_before(buckets, b, words, i, incorporated):
                _move(buckets, key, " ".join(words[i:]), {"person": sum(b.types.values())})
                break
        else:  # a word capitalised only because it opens the sentence, before a name the story gives on its own
            rest = " ".join(words[1:])  # (`Gol Lionel Messi, Neymar ...`: a goal, then Lionel Messi)
            other = buckets.get(_side_key(rest)) if len(words) > 2 and not b.mid_sentence else None
            if other is not None and other is not b and _personal(other) and words[0] not in gazetteer().heads \
                    and is_common_word(words[0]):  # not `Pemerintah Kota Bekasi`, a body
                _move(buckets, key, rest, b.types)


def _body_before(buckets: dict[str, _Bucket], b: _Bucket, words: list[str], i: int, incorporated: set[str]) -> bool:
    """Is words[:i] of compound `b` a body, glued to the person words[i:]? A body's bucket typed so or named with its
    legal form (`incorporated`), or however typed when a title stood before the compound and the body is named alone
    twice (`CEO Visio Incubator Hendriko Firman`, whose body the rules read as a person's name); no bucket for the body
    needed when a body's head opens the compound (`Pansus Angket KPK Agun Gunanjar`) and the rest of the person's name
    is no word or known name (not `Ditjen Hubla Kemenhub`)."""
    side = _side_key(" ".join(words[:i]))
    body = buckets.get(side)
    if body is not None:
        return bool(_votes([body]).get("organization")) or side in incorporated \
            or b.titled and body.mid_sentence and sum(body.forms.values()) >= 2
    return words[0] in gazetteer().org_heads and bool(_votes([b]).get("organization")) \
        and not any(is_root_word(w) or known_name(w) for w in words[i + 1 :])


def _company(key: str) -> str:
    """A key without a company's legal form (`_COMPANY_FORM`), which opens or ends it: the pattern only then (its
    empty match at the end has the regex engine try every position of every key)."""
    return _COMPANY_FORM.sub("", key) if key.startswith("pt ") or key.endswith(_FORM_ENDS) else key


def _move(buckets: dict[str, _Bucket], key: str, name: str, types: dict[str, int], into: str | None = None) -> None:
    """Count a bucket's mentions as `name`'s (in bucket `into`, by default the key `name` has alone), typed `types`."""
    b = buckets.pop(key)
    moved = buckets.setdefault(into or _side_key(name), _Bucket())
    _add(moved.forms, {name: sum(b.forms.values())})
    _add(moved.types, types)
    moved.sources |= b.sources
    moved.titled |= b.titled
    moved.mid_sentence |= b.mid_sentence


def _side_key(name: str) -> str:
    """The bucket key a name would have on its own."""
    return known_name(name) or name_key(name)


def _spelt_alike(a: str, b: str) -> bool:
    """difflib's ratio, after its cheap upper bounds (most pairs fail those), both before a matcher is built:
    `real_quick_ratio` (lengths alone) and `quick_ratio` (letters shared, in any order)."""
    total = len(a) + len(b)
    if total and (2.0 * min(len(a), len(b)) / total < SPELLING
                  or 2.0 * sum(min(a.count(c), b.count(c)) for c in set(a) & set(b)) / total < SPELLING):
        return False
    return SequenceMatcher(None, a, b).ratio() >= SPELLING


# letters Indonesian spells either way: old and new spelling (`oe`/`u`, `dj`/`j`, `tj`/`c`), and the `f`/`p`/`v`
# of names from languages without an f (`Zulfan` / `Zulpan`, `Sofyan` / `Sopyan`, `Novi` / `Nofi`)
_RESPELL = str.maketrans({"f": "p", "v": "p"})
_OLD_SPELLING = re.compile(r"oe|dj|tj")


@lru_cache(maxsize=50_000)
def _respelt(key: str) -> str:
    return _OLD_SPELLING.sub(lambda m: {"oe": "u", "dj": "j", "tj": "c"}[m.group(0)], key.lower()).translate(_RESPELL)


def _a_word(a: str, b: str) -> bool:
    """Is one of two one-word keys an English word? Then they are two words spelt alike (`Fight` / `Flight`, `Chilean` /
    `Chillan`, `Americans` / `Americas`), not two spellings of one name."""
    return " " not in a and " " not in b and (is_english_word(a) or is_english_word(b))


def _extends(a: str, b: str) -> bool:
    """One one-word name is the other plus a few letters (`Persib` / `Persiba`, two clubs): another name,
    not another spelling of it (a plural at the end of a longer name, `Golden Globes`, still is)."""
    return " " not in a and " " not in b and (a.startswith(b) or b.startswith(a))


def _top(counts: dict[str, int]) -> str:
    """The most frequent key, the first seen among equals (as `Counter.most_common(1)`); most names have one form
    and one type."""
    return next(iter(counts)) if len(counts) == 1 else max(counts.items(), key=itemgetter(1))[0]


def _add(total: dict[str, int], counts: dict[str, int]) -> None:
    for k, n in counts.items():
        total[k] = total.get(k, 0) + n


def _merge(buckets: dict[str, _Bucket], links: list[tuple[str, str]], english: bool = False) -> UnionFind[str]:
    uf: UnionFind[str] = UnionFind()
    for a, b in links:
        if a in buckets and b in buckets:
            uf.join(a, b)
    keys = sorted(buckets)
    respelt: dict[str, str] = {}
    named: dict[str, str] = {}  # "Kota Pekanbaru" / "Pekanbaru", "Provinsi Riau" / "Riau": one region's names
    by_key = {name_key(k): k for k in keys}
    companies: dict[str, str] = {}  # a company's name without its legal form -> the first key that has it
    for k in keys:
        place = place_of(k)
        if place is not None:
            uf.join(named.setdefault(place, k), k)
        # `Bandung` names a regency and a city: beside `Kota Bandung` and no `Kabupaten Bandung`, the city (a bare
        # name beside `Kabupaten X` stays apart: the press calls the city by its name alone)
        key = name_key(k)
        head, _, rest = key.partition(" ")
        if head == "kota" and rest in by_key and "kabupaten " + rest not in by_key:
            uf.join(by_key[rest], k)
        if head == "kantor" and (body := by_key.get(rest)) is not None and _votes([buckets[body]]).get("organization"):
            uf.join(body, k)  # `Kantor KPK`, `Kantor Balai Konservasi Borobudur`: the body's office, the body
        company = _company(key)  # "PT Bank Mandiri (Persero) Tbk" / "Bank Mandiri"
        if company != key:
            uf.join(companies.setdefault(company, k), k)  # "PT Sri Rejeki Isman Tbk" / "PT Sri Rejeki Isman"
            if company in by_key and (" " in company or not is_common_word(company)):
                uf.join(by_key[company], k)  # not `PT Timah` / `Timah` (tin)
        first = respelt.setdefault(_respelt(k), k)  # "Zulfan" / "Zulpan", "Djoko Soetrisno" / "Joko Sutrisno"
        if len(k) >= 5 and not (buckets[first].canonical and buckets[k].canonical):  # not `AFP` / `AFF`
            uf.join(first, k)
    ordered = {k: sorted(k.split()) for k in keys if len(k) >= 5}  # each key's words in order; shorter keys pair not
    blocks: dict[tuple[str, ...], list[str]] = {}  # by the words' first letters
    for k, words in ordered.items():
        blocks.setdefault(tuple([w[0] for w in words]), []).append(k)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if buckets[a].canonical and buckets[b].canonical:
                    continue
                if ordered[a] == ordered[b] or _spelt_alike(a, b) and not _extends(a, b) and not _a_word(a, b):
                    uf.join(a, b)  # "Abe Shinzo" / "Shinzo Abe"; "Kim Jong Un" / "Kim Jong-un"
    # "Kementerian Hukum dan HAM" / "Kementerian Hukum dan Hak Asasi Manusia", by the names as written
    bodies = {k: max(buckets[k].forms, key=buckets[k].forms.__getitem__).split() for k in keys
              if " " in k and buckets[k].forms and not _personal(buckets[k])}
    by_length: dict[int, list[str]] = {}
    for k, words in bodies.items():
        by_length.setdefault(len(words), []).append(k)
    for a, short in bodies.items():
        for j, tok in enumerate(short):
            if 3 <= len(tok) <= 5 and tok.isupper():
                spelt = [b for b in by_length.get(len(short) - 1 + len(tok), ()) if _spells_out(short, bodies[b], j)]
                if len(spelt) == 1:  # one reading of the acronym in this story
                    uf.join(a, spelt[0])
    # a body (or a building: `Gereja Katedral` / `Gereja Katedral Makassar`) named by the first words of its name
    # ("Departemen Luar Negeri" / "Departemen Luar Negeri AS", "RS Bhayangkara" / "RS Bhayangkara Surabaya", "PT
    # Liga" / "PT Liga Indonesia Baru", "Polda Metro" / "Polda Metro Jaya"): the one body of the story whose name
    # goes on from them (not a region's: `Kabupaten Bandung` is not `Kabupaten Bandung Barat`)
    longer: dict[str, set[str]] = {}
    bodies = [k for k in keys if " " in k and ((kind := _type([buckets[k]])) == "organization"
                                                or kind == "place" and _top(buckets[k].forms).split()[0] in _VENUES)]
    spelt: dict[str, str] = {}  # a body's name with the places in it written out: `Polda Jabar` = `Polda Jawa Barat`
    for k in bodies:
        form = _top(buckets[k].forms)
        words = form.split()
        written_out = canonicalize(form) if may_alias(k.split()) else form  # most names hold no alias to write out
        uf.join(spelt.setdefault(name_key(written_out), k), k)
        for n in range(2, len(words)):
            longer.setdefault(name_key(" ".join(words[:n])), set()).add(uf.find(k))
    for k in bodies:
        holders = longer.get(name_key(k), set()) - {uf.find(k)}
        if len(holders) == 1:
            uf.join(k, holders.pop())
    # short forms: "Putin" -> the one longer name that contains it; a dictionary word ("Nasional", "Selatan")
    # shortens only a person's name
    # several people share it: of those that do not extend another ("Harvey Moeis", not a headline's "Harvey Moeis
    # Kaget"), the one whose given name it is ("Raffi": Raffi Ahmad, not a quote's "Maafin Raffi"), else, a family
    # name of them all ("Cassidy": David, Beau and Patrick Cassidy), the one the story names first, its subject
    # ("Ignatius" of Ignatius Jonan and Ignatius Suharyo stays apart)
    owners: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    family: dict[str, set[str]] = {}
    for k in keys:
        if " " in k:
            root = uf.find(k)
            words = k.lower().split()
            for tok in words:
                owners.setdefault(tok, set()).add(root)
            given.setdefault(words[0], set()).add(root)
            family.setdefault(words[-1], set()).add(root)
    first = {k: i for i, k in enumerate(buckets)}  # buckets are filled in reading order
    for k in keys:
        owner = owners.get(k.lower(), ())
        if len(owner) > 1:  # not "Harvey Moeis Kaget", "Kahiyang Ayu binti Joko Widodo" beside "Kahiyang Ayu"
            owner = {o for o in owner if not any(o.startswith(p + " ") for p in owner)}
        if len(owner) > 1 and all(_personal(buckets[o]) for o in owner):
            named = given.get(k.lower(), set()) & owner
            if len(named) == 1:
                owner = named
            elif owner and owner == family.get(k.lower()):
                owner = {min(owner, key=first.__getitem__)}
        if " " not in k and not buckets[k].canonical and len(owner) == 1:
            head = next(iter(owner))
            if _named_after(head, k) or _placed(buckets[k]) and not _placed(buckets[head]):
                continue  # "Juventus Stadium" is not Juventus, "Bandara Soekarno" not Soekarno, "Lamongan" not Persela
            word = not is_common_word(k) and k.lower() not in _generic_words()
            cut = word and english and _english_cut(k, head)
            if _personal(buckets[head]) or word and not cut \
                    or head[len(k) + 1 :].isdigit() and head.startswith(k + " ") \
                    or k.lower() in _lone_heads() and given.get(k.lower()) == owner:  # "Densus" of "Densus 88",
                uf.join(k, head)  # "Satlak" of "Satlak Prima", its one body
            elif cut:  # no alias, but the name again all the same (`Teachers` of `Indiana State Teachers Association`)
                buckets[head].echoes += sum(buckets[k].forms.values())
    # a person's short name cut from one of their names ("Rudy" of FX Hadi Rudyatmo): the one person whose name has
    # a word that starts with it, longer by two letters or more
    held_by: dict[str, set[str]] = {}  # a word of a person's name -> the people (roots) whose names hold it
    for k in keys:
        if " " in k and _personal(buckets[k]):
            for w in k.lower().split():
                held_by.setdefault(w, set()).add(uf.find(k))
    for k in keys:
        if " " in k or len(k) < 4 or buckets[k].canonical or not _personal(buckets[k]) or k.lower() in owners:
            continue
        low = k.lower()
        holders = set().union(*(roots for w, roots in held_by.items() if len(w) >= len(low) + 2 and w.startswith(low)))
        if len(holders) == 1:
            uf.join(k, holders.pop())
    # a nickname of syllables from two names in a row ("Djanur" of Djadjang Nurdjaman, "Herkis" of Herry Kiswanto):
    # the one person whose names start with its two parts, each of two letters or more
    in_row: dict[tuple[str, str], set[str]] = {}
    for k in keys:
        if " " in k and _personal(buckets[k]):
            words = k.lower().split()
            for pair in zip(words, words[1:], strict=False):
                in_row.setdefault(pair, set()).add(uf.find(k))
    for k in keys:
        low = k.lower()
        if " " in k or not 4 <= len(k) <= 9 or buckets[k].canonical or low in owners \
                or _top(buckets[k].forms).isupper() or is_common_word(k) or is_english_word(k):
            continue  # (not an acronym: `NASA` of `Tyvak Nano-Satellite Systems`; a handle may be: `EdSheeran`)
        holders = set().union(*(roots for (a, b), roots in in_row.items() if a[:1] == low[:1] and any(
            a.startswith(low[:i]) and b.startswith(low[i:]) for i in range(2, len(low) - 1))))
        if len(holders) == 1:
            uf.join(k, holders.pop())
    # a person's name without its first or last words ("Siti Mashita", "Del Piero"): the one longer person's name
    # that starts or ends with it, by more names (a dictionary word after it is a headline's: "Harvey Moeis Kaget")
    people = [(k, k.split()) for k in keys if " " in k and _personal(buckets[k])]
    by_end: dict[str, list[tuple[str, list[str]]]] = {}  # by first and by last word: who can start or end a name
    for person in people:
        by_end.setdefault(person[1][0], []).append(person)
        by_end.setdefault(person[1][-1], []).append(person)
    for k, words in people:
        n = len(words)
        holders = {uf.find(o) for o, ow in chain(by_end[words[0]], by_end[words[-1]]) if len(ow) > n and (
            words == ow[:n] and not any(map(is_common_word, ow[n:]))
            or words == ow[-n:] and not any(map(is_common_word, ow[:-n])))}
        if len(holders) == 1:
            uf.join(k, holders.pop())
    return uf


# English words that open many names of bodies and places (`World Health Organization`, `New Jersey`): alone, none
_OPENERS = frozenset("""world new national international united general royal central global free democratic
    republican european american great we""".split())


def _english_cut(short: str, name: str) -> bool:
    """In an English story, is a one-word `short` an English word cut from a longer body's or place's `name`, not its
    short name: a word after its first (`Defence` of `Ministry of Defence`, `Atlantic` of `Atlantic Ocean` is its
    name, as `Fortress` of `Fortress Investment Group`), or an opener (`World`)?"""
    return is_english_word(short) and not name.startswith(short + " ") or short.lower() in _OPENERS


# places, buildings and bodies named after someone or something: the short name is that other thing, not a short
# form ("Bush" of the "Bush Administration" is the president)
_FACILITIES = frozenset("""stadion stadium bandara airport jalan jl gedung masjid gereja universitas university hotel
    sekolah pelabuhan stasiun arena museum tol rs rsud taman lapangan gelanggang monumen administration government
    foundation tower""".split())


def _named_after(name: str, short: str) -> bool:
    return any(w in _FACILITIES for w in name.lower().split() if w != short.lower())


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return frozenset(h.lower() for h in gazetteer().heads | gazetteer().org_tails)


@lru_cache(maxsize=1)
def _lone_heads() -> frozenset[str]:
    """Body heads that stand for the one body of the story they open (`Satlak`, `Pansus`, `Bareskrim`): no dictionary
    word (not `Pemerintah`, `Dewan`), nor a company's legal form (`PT`), nor `Timnas`: the home side, beside its rival
    (`Timnas Thailand`)."""
    return frozenset(h.lower() for h in unit_heads() if h not in ("PT", "Timnas"))


def _spells_out(short: list[str], long: list[str], j: int) -> bool:
    """Is `long` the name `short` with its acronym at word `j` written out (`Kementerian Hukum dan HAM` / `... dan Hak
    Asasi Manusia`): the same words around it, and the words in its place begin with its letters? An acronym the
    gazetteer knows (`PBB`, `TNI`) is read as it says, not here."""
    tok = short[j]
    if tok in gazetteer().canonical or "".join(w[0] for w in long[j : j + len(tok)]) != tok:
        return False
    return [w.lower() for w in long[:j]] == [w.lower() for w in short[:j]] \
        and [w.lower() for w in long[j + len(tok) :]] == [w.lower() for w in short[j + 1 :]]


@lru_cache(maxsize=1)
def _fragments() -> frozenset[str]:
    """Words that open a place's name or end a body's or place's ("Bay", "City", "Ministry"): alone, a fragment of a
    longer name, no name. (Not the heads of bodies: `Kopassus`, `Bareskrim`, `DPRD` are one body alone.)"""
    g = gazetteer()
    return frozenset(h.lower() for h in g.place_heads | g.place_tails | g.org_tails)


def _placed(b: _Bucket) -> bool:
    """Is this name typed a place most often (a club or company named after its town is not that town)?"""
    votes = _votes([b])
    return bool(votes) and _top(votes) == "place"


def _votes(members: list[_Bucket]) -> dict[str, int]:
    """How often the members' mentions were typed each way, leaving "other" (no type) out."""
    votes: dict[str, int] = {}
    for b in members:
        for t, n in b.types.items():
            if t != "other":
                votes[t] = votes.get(t, 0) + n
    return votes


def _personal(b: _Bucket) -> bool:
    """Does this name read as a person's (a title, a known person, or typed so most often)?"""
    if b.canonical:
        return gazetteer().types[b.canonical] == "person"
    return b.titled or bool(b.types) and _top(b.types) == "person"


def _type(members: list[_Bucket]) -> EntityType:
    for b in members:
        if b.canonical:
            return gazetteer().types[b.canonical]
    if any(_LEGAL_FORM.search(form) for b in members for form in b.forms):
        return "organization"  # a company, however its short name was typed ("Adhi Karya" / "PT Adhi Karya")
    votes = _votes(members)
    top = _top(votes) if votes else "other"
    if top in ("organization", "place"):  # head words ("Balai ...", "Kabupaten ...") beat a title before them
        return top  # type: ignore[return-value]
    return "person" if any(b.titled for b in members) else top  # type: ignore[return-value]


def _evident(members: list[_Bucket], name: str, kind: EntityType, witness: list[str]) -> bool:
    """Is an unknown name really a name of this story? (recurrence, a title or a head word; not a word
    capitalised by position, nor a phrase of dictionary words)"""
    words = name.split()
    if not name[:1].isupper() and not ((words[0] in PARTICLES or name.startswith(JOINED_PARTICLES))
                                       and any(b.personal for b in members)) \
            or len(words) == 1 and (len(name) < 3 or is_common_word(name)
                                                      or name.lower() in _fragments()):
        return False  # "Raya", "Kota", "KA", "Bay", "Ministry": fragments of longer names; "dan HAM": a cut
    if name in gazetteer().common_acronyms:
        return False  # "TKP", "KTP": a thing, not a name
    if len(words) == 1 and not any(b.mid_sentence for b in members):
        return False  # capitalised only because it opens sentences ("Update", "Ngobrol")
    titled = any(b.titled for b in members)
    if kind in ("other", "person") and (len(words) > 1 or not titled) \
            and all(is_common_word(w) for w in _PARTS.split(name) if w):
        return False  # a capitalised phrase of dictionary words ("Sistem Elektronik", "Pusat Data Informasi")
    if titled or words[0] in gazetteer().heads or len({witness[a] for b in members for a in b.sources}) >= 2:
        return True
    if kind == "place" and len(words) > 1 and known_name(words[0]):
        return True  # a region of a known place, named once as the place itself would be (`Asia Tenggara`)
    return kind != "other" and sum(sum(b.forms.values()) + b.echoes for b in members) >= 2  # twice by one outlet


def _shown_personal(members: list[_Bucket], name: str, forms: dict[str, int]) -> bool:
    """Is an English name shown to be a person's: a title or a cue (`_person_cue`) at one of its mentions, a speech
    verb beside a name of two words or more, or twice beside a name of one (`Audi says` once: a firm), or its last
    word alone among its forms, a surname (`Lind`; not a word: `Pro` of `MacBook Pro`, nor after `the`: `Statehouse`
    of `Indiana Statehouse`)? Never a name with a brand's word (`AirPods Pro`)."""
    last = name.rsplit(" ", 1)[-1]
    if any(map(_brand_word, name.split())):
        return False
    return any(b.titled or b.personal for b in members) or sum(b.speaks for b in members) >= 1 + (last == name) \
        or last != name and (last in forms and not is_english_word(last)
                             and not any(b.the and last in b.forms for b in members)
                             or name.split(" ", 1)[0].lower() in gazetteer().person_firsts)


# surnames written with a capital inside (`McDonald`, `DeShawn`, `LeBron`, `O'Neil`)
_SURNAME_PREFIX = ("Mc", "Mac", "De", "Di", "Du", "La", "Le", "Van", "O'", "O’")


def _brand_word(word: str) -> bool:
    """A word with a capital inside, not a surname's (`AirPods`, `iPhone`, `PlayStation`): a product's or a firm's.
    Parts of a hyphenated name are words (`Jean-Max`, `Murray-Bruce`)."""
    return any(any(c.isupper() for c in part[1:]) and not part.startswith(_SURNAME_PREFIX) and not part.isupper()
               for part in word.split("-"))


def _english(ix: SentenceIndex) -> bool:
    """Is the story English (most of its articles)?"""
    return 2 * sum(a.language == "en" for a in ix.articles) > len(ix.articles)


def with_speakers(entities: list[Entity], quotes: list[Quote], order: list[str]) -> list[Entity]:
    """The entities and, after them, the people quoted whom the list left out: a name written once with no title its
    rules read (`Direktur Pengaturan, Perijinan, dan Pengawasan Fintech OJK Hendrikus Passagi menuturkan`) is not
    evident by itself, but being quoted shows it is someone's. Only a speaker the rules read as one person's name;
    not an account (`@x`). `order`: the story's article ids, the order of sources."""
    listed = {name_key(f) for e in entities for f in (e.name, *e.aliases)}
    quoted: dict[str, set[str]] = {}
    for q in quotes:
        if q.speaker and not q.speaker.startswith("@") and name_key(q.speaker) not in listed \
                and _one_person(q.speaker):
            quoted.setdefault(q.speaker, set()).update(q.sources)
    return entities + [Entity(name, "person", [], [a for a in order if a in ids]) for name, ids in quoted.items()]


def _one_person(name: str) -> bool:
    """Do the rules read `name`, alone, as one person's whole name?"""
    found = find_entities(name)
    return len(found) == 1 and found[0].type == "person" and found[0].name == name


def story_entities(ix: SentenceIndex) -> tuple[list[Entity], dict[str, str]]:
    """Entities (most widely mentioned first) and a map from every surface form to its entity's name."""
    buckets, links, pairs = _collect(ix)
    english = _english(ix)
    uf = _merge(buckets, links, english)
    groups: dict[str, list[_Bucket]] = {}
    for k, b in buckets.items():
        groups.setdefault(uf.find(k), []).append(b)
    entities: list[tuple[int, int, Entity]] = []
    alias: dict[str, str] = {}
    # the gazetteer's names are Indonesian: a story in English shows a known name as its outlets write it
    shown: set[str] = set()  # English people shown to be ones, and those doubted (`_shown_personal`)
    doubted: dict[str, Entity] = {}
    for root, members in groups.items():
        if len(members) == 1:  # most names: one bucket, its counts as they are
            forms, canon = members[0].forms, members[0].canonical
        else:
            forms = {}
            for b in members:
                _add(forms, b.forms)
            canon = next((b.canonical for b in members if b.canonical), None)
        known = canon is not None
        kind = _type(members)
        if canon and not (english and canon not in forms):
            name = canon
        elif canon and all(f in gazetteer().demonyms for f in forms):  # "American" alone names the United States
            name = gazetteer().demonyms[max(forms, key=lambda f: (forms[f], f))]
        else:  # as written (most names have one spelling), the country's name before its people's ("Japan", "Japanese")
            name = next(iter(forms)) if len(forms) == 1 else max(forms, key=lambda f: (
                f not in gazetteer().demonyms, " " in f, forms[f], len(f), f))
            if kind == "person" and all(map(is_common_word, name.split())) \
                    and (full := [f for f in forms if f.startswith(name + " ")]):
                name = max(full, key=lambda f: (forms[f], len(f), f))  # `Budi Karya Sumadi`: not dictionary words
        if not known and not _evident(members, name, kind, ix.witness):
            continue
        doubt = english and kind == "person" and not known and not _shown_personal(members, name, forms)
        if doubt:
            kind = "other"  # no sign of a person: `Milano Design Week`, `Klingon Empire` are nobody
        elif kind == "person":
            shown.add(root)
        sources = members[0].sources if len(members) == 1 else set().union(*(b.sources for b in members))
        aliases = sorted(f for f in forms if f != name)
        for f in [name, *aliases]:
            alias[f] = name
        ids = [ix.articles[a].id for a in sorted(sources)]
        entity = Entity(name=name, type=kind, aliases=aliases, sources=ids)
        if doubt:
            doubted[root] = entity
        entities.append((len(sources), sum(forms.values()), entity))
    for a, b in pairs:  # listed beside someone shown to be a person, a name of no English word is one too
        if a in buckets and b in buckets:  # (`Ada Lind and Sione Takitaki`; not `Ada Lind and Velmont Gardens`)
            ra, rb = uf.find(a), uf.find(b)
            for one, other in ((ra, rb), (rb, ra)):
                if one in doubted and other in shown and not any(map(is_english_word, doubted[one].name.split())):
                    doubted.pop(one).type = "person"
    entities.sort(key=lambda e: (-e[0], -e[1], e[2].name))
    return [e for _, _, e in entities[:MAX_ENTITIES]], alias
