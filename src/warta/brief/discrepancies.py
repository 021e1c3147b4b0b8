"""Discrepancies: aligned reports that differ in a number, a date or a name.

Empty is better than wrong. Two sentences of different outlets are compared only when they are aligned (or, for
a match minute or a capacity, tell of one act or one place, below): the words beside what differs are mostly
shared (`46 orang tewas akibat banjir di Sumbawa` ~ `56 orang meninggal akibat banjir di Sumbawa`). Then:
- counts: the same kind of count right after the number (`46 orang tewas` vs `56 orang meninggal`);
- measures: a figure with the same unit, written once in each sentence (`magnitudo 6,2` vs `magnitudo 5,9`,
  `pukul 14.45 WIB` vs `pukul 14.54 WIB`, `6 kilometer` vs `4 kilometer`), the sentences aligned on the rest
  or stating the same thing (`CLOSE`), or close (`KIN`) and giving another telling figure or the day alike (one
  quake's magnitude, `Jumat (15/1/2021)`), or one saying every other word of the other, what the story is about among
  them (`ledakan terjadi pada pukul 10.28 Wita` / `Kapolda ... menjelaskan, ledakan terjadi sekitar pukul 10.35
  WITA`): a story holds many clock times and figures, most about different moments (`tiba pukul 05.59` vs
  `tabrakan pukul 06.03`); clock times in WITA or WIT are compared on WIB;
- match minutes (`menit ke-75` vs `menit ke-68`), each sentence giving one: two outlets tell one act in their own
  words, so the sentences need not be aligned, only close (`ACT`) and naming the same player, and neither outlet
  may give the other's minute anywhere (a scorer's second goal is another act: aligned alone is not enough);
- capacities of people or seats (`seharusnya hanya menampung 361 tahanan` vs `kapasitas maksimal rutan tersebut
  ... 561 orang`; not `menampung 300 pengungsi`, who are there): linked as the measures are, or sharing a word
  beside the capacity phrase (`rutan`) and, if both name something, naming one thing (two prisons have their own);
- dates: each sentence names exactly one day, written out (`Rabu (13/9/2023)`), at most a week apart; or one of them
  by a day counted from its publication (`Hari ini, Halimah Yacob akan dilantik` of 14/9 vs `Halimah Yacob besok, Rabu
  (13/9/17) akan dilantik setelah ...`), outside quotations, in an article giving its publication time after daybreak,
  the two close to one statement (two such days differ whenever two outlets publish on two days);
- names: the same role held by one person at a time (`juru bicara Kremlin X` vs `juru bicara Kremlin Y`),
  and neither outlet mentions the other's person anywhere (else both may simply be right);
- spellings: one person (as the brief's entities merge their names) whose name articles of different outlets
  each write one way, a letter or two apart (`Joseph F Dunford` / `Joseph F Durford`, `Zulpan` / `Zulfan`); not a short
  name beside a long one, another order, case or marks, the gazetteer's names, or two spellings Indonesian accepts
  (`Suryadiredja` / `Suryadireja`, `Achmad` / `Ahmad`, `Herry` / `Heri`: as `Moskwa` / `Moskow`, house style, not a
  disagreement); an article that writes two spellings has slipped within itself and sides with none.
Each side lists every article that gives its value; when the articles' publication times differ, the later
value is marked as the later report (not a spelling's).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import compress
from operator import itemgetter

import numpy as np

from warta.brief.align import SentenceIndex, terms
from warta.brief.entities import UnionFind
from warta.brief.timeline import DATE_WORDS, unit_dates
from warta.lang.dates import ODD_CASE, DateMention
from warta.lang.english import is_english_word
from warta.lang.entities import canonicalize, find_entities, gazetteer, is_common_word, known_name, name_key
from warta.model import Claim, Discrepancy, Entity, RelativeDay

ALIGNED = 0.5  # share of the other words (numbers and count words aside) two sentences must have in common
MIN_SHARED = 3  # ... and at least this many of them
DATE_GAP = timedelta(days=7)  # dates further apart are about different happenings
DAYBREAK = 5  # hour from which a piece's `hari ini` is its publication day
MAX_RANKS = 3  # rank words and initials between a role and a name: "Kapolres X AKBP E Fulan"
SPELLING = 0.8  # name similarity at which two names are one person spelt two ways
WORD_ALIKE = 0.6  # ... and at which two words of one person's names, as the alias merging joined them, are one word
# misspelt (`Yamagami` / `Yamaguci`, `Gandj` / `Gandi`), not two of their names (`Afif` / `Bobby`, swapped)
SLIPS = 2  # ... when this many letters apart at most
MIN_ALONE = 5  # letters of a one-word name compared as a whole (the alias merging's bound: not `AFP` / `AFF`)
_INITIAL = re.compile(r"[A-Z]\.?")
_LAST_WORD = re.compile(r"(\S+)\s+$")
MAX_ROLE = 30  # characters: the longest role phrase and its spacing
_NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_KINDS = {
    "dead": r"tewas|meninggal(?: dunia)?|wafat|korban jiwa|korban tewas|dead|killed|died",
    "injured": r"luka(?:-luka)?(?: berat| ringan)?|cedera|injured|wounded",
    "missing": r"hilang|missing",
    "displaced": r"mengungsi|pengungsi|displaced|evacuated",
}
# the shortest words each kind's pattern starts with (`korban tewas` holds `tewas`): a plain substring test on the
# lower-cased text before any pattern, exact unless the text has a letter re.IGNORECASE folds to an ASCII one
# that str.lower() does not
_KIND_STEMS = ("tewas", "meninggal", "wafat", "korban jiwa", "dead", "killed", "died", "luka", "cedera", "injured",
               "wounded", "hilang", "missing", "mengungsi", "pengungsi", "displaced", "evacuated")
_AMOUNT_WORDS = ("berjumlah", "sebanyak", "mencapai", "menjadi", "tercatat", "total")
# the words one of the kinds starts with: a sentence without any counts nobody (a set test, no regex scan)
_KIND_WORDS = frozenset(re.findall(r"(?<![\w?( ])\w+", "|".join(_KINDS.values()))) | {"luka-luka"}
_NUM = r"(?P<num>\d+(?:[.,]\d{3})*|" + "|".join(_NUMBER_WORDS) + r")"
_COUNT = re.compile(
    rf"\b{_NUM}\s+(?:orang\s+|warga\s+|korban\s+|penumpang\s+|people\s+|persons\s+)?(?:yang\s+|dinyatakan\s+)?"
    rf"(?P<kind>{'|'.join(f'(?P<{k}>{v})' for k, v in _KINDS.items())})\b",
    re.IGNORECASE,
)
# the count after the noun: "korban meninggal dunia akibat banjir berjumlah 21 orang"
_AMOUNTS_TO = r"berjumlah|sebanyak|mencapai|menjadi|tercatat|total"
_COUNT_AFTER = re.compile(
    rf"(?:korban\s+)?(?P<kind>{'|'.join(f'(?P<{k}>{v})' for k, v in _KINDS.items())})\b[^.;:\d]{{0,40}}?"
    rf"\b(?:{_AMOUNTS_TO})\s+{_NUM}\s+(?:orang|jiwa|people|persons)\b",
    re.IGNORECASE,
)
# how every _COUNT_AFTER match ends, in the lower-cased text: a pattern whose first letters are found at once
_AMOUNT_TAIL = re.compile(rf"(?:{_AMOUNTS_TO})\s+{_NUM}\s+(?:orang|jiwa|people|persons)\b")
# the same patterns (all their words lower-case) as they are, for the lower-cased text: the same matches at the same
# places unless the text has a letter of ODD_CASE (İ, the one letter str.lower() lengthens, is one), about twice as fast
_COUNT_LOWER, _COUNT_AFTER_LOWER = re.compile(_COUNT.pattern), re.compile(_COUNT_AFTER.pattern)
# a figure and its unit: `6,2 magnitudo`, `magnitudo 6,2`, `M 6,2`, `pukul 01.28 WIB`, `70 pendaki`, `Rp 5 juta`
_UNITS = (
    "pendaki penumpang rumah bangunan gedung gerbong kendaraan mobil motor unit desa kecamatan titik hektare "
    "kilometer km meter persen tahun bulan hari jam menit ekor kapal pesawat sekolah kali gol"
).split()
_FIGURE = r"(?P<num>\d+(?:[.,]\d+)*)"
# a match minute: `menit ke-75`, `pada menit 24`; `menit ke-20 dan ke-64`, `menit 45 + 2`, `menit ke-50 hingga 70`
# are caught whole (`more`), to be dropped
_KICK = r"(?:(?:pada|di)\s+menit\s+(?:ke\s*-?\s*)?|menit\s+ke\s*-?\s*)"
_KICK_MORE = r"(?:\s*(?:,|dan|\+|hingga|sampai)\s*(?:ke\s*-?\s*)?\d{1,3}\b)*"
# a capacity: `berkapasitas 500`, `seharusnya hanya menampung 361`, `kapasitas maksimal rutan tersebut diketahui
# hanya 561` (not `(hanya) menampung 300 pengungsi`, who are there, nor `kapasitas ... diisi 1.800`, who are in it,
# nor a share)
_CAPACITY = (r"(?:(?i:berkapasitas)|(?:mampu|dapat|bisa|seharusnya|sanggup)\s+(?:hanya\s+)?menampung"
             r"|(?i:kapasitas|daya\s+tampung)(?:\s+(?!yang\b|di\w*isi\b|dihuni\b|berisi\b|dipaksa\b)\w+){0,4}?"
             r"(?:\s+(?:hanya|sekitar|sebanyak|mencapai|sebesar|yakni|ialah|adalah|cuma|untuk))?)")
# ... of people or seats (`561 orang`, `40.000 penonton`, `561.`), not of a battery or a disk (`3.000 mAh`, `64 GB`)
_HELD = (r"(?=\s*(?:[.,;:)]|$|(?:orang|tahanan|narapidana|napi|penonton|penumpang|jiwa|kursi|tempat|pengungsi"
         r"|mahasiswa|siswa|murid|santri|jemaah|jamaah|pasien|tamu|peserta|penghuni|warga|pengunjung)\b))")
_MEASURE = re.compile(
    rf"\b(?:(?P<pre>magnitudo|magnitude|skala richter|SR|M)\s*{_FIGURE}(?!\s*(?:[.,]\d|{'|'.join(_UNITS)})\b)"
    rf"|pukul\s+(?P<clock>\d{{1,2}})[.:](?P<min>\d{{2}})(?:\s*(?P<zone>(?i:WIB|WITA|WIT))\b)?"
    rf"|{_FIGURE.replace('num', 'num2')}\s*(?P<unit>{'|'.join(_UNITS)}|magnitudo|magnitude|SR|%)(?![\w-]))",
)
# minutes and capacities: a pattern of their own, run only on a sentence holding one of `_ACT_STEMS` (most hold none;
# in `_MEASURE` they would slow every sentence's scan by three quarters)
_ACT = re.compile(rf"\b(?:{_KICK}(?P<kick>\d{{1,3}})(?P<more>{_KICK_MORE})(?![.,]?\d)"
                  rf"|{_CAPACITY}\s+(?P<cap>\d+(?:[.,]\d{{3}})*)(?![.,]?\d){_HELD})")
_ACT_STEMS = ("menit", "ampung", "apasitas")
# other ways to write a unit -> the name a discrepancy is labelled with
_UNIT_NAMES = {"magnitude": "magnitudo", "sr": "magnitudo", "m": "magnitudo", "skala richter": "magnitudo",
               "km": "kilometer"}  # fmt: skip
_ZONE_HOURS = {"WIB": 0, "WITA": 1, "WIT": 2}
CLOSE = 0.9  # alignment score (1 = same statement) at which two sentences' figures are compared anyway
KIN = 0.5  # ... or, when they give one telling figure (`_TELLING`) or one day alike, this score: `Gempa magnitudo 6,2
# ... Jumat (15/1/2021) pukul 01.28 WIB` and `Gempa dengan magnitudo 6,2 mengguncang ... Jumat (15/1/2021) sekitar
# pukul 21.28 WIB` are one quake, told apart by other words (0.77)
_TELLING = frozenset({"magnitudo", "kilometer", "meter", "hektare", "persen", "%"})
KICK, CAPACITY = "menit ke", "kapasitas"  # units whose sentences are linked by what they are about, in other words
ACT = 0.4  # alignment score at which two sentences naming one player, each with one match minute, tell one act
_PART = re.compile(r"\s*(?:yang\s+)?(?:\w+\s+){0,2}(?:di|ke|dari|in|at|to)\s+(?:antaranya\b|[A-Z])")
_LABEL = {"dead": "korban meninggal", "injured": "korban luka", "missing": "orang hilang",
          "displaced": "pengungsi"}  # fmt: skip


def counts(text: str) -> dict[str, int]:
    """Counts of people by kind stated in one sentence (`46 orang tewas` -> {"dead": 46})."""
    return _counts(text)[0]


def _counts(text: str) -> tuple[dict[str, int], str]:
    """The counts, and the words that state them (`46 tewas`): left out when comparing the rest."""
    out: dict[str, int] = {}
    said: list[str] = []
    odd = any(c in text for c in ODD_CASE)  # then let the patterns decide
    low = text.lower()
    if not odd and not any(k in low for k in _KIND_STEMS):  # most sentences count nobody
        return out, ""
    count, count_after, read = (_COUNT, _COUNT_AFTER, text) if odd else (_COUNT_LOWER, _COUNT_AFTER_LOWER, low)
    # what _COUNT_AFTER needs: quick tests (an amount word, then the pattern's end) before its slow scan
    after = count_after.finditer(read) if odd or any(k in low for k in _AMOUNT_WORDS) and _AMOUNT_TAIL.search(low) \
        else ()
    for m in [*count.finditer(read), *after]:
        said.append(f"{text[m.start('num') : m.end('num')]} {text[m.start('kind') : m.end('kind')]}")  # as written
        if _PART.match(text, m.end()):
            continue  # "17 korban luka yang dibawa ke RSUD Cicalengka": a part, not the toll
        raw = m.group("num").lower()
        value = _NUMBER_WORDS.get(raw)
        if value is None:
            value = int(raw.replace(".", "").replace(",", ""))
        kind = next(k for k in _KINDS if m.group(k))
        out.setdefault(kind, value)
    return out, " ".join(said)


def story_discrepancies(ix: SentenceIndex, entities: Sequence[Entity] = ()) -> list[Discrepancy]:
    """Counts, measures, dates and role holders that aligned sentences of different outlets disagree on, and the
    people among `entities` (the brief's) whose name outlets spell differently."""
    if ix.n_outlets < 2:
        return []  # one outlet (a single article, most often): no two outlets to disagree, nothing to read
    return [*_count_discrepancies(ix), *_measure_discrepancies(ix), *_date_discrepancies(ix),
            *_name_discrepancies(ix), *_spelling_discrepancies(ix, entities)]


def _figure(raw: str) -> float:
    """`2.000` = 2000 (a group of three digits after the mark), `6,2` = `6.2` = 6.2."""
    groups = raw.replace(",", ".").split(".")
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))
    return float(".".join([groups[0], "".join(groups[1:])])) if len(groups) > 1 else float(raw)


