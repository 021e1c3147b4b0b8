"""Dates in Indonesian (and English) news text: publication stamps and date mentions.

Indonesian news writes dates in a few fixed shapes (`Rabu (13/9/2023)`, `Kamis (14/9)`, `14/09/2023,
10:49 WIB`, `Kamis, 14 Sep 2023 23:37 WIB`, `pada Rabu`, `kemarin`), so compiled regexes find and read
them directly: fast enough for every line of every article. `dateparser` (the field's general parser) is
~2.5 ms a call, so it is used only as a cached fallback on a cut-out span whose month word the tables do
not know (typos, other spellings). A range of days (`23 - 27 November`) is dated by its first day and marked
`ranged`; a day name inside a name (`Sheffield Wednesday`, `Black Friday`, `Pasar Minggu`, `USA Today`), a day that
recurs (`setiap Senin`) or is named ahead (`Selasa pekan depan`) is no date, nor is `kemarin` meaning "last" (`Agustus
kemarin`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")
_ZONES = {"WIB": WIB, "WITA": WITA, "WIT": WIT}

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "januari january jan",
        "februari pebruari february feb peb",
        "maret march mar",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "agustus august agu agt ags aug agust",
        "september sep sept",
        "oktober october okt oct",
        "november nopember nov nop",
        "desember december des dec",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _num
MONTH_NAMES = frozenset(_MONTHS)  # lower-case month names and abbreviations (Indonesian and English)

_WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip

MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))  # month words as a regex alternation, longest first
# weekday words as outlets capitalise them (the patterns that must tell `Minggu` from `minggu` are case-sensitive)
WEEKDAY_RE = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Jum’at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"  # noqa: E501
_ZONE_RE = r"(?P<zone>WITA|WIB|WIT|UTC|GMT)\b(?P<zoff>[+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?(?!\d))?"
# A time right after a date: `, 10:49 WIB`, ` |12:13 WIB`, ` pukul 10.30 WIB`, `T06:56:00+08:00`,
# `03:49:00 +0000` (RFC 2822 feeds). A numeric offset counts only after an ISO `T` or seconds, so that the
# end of a range (`10:00-12:00 WIB`) is not read as one.
_TIME_AFTER = re.compile(
    rf"(?P<iso>T)?\s*(?:[,|\-–]\s*)*(?:(?:pukul|pkl\.?|jam|at)\s*)?(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<mi>[0-5]\d)"
    rf"(?P<sec>:[0-5]\d(?:[.,]\d+)?)?"
    rf"(?:(?(iso)|(?(sec)|(?!)))\s?(?P<off>Z|[+-][01]\d(?::?[0-5]\d)?)(?![\d.:]))?(?!\d)\s*(?:{_ZONE_RE})?",
    re.IGNORECASE,
)

# Dates are found from their digits (the regex engine skips to digits fast); a weekday written before
# them (`Rabu (13/9/2023)`, `Kamis, 14 Sep 2023`) is looked up behind the match.
_DATE_DIGIT = re.compile(
    rf"""
    (?:
        (?P<d1>0?[1-9]|[12]\d|3[01])[/.-](?P<m1>0?[1-9]|1[0-2])(?:[/.-](?P<y1>(?:19|20)\d\d|\d\d))?(?![\d/])
        (?!\s+(?:{MONTH_RE})\b)  # `5-6 Desember`: a range of days, not the 5th of June
      | (?P<d2>[0-3]?\d)\s+(?P<mon2>{MONTH_RE})\b(?:\.(?=\s*\d))?(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?
      | (?P<y4>(?:19|20)\d\d)-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)(?=\b|T)
    )
    \)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
