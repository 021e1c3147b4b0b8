"""Timeline: the dated happenings of a story, one entry per date, each shown by a source sentence.
A sentence is filed under the dates it writes out, else its weekday (`_anchors`).

Dates are read with `warta.lang.dates.find_dates`, resolved against each article's publication date
(`Rabu (13/9/2023)`, `Kamis (14/9)`, `Selasa pagi`). An article without a publication date borrows the
earliest date of the story's other articles, conservatively: only when those agree within a couple of days,
only for weekdays and written dates (not `kemarin`/`hari ini`, which need the article's own day), and only
for a weekday close before that date (`Jumat` six days before a borrowed Thursday may mean the next day).
Dates far from the story's publication window (birthdays, anniversaries) are background, not happenings
of this story, and are left out, except a written-out day up to a year ahead that the sentence schedules (`bakal
digelar pada 22 November mendatang`, `will ... on March 28`); so is the day a text was quoted or taken from another
outlet (`dikutip Kamis (24/10/2024)`), which dates the reporting, and the day a quotation was said (`" ... " ujar Agus,
Rabu (24/1).`), even when the story dates nothing else: who said what is no happening (words read out in court are).
Nor is a point of comparison (`down from 1.808% late on Monday`), a deadline (`Sebelum 30 Juni`), the end of a state
(`Hingga hari ini doa ... masih terus mengalir`), a correction note's date or a sentence that announces what follows
(`... sebagai berikut:`) a happening. A day a quotation counts from its speaker's (`"... yang kemarin ditangkap"`) and
a bare weekday the clause puts ahead (`who will testify Thursday`) are not read against the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from warta.brief.align import SentenceIndex, Unit
from warta.brief.claims import readings
from warta.lang.dates import MONTH_NAMES, DateMention, find_dates
from warta.model import TimelineEntry

# What every date mention needs (a cheap test on the sentence's word set before the parser): a weekday, a
# month or a relative day word, or a day/month number (`13/9/2023`, `13.9.2023`, `2023-09-13`).
DATE_WORDS = frozenset(
    """senin selasa rabu kamis jumat jum'at jum’at sabtu minggu ahad kemarin lusa besok monday tuesday
    wednesday thursday friday saturday sunday yesterday today tomorrow""".split()
) | MONTH_NAMES
_TODAY = frozenset({"hari", "ini"})
# \b\d{1,2}/\d{1,2}\b | \b\d{1,2}([.-])\d{1,2}\1\d{2,4}\b | \b(?:19|20)\d\d-\d\d-\d\d, written to open with a digit
# (the `\b` as a look-behind after it) so that the regex engine skips straight to digits
_NUMERIC_DATE = re.compile(
    r"\d(?<!\w\d)(?:\d?/\d{1,2}\b|\d?([.-])\d{1,2}\1\d{2,4}\b|(?:(?<=1)9|(?<=2)0)\d\d-\d\d-\d\d)"
)


def _maybe_date(unit: Unit) -> bool:
    return (not DATE_WORDS.isdisjoint(unit.words) or unit.words >= _TODAY
            or _NUMERIC_DATE.search(unit.text) is not None)


WINDOW_BEFORE = timedelta(days=14)  # how far before the first publication a happening may lie
SCHEDULED_AHEAD = timedelta(days=366)  # how far after the last publication a scheduled happening may lie
MAX_ENTRIES = 12
NEIGHBOUR_SPREAD = timedelta(days=2)  # other articles' dates must agree this well to lend one
BORROWED_WEEKDAY = timedelta(days=4)  # a weekday resolved against a borrowed date lies at most this before it


@dataclass(frozen=True, slots=True)
class Base:
    """What an article's relative dates are resolved against; `borrowed` when it is another article's."""

    when: date | datetime | None
    borrowed: bool = False


def article_bases(ix: SentenceIndex) -> list[Base]:
    """Each article's base for relative dates: its own publication time, else the earliest neighbour's."""
    dated = [a.published for a in ix.articles if a.published]
    days = [d.date() for d in dated]
    lend = min(dated) if dated and max(days) - min(days) <= NEIGHBOUR_SPREAD else None
    return [Base(a.published) if a.published else Base(lend, lend is not None) for a in ix.articles]


def unit_dates(ix: SentenceIndex) -> list[list[DateMention]]:
    """The dates each sentence mentions, resolved against its article's base (borrowed ones conservatively);
    read once per brief (the timeline and the discrepancies both need them)."""
    if "dates" not in ix.memo:
        bases = article_bases(ix)
        ix.memo["dates"] = [_resolve(u, bases[u.article]) if _maybe_date(u) else [] for u in ix.units]
    return ix.memo["dates"]  # type: ignore[return-value]


# the day a text was quoted or read from another outlet (`dikutip Kamis (24/10/2024)`, `Dilansir brilio.net dari
# liputan6.com, Kamis (2/1)`): when it was reported, not when anything happened
_CITED = re.compile(
    r"\b(?:dikutip|dilansir|diakses|mengutip|melansir)(?:\s+(?:dari\s+)?[^,;:\"“”]{1,60})?[\s,]*$", re.IGNORECASE
)
_CITING = ("kutip", "lansir", "akses")  # a substring test before the regex: most sentences hold none


def _resolve(u: Unit, base: Base) -> list[DateMention]:
    found = find_dates(u.text, base.when)
    if found and any(map(u.text.__contains__, _CITING)):
        found = [m for m in found if not _CITED.search(u.text, max(0, m.start - 90), m.start)]
    if any(_numeric(m) for m in found):
        # `"Hari ini dia tidak hadir," ujar Irfan, Selasa (6/6).`: a quote's today is the day it was said,
        # which the sentence writes out; read against the publication day it would be a day late
        found = [m for m in found if m.weekday_only or _numeric(m)]
    if found and ('"' in u.text or "“" in u.text):
        found = [m for m in found if not _SPEAKERS_DAY.search(m.text) or not _quoted(u.text, m.start)]
    if base.when is None:
        return found
    day = base.when.date() if isinstance(base.when, datetime) else base.when
    found = [m for m in found if not _put_ahead(u.text, m, day)]
    if not base.borrowed:
        return found
    return [m for m in found if _numeric(m) or m.weekday_only and m.date >= day - BORROWED_WEEKDAY]


# a day counted from the speaker's (`besok`, `lusa`, `kemarin`): inside a quotation, a plan (`"... kita harus menang
# besok," kata Luis Milla`) or a recent happening (`"... yang kemarin ditangkap di Anyer beberapa waktu lalu"`, where
# `kemarin` is "lately") counted from the day they spoke, which the publication day need not be; a quoted `hari ini`
# mostly is a happening of the day (`OTT yang dilakukan hari ini`), so it stays
_SPEAKERS_DAY = re.compile(r"\b(?:besok|lusa|kemarin|tomorrow|yesterday)\b", re.IGNORECASE)


# a bare weekday the clause puts ahead (`who will testify Thursday`, `akan menghadapi SPAL di San Siro pada Rabu`): read
# as the last such day it lands days before publication, where the happening cannot lie; a day before is the lag
# between writing and publishing (`Raja Salman akan menemui Putin pada Kamis` in a report stamped Friday)
_AHEAD = re.compile(
    r"\b(?:will|akan|bakal|dijadwalkan|direncanakan|rencananya|scheduled|set to|due to|expected to|likely to)\b"
    r"(?![^,;:]*\b(?:said|says|told|according|kata|ujar|ucap|tutur|ungkap|jelas|menurut|mengatakan)\b)[^,;:]*$",
    re.IGNORECASE,
)
AHEAD_LAG = 2  # days before publication from which a weekday put ahead is no longer the one meant


def _put_ahead(text: str, m: DateMention, day: date) -> bool:
    """Is `m` a bare weekday, read as days before `day`, that its clause puts ahead?"""
    return m.weekday_only and (day - m.date).days >= AHEAD_LAG \
        and _AHEAD.search(text, max(0, m.start - 120), m.start) is not None


def _quoted(text: str, at: int) -> bool:
    """Is position `at` inside a quotation?"""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _numeric(m: DateMention) -> bool:
    """A date written with numbers (`Selasa (6/6)`, `6 Juni 2017`), not `hari ini` or a bare weekday."""
    return any(c.isdigit() for c in m.text)


def window(ix: SentenceIndex) -> tuple[date, date]:
    """The days a happening of this story can fall on: from a little before the first publication to the day
    after the last (all days when no article is dated)."""
    published = [a.published.date() for a in ix.articles if a.published]
    if not published:
        return date.min, date.max
    return min(published) - WINDOW_BEFORE, max(published) + timedelta(days=1)


def dated_units(ix: SentenceIndex) -> list[bool]:
    """Which sentences give a full date of this story's happenings (`Jumat (15/1/2021)`, not just `Jumat`)."""
    if "dated" not in ix.memo:
        lo, hi = window(ix)
        ix.memo["dated"] = [any(not m.weekday_only and lo <= m.date <= hi for m in found) for found in unit_dates(ix)]
    return ix.memo["dated"]  # type: ignore[return-value]