def measures(text: str) -> tuple[dict[str, tuple[float, str]], str]:
    """The figures a sentence states once per unit (unit -> (value, as written)), and the words that state
    them (left out when comparing the rest). A unit written twice (`3 gerbong ... dan 8 gerbong`) is dropped:
    which figure goes with which is not known."""
    found: dict[str, list[tuple[float, str]]] = {}
    said = []
    for m in _MEASURE.finditer(text):
        written = m.group(0)
        said.append(written)
        pre, num, clock, minute, zone, num2, unit = m.groups()  # one call for all (a story has many figures)
        if clock is not None:
            hours = int(clock) - _ZONE_HOURS.get((zone or "WIB").upper(), 0)
            found.setdefault("pukul", []).append((float((hours % 24) * 60 + int(minute)),
                                                  written.removeprefix("pukul ").strip()))
            continue
        unit = (pre or unit).lower()
        unit = _UNIT_NAMES.get(unit, unit)
        raw = num or num2
        found.setdefault(unit, []).append((_figure(raw), raw))
    for m in _ACT.finditer(text) if any(map(text.__contains__, _ACT_STEMS)) else ():
        said.append(m.group(0))
        kick, more, cap = m.groups()
        if kick is None:
            found.setdefault(CAPACITY, []).append((_figure(cap), cap))
        else:  # several minutes at once (`menit ke-20 dan ke-64`): which is which is not known
            found.setdefault(KICK, []).extend([(float(kick), kick), (-1.0, more)] if more else [(float(kick), kick)])
    return {u: vs[0] for u, vs in found.items() if len({v for v, _ in vs}) == 1}, " ".join(said)


