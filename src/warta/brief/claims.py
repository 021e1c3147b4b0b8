"""Claims: aligned sentences grouped into statements, each with the articles and outlets behind it.

A claim is a group of sentences (from any articles) that say the same thing. It is shown as its clearest
member, and its sources are exactly the articles that support that shown text (`SentenceIndex.supports`), so
a citation never rests on the grouping alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from warta.brief.align import SentenceIndex
from warta.brief.trim import trim_opener
from warta.lang.dates import RELATIVE_DAYS, find_dates
from warta.lang.entities import known_name
from warta.lang.quotes import SAYING
from warta.lang.tokens import stopwords
from warta.model import Claim, RelativeDay

_TIME_WORDS = "hari saat kali tahun pekan minggu bulan malam pagi siang sore".split()  # `hari ini`, `saat itu`: times
_NOW = rf"(?:{'|'.join(_TIME_WORDS)}) ini\b"  # a time, not a thing named before
# Openings that lean on the previous sentence (pronouns, connectives): unclear out of context.
_DANGLING = re.compile(
    r"^(?:dia|ia|mereka|itu|ini|hal (?:itu|ini|tersebut)|namun|tetapi|tapi|sementara(?: itu)?|selain itu|"
    r"kemudian|lalu|sebelumnya|selanjutnya|jadi|oleh karena itu|bahkan|sedangkan|selain|diketahui|"
    r"pasalnya|karena itu|karena(?![^,]*,)|untuk itu|dengan demikian|akibatnya|alhasil|pihaknya|mengingat|sehingga|"
    # `Meski demikian,` leans on what came before; `Meskipun inflasi terjaga, ruang ... sempit` is a whole sentence
    r"atau|(?:meski|walau|kendati)(?:pun)?\s+(?:demikian|begitu)|akan tetapi|hanya saja|adapun|sebaliknya|padahal|"
    r"di sisi lain|maka|"
    r"dengan begitu|oleh sebab itu|sebab|belum lagi|apalagi|makanya|soalnya|ya(?=,)|antara lain|salah satunya|"
    r"dalam (?:hal|perkara|kasus) (?:itu|ini|tersebut)|he|she|they|it|this|"
    rf"that|but|however|meanwhile|also|(?!{_NOW})"
    r"\w+ (?:tersebut|itu|ini)\b(?! (?:adalah|yakni|yaitu)))\b",
    re.IGNORECASE,
)
# a capitalised word inside a sentence: a name, most likely (the capital before the look-behind, so that the regex
# engine skips straight to capitals)
_CAPITALISED = re.compile(r"[A-Z](?<=\s[A-Z])[\w-]+")
_QUOTE_OPEN = re.compile(r"^[\"“”'‘]")
_QUOTE_MARK = re.compile(r"[\"“”]")
# the tail of a quote whose opening is in another sentence: `... Januari 2022," ujarnya.`
_QUOTE_TAIL = re.compile(r"[,.!?][\"”’']\s*(?:\w+\s+){0,3}(?:ujar|kata|ucap|tutur|ungkap|jelas|tegas)\w*\b")
_CLOSING = ('"', "”", "’", "'")  # the marks such a tail closes with: a substring test first (most sentences hold none)

# A teaser announces what the article will tell (`Ayep membeberkan penyebab kecelakaan ...`, `berikut kronologi
# kejadian`) without telling it: outlets share its names, so it wins support, yet it says nothing. The words it
# announces are also a substring test before the regex (most sentences hold none).
_TEASED = ("penyebab", "kronologi", "alasan", "fakta", "detik-detik", "cerita", "kisah", "sosok", "profil", "rincian")
_TEASER = re.compile(
    r"\b(?:(?:mem|meng)?(?:beberkan|ungkap(?:kan)?|jelaskan|paparkan|ceritakan|bongkar)|berikut|inilah|begini|simak)"
    r"\s+(?:(?:soal|tentang|mengenai|sejumlah|beberapa|deretan|daftar)\s+)?"
    rf"(?:{'|'.join(_TEASED)})\b",
    re.IGNORECASE,
)


# a sentence that opens by pointing at what follows (`Beginilah nasib puluhan pendaki ...`, `Inilah daftar ...`)
_POINTS_AHEAD = re.compile(r"(?:beginilah|inilah|ini dia|berikut ini|simak)\b", re.IGNORECASE)


def _teases(text: str) -> bool:
    """Does the sentence announce what follows instead of stating it (`Berikut ... sejumlah fakta`, or any sentence
    that ends with a colon: `... yang disiarkan dari Istana itu:`)?"""
    return text.rstrip().endswith(":") or any(map(text.lower().__contains__, _TEASED)) \
        and _TEASER.search(text) is not None or _POINTS_AHEAD.match(text) is not None


TEASER = 0.7  # clarity it loses (0.4 raised devset ROUGE-2 0.2886 -> 0.2894; 0.7 keeps a teaser lede, `Beginilah
# nasib puluhan pendaki ...`, out of the summary when the dated lede beside it makes way: see summary.DATED_AGAIN)

SHORT, LONG = 8, 30  # words: shorter sentences say too little, longer ones are hard to read
NEARLY_SAME = 0.8  # alignment score above which another outlet's sentence is "close enough"
RESTATES = 0.8  # alignment score at which an agreed claim repeats one listed before it


@dataclass(slots=True)
class Group:
    """Sentences that state one thing, with the one shown and the articles that support it."""

    units: list[int]
    rep: int
    sources: list[int]
    witnesses: list[str]
    earliest: float  # smallest relative position of a member in its article (0 = lede)


DANGLING = 0.4  # clarity lost by a sentence that leans on the one before it


def opens_quote(text: str) -> bool:
    return _QUOTE_OPEN.match(text) is not None


# a fronted clause, then a pronoun as the subject: `Sebelum disuntik, ia terlebih dahulu dicek ...`
_FRONTED_PRONOUN = re.compile(
    r"^[^,\"“”]{1,40},\s+(?:ia|dia|mereka|pihaknya|hal (?:ini|itu|tersebut)|he|she|they)\b", re.IGNORECASE
)


# A sentence whose subject is the one before it (`Ia ...`, `Mereka ...`, `Hal itu ...`, `Kekalahan tersebut ...`):
# narrower than `leans_back`, whose openers (`Namun,`, `Sementara itu,`) `trim_opener` can drop or a reader can pass
# over. The summary takes one only right after its antecedent (devset ROUGE-2 0.2839 -> 0.2827, key facts unchanged
# 0.857; held out 0.2894 -> 0.2897, key facts 0.873 -> 0.882); a list of claims never (only_in). The consequences and
# described subjects below were added after editors found such openers in 37 of 53 multi-outlet briefs: devset
# ROUGE-2 0.2827 -> 0.2802, key facts 0.857 -> 0.865; held out 0.2897 -> 0.2894, key facts 0.882 -> 0.890.
_REFERS_BACK = re.compile(
    r"^(?:ia|dia|mereka|beliau|pihaknya|hal (?:itu|ini|tersebut)|\w+ (?:tersebut|itu)"
    # a consequence or a reason of what came before (`Sehingga menurutnya ...`, `Karena dia memutuskan ...`)
    r"|sehingga|karena(?![^,]*,)|sebab|oleh (?:karena|sebab) itu|karena itu|untuk itu|dengan (?:demikian|begitu)"
    r"|akibatnya|alhasil|maka|padahal|sedangkan|apalagi|belum lagi|makanya|soalnya|atau|mengingat(?![^,]*,)"
    # the subject, something named before and described (`Eks kapten Timnas Indonesia ini menyebut ...`, `Pasangan
    # Indonesia tersebut akan ...`): a few words, no verb among them after the first, a demonstrative, and no comma (a
    # fronted phrase, `Dalam perkara tersebut, pihak pemohon adalah ...`, leaves the clause its own subject)
    # (not a time: `Meskipun inflasi tahun ini terjaga, ...` says when)
    rf"|(?!{_NOW})\w+(?:\s(?!(?:me|ber|di|ter)\w)(?!{_NOW})[\w-]+){{0,4}}\s(?:ini|itu|tersebut)(?!\s*,))\b",
    re.IGNORECASE,
)


def refers_back(text: str) -> bool:
    """Is the sentence's subject the sentence before it (`_REFERS_BACK`)?"""
    return _REFERS_BACK.match(text) is not None