# the first day of a range before a day and month (`23 - 27 November`, `14 hingga 17 September`)
_RANGE_FROM = re.compile(r"(?<![\d/.])(?P<d>[0-3]?\d)\s*(?:-|–|—|hingga|sampai|s\.?/d\.?)\s*$")
# English order (`Wednesday, Sept. 13, 2023`): only tried where a capitalised word precedes a number.
_MONTH_FIRST_HINT = re.compile(r"[A-Z][a-z]{2,8}\.? \d")
_DATE_MONTH = re.compile(
    rf"(?:\b(?P<wd>{WEEKDAY_RE})\b\s*,?\s*)?\b(?P<mon3>{MONTH_RE})\b\.?\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?\b,?"
    rf"(?:\s+(?P<y3>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_OPENERS = MONTH_NAMES | {w for w in _WEEKDAYS if w.isalpha()} | {"jum"}  # words a `_DATE_MONTH` match opens with


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of `words` factored by first letter (`j(?:anuari|an|...)|...`): where a word starts,
    the engine then tries the few words of that letter rather than every word (almost twice as fast)."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in sorted(by_first.items()))


# An opener as a whole word of lower-cased text
_OPENER = re.compile(rf"\b(?:{_alternatives(_OPENERS)})\b")
# letters re.IGNORECASE matches to ASCII ones that str.lower() does not map to them
ODD_CASE = ("İ", "ı", "ſ")
_ODD_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})  # İ lowers to i + a combining dot


def _fold(word: str) -> str:
    """A matched word as re.IGNORECASE read it: `KEMARİN` -> `kemarin`, `beſok` -> `besok` (str.lower() alone
    gives `kemari̇n`, which no table holds)."""
    return word.lower().translate(_ODD_FOLD)


_WD_BEFORE = re.compile(rf"\b(?P<wd>{WEEKDAY_RE})\s*,?\s*(?:\(\s*)?$", re.IGNORECASE)
# Where a `_DATE_DIGIT` match can start: a digit and a separator or space after one or two digits, or a year
# and a hyphen. A plain scan (the pattern opens with a character class), so most digits are never tried.
_DATE_START = re.compile(r"\d(?=\d?[/.\-\s]|\d{3}-)")
_LETTER = re.compile(r"[A-Za-z]")
_EMPTY = {"wd": None, "d1": None, "m1": None, "y1": None, "d2": None, "mon2": None, "y2": None,
          "mon3": None, "d3": None, "y3": None, "y4": None, "m4": None, "d4": None}  # fmt: skip


