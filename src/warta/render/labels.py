"""What every output format shares: section titles per language, outlet names for article ids, and
publication times as editors read them (`14 Sep 2023 10:49 WIB`).

Indonesian zone names (WIB/WITA/WIT) and month abbreviations are not in the C locale and `babel` would
be a large dependency for twelve month names, so they are tables here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from warta.model import Article, Brief

JAKARTA = timezone(timedelta(hours=7))
_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}
_MONTHS = {
    "id": "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}


@dataclass(frozen=True, slots=True)
class Labels:
    """Section titles and small words in one output language."""

    lang: str
    summary: str
    agreed_all: str
    agreed_most: str
    only_in: str
    quotes: str
    entities: str
    timeline: str
    discrepancies: str
    errors: str
    sources: str
    stories: str
    articles: str
    copy_of: str
    copied_by: str
    no_stories: str
    entity_types: dict[str, str]


LABELS = {
    "id": Labels(
        lang="id",
        summary="Ringkasan",
        agreed_all="Sepakat semua media",
        agreed_most="Sepakat sebagian besar media",
        only_in="Hanya satu media",
        quotes="Kutipan",
        entities="Tokoh, tempat, lembaga",
        timeline="Kronologi",
        discrepancies="Perbedaan antarmedia",
        errors="Masalah input",
        sources="Sumber",
        stories="cerita",
        articles="artikel",
        copy_of="salinan dari",
        copied_by="disalin",
        no_stories="Belum ada cerita.",
        entity_types={"person": "tokoh", "organization": "lembaga", "place": "tempat", "other": "lainnya"},
    ),
    "en": Labels(
        lang="en",
        summary="Summary",
        agreed_all="Reported by all outlets",
        agreed_most="Reported by most outlets",
        only_in="Only one outlet",
        quotes="Quotes",
        entities="People, places, organizations",
        timeline="Timeline",
        discrepancies="Where outlets differ",
        errors="Input problems",
        sources="Sources",
        stories="stories",
        articles="articles",
        copy_of="copy of",
        copied_by="copied by",
        no_stories="No stories yet.",
        entity_types={"person": "person", "organization": "organization", "place": "place", "other": "other"},
    ),
}


def story_labels(brief: Brief) -> Labels:
    """English titles when most of the story's articles are English, Indonesian otherwise."""
    langs = Counter(a.language for a in brief.story.articles)
    english = langs["en"] * 2 > sum(langs.values())
    return LABELS["en" if english else "id"]


def document_labels(briefs: list[Brief]) -> Labels:
    """Titles for what belongs to no story (errors, page header): English only if every story is."""
    if briefs and all(story_labels(b).lang == "en" for b in briefs):
        return LABELS["en"]
    return LABELS["id"]


def outlet_name(article: Article) -> str:
    return article.outlet or article.domain or article.id


def outlet_map(brief: Brief) -> dict[str, str]:
    """Article id -> outlet name, in publication order (so citations list outlets as they reported)."""
    return {a.id: outlet_name(a) for a in by_time(brief.story.articles)}


def in_order(sources: list[str], order: dict[str, object]) -> list[str]:
    """Article ids sorted as the keys of `order` (publication order); unknown ids last."""
    rank = {aid: i for i, aid in enumerate(order)}
    return sorted(sources, key=lambda s: rank.get(s, len(rank)))


def source_outlets(sources: list[str], outlets: dict[str, str]) -> list[str]:
    """The distinct outlets behind a list of article ids, in publication order (unknown ids as themselves)."""
    return list(dict.fromkeys(outlets.get(s, s) for s in in_order(sources, outlets)))