# a thing named before, pointed at inside the sentence (`... di gereja Katolik tersebut`, `Akibat tabrakan kereta api
# tersebut, ...`): not a time (`saat itu`) or a function word (`setelah itu`), and not named earlier in the sentence
_TIMES = [*_TIME_WORDS, *"waktu ketika masa kala tadi dulu hal".split()]
_POINTS_BACK = re.compile(
    rf"\b(?!(?:{'|'.join(_TIMES)})\b)([a-z][\w-]+)(?:\s(?:[A-Z][\w-]*|-)){{0,5}}\s(?:itu|tersebut)\b"
)  # the thing's word, then the name it may carry (`gereja Katolik tersebut`, `jenis Viper Warior PK - BH itu`)


# whose view, the sentence does not say (`Gelaran misa, menurut dia, diadakan ...`)
_ACCORDING_TO_HIM = re.compile(r"\bmenurut(?:nya\b| (?:dia|ia|beliau|mereka)\b)", re.IGNORECASE)


def points_back(text: str) -> bool:
    """Does the sentence point at a thing (`_POINTS_BACK`) or a person (`_ACCORDING_TO_HIM`) it does not name?"""
    if "enurut" in text and _ACCORDING_TO_HIM.search(text):  # the substring tests first: most sentences have neither
        return True
    if "itu" not in text and "tersebut" not in text:
        return False
    sw = stopwords()
    for m in _POINTS_BACK.finditer(text, 1):
        word = m.group(1).lower()
        if word not in sw and word not in _WORD.findall(text.lower(), 0, m.start()):
            return True
    return False