def _measure_discrepancies(ix: SentenceIndex) -> list[Discrepancy]:
    """Per unit, the sentences linked by a statement in common (aligned or close, any outlets, any values; match
    minutes by the act they tell, capacities also by the place): a linked set with two values or more is one
    discrepancy, each value with every sentence that gives it."""
    found = {i: m for i, u in enumerate(ix.units) if _may_measure(u.words) and (m := measures(u.text))[0]}
    by_unit: dict[str, list[int]] = {}  # the sentences stating each unit: pairs are looked for within these
    for i, (figures, _) in found.items():
        for unit in figures:
            by_unit.setdefault(unit, []).append(i)
    close: dict[tuple[int, int], bool] = {}  # two sentences may share several units

    topic: set[str] | None = None
    dates = unit_dates(ix)

    def linked_pair(i: int, j: int) -> bool:
        nonlocal topic
        if (i, j) not in close:
            a, b = _context(ix, i, found[i][1]), _context(ix, j, found[j][1])
            close[i, j] = bool(ix.sim[i, j] >= CLOSE) or _aligned(a, b) or bool(ix.sim[i, j] >= KIN) and (
                _same_figure(found[i][0], found[j][0]) or _same_day(dates[i], dates[j]))
            if not close[i, j] and a and b and (a <= b or b <= a):
                # a short sentence whose every other word the other says, about what the story is about (`ledakan
                # terjadi pada pukul 10.28 Wita` / `Kapolda ... menjelaskan, ledakan terjadi sekitar pukul 10.35`)
                topic = _topic_terms(ix, 10) if topic is None else topic
                close[i, j] = not (a & b).isdisjoint(topic)
        return close[i, j]

    out = []
    for unit, members in by_unit.items():  # members in sentence order
        if len({found[k][0][unit][0] for k in members}) < 2 \
                or len({ix.witness[ix.units[k].article] for k in members}) < 2:
            continue  # one value, or one outlet: no part of them can disagree
        given = {k: found[k][0][unit][0] for k in members}
        stated: dict[str, set[float]] = {}  # each outlet's values of the unit, anywhere in the story
        for k in members:
            stated.setdefault(ix.witness[ix.units[k].article], set()).add(given[k])
        linked: UnionFind[int] = UnionFind()
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                # minutes only by the act they tell: two aligned `gol Messi pada menit ke-30` / `... ke-75` may be two
                if _same_act(ix, i, j, given, stated) if unit == KICK \
                        else linked_pair(i, j) or unit == CAPACITY and _same_place(ix, i, j):
                    linked.join(i, j)
        parts: dict[int, list[int]] = {}  # named by their first sentence, so in the order they start
        for k in members:
            if k in linked.parent:
                parts.setdefault(linked.find(k), []).append(k)
        for part in parts.values():
            values: dict[float, tuple[str, int, set[int]]] = {}
            for k in part:
                value, written = found[k][0][unit]
                values.setdefault(value, (written, k, set()))[2].add(k)
            outlets = {ix.witness[ix.units[k].article] for k in part}
            if len(values) > 1 and len(outlets) > 1:
                out.append(_discrepancy(ix, unit, sorted(values.values(), key=lambda side: side[1])))
    return out