def _anchors(found: list[DateMention]) -> list[DateMention]:
    """The dates a sentence is filed under: those written with numbers when it has any, else its weekdays
    when it has any, else what it has. `Sabtu (3/6/2017) atau Minggu dini hari WIB` is one happening on the
    3rd, and in `"... konferensi pers besok," kata Agus, Selasa.` the day is Tuesday, not the day after
    publication."""
    for keep in (_numeric, lambda m: m.weekday_only):
        if chosen := [m for m in found if keep(m)]:
            return chosen
    return found


# what marks a date after the publication window as a scheduled happening (`Festival ini bakal digelar pada 22 November
# mendatang`), not a past one read into the next year (`the March 21 call`) or a deadline (`berlaku hingga 30 Agustus`)
_SCHEDULED = re.compile(
    r"\b(?:akan|bakal|mendatang|nanti|mulai|rencananya|berencana|direncanakan|dijadwalkan|terjadwal|will|scheduled"
    r"|upcoming|starting|set to)\b",
    re.IGNORECASE,
)


def _scheduled(text: str, m: DateMention) -> bool:
    """Is the date written out in a sentence that schedules something?"""
    return _numeric(m) and _SCHEDULED.search(text) is not None


# a date a figure is compared with, not when the sentence's change happened (`yield 1.786%, down from 1.808% late on
# Monday`, `dibanding penutupan Senin`, `costs from around $0.23/W today to $0.10 by 2030`)
_SPAN = r"(?:[^;,]|,(?=\d)){0,30}"  # up to the date: a figure (`4,250.2`) but no new clause
_COMPARED = re.compile(
    r"(?:(?<!more )(?<!less )(?<!fewer )\b(?:than|compared (?:with|to)|versus|vs\.?|dibanding(?:kan)?|ketimbang)\b"
    + _SPAN + r"|\b(?:(?:down|up|fell|rose|dropped|climbed|turun|naik|melemah|menguat|anjlok|melonjak)\s+(?:from|dari)"
    r"|from)\s+(?!\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b)(?:around\s+|about\s+|sekitar\s+)?(?:rp\.?\s*|us\$|[$€£])?\d"
    + _SPAN + r")$",
    re.IGNORECASE,
)
_COMPARING = ("than", "compar", "vers", "vs", "banding", "ketimbang", "from", "dari")  # a substring test first
# today as the end of a state that still holds (`Hingga hari ini doa untuk T.O.P masih terus mengalir`, `is still
# in hospital today`), not a happening of the day; a programme's last day (`hingga Minggu (27/8)`) stays
_UNTIL = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?|until|up to)\s+$", re.IGNORECASE)
_STILL = re.compile(r"\bstill\b", re.IGNORECASE)
_TODAY_WORDS = frozenset({"hari ini", "today"})
# a deadline (`Sebelum 30 Juni, PBSI akan melakukan pemutihan`, `should ease by Thursday morning`): what the sentence
# tells happens before the day, not on it (`sebelum terbang ke Prancis pada 26 Mei` dates the flight, and stays)
_BEFORE = re.compile(r"\b(?:sebelum|paling lambat|selambat-lambatnya|before|by|no later than)\s+(?:tanggal\s+)?$",
                     re.IGNORECASE)


