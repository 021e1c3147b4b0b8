"""HTML page -> main article text plus what the page declares about itself.

trafilatura finds the main text (best F1 on public benchmarks; options chosen on the AEB benchmark,
see bench/aeb.py). Metadata is read from the page's own declarations in order of trust: JSON-LD
(`NewsArticle` and friends), OpenGraph / `article:*` meta tags, `<time>`, then trafilatura's metadata
and htmldate as fallbacks. A time given without a zone is taken as WIB (UTC+7): warta reads
Indonesian news, and a wrong zone only shifts an article by hours, never by days of grouping window.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.utils import load_html

MAX_HTML_CHARS = 10_000_000
WIB = timezone(timedelta(hours=7))

_LOOKS_HTML = re.compile(r"<\s*(?:!doctype|html|head|body|p|div|article|title|meta|span|table|h[1-6])\b",
                         re.I)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "webpage", "liveblogposting"}
_BYLINE = re.compile(r"^(?:by|oleh|penulis|reporter|editor)\s*:?\s+", re.I)
_HAS_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}")


@dataclass(slots=True)
class HtmlExtract:
    """Main text (one paragraph per line) and the page's declared metadata."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def html_to_text(html: str, url: str | None = None) -> HtmlExtract:
    """Main article text and metadata of one HTML page; ValueError when it is not an article page."""
    if len(html) > MAX_HTML_CHARS:
        raise ValueError(f"the HTML page is larger than {MAX_HTML_CHARS // 1_000_000} MB.")
    if not _LOOKS_HTML.search(html[:200_000]):
        raise ValueError("the input does not look like HTML.")
    tree = load_html(html)
    if tree is None:
        raise ValueError("the HTML could not be parsed.")
    declared = _declared_meta(tree)
    doc = trafilatura.bare_extraction(copy.deepcopy(tree), url=url, with_metadata=True,
                                      include_comments=False)
    text = _clean_text(doc.text if doc is not None else "")
    if not text:
        raise ValueError("the HTML page has no main text.")
    meta = _merge_meta(declared, doc, url)
    if meta.get("published") is None:
        found = find_date(tree, url=url, extensive_search=False)
        if found:
            meta["published"], meta["published_has_time"] = _parse_date(found)
    return HtmlExtract(text=text, meta=meta)


def _clean_text(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _merge_meta(declared: dict[str, Any], doc: Any, url: str | None) -> dict[str, Any]:
    """Declared values first, trafilatura's guesses where the page declared nothing."""
    meta: dict[str, Any] = {
        "title": declared.get("title") or (doc.title if doc is not None else None),
        "authors": declared.get("authors") or _split_authors(doc.author if doc is not None else None),
        "published": None,
        "published_has_time": False,
        "outlet": declared.get("outlet") or (doc.sitename if doc is not None else None),
        "url": declared.get("url") or (doc.url if doc is not None else None) or url,
        "language": declared.get("language") or (doc.language if doc is not None else None),
    }
    for raw in declared.get("dates", []):
        published, has_time = _parse_date(raw)
        if published is not None:
            meta["published"], meta["published_has_time"] = published, has_time
            break
    return meta


def _declared_meta(tree: HtmlElement) -> dict[str, Any]:
    """Title, authors, outlet, canonical URL, language and candidate dates declared in the page."""
    out: dict[str, Any] = {"dates": []}
    for obj in _json_ld_objects(tree):
        types = obj.get("@type")
        types = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
        if not types & _ARTICLE_TYPES:
            continue
        _set_once(out, "title", _as_text(obj.get("headline") or obj.get("name")))
        _set_once(out, "authors", _names(obj.get("author")))
        _set_once(out, "outlet", next(iter(_names(obj.get("publisher"))), None))
        _set_once(out, "url", _as_text(obj.get("url")))
        _set_once(out, "language", _as_text(obj.get("inLanguage")))
        if date := _as_text(obj.get("datePublished") or obj.get("dateCreated")):
            out["dates"].append(date)
    metas = {}
    for el in tree.iterfind(".//meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and el.get("content") and key not in metas:
            metas[key] = el.get("content").strip()
    _set_once(out, "title", metas.get("og:title"))
    _set_once(out, "outlet", metas.get("og:site_name"))
    _set_once(out, "url", metas.get("og:url"))
    authors = metas.get("author") or metas.get("article:author") or metas.get("content_author")
    _set_once(out, "authors", _split_authors(authors))
    for key in ("article:published_time", "og:article:published_time", "datepublished", "pubdate",
                "publishdate", "content_publishedtime", "dc.date.issued", "date"):
        if key in metas:
            out["dates"].append(metas[key])
    for el in tree.iterfind(".//time[@datetime]"):
        out["dates"].append(el.get("datetime"))
        break
    canonical = tree.find(".//link[@rel='canonical']")
    if canonical is not None:
        _set_once(out, "url", canonical.get("href"))
    _set_once(out, "language", tree.get("lang") or metas.get("content-language") or metas.get("og:locale"))
    if out.get("language"):
        out["language"] = out["language"].replace("_", "-").split("-")[0].lower() or None
    return out


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _set_once(out: dict[str, Any], key: str, value: Any) -> None:
    if value and not out.get(key):
        out[key] = value


def _as_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD Person/Organization, a list of them, or a plain string."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.extend(_split_authors(name))
    return names


def _split_authors(value: str | None) -> list[str]:
    if not value:
        return []
    parts = (_BYLINE.sub("", a).strip() for a in re.split(r"\s*(?:;|\||,|\band\b|\bdan\b)\s*", value))
    return [a for a in parts if a]


def _parse_date(raw: str) -> tuple[datetime | None, bool]:
    """A tz-aware datetime and whether the source gave a time of day."""
    raw = raw.strip()
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None, False
    has_time = bool(_HAS_TIME.match(raw))
    if value.tzinfo is None:
        value = value.replace(tzinfo=WIB)
    return value, has_time