def _same_act(ix: SentenceIndex, i: int, j: int, minutes: dict[int, float], stated: dict[str, set[float]]) -> bool:
    """Do two sentences of different outlets, each with one match minute, tell one act in other words (`Coutinho
    menit ke-75 menggantikan Iniesta` / `masuk menggantikan ... Andres Iniesta pada menit ke-68`)? Both name the same
    player (a club is in many acts) and are close (`ACT`), and neither outlet gives the other's minute anywhere: a
    scorer's second goal is another act, which an outlet giving both minutes shows."""
    oi, oj = ix.witness[ix.units[i].article], ix.witness[ix.units[j].article]
    return oi != oj and bool(ix.sim[i, j] >= ACT) and _one_name(ix, i, j, _PLAYERS) \
        and minutes[i] not in stated[oj] and minutes[j] not in stated[oi]


def _same_place(ix: SentenceIndex, i: int, j: int) -> bool:
    """Do two sentences of different outlets, each with one capacity, tell of one place in other words (`Rutan yang
    seharusnya hanya menampung 361 tahanan` / `Kapasitas maksimal rutan tersebut ... 561 orang`)? They share a word
    beside the capacity phrase, and when both name something, they name one thing (two prisons have their own)."""
    if ix.witness[ix.units[i].article] == ix.witness[ix.units[j].article]:
        return False
    return not (_context(ix, i) & _context(ix, j)).issubset(_CAPACITY_TERMS) \
        and (not _names(ix, i) or not _names(ix, j) or _one_name(ix, i, j))


_PLAYERS = frozenset({"person", "other"})  # the kinds of name a player's may be read as (`Iniesta` alone: other)
_ANY_NAME = frozenset({"person", "organization", "place", "other"})


def _one_name(ix: SentenceIndex, i: int, j: int, types: frozenset[str] = _ANY_NAME) -> bool:
    """Do two sentences name one thing, written in full or in part (`Iniesta` / `Andres Iniesta`)?"""
    return any(a <= b or b <= a for ta, a in _names(ix, i) if ta in types for tb, b in _names(ix, j) if tb in types)


def _names(ix: SentenceIndex, i: int) -> list[tuple[str, frozenset[str]]]:
    """The names a sentence gives, each as its kind and its words, not a single capitalised first word (`Rutan yang
    ...`); once per sentence."""
    known: dict[int, list[tuple[str, frozenset[str]]]] = ix.memo.setdefault("names", {})  # type: ignore[assignment]
    if i not in known:
        known[i] = [(m.type, frozenset(name_key(m.name).split())) for m in find_entities(ix.units[i].text)
                    if m.start or " " in m.name]
    return known[i]


def _same_figure(one: dict[str, tuple[float, str]], other: dict[str, tuple[float, str]]) -> bool:
    """Do two sentences give one figure that tells a happening (`magnitudo 6,2`, `6 kilometer`) the same value?"""
    return any(u in other and other[u][0] == v for u, (v, _) in one.items() if u in _TELLING)


def _same_day(one: list[DateMention], other: list[DateMention]) -> bool:
    """Do two sentences name the same calendar day, written with its number (`Jumat (15/1/2021)`)?"""
    days = {m.date for m in one if not m.weekday_only}
    return any(m.date in days for m in other if not m.weekday_only)


def _context(ix: SentenceIndex, i: int, said: str = "") -> frozenset[str]:
    """The words of a sentence beside what is compared (figures, dates and the words in `said` aside); once per
    sentence and `said` (`ix.memo`: pairs ask for it again and again)."""
    known: dict[tuple[int, str], frozenset[str]] = ix.memo.setdefault("context", {})  # type: ignore[assignment]
    found = known.get((i, said))
    if found is None:
        held = ix.units[i].terms
        figures = compress(held, map(str.isdigit, map(_FIRST_CHAR, held)))  # the same order both times: one set
        found = known[i, said] = held.difference(DATE_WORDS, figures, terms(said))
    return found


