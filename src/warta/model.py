"""The vocabulary of warta: plain dataclasses that flow one way through the pipeline.

    Document (ingest) -> Article (extract) -> Story (stories) -> Brief (brief)

No logic lives here beyond tiny conveniences; every stage imports this module and nothing later
than itself. Field names follow the JSON contract in DESIGN.md (add fields, never rename).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

EntityType = Literal["person", "organization", "place", "other"]


@dataclass(slots=True)
class InputError:
    """A problem with one input: reported, never raised through a batch."""

    source: str
    error: str  # what is wrong, in one sentence

    def __str__(self) -> str:
        return f"{self.source}: {self.error}"


class WartaError(Exception):
    """Raised for a bad input when the caller asked for one item, not a stream."""

    def __init__(self, source: str, error: str) -> None:
        super().__init__(f"{source}: {error}")
        self.report = InputError(source, error)


@dataclass(slots=True)
class Document:
    """One scraped item as read from disk, a feed, a JSONL line or a WARC record.

    Exactly one of `text` (plain page text, boilerplate included) and `html` is set.
    `meta` carries what the container declared: outlet, published, title, authors (feeds, JSONL).
    """

    id: str
    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Article:
    """A clean news article: its own prose plus metadata."""

    id: str
    source: str
    paragraphs: list[str]
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None  # timezone-aware when the page gives a time
    published_has_time: bool = False  # False: only the date is known (published at 00:00)
    dateline: str | None = None
    wire: list[str] = field(default_factory=list)
    language: str | None = None  # "id" (Indonesian or Malay), "en", other ISO code, or None
    domain: str | None = None  # registrable domain when known (from URL or registry)
    story: str | None = None  # set by grouping
    near_copy_of: str | None = None  # id of the article this one republishes

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(slots=True)
class Story:
    """Articles that report one real-world happening."""

    id: str
    articles: list[Article] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        seen: dict[str, None] = {}
        for a in self.articles:
            seen.setdefault(a.outlet or a.domain or a.id, None)
        return list(seen)


@dataclass(frozen=True, slots=True)
class RelativeDay:
    """A day a text names relative to its article's publication (`hari ini`, `kemarin`), and the date that is: a
    brief is read days later, when `hari ini` no longer says which day."""

    words: str  # as written: `Hari ini`, `kemarin`
    date: str  # ISO date


@dataclass(slots=True)
class Claim:
    """A statement with the articles whose text supports it (summary, agreed, only_in)."""

    text: str
    sources: list[str]  # article ids
    outlets: list[str] = field(default_factory=list)
    when: RelativeDay | None = None  # the day a relative word of the shown text stands for


@dataclass(slots=True)
class Quote:
    speaker: str | None
    text: str
    sources: list[str]


@dataclass(slots=True)
class Entity:
    name: str
    type: EntityType
    aliases: list[str]
    sources: list[str]


@dataclass(slots=True)
class TimelineEntry:
    date: str  # ISO date (YYYY-MM-DD), or ISO datetime when a time is known
    text: str
    sources: list[str]


@dataclass(slots=True)
class Discrepancy:
    about: str
    claims: list[Claim]


@dataclass(slots=True)
class Brief:
    """What warta tells about one story. Every text in it is (a trimmed) sentence of a source."""

    story: Story
    headline: str
    summary: list[Claim] = field(default_factory=list)
    agreed: list[Claim] = field(default_factory=list)
    only_in: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.story.id


ErrorSink = Callable[[InputError], None]
