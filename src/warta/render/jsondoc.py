"""Briefs -> the JSON contract of DESIGN.md (`warta brief --format json`, the REST API, batch output).

Field names are a public contract: add fields, never rename. Claims carry an extra `outlets` list (the
outlets behind `sources`) so that clients need not join against the articles themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from warta import __version__
from warta.model import Article, Brief, Claim, InputError
from warta.render.labels import iso_published, outlet_map, source_outlets, span


def article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "url": article.url,
        "title": article.title,
        "authors": list(article.authors),
        "published": iso_published(article),
        "dateline": article.dateline,
        "wire": list(article.wire),
        "language": article.language,
        "domain": article.domain,
        "paragraphs": list(article.paragraphs),
        "story": article.story,
        "near_copy_of": article.near_copy_of,
    }


def _claim(claim: Claim, outlets: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": claim.text,
        "sources": list(claim.sources),
        "outlets": claim.outlets or source_outlets(claim.sources, outlets),
    }
    if claim.when:  # only a text that names a day relative to its publication (`hari ini`)
        out["when"] = {"words": claim.when.words, "date": claim.when.date}
    return out


def story_dict(brief: Brief) -> dict[str, Any]:
    """The contract's story object for one brief."""
    outlets = outlet_map(brief)
    first, last = span(brief.story.articles)
    return {
        "id": brief.id,
        "headline": brief.headline,
        "articles": [a.id for a in brief.story.articles],
        "outlets": brief.story.outlets,
        "first_published": first,
        "last_published": last,
        "summary": [_claim(c, outlets) for c in brief.summary],
        "agreed": [_claim(c, outlets) for c in brief.agreed],
        "only_in": [_claim(c, outlets) for c in brief.only_in],
        "quotes": [{"speaker": q.speaker, "text": q.text, "sources": list(q.sources)} for q in brief.quotes],
        "entities": [
            {"name": e.name, "type": e.type, "aliases": list(e.aliases), "sources": list(e.sources)}
            for e in brief.entities
        ],
        "timeline": [{"date": t.date, "text": t.text, "sources": list(t.sources)} for t in brief.timeline],
        "discrepancies": [
            {"about": d.about, "claims": [_claim(c, outlets) for c in d.claims]} for d in brief.discrepancies
        ],
    }


def error_dict(error: InputError) -> dict[str, str]:
    return {"source": error.source, "error": error.error}


def _story_articles(briefs: Iterable[Brief]) -> list[Article]:
    seen: dict[str, Article] = {}
    for b in briefs:
        for a in b.story.articles:
            seen.setdefault(a.id, a)
    return list(seen.values())


def to_dict(
    briefs: list[Brief], errors: list[InputError], articles: list[Article] | None = None
) -> dict[str, Any]:
    """The whole document; `articles` defaults to every article of the briefs' stories."""
    return {
        "warta_version": __version__,
        "articles": [article_dict(a) for a in (_story_articles(briefs) if articles is None else articles)],
        "stories": [story_dict(b) for b in briefs],
        "errors": [error_dict(e) for e in errors],
    }


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def render_json(
    briefs: list[Brief], errors: list[InputError], articles: list[Article] | None = None
) -> str:
    return dumps(to_dict(briefs, errors, articles))