def _aligned(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= MIN_SHARED and shared >= ALIGNED * (len(a) + len(b) - shared)  # the union's size, not the union


def _rival_pairs(ix: SentenceIndex, units: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs of the given sentences from different outlets."""
    for n, i in enumerate(units):
        for j in units[n + 1 :]:
            if ix.witness[ix.units[i].article] != ix.witness[ix.units[j].article]:
                yield i, j


def _count_discrepancies(ix: SentenceIndex) -> list[Discrepancy]:
    found = [_counts(u.text) if _may_count(u.words) else ({}, "") for u in ix.units]
    stated = [c for c, _ in found]
    counted = [i for i, c in enumerate(stated) if c]
    topic: set[str] | None = None  # needed only for pairs that are not aligned
    sides: dict[str, dict[int, int]] = {}  # kind -> value -> the first sentence that states it
    for i, j in _rival_pairs(ix, counted):
        ci, cj = stated[i], stated[j]
        differ = [kind for kind in ci if kind in cj and ci[kind] != cj[kind]]  # in the order the text gives them
        if not differ:
            continue  # most pairs agree: no need to know if they are about the same
        # the words beside the figures ("46 orang tewas akibat banjir di Sumbawa" ~ "56 orang meninggal akibat ..."):
        # aligned, or both state the story's toll: the count is tied to what most outlets report (banjir, gempa)
        context_i, context_j = _context(ix, i, found[i][1]), _context(ix, j, found[j][1])
        if not _aligned(context_i, context_j):
            topic = _topic_terms(ix) if topic is None else topic
            if not context_i & context_j & topic:
                continue
        for kind in differ:
            values = sides.setdefault(kind, {})
            values.setdefault(ci[kind], i)
            values.setdefault(cj[kind], j)
    out = []
    for kind, values in sides.items():
        ordered = sorted(values.items(), key=lambda kv: kv[1])
        out.append(_discrepancy(ix, _LABEL[kind], [
            (str(v), first, {k for k, c in enumerate(stated) if c.get(kind) == v}) for v, first in ordered
        ]))
    return out


def _one_date(found: list[DateMention]) -> tuple[date, str | None] | None:
    """The one day a sentence names, and the relative word that names it: written out with digits (`Rabu
    (13/9/2023)`: no word), or a day counted from the publication (`Hari ini`, `kemarin`, maybe with its weekday);
    else None."""
    days = {m.date for m in found}
    if len(days) != 1:
        return None
    if any(c.isdigit() for m in found for c in m.text):
        return days.pop(), None
    relative = next((m.text for m in found if not m.weekday_only), None)
    return (days.pop(), relative) if relative is not None else None


def _date_discrepancies(ix: SentenceIndex) -> list[Discrepancy]:
    day = {i: d for i, found in enumerate(unit_dates(ix)) if found and (d := _one_date(found)) is not None
           and (d[1] is None or _counted_from_publication(ix, i))}
    context = {i: _context(ix, i) for i in day}
    sides: dict[frozenset[date], dict[date, set[int]]] = {}
    for i, j in _rival_pairs(ix, sorted(day)):
        (di, ri), (dj, rj) = day[i], day[j]
        if di == dj or abs(di - dj) > DATE_GAP or ri is not None and rj is not None:
            continue  # two relative days are two publication days apart as often as two happenings
        if not (_aligned(context[i], context[j]) if ri is None and rj is None else _one_statement(ix, i, j)):
            continue
        key = frozenset((di, dj))
        found = next((k for k in sides if k & key), key)  # one discrepancy per happening
        group = sides.pop(found, {})
        for k in (i, j):
            group.setdefault(day[k][0], set()).add(k)
        sides[found | key] = group
    when = {k: RelativeDay(r, d.isoformat()) for k, (d, r) in day.items() if r is not None}  # shown with the claim
    return [_discrepancy(ix, "tanggal", [(d.isoformat(), min(us), us) for d, us in sorted(group.items())], when)
            for group in sides.values()]


def _counted_from_publication(ix: SentenceIndex, i: int) -> bool:
    """May a relative day of sentence `i` be read against its article's publication? Only outside quotations
    (the speaker's day need not be the publication's), and only when the article gives its own publication time,
    in daytime: a piece published after midnight was mostly written the day before, when `hari ini` was that day."""
    text = ix.units[i].text
    published = ix.articles[ix.units[i].article].published
    return '"' not in text and "“" not in text and published is not None \
        and ix.articles[ix.units[i].article].published_has_time and published.hour >= DAYBREAK


def _one_statement(ix: SentenceIndex, i: int, j: int) -> bool:
    """Do two sentences, one dated by a relative day and the other written out, state one happening? They are close
    (`KIN`) and, beside the date, share a word of what happened and `MIN_SHARED` words, `ALIGNED` of the shorter one's
    (`Hari ini, Halimah Yacob akan dilantik sebagai Presiden Singapura` / `Halimah Yacob besok, Rabu (13/9/17) akan
    dilantik setelah ...`): the longer may say more of it, in other words."""
    a, b = _context(ix, i), _context(ix, j)
    shared = len(a & b)
    return bool(ix.sim[i, j] >= KIN) and shared >= MIN_SHARED and shared >= ALIGNED * min(len(a), len(b)) \
        and not (ix.units[i].facts & ix.units[j].facts).issubset(DATE_WORDS)


@lru_cache(maxsize=1)
def _role_before() -> re.Pattern[str]:
    roles = sorted(gazetteer().roles, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(r) for r in roles) + r")\s+$", re.IGNORECASE)


def role_holders(text: str) -> list[tuple[str, str]]:
    """(role, person) pairs a sentence states: `juru bicara Kremlin Dmitry Peskov` -> ("juru bicara kremlin",
    "Dmitry Peskov"). The role may be qualified by the organisation or place right after it."""
    titles = gazetteer().titles
    mentions = find_entities(text)
    out = []
    for k, m in enumerate(mentions):
        if m.type != "person":
            continue
        start = m.start
        for _ in range(MAX_RANKS):  # "AKBP E Fulan": ranks and initials belong to neither role nor name
            word = _LAST_WORD.search(text, max(0, start - 30), start)
            if not word or not (word.group(1).lower().rstrip(".") in titles or _INITIAL.fullmatch(word.group(1))):
                break
            start = word.start()
        qualifier = ""
        prev = mentions[k - 1] if k else None
        if prev is not None and prev.type in ("organization", "place") and not text[prev.end : start].strip():
            qualifier, start = " " + canonicalize(prev.canonical or prev.name).lower(), prev.start
        role = _role_before().search(text, max(0, start - MAX_ROLE), start)
        if role:
            out.append((" ".join(role.group(1).lower().split()) + qualifier, m.name))
    return out


def _same_person(a: str, b: str) -> bool:
    """`Dmitry Peskov` / `Peskov` / `Dmitri Peskov`: a shared word or a near spelling (`Zulpan` / `Zulfan`) is
    enough to not claim a conflict."""
    ka, kb = name_key(a), name_key(b)
    return bool(set(ka.split()) & set(kb.split())) or SequenceMatcher(None, ka, kb).ratio() >= SPELLING


def _full_name(name: str) -> bool:
    """Two or more words, none an acronym: a single word may be a fragment or an organisation (`Daop`, `PN`)."""
    words = name.split()
    return len(words) >= 2 and not any(w.isupper() and len(w) > 1 for w in words)


def _name_discrepancies(ix: SentenceIndex) -> list[Discrepancy]:
    holders = {i: role_holders(u.text) for i, u in enumerate(ix.units) if _has_role_word(u.words)}
    holders = {i: h for i, h in holders.items() if h}
    outlet_words: dict[str, set[str]] = {}  # every word an outlet writes, as name keys (built when needed)
    sides: dict[str, dict[str, set[int]]] = {}
    for i, j in _rival_pairs(ix, sorted(holders)):
        if not _aligned(_context(ix, i, " ".join(n for _, n in holders[i])),
                        _context(ix, j, " ".join(n for _, n in holders[j]))):
            continue
        if not outlet_words:
            for u in ix.units:
                outlet_words.setdefault(ix.witness[u.article], set()).update(name_key(u.text).split())
        wi, wj = (outlet_words[ix.witness[ix.units[k].article]] for k in (i, j))
        for role_i, name_i in holders[i]:
            for role_j, name_j in holders[j]:
                if role_i != role_j or not _full_name(name_i) or not _full_name(name_j) \
                        or _same_person(name_i, name_j):
                    continue
                if set(name_key(name_i).split()) & wj or set(name_key(name_j).split()) & wi:
                    continue  # each outlet also names the other's person: both may hold some such role
                group = sides.setdefault(role_i, {})
                group.setdefault(name_i, set()).add(i)
                group.setdefault(name_j, set()).add(j)
    return [
        _discrepancy(ix, role, [(name, min(us), us) for name, us in sorted(group.items(), key=lambda kv: min(kv[1]))])
        for role, group in sides.items()
        if len(group) >= 2
    ]


def _spelling_discrepancies(ix: SentenceIndex, entities: Sequence[Entity]) -> list[Discrepancy]:
    """People whose name reports of different outlets spell differently (`Joseph F Dunford` / `Joseph F Durford`),
    each article giving one spelling: an article that writes two has slipped within itself, and says nothing of which
    is right (`Djarod Padakova`, then `Djarot`)."""
    out = []
    said: list[str] = []  # each article's text, `_plain` (read when a name has variants)
    for n, e in enumerate(entities):
        if e.type != "person" or not e.aliases:
            continue
        for family in _families([e.name, *e.aliases]):
            if not said:
                said.extend(_plain(" ".join(a.paragraphs)) for a in ix.articles)
            # a word another name of the story holds (`Ahmad` of `Ahmad Syaikhu`, beside `Achmad` / `Ahmad Heryawan`)
            # tells this person's spelling only in this person's name; a one-word name that is one is someone's short
            # name (`Irfan` of `Irfan Hakim`, beside `Irvan`)
            shared = {w for other in (*entities[:n], *entities[n + 1 :]) for f in (other.name, *other.aliases)
                      for w in name_key(f).split()}
            if not any(" " in k for k in family) and (not shared.isdisjoint(family) or _named_on(ix, family)):
                continue
            found = _spellings(ix, family)
            sides: dict[str, list[int]] = {}  # the articles that give one spelling only, by spelling
            writers: dict[str, list[int]] = {}
            for a, text in enumerate(said):
                gives = [k for k, (own, _) in found.items() if _writes(text, k, own - shared)]
                for k in gives:
                    writers.setdefault(k, []).append(a)
                if len(gives) == 1:
                    sides.setdefault(gives[0], []).append(a)
            if len(sides) >= 2 and len({ix.witness[a] for arts in sides.values() for a in arts}) >= 2 \
                    and (d := _spelling_discrepancy(ix, {k: (found[k], writers[k], sides[k]) for k in sides})):
                out.append(d)
    return out


def _named_on(ix: SentenceIndex, words: Iterable[str]) -> bool:
    """Does an article write one of these words before a capitalised word, as the first of a longer name (`Irfan
    Hakim`)? Then the word alone may be anyone's short name."""
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")\s+(?-i:[A-Z])", re.IGNORECASE)
    return any(pattern.search(p) for a in ix.articles for p in a.paragraphs)


def _writes(text: str, name: str, words: Iterable[str]) -> bool:
    """Does a text (`_plain`) write a name key in full, its words apart by spaces or marks (`joseph. f. durfort`), or
    one of the given words of it?"""
    return any(_whole(text, w) for w in words) or _whole(text, name)


def _whole(text: str, name: str) -> bool:
    """Is a name key in a text, as whole words? Its first word is looked for by `str.find` (a scan in C: this runs on
    whole articles), the rest matched from there."""
    first, _, rest = name.partition(" ")
    at = text.find(first)
    while at >= 0:
        end = at + len(first)
        if not (at and text[at - 1].isalpha()) and (
                _name_rest(rest).match(text, end) if rest else not (end < len(text) and text[end].isalpha())):
            return True
        at = text.find(first, end)
    return False


@lru_cache(maxsize=1024)
def _name_rest(rest: str) -> re.Pattern[str]:
    """The words of a name after its first, as a text may write them: `f durfort` in `. f. durfort jr`."""
    return re.compile("".join(rf"[\W_]{{1,3}}{re.escape(w)}" for w in rest.split()) + r"(?![^\W\d_])")


def _plain(text: str) -> str:
    """A text as a name key reads it: lower case, without accents (`Suárez` = `suarez`)."""
    if not text.isascii() and _ACCENTED.search(text):  # most articles hold a curly quote or a dash, not a letter
        text = _ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    return text.lower()


_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")  # Latin letters with a mark (and a few signs)
_ACCENTS = re.compile("[\u0300-\u036f]+")  # the combining marks they decompose into


def _families(forms: list[str]) -> list[dict[str, str]]:
    """The names of one person that are spellings of one another, as name key -> the name as written, in families:
    `Joseph F Dunford` / `Joseph F Durford`; one-word names, as long as the alias merging's, only of a person named by
    no longer one (`Zulfan` / `Zulpan` of `Kombes E Zulpan`); never a short name beside a long one. Not a name the
    gazetteer knows (it lists the spellings the press accepts: `Kim Jong Un`, `Kim Jong-un`), nor one written in
    another order (`Abe Shinzo`), nor case, accents or marks (`McKee` / `Mckee`, `Ma'ruf`), nor another accepted
    spelling (`Suryadiredja` / `Suryadireja`)."""
    full: dict[str, str] = {}
    for f in forms:
        full.setdefault(name_key(f), f)
    if any(" " in k for k in full):
        full = {k: f for k, f in full.items() if " " in k}
    else:
        full = {k: f for k, f in full.items() if len(k) >= MIN_ALONE}
    linked: UnionFind[str] = UnionFind()
    keys = sorted(full)
    for n, a in enumerate(keys):
        for b in keys[n + 1 :]:
            if _respelling(a, b):
                linked.join(a, b)
    if not linked.parent or any(map(known_name, forms)):
        return []
    families: dict[str, dict[str, str]] = {}
    for k in linked.parent:
        families.setdefault(linked.find(k), {})[k] = full[k]
    return list(families.values())


def _respelling(a: str, b: str) -> bool:
    """Are two name keys one name with a word or two misspelt (`hariyanto arbi` / `heryanto arbi`), in the same
    order? Each differing pair is alike (`_misspelt`), not two accepted spellings (`_accepted_spellings`), and neither
    two dictionary words (`Putri` / `Putra` are two people) nor the one the other with letters added (`Sport` /
    `Sports`)."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and sorted(wa) != sorted(wb) \
        and all(x == y or _misspelt(x, y, WORD_ALIKE) for x, y in zip(wa, wb, strict=True))


def _misspelt(x: str, y: str, alike: float) -> bool:
    """Are two words of a name one word spelt two ways: alike, and a slip of a letter or two apart (`Setiawan` /
    `Setiadi`, alike, are two names)?"""
    return min(len(x), len(y)) >= 3 and not (x.startswith(y) or y.startswith(x)) \
        and SequenceMatcher(None, x, y).ratio() >= alike and _edits(x, y) <= SLIPS and not _accepted_spellings(x, y) \
        and not all(is_common_word(w) or is_english_word(w) for w in (x, y))


# Ways Indonesian writes one name, each accepted in print (as `Moskwa` / `Moskow`): the spelling before 1972 and after
# (`dj`/`j`, `tj`/`c`, `oe`/`u`, `sj`/`sy`, `nj`/`ny`, and the old `j` of `Bunjamin` that is now `y`), `ch`/`kh`/`h`
# (`Achmad` / `Ahmad`), `y`/`i` (`Hery` / `Heri`) and a letter doubled or not (`Herry`, `Abdillah` / `Abdilah`)
_OLD_SPELLING = (("dj", "j"), ("tj", "c"), ("oe", "u"), ("sj", "sy"), ("nj", "ny"), ("ch", "h"), ("kh", "h"))
_OLD_J = re.compile(r"(?<!d)j(?=[aeiou])")
_DOUBLED = re.compile(r"(\w)\1+")


def _accepted_spellings(x: str, y: str) -> bool:
    """Are two words one name in two accepted spellings (`_OLD_SPELLING`)? Read with the new spelling's `j` and with
    the old one's: the `j` of `Suryadireja` was `dj`, that of `Bunjamin` is `y` now."""
    return any(_spelt(x, old_j) == _spelt(y, old_j) for old_j in (False, True))


def _spelt(word: str, old_j: bool) -> str:
    if old_j:
        word = _OLD_J.sub("y", word)
    for old, new in _OLD_SPELLING:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word.replace("y", "i"))


