"""What grouping looks at in one article: term bags per field, names, numbers, shingles, a time.

Term bags per field, after Miranda et al. (EMNLP 2018): headline+lead terms, body terms, names
(capitalised multi-word sequences and acronyms) and distinctive numbers (tolls, scores
such as `11-10`, magnitudes such as `6,2`). No Indonesian NER model installs offline (see LIBRARIES.md),
so names come from a light capitalisation rule here; they only need to be consistent across outlets,
not typed. Beside the bags: the time (publication stamp, else the text's dates), the days the lead
names (the days of the happening) and the kind of piece (report, preview, retrospective), because the
same words about another day are another happening.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from warta.extract.dateline import lede_head
from warta.lang.dates import MONTH_RE, ODD_CASE, WIB, DateMention, find_dates
from warta.lang.regions import places
from warta.lang.tokens import content_terms, stopwords
from warta.memo import BoundedMemo
from warta.model import Article

MAX_CHARS = 20_000  # article text is hostile: bound the work per article
LEAD_PARAGRAPHS = 2
LEAD_AHEAD_DAYS = 60
EVENT_DAYS = 3  # first dates of the lead kept: in Indonesian news, the days of the happening

# Capitalised words that are not names: weekdays, months, titles and sentence openers.
_NOT_NAMES = frozenset(
    """
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
    september oktober november desember jan feb mar apr jun jul agu ags sep okt nov des wib wita wit
    baca juga foto video sumber penulis editor reporter advertisement scroll continue with content
    presiden menteri ketua kepala wakil gubernur bupati wali kota pemerintah pihak kabupaten provinsi
    bapak ibu pak bu tuan sang kata dia mereka kami kita namun tetapi sementara selain
    """.split()
)
# Each pattern opens with its first character: `_NAME` with the capital both its alternatives share (a
# pattern that opens with a character class is scanned for it in C, a third faster than the alternation),
# `_NUMBERS` with a lookahead for a digit, so that its alternatives fail at once on every other position
# instead of each trying its own lookbehinds (same matches, three times faster).
_NAME = re.compile(
    r"[A-Z](?:[a-z'’]+(?:-[A-Za-z]+)?|[A-Z]+[a-z]?)(?:\s+(?:[A-Z][a-z'’]+(?:-[A-Za-z]+)?|[A-Z]{2,}[a-z]?))*"
)
# Numbers that tell one happening from another; dates (`20/10`, `20 Oktober`), times (`14.35 Wita`) and
# years are left to the time features.
_NUMBERS = re.compile(
    r"(?=\d)(?:(?P<date>\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[.:]\d{2}\s*(?i:WIB|WITA|WIT)\b"
    rf"|\d{{1,2}}\s+(?i:{MONTH_RE})\b)"
    r"|(?<![\d/.,:])(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})(?P<score>(?![\d/:]|[.,]\d))"
    r"|(?<![\d/.,:-])(?P<num>\d+(?:[.,]\d+)*)(?![\d/:-]))"
)
# The lead of a preview or announcement speaks of the future; a retrospective names its genre. Either
# way it is a different piece from the report of the happening, even with the same words.
_FUTURE = re.compile(
    r"\b(?:akan|bakal|dijadwalkan|rencananya|direncanakan|menjelang|jelang|b?esok(?: hari(?:nya)?)?|"
    r"(?:pekan|minggu|bulan) depan|will)\b",
    re.I,
)
_RETRO = re.compile(
    r"\b(?:kaleidoskop|kilas balik|(?:se|satu )tahun (?:yang )?lalu|mengenang|flashback|tepat (?:pada )?hari ini)\b",
    re.I,
)
_RETRO_WORDS = ("tahun", "hari ini", "kilas balik", "mengenang", "kaleidoskop", "flashback")  # one is in every match
# a headline or URL counting the years back names an anniversary piece ("1 Tahun Lalu, Jokowi Divaksin"); in a lead's
# first sentence it is mostly background ("kasus yang terjadi dua tahun lalu")
_ANNIVERSARY = re.compile(r"\b\d+ tahun (?:yang )?lalu\b", re.I)
# Headlines of schedule, prediction and where-to-watch pieces: they recap the last result but are about
# the next fixture, a different happening with the same names and numbers.
_SCHEDULE = re.compile(
    r"^\W*(?:jadwal|prediksi|preview|link (?:live )?streaming|live streaming|siaran langsung|(?:me)?jelang|"
    r"cara nonton|nonton)\b",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_EPOCH = datetime(1970, 1, 1)


@dataclass(slots=True)
class Features:
    """One article as grouping sees it (term bags are raw counts; weights come from the index)."""

    id: str
    time: float | None  # days since the epoch on the Jakarta wall clock, None when unknown
    head: Counter[str]
    body: Counter[str]
    names: Counter[str]
    numbers: Counter[str]
    terms: list[str] = field(default_factory=list)  # the content-term sequence, for shingles
    time_inferred: bool = False  # time taken from the text or a neighbour, not a publication stamp
    events: list[float] = field(default_factory=list)  # days the lead names (days since the epoch)
    lead_numbers: frozenset[str] = frozenset()  # the numbers of headline and lead: what the piece is about
    lead_places: frozenset[str] = frozenset()  # regencies, provinces and countries the headline and lead name
    places: frozenset[str] = frozenset()  # those the whole text names (`lang.regions.places`)
    title_days: frozenset[float] = frozenset()  # calendar dates the headline names (`Harga Emas Hari Ini 6 Januari`)
    outlets: frozenset[str] = frozenset()  # the outlet that published it (none if unknown), as a set a story unites

    kind: str = "report"  # "report", "preview" (announces what will happen) or "retrospective"
    lead: str = ""  # kept only when the article has no time: its weekdays are read once a neighbour lends one

    def bags(self) -> dict[str, Counter[str]]:
        return {"head": self.head, "body": self.body, "names": self.names, "numbers": self.numbers}


def to_days(when: datetime) -> float:
    """Days since the epoch on the Jakarta wall clock (WIB), so a date-only stamp stays on its day;
    naive datetimes are taken as already local."""
    if when.tzinfo is not None:
        when = when.astimezone(WIB).replace(tzinfo=None)
    return (when - _EPOCH).total_seconds() / 86400.0


def to_date(days: float) -> date:
    """The Jakarta calendar day of a `to_days` value."""
    return (_EPOCH + timedelta(days=days)).date()


def names(text: str) -> Counter[str]:
    """Capitalised sequences and acronyms, lower-cased, hyphens as spaces (`Jong-un` = `Jong Un`)."""
    return Counter(filter(None, map(_NAMES.__getitem__, _NAME.findall(text))))


def _name(span: str) -> str:
    """The name a capitalised span stands for, "" if none."""
    sw = stopwords()
    parts = [p for p in span.replace("-", " ").lower().split() if p not in _NOT_NAMES]
    while parts and parts[0] in sw:
        parts.pop(0)
    if not parts or (len(parts) == 1 and (parts[0] in sw or len(parts[0]) < 3)):
        return ""
    return " ".join(parts)


_SPANS_KEPT = 100_000
_NAMES: BoundedMemo[str, str] = BoundedMemo(_name, _SPANS_KEPT)  # names recur from article to article


def numbers(text: str, lead_end: int = 0) -> tuple[Counter[str], frozenset[str]]:
    """Scores (`11-10`), decimals (`6,2`) and counts of `text`, and those that start before `lead_end` (the
    lead's); years, dates, times and 0-10 are skipped. One regex pass: dates and times are matched first and
    dropped, so their digits count as nothing."""
    found: Counter[str] = Counter()
    lead: set[str] = set()
    for m in _NUMBERS.finditer(text):
        if m.lastgroup == "score":
            num = f"{m.group('a')}-{m.group('b')}"
        elif m.lastgroup == "num":
            num = m.group("num").rstrip(".,")
            if _YEAR.fullmatch(num) or (num.isdigit() and int(num) <= 10):
                continue
        else:
            continue
        found[num] += 1
        if m.start() < lead_end:
            lead.add(num)
    return found, frozenset(lead)


def features(article: Article, time: datetime | None = None, inferred: bool = False) -> Features:
    """Feature bags of one article; `time` overrides `article.published` (e.g. a date from the text)."""
    head = ([article.title] if article.title else []) + [p for p in article.paragraphs if p.strip()]
    first_len = len("\n".join(head[: 1 + bool(article.title)]))
    title_len = len(article.title) if article.title else 0
    lead = "\n".join(head[: LEAD_PARAGRAPHS + bool(article.title)])[:MAX_CHARS]
    text = "\n".join(head)[:MAX_CHARS]
    when = time or article.published
    lead_terms = content_terms(lead)  # the lead ends at a line break, so its tokens are the text's first
    terms = lead_terms + content_terms(text[len(lead) :]) if len(lead) < len(text) else lead_terms
    stamp = None if when is None else to_days(when)  # computed once: the time and the base of the lead's dates
    base = None if stamp is None else _EPOCH + timedelta(days=stamp)
    mentions = dates_in(lead, base)
    kind = "report"
    named = f"{article.title or ''} {_slug(article.url)}"
    if _retro(lead[:first_len]) or _retro(named) or _ANNIVERSARY.search(named):
        kind = "retrospective"
    elif _SCHEDULE.match(lead[:first_len]) or (
        mentions and mentions[0].start < first_len and _announces(lead[: mentions[0].start])
    ):
        kind = "preview"
    counted, lead_numbers = numbers(text, len(lead))
    body_start = len(head[0]) + 1 if article.title and len(head) > 1 else 0
    dated = lede_head(lead[body_start : body_start + 200])  # the dateline: where the desk files from
    cut = body_start + (dated.end if dated else 0)
    lead_places = places(lead[:body_start] + lead[cut:])
    head = Counter(lead_terms)
    body = head.copy()  # the body's terms are the lead's and then the rest's: counted once
    body.update(terms[len(lead_terms) :])
    return Features(
        id=article.id,
        time=stamp,
        head=head,
        body=body,
        names=names(text),
        numbers=counted,
        lead_numbers=lead_numbers,
        lead_places=lead_places,
        places=lead_places | places(f"{lead[body_start:cut]}\n{text[len(lead) :]}"),
        terms=terms,
        time_inferred=inferred and when is not None,
        events=event_days(mentions, base),
        title_days=frozenset(_day(m.date) for m in mentions if m.end <= title_len and any(map(str.isdigit, m.text))),
        kind=kind,
        outlets=_outlets(article.outlet),
        lead=lead if when is None else "",
    )


@lru_cache(maxsize=4096)
def _outlets(outlet: str | None) -> frozenset[str]:
    """One set per outlet, shared by all its articles and by the one-article stories that keep it (see
    `index._union`): a set per article would be one more object for the garbage collector to walk."""
    return frozenset((outlet,)) if outlet else frozenset()


def event_days(mentions: list[DateMention], base: datetime | None) -> list[float]:
    """The first distinct days a lead names (days since the epoch), dates far from `base` left out."""
    days = [_day(m.date) for m in mentions if base is None or abs((m.date - base.date()).days) <= 400]
    return list(dict.fromkeys(days))[:EVENT_DAYS]


def lend_time(feats: Features, time: float) -> None:
    """An undated article takes a neighbour's time: now its lead's weekdays (`Kamis pukul 14.00`) name days too."""
    feats.time, feats.time_inferred = time, True
    if feats.lead and not feats.events:
        base = _EPOCH + timedelta(days=time)
        feats.events = event_days(dates_in(feats.lead, base), base)


def _slug(url: str | None) -> str:
    """The words of a URL's last path segment (`.../1-tahun-lalu-jokowi-resmi-divaksin` -> `1 tahun lalu jokowi
    resmi divaksin`): a page without a title still names its genre there."""
    try:
        path = urlsplit(url).path if url else ""
    except ValueError:  # hostile input: "http://[::1"
        return ""
    return path.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")


def _retro(text: str) -> bool:
    """`_RETRO.search(text)`, run only where one of its words occurs: the regex opens with a word boundary, so
    the engine tries it at every position (ten times the cost of the lower-cased word test). A letter of
    ODD_CASE may fold into one of the words for the regex alone, so with one the regex runs."""
    low = text.lower()
    if any(map(low.__contains__, _RETRO_WORDS)) or any(map(text.__contains__, ODD_CASE)):
        return _RETRO.search(text) is not None
    return False


def _announces(before_first_date: str) -> bool:
    """The lead's first date is something that will happen (`akan ... pada Minggu (20/10)`): the
    sentence before it speaks of the future within a few words."""
    return bool(_FUTURE.search(before_first_date[-80:].rsplit(". ", 1)[-1]))


def dates_in(text: str, base: date | datetime | None) -> list[DateMention]:
    """Date mentions, without law citations (`UU Nomor 5 Tahun 2020` is no date)."""
    return find_dates(text[:MAX_CHARS], base=base, without="tahun")


def _day(d: date) -> float:
    return float((d - _EPOCH.date()).days)


def text_date(article: Article) -> datetime | None:
    """When an undated article was written, from its text: the latest full date (with a year) in the
    lead, else anywhere; then the latest date of the whole text read against it (`dikutip Kamis (24/10)`
    after `sejak 2 September 2024`; an aftermath piece quoting the police `Senin, 8 November` after the
    crash day of its lead), up to LEAD_AHEAD_DAYS later and not announced as the future. A report is
    written on or after the days it names. `Nomor 5 Tahun 2020` (a regulation) is not a date."""
    paragraphs = [p for p in article.paragraphs if p.strip()]
    lead = "\n".join(paragraphs[:3])[:MAX_CHARS]
    whole = "\n".join(paragraphs)[:MAX_CHARS]
    base: date | None = None
    for text in (lead, whole):
        found = [m.date for m in dates_in(text, None) if not m.weekday_only and not _announces(text[: m.start])]
        if found:
            base = max(found)
            break
    if base is None:
        return None
    later = [
        m.date for m in dates_in(whole, base)
        if 0 < (m.date - base).days <= LEAD_AHEAD_DAYS and not _announces(whole[: m.start])
    ]  # fmt: skip
    day = max([base, *later])
    return datetime(day.year, day.month, day.day, tzinfo=WIB)
