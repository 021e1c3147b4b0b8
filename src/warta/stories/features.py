"""What grouping looks at in one article: term bags per field, names, numbers, shingles, a time.

Four bags of features, after Miranda et al. (EMNLP 2018): headline+lead terms, body terms, names
(capitalised multi-word sequences and acronyms) and distinctive numbers (tolls, scores such as `11-10`,
magnitudes such as `6,2`). No Indonesian NER model installs offline (see LIBRARIES.md), so names come
from a light capitalisation rule here; they only need to be consistent across outlets, not typed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from warta.lang.dates import WIB, find_dates
from warta.lang.tokens import content_terms, stopwords, words
from warta.model import Article

MAX_CHARS = 20_000  # article text is hostile: bound the work per article
LEAD_PARAGRAPHS = 2

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
_NAME = re.compile(
    r"(?:[A-Z][a-z'’]+(?:-[A-Za-z]+)?|[A-Z]{2,}[a-z]?)(?:\s+(?:[A-Z][a-z'’]+(?:-[A-Za-z]+)?|[A-Z]{2,}[a-z]?))*"
)
# Numbers that tell one happening from another; dates, times and years are left to the time features.
_SCORE = re.compile(r"(?<![\d/.,:])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d/.,:])")
_NUMBER = re.compile(r"(?<![\d/.,:-])\d+(?:[.,]\d+)*(?![\d/:-])")
_DATE_LIKE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)")
# The lead of a preview or announcement speaks of the future; a retrospective names its genre. Either
# way it is a different piece from the report of the happening, even with the same words.
_FUTURE = re.compile(r"\b(?:akan|bakal|dijadwalkan|rencananya|direncanakan|menjelang|jelang|will)\b", re.I)
_RETRO = re.compile(r"\b(?:kaleidoskop|kilas balik|(?:se|satu )tahun lalu|tahun lalu|mengenang|flashback)\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_EPOCH = datetime(1970, 1, 1)


@dataclass(slots=True)
class Features:
    """One article as grouping sees it (term bags are raw counts; weights come from the index)."""

    id: str
    time: float | None  # days since the epoch (UTC), None when unknown
    head: Counter[str]
    body: Counter[str]
    names: Counter[str]
    numbers: Counter[str]
    phrases: Counter[str] = field(default_factory=Counter)  # adjacent content-term pairs
    words: list[str] = field(default_factory=list)  # lower-case word sequence, for shingles
    time_inferred: bool = False  # time taken from the text or a neighbour, not a publication stamp
    events: list[float] = field(default_factory=list)  # days the lead names (days since the epoch)

    kind: str = "report"  # "report", "preview" (announces what will happen) or "retrospective"

    def bags(self) -> dict[str, Counter[str]]:
        return {"head": self.head, "body": self.body, "names": self.names, "numbers": self.numbers,
                "phrases": self.phrases}  # fmt: skip


def to_days(when: datetime) -> float:
    """Days since the epoch on the Jakarta wall clock (WIB), so a date-only stamp stays on its day;
    naive datetimes are taken as already local."""
    if when.tzinfo is not None:
        when = when.astimezone(WIB).replace(tzinfo=None)
    return (when - _EPOCH).total_seconds() / 86400.0


def names(text: str) -> Counter[str]:
    """Capitalised sequences and acronyms, lower-cased, hyphens as spaces (`Jong-un` = `Jong Un`)."""
    sw = stopwords()
    found: Counter[str] = Counter()
    for m in _NAME.finditer(text):
        parts = [p for p in m.group(0).replace("-", " ").lower().split() if p not in _NOT_NAMES]
        while parts and parts[0] in sw:
            parts.pop(0)
        if not parts or (len(parts) == 1 and (parts[0] in sw or len(parts[0]) < 3)):
            continue
        found[" ".join(parts)] += 1
    return found


def numbers(text: str) -> Counter[str]:
    """Scores (`11-10`), decimals (`6,2`) and counts; years, dates, times and 0-10 are skipped."""
    text = _DATE_LIKE.sub(" ", text)
    found: Counter[str] = Counter()
    for m in _SCORE.finditer(text):
        found[f"{m.group(1)}-{m.group(2)}"] += 1
    for m in _NUMBER.finditer(_SCORE.sub(" ", text)):
        num = m.group(0).rstrip(".,")
        if _YEAR.fullmatch(num) or (num.isdigit() and int(num) <= 10):
            continue
        found[num] += 1
    return found


def features(article: Article, time: datetime | None = None, inferred: bool = False) -> Features:
    """Feature bags of one article; `time` overrides `article.published` (e.g. a date from the text)."""
    paragraphs = [p for p in article.paragraphs if p.strip()]
    lead = "\n".join(([article.title] if article.title else []) + paragraphs[:LEAD_PARAGRAPHS])[:MAX_CHARS]
    text = "\n".join(([article.title] if article.title else []) + paragraphs)[:MAX_CHARS]
    when = time or article.published
    terms = content_terms(text)
    events = event_days(lead, when)
    first = "\n".join(([article.title] if article.title else []) + paragraphs[:1])[:MAX_CHARS]
    kind = "retrospective" if _RETRO.search(first) else "preview" if _announces(first, when) else "report"
    return Features(
        id=article.id,
        time=to_days(when) if when else None,
        head=Counter(content_terms(lead)),
        body=Counter(terms),
        phrases=Counter(f"{a} {b}" for a, b in zip(terms, terms[1:], strict=False)),
        names=names(text),
        numbers=numbers(text),
        words=words(text),
        time_inferred=inferred and when is not None,
        events=events,
        kind=kind,
    )


def _announces(first: str, when: datetime | None) -> bool:
    """The first date of the lead is something that will happen (`akan ... pada Minggu (20/10)`)."""
    base = None if when is None else _EPOCH + timedelta(days=to_days(when))
    dates = find_dates(first, base=base)
    if not dates:
        return False
    before = first[max(0, dates[0].start - 80) : dates[0].start]
    return bool(_FUTURE.search(before.rsplit(". ", 1)[-1]))


def _day(d: date) -> float:
    return float((d - _EPOCH.date()).days)


def event_days(lead: str, when: datetime | None, most: int = 3) -> list[float]:
    """The first dates the lead mentions (weekdays and `kemarin` resolved against `when`): in Indonesian
    news these are the days of the happening, which tell a follow-up (same day named) from the next
    happening (another day named) when publication gaps alone cannot."""
    base = None if when is None else _EPOCH + timedelta(days=to_days(when))
    days = [_day(m.date) for m in find_dates(lead[:MAX_CHARS], base=base)]
    near = [d for d in days if when is None or abs(d - to_days(when)) <= 400]
    return list(dict.fromkeys(near))[:most]


def text_date(article: Article) -> datetime | None:
    """The latest full date written in the lead (else anywhere in the text): a report is published on
    or after the happenings it mentions. None if the text gives no date with a year."""
    paragraphs = [p for p in article.paragraphs if p.strip()]
    for text in ("\n".join(paragraphs[:3]), "\n".join(paragraphs)):
        found = [m.date for m in find_dates(text[:MAX_CHARS]) if not m.weekday_only]
        if found:
            d = max(found)
            return datetime(d.year, d.month, d.day, tzinfo=WIB)
    return None