# a note on the text itself (`Correction, Nov. 15, 2019: This article originally misidentified ...`) dates the reporting
_NOTE = re.compile(r"(?:correction|clarification|editor['’]s note|update|updated|ralat|koreksi)\b", re.IGNORECASE)


def _happens(text: str, m: DateMention) -> bool:
    """Is the date a happening of the sentence, not a point of comparison, a deadline, the end of a state or a note's
    date?"""
    if _NOTE.match(text) or _BEFORE.search(text, max(0, m.start - 25), m.start):
        return False
    before = text[max(0, m.start - 80):m.start].lower()
    if any(map(before.__contains__, _COMPARING)) and _COMPARED.search(before):
        return False
    if " ".join(m.text.lower().split()) not in _TODAY_WORDS:
        return True
    return not (_UNTIL.search(text, max(0, m.start - 15), m.start) or _STILL.search(text, 0, m.start))


# words read out in court (`ujar Ketua Majelis Hakim ... saat membacakan amar putusan`, `kata jaksa ... saat membacakan
# dakwaan`, `dalam sidang putusan sela`): the ruling, charge or plea is the day's happening, not a comment on one
_READ_OUT = re.compile(r"\b(?:membacakan|(?:dalam|di ruang) (?:per)?sidang(?:an)?|(?:menurut|dalam) putusan)\b",
                       re.IGNORECASE)