def _edits(x: str, y: str) -> int:
    """Letters inserted, deleted or replaced to write one word as the other (Levenshtein)."""
    row = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        prev, row[0] = row[0], i
        for j, cy in enumerate(y, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (cx != cy))
    return row[-1]


_BETWEEN = r"[\s.,]{1,3}"  # between a name's words as written (`Joseph. F. Durfort`)


def _spellings(ix: SentenceIndex, family: dict[str, str]) -> dict[str, tuple[frozenset[str], str]]:
    """Each spelling of a family: its own words (those not in every spelling) and the name as written. Where the
    spellings differ in one word after the same given names, a word spelt alike written after those names in any
    article is one more (`Joseph. F. Durfort`, which the dots kept from being read as one name)."""
    common = frozenset.intersection(*(frozenset(k.split()) for k in family))
    found = {k: (frozenset(k.split()) - common, written) for k, written in family.items()}
    differ = {n for k in family for n, w in enumerate(k.split()) if w not in common}
    if len(differ) != 1 or not (at := differ.pop()):
        return found
    given = next(iter(family)).split()[:at]
    slot = {w for own, _ in found.values() for w in own}
    pattern = re.compile(r"(?<![\w-])" + _BETWEEN.join(map(re.escape, given)) + _BETWEEN + r"(?-i:([A-Z][\w'’-]+))",
                         re.IGNORECASE)
    for a in ix.articles:
        for m in pattern.finditer(" ".join(a.paragraphs)):
            word = name_key(m.group(1))
            if word not in slot and any(_misspelt(word, w, SPELLING) for w in slot):
                slot.add(word)
                found[" ".join([*given, word])] = (frozenset({word}), m.group(0))
    return found


