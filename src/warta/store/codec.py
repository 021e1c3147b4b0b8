"""Model objects <-> JSON-able dicts for the database.

Articles are stored losslessly (full ISO time plus `published_has_time`, unlike the contract's date-only
form); a cached brief is stored as the contract's story object and read back into a Brief.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from warta.model import Article, Brief, Claim, Discrepancy, Entity, Quote, RelativeDay, Story, TimelineEntry

_ARTICLE_FIELDS = (
    "id", "source", "paragraphs", "outlet", "url", "title", "authors", "published_has_time", "dateline",
    "wire", "language", "domain", "story", "near_copy_of",
)


def article_payload(article: Article) -> dict[str, Any]:
    out = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
    out["published"] = article.published.isoformat() if article.published else None
    return out


def article_from_payload(data: dict[str, Any]) -> Article:
    fields = {name: data[name] for name in _ARTICLE_FIELDS if name in data}
    published = data.get("published")
    return Article(**fields, published=datetime.fromisoformat(published) if published else None)


def _claims(items: list[dict[str, Any]]) -> list[Claim]:
    return [Claim(c["text"], list(c["sources"]), list(c.get("outlets", [])),
                  RelativeDay(**c["when"]) if c.get("when") else None) for c in items]


def brief_from_story_dict(data: dict[str, Any], story: Story) -> Brief:
    """Rebuild a Brief from the contract's story object (see `warta.render.story_dict`)."""
    return Brief(
        story=story,
        headline=data["headline"],
        summary=_claims(data["summary"]),
        agreed=_claims(data["agreed"]),
        only_in=_claims(data["only_in"]),
        quotes=[Quote(q["speaker"], q["text"], list(q["sources"])) for q in data["quotes"]],
        entities=[Entity(x["name"], x["type"], list(x["aliases"]), list(x["sources"])) for x in data["entities"]],
        timeline=[TimelineEntry(t["date"], t["text"], list(t["sources"])) for t in data["timeline"]],
        discrepancies=[Discrepancy(d["about"], _claims(d["claims"])) for d in data["discrepancies"]],
    )