def cited_outlets(sources: list[str], by_id: dict[str, Article]) -> list[tuple[str, list[str], list[str]]]:
    """The independent outlets behind a list of article ids, each with its cited articles (an outlet may have run
    several in the story) and the outlets that only republished its cited text (their article is a near copy of one
    cited here), in the order of `by_id` (the story's articles by publication, built once per story). A copy is no
    second witness (`Claim.outlets` counts it as its original's outlet), but the reader still sees who ran it."""
    own: dict[str, list[str]] = {}
    copies: dict[str, list[str]] = {}
    copied: list[tuple[str, str]] = []  # (original's outlet, copier's outlet)
    for s in in_order(sources, by_id):
        a = by_id.get(s)
        original = by_id.get(a.near_copy_of or "") if a else None
        if original is not None and original.id in sources and outlet_name(original) != outlet_name(a):
            copied.append((outlet_name(original), outlet_name(a)))
        else:
            own.setdefault(outlet_name(a) if a else s, []).append(s)
    for outlet, copier in copied:
        if copier not in own and copier not in copies.setdefault(outlet, []):
            copies[outlet].append(copier)
            own.setdefault(outlet, [])
    return [(outlet, ids, copies.get(outlet, [])) for outlet, ids in own.items()]


def copied_from(article: Article, by_id: dict[str, Article]) -> str | None:
    """The outlet whose article this one is a near copy of, when the story holds it."""
    original = by_id.get(article.near_copy_of or "")
    return outlet_name(original) if original is not None else None


def time_key(article: Article) -> float:
    """Sortable instant: naive times are Jakarta time, a date without a time sorts at the end of its day
    (after the day's precise times), a missing date sorts last."""
    dt = article.published
    if dt is None:
        return float("inf")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=JAKARTA)
    if not article.published_has_time:
        dt = dt.replace(hour=23, minute=59, second=59, microsecond=0)
    return dt.timestamp()


def by_time(articles: list[Article]) -> list[Article]:
    return sorted(articles, key=time_key)


def span(articles: list[Article]) -> tuple[str | None, str | None]:
    """First and last publication of some articles, as `iso_published` writes them."""
    timed = [a for a in by_time(articles) if a.published is not None]
    return (iso_published(timed[0]), iso_published(timed[-1])) if timed else (None, None)


def iso_published(article: Article) -> str | None:
    """ISO 8601 with offset, or just the date when the page gave no time."""
    if article.published is None:
        return None
    if not article.published_has_time:
        return article.published.date().isoformat()
    return article.published.isoformat()


def zone_name(dt: datetime) -> str:
    offset = dt.utcoffset()
    if offset is None:
        return ""
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest == 0 and hours in _ZONES:
        return _ZONES[hours]
    if offset == timedelta(0):
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_date(dt: datetime, lang: str) -> str:
    return f"{dt.day} {_MONTHS[lang][dt.month - 1]} {dt.year}"


def format_clock(dt: datetime) -> str:
    zone = zone_name(dt)
    return f"{dt:%H:%M} {zone}".rstrip()


def format_iso_date(value: str, lang: str) -> str:
    """A timeline date (`2023-09-13` or an ISO datetime) as `13 Sep 2023` (plus the clock when known)."""
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return value
    text = format_date(dt, lang)
    return f"{text} {format_clock(dt)}" if "T" in value else text


def publication_line(articles: list[Article], lang: str) -> list[tuple[Article, str]]:
    """(article, `14 Sep 2023 10:49 WIB`) in time order; the date is repeated only when it changes, unless the article
    has no clock time to show (a blank would read as an undated article)."""
    shown: list[tuple[Article, str]] = []
    last_day = None
    for a in by_time(articles):
        if a.published is None:
            shown.append((a, ""))
            continue
        day = a.published.date()
        parts = [] if day == last_day and a.published_has_time else [format_date(a.published, lang)]
        if a.published_has_time:
            parts.append(format_clock(a.published))
        last_day = day
        shown.append((a, " ".join(parts)))
    return shown


def agreed_title(brief: Brief, labels: Labels) -> str:
    """'all outlets' only when every agreed claim is backed by every outlet of the story."""
    outlets = outlet_map(brief)
    everyone = set(outlets.values())
    unanimous = all(set(source_outlets(c.sources, outlets)) >= everyone for c in brief.agreed)
    return labels.agreed_all if unanimous else labels.agreed_most