def _date_spans(text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    """(start, end, groups) of every dated expression, a weekday written before it included."""
    out = []
    for m in _match_from(_DATE_DIGIT, text, map(_START, _DATE_START.finditer(text))):
        g = {**_EMPTY, **m.groupdict()}
        start = m.start()
        if not (m.group(0).startswith(("19", "20")) and m.group("y4")):
            wd = _WD_BEFORE.search(text, max(0, start - 16), start)
            if wd:
                g["wd"], start = wd.group("wd"), wd.start()
        # a closing bracket belongs to the date only after "Rabu ("
        end = m.end() - 1 if start == m.start() and m.group(0).endswith(")") else m.end()
        out.append((start, end, g))
    if _MONTH_FIRST_HINT.search(text):
        taken = [(a, z) for a, z, _ in out]
        for m in _month_first(text):
            if all(m.end() <= a or m.start() >= z for a, z in taken):
                out.append((m.start(), m.end(), {**_EMPTY, **m.groupdict()}))
        out.sort(key=lambda x: x[0])
    return out


_START = re.Match.start  # a match's start, as a function for `map` (the loop stays in C)


def _match_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose (non-empty) matches can only start at `starts` (ascending):
    the regex is tried there alone, not at every position (the engine's own scan of a pattern that opens with
    alternatives is slow)."""
    end = 0
    for p in starts:
        if p >= end and (m := pattern.match(text, p)):
            yield m
            end = m.end()


def _month_first(text: str) -> Iterator[re.Match[str]]:
    """`_DATE_MONTH.finditer(text)`: its matches start where a weekday or month word does (a whole word, or
    `Jum` of `Jum'at`), found in the lower-cased text: without ODD_CASE letters it has the text's positions and
    word boundaries, and its letters are those re.IGNORECASE compares."""
    if any(c in text for c in ODD_CASE):  # re.IGNORECASE reads them as ASCII letters, str.lower() does not
        return _DATE_MONTH.finditer(text)
    return _match_from(_DATE_MONTH, text, map(_START, _OPENER.finditer(text.lower())))


# A month word the tables do not know, between a day and a year: handed to dateparser.
_LOOSE = re.compile(r"\b(?P<d>[0-3]?\d)\s+(?P<mon>[A-Za-z]{3,10})\.?\s+(?P<y>(?:19|20)\d\d)\b")
# Day names are capitalised in Indonesian; lower-case `minggu` is "week", and `Minggu lalu` may be too. A day named
# ahead (`Selasa pekan depan`, `Rabu mendatang`, `Sabtu nanti`, `next Tuesday`) is not the last such day, and is left
# undated.
_WEEKDAY_ONLY = re.compile(
    rf"(?<![Nn]ext )\b(?P<wd>{WEEKDAY_RE}|{WEEKDAY_RE.upper()})\b"
    r"(?!\s*(?:depan|ke-?\d|pertama|kedua|terakhir))(?!\s(?:Times|Telegraph|Mirror|Express)\b)"  # newspapers
    r"(?!\s+(?i:(?:pekan|minggu)\s+(?:depan|mendatang)|mendatang|nanti)\b)"
    r"(?!(?<=Minggu)\s*(?:lalu|ini|kemarin))(?!(?<=MINGGU)\s*(?:lalu|ini|kemarin))"  # "Minggu lalu": a week
)
# a day that recurs (`setiap Senin dan Kamis`, `tiap hari Jumat`, `every Sunday`) or names a place (`Pasar Minggu`, a
# district of Jakarta; `Pasar Kamis`) is no date
_NOT_A_DAY = re.compile(
    rf"(?:\b(?i:setiap|tiap|every)\s+(?i:hari\s+)?(?:{WEEKDAY_RE}\s*(?:,|(?i:dan|atau|and|or|-|–|hingga|sampai))\s*)*"
    r"|\bPasar\s+)$"
)
# an English day name inside a name is no date: `Sheffield Wednesday` (a club), `Black Friday`, `Good Friday` (a
# place before a day is: `at Abu Ghraib Friday`)
_NAMED_DAY = re.compile(r"\b(?:Sheffield|Black|Good|Cyber|Ash|Super|Easter|Palm|Holy|Maundy|Bloody|Premium|The)\s$")
_RELATIVE = re.compile(r"\b(?P<rel>kemarin\s+lusa|kemarin|hari\s+ini|besok|lusa|yesterday|today|tomorrow)\b",
                       re.IGNORECASE)
# a relative day capitalised inside a sentence names something (`USA Today`, `Psychology Today`, `the Today Show`,
# `Edge of Tomorrow`): the word before it is not the end of a sentence or a quotation's opening
_NAME_BEFORE = re.compile(r"[\w,;:’'] $")
# `kemarin` after a stretch of time is "last", not "yesterday" (`Agustus kemarin`, `akhir pekan kemarin`)
_LAST = re.compile(rf"\b(?:{MONTH_RE}|{WEEKDAY_RE}|tahun|bulan|pekan|minggu|musim)\s+$", re.IGNORECASE)


def _is_relative_day(text: str, m: re.Match[str]) -> bool:
    """Is a `_RELATIVE` match a day counted from the base, not a name (`USA Today`) or "last" (`Agustus kemarin`)?"""
    rel, at = m.group("rel"), m.start()
    if rel[0] in "kK" and _LAST.search(text, max(0, at - 12), at):
        return False
    return not (rel[0].isupper() and not rel.isupper() and _NAME_BEFORE.search(text, max(0, at - 2), at))


RELATIVE_DAYS = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "lusa": 2, "yesterday": -1,
             "today": 0, "tomorrow": 1}  # fmt: skip
_REL_WORDS = frozenset(k.split()[0] for k in RELATIVE_DAYS)  # a `_RELATIVE` match starts with one of them
# Where `_WEEKDAY_ONLY` and `_RELATIVE` matches can start, and `_LOOSE` ones (a digit, maybe a second, then a
# space), for `_match_from`: the three open with a word boundary, which makes the regex engine try them at every
# position, while these open with letters or a digit and are scanned for in C (two to four times faster). Each
# match starts with a weekday's first three letters as `WEEKDAY_RE` writes them (capitalised or upper case), or with a
# `_REL_WORDS` word in the lower-cased text; such a word has no boundary inside, so the scan misses no start.
_WEEKDAY_AT = re.compile("|".join(sorted({f(w[:3]) for w in _WEEKDAYS for f in (str.capitalize, str.upper)})))
_RELATIVE_AT = re.compile("|".join(sorted(_REL_WORDS)))
_LOOSE_AT = re.compile(r"\d(?=\d?\s)")


@dataclass(slots=True)
class DateMention:
    """One date in a text; `time` is local wall-clock time with its zone (WIB unless written)."""

    start: int
    end: int
    text: str
    date: date
    time: time | None
    weekday_only: bool
    ranged: bool = False  # the first day of a range (`23 - 27 November`): the happening goes on after it


def _year(y: str | None) -> int | None:
    if not y:
        return None
    n = int(y)
    return n + 2000 if n < 100 else n


def _pick_year(day: int, month: int, base: date | None, weekday: int | None) -> date | None:
    """The year for a day/month without one: the candidate nearest the base, a matching weekday first."""
    if base is None:
        return None
    cands = []
    for y in (base.year - 1, base.year, base.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    if weekday is not None:
        matching = [c for c in cands if c.weekday() == weekday]
        if matching:
            cands = matching
    return min(cands, key=lambda c: abs((c - base).days))


def _as_date(d: date | datetime | None) -> date | None:
    if isinstance(d, datetime):
        return d.date()
    return d


@lru_cache(maxsize=4096)
def _dateparser(span: str) -> date | None:
    """dateparser on a short cut-out span (slow, so cached and used only as a fallback)."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dependency is declared
        return None
    got = dateparser.parse(
        span, languages=["id", "en"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    )
    return got.date() if got else None


def _match_date(g: dict[str, str | None], base: date | None) -> date | None:
    wd = _WEEKDAYS.get(g["wd"].lower()) if g["wd"] else None
    try:
        if g["d1"]:
            day, month, year = int(g["d1"]), int(g["m1"]), _year(g["y1"])
        elif g["d2"]:
            day, month, year = int(g["d2"]), _MONTHS[g["mon2"].lower()], _year(g["y2"])
        elif g["d3"]:
            day, month, year = int(g["d3"]), _MONTHS[g["mon3"].lower()], _year(g["y3"])
        else:
            day, month, year = int(g["d4"]), int(g["m4"]), int(g["y4"])
        if year is None:
            return _pick_year(day, month, base, wd)
        return _weekday_year(date(year, month, day), wd)
    except (ValueError, KeyError):  # no such day, or a month word only re.IGNORECASE reads (`ſept`)
        return None


def _weekday_year(d: date, wd: int | None) -> date:
    """The date a weekday and a full date name when the year is the old one, written out of habit in early January:
    `Rabu (1/1/2019)` in a report on New Year's Day 2020 (a Wednesday; 1 January 2019 was a Tuesday). The next
    year is taken when the weekday falls on that day there and not in the year written; otherwise (and in other
    months, where a wrong weekday is the likelier slip) the date as written."""
    if wd is None or d.month != 1 or d.weekday() == wd:
        return d
    later = d.replace(year=d.year + 1)
    return later if later.weekday() == wd else d


def _zone(offset: str | None, name: str) -> timezone:
    """The zone of a stamp: an ISO / RFC 2822 offset (`Z`, `+07:00`, `-0400`, `GMT+7`) keeps its instant;
    a named Indonesian zone is that zone; no zone at all is WIB."""
    if offset in ("Z", "z") or (not offset and name in ("UTC", "GMT")):
        return UTC
    if offset:
        digits = offset[1:].replace(":", "")
        hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
        sign = -1 if offset[0] == "-" else 1
        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    return _ZONES.get(name, WIB)


def _match_time(text: str, end: int) -> tuple[time | None, int]:
    tm = _TIME_AFTER.match(text, end, min(len(text), end + 40))
    if not tm:
        return None, end
    # `10.30` is a time only with a zone or `pukul`; `10:30` always is.
    if tm.group("sep") == "." and not tm.group("zone") and not _LETTER.search(tm.group(0)):
        return None, end
    zone = _zone(tm.group("off") or tm.group("zoff"), (tm.group("zone") or "").upper())
    return time(int(tm.group("h")), int(tm.group("mi")), tzinfo=zone), tm.end()


def find_dates(text: str, base: date | datetime | None = None, without: str = "") -> list[DateMention]:
    """Dates mentioned in a text, in order. `base` (usually the publication date) resolves day/month
    without a year, bare weekdays (latest such day on or before base) and `kemarin`/`hari ini`;
    mentions that need a base are skipped without one. Mentions whose lower-cased text contains `without`
    (if given) are left out, and dateparser is never asked about such a span (`Nomor 27 Tahun 2009`, a
    law): its first call costs 0.2 s, each further one 2.5 ms. A weekday or relative day that such a span
    would have blocked lies inside it, so it is left out too."""
    b = _as_date(base)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, d: date, t: time | None, weekday_only: bool, ranged: bool = False) -> None:
        out.append(DateMention(start, end, text[start:end], d, t, weekday_only, ranged))
        taken.append((start, end))

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= z for a, z in taken)

    for start, end, g in _date_spans(text):
        # a bare d/m without weekday, brackets or year is too ambiguous (scores, ratios, `24/7`)
        if g["d1"] and not g["y1"] and not g["wd"] and "(" not in text[max(0, start - 1) : end]:
            continue
        d = _match_date(g, b)
        if d is None:
            continue
        r = _RANGE_FROM.search(text, max(0, start - 12), start) if g["mon2"] and not g["wd"] else None
        ranged = False
        if r and int(r.group("d")) < d.day:  # `23 - 27 November`: the happening starts on the 23rd
            start, d, ranged = r.start(), d.replace(day=int(r.group("d"))), True
        t, end = _match_time(text, end)
        add(start, end, d, t, False, ranged)
    year = "19" in text or "20" in text  # a `_LOOSE` date needs one
    for m in _match_from(_LOOSE, text, map(_START, _LOOSE_AT.finditer(text))) if year else ():
        if m.group("mon").lower() in _MONTHS or not free(m.start(), m.end()):
            continue
        if without and without in m.group(0).lower():
            continue
        d = _dateparser(m.group(0))
        if d is not None:
            add(m.start(), m.end(), d, None, False)
    if b is not None:
        # The weekday scan tries only where a capitalised weekday's first letters are (a scan in C: cheaper than
        # first testing the lower-cased text for each of seventeen day names, as it did, which passed half the
        # leads). The relative-day scan reads the whole lower-cased text and mostly finds nothing, so it runs only
        # when a word it looks for occurs (a letter of ODD_CASE may fold into one for the regex alone, so it runs).
        for m in _match_from(_WEEKDAY_ONLY, text, map(_START, _WEEKDAY_AT.finditer(text))):
            if not free(m.start(), m.end()):
                continue
            wd = _WEEKDAYS.get(_fold(m.group("wd")).replace("’", "'"))
            if wd is not None and not (m.group("wd")[-3:].lower() == "day"
                                       and _NAMED_DAY.search(text[max(0, m.start() - 10) : m.start()])) \
                    and not _NOT_A_DAY.search(text, max(0, m.start() - 40), m.start()):
                add(m.start(), m.end(), b - timedelta(days=(b.weekday() - wd) % 7), None, True)
        low = text.lower()
        odd = any(c in text for c in ODD_CASE)  # re.IGNORECASE reads them as ASCII letters, lower() does not
        if odd or any(map(low.__contains__, _REL_WORDS)):  # without them, `low` has the text's positions and letters
            starts = map(_START, _RELATIVE_AT.finditer(low))
            for m in _RELATIVE.finditer(text) if odd else _match_from(_RELATIVE, text, starts):
                if free(m.start(), m.end()) and _is_relative_day(text, m):
                    shift = RELATIVE_DAYS.get(re.sub(r"\s+", " ", _fold(m.group("rel"))))
                    if shift is not None:
                        add(m.start(), m.end(), b + timedelta(days=shift), None, False)
    out.sort(key=lambda x: x.start)
    return [m for m in out if without not in m.text.lower()] if without else out


def parse_published(text: str) -> tuple[datetime, bool] | None:
    """The first full date (with year) in a publication stamp, as a tz-aware datetime and whether a time
    was given. An explicit offset (ISO 8601 `Z` / `+00:00`, RFC 2822 `+0000`, `GMT`, `UTC+7`) keeps the
    stamp's instant; WITA/WIT are their zones; a stamp without a zone is WIB."""
    for start, end, g in _date_spans(text):
        if not (g["y1"] or g["y2"] or g["y3"] or g["y4"]) or text[start - 1 : start].isdigit():
            continue  # no year, or the tail of a longer number (`0001-01-01` is no 1 January 2001)
        d = _match_date(g, None)
        if d is None:
            continue
        t, _ = _match_time(text, end)
        if t is None:
            return datetime(d.year, d.month, d.day, tzinfo=WIB), False
        return datetime.combine(d, t), True
    m = _LOOSE.search(text)
    if m and m.group("mon").lower() not in _MONTHS:
        d = _dateparser(m.group(0))
        if d is not None:
            return datetime(d.year, d.month, d.day, tzinfo=WIB), False
    return None