_WORD = re.compile(r"[\w-]+")


def leans_back(text: str) -> bool:
    """Does the sentence open with a pronoun or connective that needs the sentence before it, or have a pronoun
    as the subject right after a short fronted clause?"""
    return _DANGLING.match(text) is not None or _FRONTED_PRONOUN.match(text) is not None


class Reading(NamedTuple):
    """How a sentence reads on its own: `clarity`, and the tests it makes that the summary and the timeline ask of
    the same sentences again."""

    clarity: float
    leans_back: bool
    teases: bool
    opens_quote: bool
    points_back: bool  # at a thing named before (`points_back`): unclear out of context, unless it opens its article


def _read(text: str) -> Reading:
    """How the sentence reads (`Reading`), each test made once."""
    leans, teases, quote = leans_back(text), _teases(text), opens_quote(text)
    score = 1.0
    if leans:
        score -= DANGLING
    if teases:
        score -= TEASER
    if quote:
        score -= 0.3
    elif any(map(text.__contains__, _CLOSING)) and (tail := _QUOTE_TAIL.search(text)) \
            and not _QUOTE_MARK.search(text, 0, tail.start()):
        score -= 0.4  # the end of a quote that opened in an earlier sentence
    if text[:1].islower():
        score -= 0.3  # a fragment cut from its sentence
    n = len(text.split())
    if n < SHORT:
        score -= 0.3
    elif n > LONG:
        score -= min(0.5, (n - LONG) / 50)
    if text.rstrip()[-1:] not in ".!?\"”'’":
        score -= 0.2
    if (short := _SHORT_NAME_OPENS.match(text)) and not _well_known(short):
        score -= SHORT_NAME  # `Menurut Martinus, ...`: who, the sentence does not say (another outlet's may)
    return Reading(score, leans, teases, quote, points_back(text))


# a sentence opened by one name word that speaks or is cited: a short name the article introduced before (`Febri
# menyebut, ...`, `Menurut Martinus, ...`); a member of its claim that names the person in full is shown instead
_SHORT_NAME_OPENS = re.compile(
    r"^(?:Menurut\s+(?P<cited>[A-Z][a-z]+),|(?P<speaks>[A-Z][a-z]+)\s(?:mengatakan|menyebut(?:kan)?|menjelaskan|"
    r"menilai|menegaskan|menambahkan|mengungkapkan|menuturkan|menerangkan)\b)"
)


SHORT_NAME = 0.15  # clarity it loses