def _spelling_discrepancy(ix: SentenceIndex, sides: dict[str, tuple[tuple[frozenset[str], str], list[int], list[int]]]
                          ) -> Discrepancy | None:
    """One person's spellings, each cited with every article that writes it and shown by a sentence of an article
    giving it alone (`_showing`); None when fewer than two outlets can be shown. No spelling is marked as the later
    report: a later report does not spell better."""
    shown = []
    for key, ((own, written), writers, alone) in sides.items():
        found = _showing(ix, key, own, [u for a in alone for u in ix.by_article[a]])
        if found is not None:
            shown.append((*found, written, writers))
    if len(shown) < 2 or len({w for *_, writers in shown for w in ix.witnesses(writers)}) < 2:
        return None
    shown.sort()
    claims = [Claim(text=text, sources=[ix.articles[a].id for a in writers], outlets=ix.witnesses(writers))
              for _, text, _, writers in shown]
    return Discrepancy(about="ejaan nama: " + " vs ".join(w for _, _, w, _ in shown), claims=claims)


def _showing(ix: SentenceIndex, key: str, own: frozenset[str], units: list[int]) -> tuple[int, str] | None:
    """The first of these sentences that writes a name in full, or with the sentence before it when a stray dot split
    the name (`... Jenderal Joseph.` / `F. Durfort Jr. dalam acara ...`), else the first that writes its own words."""
    texts = {u: _plain(ix.units[u].text) for u in units}
    for u in units:
        if _writes(texts[u], key, ()):
            return u, ix.units[u].text
    for u in units:
        if u - 1 in texts and ix.units[u - 1].article == ix.units[u].article \
                and _writes(f"{texts[u - 1]} {texts[u]}", key, ()):
            return u, f"{ix.units[u - 1].text} {ix.units[u].text}"
    return next(((u, ix.units[u].text) for u in units if _writes(texts[u], key, own)), None)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(w for r in gazetteer().roles for w in r.split())