_QUOTATION = re.compile(r'"[^"]*"|“[^”]*”')
_SPEECH_OPENS = ('"', "“", "”")  # a title opens with a single mark (`‘ Spider - Man: Homecoming’ mulai tayang ...`)
# the speaker's own day named inside the quotation (`"Hari ini pelatih tidak hadir dalam latihan," ujar Irfan, Selasa
# (6/6).`): what they tell happened on the day the sentence writes out
_TODAY_SAID = re.compile(r"\b(?:(?:hari|pagi|siang|sore|malam) ini|tadi|today)\b", re.IGNORECASE)


def _said(text: str, m: DateMention) -> bool:
    """Does the date of a sentence that opens with a quotation date only its saying (`" ... " ujar Agus, Rabu (24/1).`),
    not a happening the speaker names inside it (`"Senin (4/3) kami menutup jalan," kata ...`, `"Hari ini ..."`) or a
    reading in court?"""
    if _quoted(text, m.start):
        return False
    quotes = _QUOTATION.findall(text)
    return not any(map(_TODAY_SAID.search, quotes)) and _READ_OUT.search(_QUOTATION.sub(" ", text)) is None


def story_timeline(ix: SentenceIndex) -> list[TimelineEntry]:
    """One entry per distinct date, in date order, shown by a sentence that names it first (`berangkat Kamis (4/1)
    ... seharusnya tiba Jumat (5/1)` is about the Thursday), a plain statement before one that leans on the sentence
    before it or a quotation (what happened that day, not who said what about it), then the best supported; a
    sentence is shown once, under the first of its dates (`Digelar hingga Minggu (27/8), hari pertama, Jumat (25/8),
    ...`: the 25th), and a later date takes its next best sentence."""
    lo, hi = window(ix)
    ahead = hi + SCHEDULED_AHEAD if hi < date.max - SCHEDULED_AHEAD else hi
    read = readings(ix)
    ranked: dict[date, list[tuple[tuple[bool, bool, int, bool, bool, bool, float, int], int]]] = {}
    for i, (u, found) in enumerate(zip(ix.units, unit_dates(ix), strict=True)):
        if not found:
            continue
        anchors = _anchors([m for m in found if _happens(u.text, m)])
        for m in anchors:
            if m.date is None or not lo <= m.date <= hi and not (hi < m.date <= ahead and _scheduled(u.text, m)):
                continue
            if read[i].teases or u.text[:1] in _SPEECH_OPENS and _said(u.text, m):
                continue  # what follows (`... sebagai berikut:`) or who said what, not what happened
            # `Hal itu dikatakan ...` and a quotation (whose words, about what?) after a plain statement even when
            # better supported, a quotation after a sentence that leans on the one before it (`Sementara 10 orang lain
            # belum ditemukan ...` tells what happened), and a programme's span (`dari Rabu hingga Jumat, 4-6
            # September`) after what happens on the day
            back, quote = read[i].leans_back, read[i].opens_quote
            key = (m is anchors[0], not (back or quote), len(ix.unit_witnesses(i)), not quote, not back,
                   not m.ranged, -u.rel, -i)
            ranked.setdefault(m.date, []).append((key, i))
    out: list[TimelineEntry] = []
    shown: set[int] = set()
    for day in sorted(ranked):
        i = next((i for _, i in sorted(ranked[day], reverse=True) if i not in shown), None)
        if i is None:
            continue
        shown.add(i)
        out.append(TimelineEntry(date=day.isoformat(), text=ix.units[i].text,
                                 sources=[ix.articles[a].id for a in ix.unit_cited(i)]))
        if len(out) == MAX_ENTRIES:
            break
    return out