def _well_known(match: re.Match[str]) -> bool:
    """A name every reader knows alone (`Putin`, `Jokowi`, `Kremlin`): the gazetteer's."""
    return known_name(match.group("cited") or match.group("speaks")) is not None


@lru_cache(maxsize=50_000)
def clarity(text: str) -> float:
    """How well a sentence stands on its own: 1 for a plain statement of moderate length."""
    return _read(text).clarity


def readings(ix: SentenceIndex) -> list[Reading]:
    """How each sentence of the index reads (`Reading`), once per index (`ix.memo`), each text once: claims, summary and
    timeline ask it of the same sentences several times."""
    found: list[Reading] | None = ix.memo.get("readings")  # type: ignore[assignment]
    if found is None:
        by_text: dict[str, Reading] = {}
        found = ix.memo["readings"] = [by_text.get(u.text) or by_text.setdefault(u.text, _read(u.text))
                                       for u in ix.units]
    return found


def leans(ix: SentenceIndex, read: list[Reading], unit: int) -> bool:
    """Does the sentence need the one before it in its article: it leans back (`leans_back`), or, in a story of
    several outlets, points at a thing named before (`points_back`) and does not open its article (a
    lede's `negeri itu` is its own)? Editors found 21 sentences of 96 in 20 multi-outlet briefs that cannot stand
    alone, some pointing at what the summary never named (`pesawat latih jenis Viper itu`). One article's summary
    keeps its order and lede: there the rule changed 264 of 3,463 IndoSum summaries, as many for the worse as for
    the better (ROUGE-1 0.6766 -> 0.6752)."""
    return read[unit].leans_back or read[unit].points_back and ix.units[unit].pos > 0 and ix.n_outlets > 1


def group_claims(ix: SentenceIndex) -> list[Group]:
    """Sentences grouped greedily: best-supported and earliest sentences seed the groups."""
    n = len(ix.units)
    if not n:
        return []
    same = ix.sim >= 1.0
    n_support = ix.per_article(same).sum(axis=1).tolist()  # articles with a sentence the same as each
    read = readings(ix)
    order = sorted(range(n), key=lambda i: (-n_support[i], ix.units[i].rel, -read[i].clarity, i))
    same_as: list[list[int]] = [[] for _ in range(n)]  # each sentence's row of `same`, as a list
    for i, j in zip(*(side.tolist() for side in np.nonzero(same)), strict=True):
        same_as[i].append(j)
    taken = [False] * n
    groups: list[Group] = []
    for seed in order:
        if taken[seed]:
            continue
        members = [v for v in same_as[seed] if not taken[v]]
        if seed not in members:
            members.insert(0, seed)
        for m in members:
            taken[m] = True
        groups.append(_render(ix, members, read))
    return groups


def _render(ix: SentenceIndex, members: list[int], read: list[Reading]) -> Group:
    """Pick the member shown: widest support first, then clearest, then earliest."""
    units = ix.units
    rep = members[0] if len(members) == 1 else max(
        members, key=lambda m: (len(ix.unit_witnesses(m)), read[m].clarity, -units[m].rel, -m)
    )
    earliest = min(units[m].rel for m in members)
    return Group(members, rep, ix.unit_supporters(rep), list(ix.unit_witnesses(rep)), earliest)


def to_claim(ix: SentenceIndex, group: Group) -> Claim:
    """The public form: shown text, article ids, outlet names."""
    cited = ix.unit_cited(group.rep)  # the strict citation check, not the looser grouping
    unit = ix.units[group.rep]
    text = trim_opener(unit.text)  # shown alone: without the marker that tied it to its neighbour
    return Claim(text=text, sources=[ix.articles[a].id for a in cited], outlets=ix.witnesses(cited),
                 when=relative_day(text, ix.articles[unit.article].published))


# reported speech: a relative day there counts from when the words were said or written, which need not be the day of
# publication (`Anshor mengatakan, ... saat check in di Cengkareng, kemarin.`, said the day before it was published)
_REPORTED = re.compile(rf"[\"“”]|\b(?:{SAYING}|kata|ujar|ucap|tutur|ungkap|menurut|mengaku|mengabarkan|menyebut|"
                       r"according)\w*\b", re.IGNORECASE)