def _may_count(words: frozenset[str]) -> bool:
    """A kind word and a number (digits or a number word): the cheap test before the count patterns."""
    return not _KIND_WORDS.isdisjoint(words) and (
        not _NUMBER_WORDS.keys().isdisjoint(words) or _has_figure(words))


_CAPACITY_TERMS = terms("kapasitas berkapasitas menampung daya tampung maksimal maksimum awal normal hanya sekitar")
_UNIT_WORDS = frozenset(_UNITS) | frozenset(_UNIT_NAMES.values()) | {w for w in _UNIT_NAMES if " " not in w} | {
    "pukul", "kapasitas", "berkapasitas", "menampung", "tampung"}


def _may_measure(words: frozenset[str]) -> bool:
    """A unit word and a figure: the cheap test before the measure pattern."""
    return not _UNIT_WORDS.isdisjoint(words) and _has_figure(words)


def _has_figure(words: frozenset[str]) -> bool:
    """A word that starts with a digit (each word's first character tested in C: every sentence is asked)."""
    return any(map(str.isdigit, map(_FIRST_CHAR, words)))


_FIRST_CHAR = itemgetter(slice(1))  # `w[:1]`


def _has_role_word(words: frozenset[str]) -> bool:
    return not _role_words().isdisjoint(words)


def _topic_terms(ix: SentenceIndex, top: int = 3) -> set[str]:
    """The few words nearly every outlet uses: what the story is about (`banjir`, `gempa`, `kebakaran`)."""
    outlets = sorted(set(ix.witness))
    if len(outlets) < 2:
        return set()
    used = np.zeros((len(outlets), len(ix.vocab)), dtype=bool)
    held = ix.per_article((ix.matrix > 0).T).T  # articles with sentences x terms: does one use it
    for k, a in enumerate(a for a, cols in enumerate(ix.by_article) if cols):
        used[outlets.index(ix.witness[a])] |= held[k]
    df = used.sum(axis=0)
    vocab = list(ix.vocab)  # in column order
    common = [vocab[c] for c in np.flatnonzero(df >= 0.8 * len(outlets)) if vocab[c].isalpha()]
    return set(sorted(common, key=lambda t: (-df[ix.vocab[t]], t))[:top])


def _discrepancy(ix: SentenceIndex, label: str, sides: list[tuple[str, int, set[int]]],
                 when: dict[int, RelativeDay] | None = None) -> Discrepancy:
    """One discrepancy: each value shown by its first sentence, with every article that gives it; the value
    of the single latest report marked. `when`: the day a shown sentence's relative word stands for."""
    claims = []
    latest = []
    for _value, shown, units in sides:
        arts = sorted({ix.units[k].article for k in units})
        claims.append(Claim(text=ix.units[shown].text, sources=[ix.articles[a].id for a in arts],
                            outlets=ix.witnesses(arts), when=(when or {}).get(shown)))
        times = [ix.articles[a].published for a in arts if ix.articles[a].published]
        latest.append(max(times) if times else None)
    about = f"{label}: " + " vs ".join(v for v, _, _ in sides)
    known = [t for t in latest if t is not None]
    if len(known) >= 2 and known.count(max(known)) == 1:
        about += f" (laporan yang lebih baru: {sides[latest.index(max(known))][0]})"
    return Discrepancy(about=about, claims=claims)