def relative_day(text: str, published: date | None) -> RelativeDay | None:
    """The day `hari ini`, `kemarin` or `besok` in the text stands for, from its article's publication date, when the
    text names no other day (`besok, Rabu (13/9/17)` dates itself) and reports no one's words (`_REPORTED`)."""
    if published is None or not any(map(text.lower().__contains__, RELATIVE_DAYS)) or _REPORTED.search(text):
        return None
    found = find_dates(text, published)
    if len(found) != 1 or found[0].weekday_only or any(c.isdigit() for c in found[0].text):
        return None
    return RelativeDay(found[0].text, found[0].date.isoformat())


def agreed(ix: SentenceIndex, groups: list[Group], cap: int = 10) -> list[Claim]:
    """Claims that at least half of the outlets (and at least two) report, best supported first."""
    need = max(2, -(-ix.n_outlets // 2))
    candidates = sorted((g for g in groups if len(ix.witnesses(ix.unit_cited(g.rep))) >= need),
                        key=lambda g: (-len(g.witnesses), g.earliest, g.rep))
    chosen: list[Group] = []
    for g in candidates:  # a claim another listed one restates adds nothing (`Putin menerima undangan balik`)
        if len(chosen) < cap and all(ix.sim[g.rep, c.rep] < RESTATES for c in chosen):
            chosen.append(g)
    return [to_claim(ix, g) for g in chosen]


def only_in(ix: SentenceIndex, groups: list[Group], cap: int = 8) -> list[Claim]:
    """Claims a single outlet reports, most informative first, taken in turn from each outlet.

    Informative means: words and names no other outlet uses (what an editor would want to check). A sentence
    that is only a quotation is left to the quotes list, which names its speaker when the text does, and one
    that announces what follows (`Berikut ... fakta ...:`) states nothing.
    """
    if ix.n_outlets < 2:
        return []
    outlet_terms: dict[str, set[str]] = {}
    for a, ids in enumerate(ix.by_article):
        outlet_terms.setdefault(ix.witness[a], set()).update(*(ix.units[i].terms for i in ids))
    elsewhere_of: dict[str, set[str]] = {}  # the terms the other outlets use, per outlet (when needed)
    # how close the other outlets' articles come to each sentence, per outlet (one reduction an outlet, when needed)
    witness = np.array(ix.witness)
    closest_other: dict[str, np.ndarray] = {}
    per_outlet: dict[str, list[tuple[float, Group]]] = {}
    read = readings(ix)
    for g in groups:
        if len(g.witnesses) != 1:
            continue
        unit, reading = ix.units[g.rep], read[g.rep]
        if reading.opens_quote and unit.text.rstrip().endswith(_CLOSING) or reading.teases or refers_back(unit.text):
            continue  # a quotation alone says nothing of who said it (the quotes list gives it); a teaser, nothing;
            # `Hal itu ...`, nothing without the sentence before it
        own = g.witnesses[0]
        if own not in closest_other:
            closest_other[own] = ix.agree[:, witness != own].max(axis=1)
        if closest_other[own][g.rep] >= NEARLY_SAME:
            continue  # another outlet says nearly the same: not news only one outlet has
        if own not in elsewhere_of:
            elsewhere_of[own] = set().union(*(t for o, t in outlet_terms.items() if o != own))
        fresh = unit.terms - elsewhere_of[own]
        # names no other outlet mentions (people, bodies, places) weigh most
        names = {w.lower() for w in _CAPITALISED.findall(unit.text)} & fresh if fresh else set()
        score = sum(map(ix.idf.__getitem__, fresh)) / (1 + 0.05 * unit.n_words) + 3.0 * len(names)  # all in vocab
        score *= max(0.2, reading.clarity)
        per_outlet.setdefault(own, []).append((score, g))
    queues = [sorted(v, key=lambda x: (-x[0], x[1].rep)) for _, v in sorted(per_outlet.items())]
    out: list[Claim] = []
    depth = 0
    while len(out) < cap and any(depth < len(q) for q in queues):
        for q in queues:
            if depth < len(q) and len(out) < cap:
                out.append(to_claim(ix, q[depth][1]))
        depth += 1
    return out
