"""RSS / Atom feed files -> one Document per item (feedparser).

An item's full content (`content:encoded`, Atom `content`) when present, else its summary; HTML
stays HTML for the extract stage, plain text stays text. The item link is the URL; its title, authors
and date, and the feed's title as outlet, go to `meta`.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import feedparser

from warta.ingest.encoding import normalise
from warta.ingest.records import clean_meta, stable_id
from warta.model import Document, ErrorSink, InputError

_WIB = timezone(timedelta(hours=7))


def read_feed(data: bytes, source: str, on_error: ErrorSink) -> Iterator[Document]:
    """Documents for the items of one feed given as bytes (never a URL: feedparser would fetch it)."""
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = "is not a readable RSS or Atom feed" if parsed.bozo and not parsed.feed else "has no items"
        on_error(InputError(source, f"the feed {problem}."))
        return
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{source}#{number}"
        body = _body(entry)
        if body is None:
            on_error(InputError(where, f"feed item {number} has neither content nor a summary."))
            continue
        value, is_html = body
        url = entry.get("link") or None
        meta = clean_meta({
            "outlet": outlet, "title": entry.get("title"), "published": _published(entry),
            "authors": [a.get("name") for a in entry.get("authors", []) if isinstance(a, dict)],
        })
        doc_id = stable_id(url, entry.get("id"), value)
        yield Document(id=doc_id, source=where, url=url, meta=meta,
                       **{"html" if is_html else "text": normalise(value)})


def _body(entry: Any) -> tuple[str, bool] | None:
    """The longest full content, else the summary, and whether it is HTML."""
    details = sorted(entry.get("content") or [], key=lambda c: len(c.get("value") or ""), reverse=True)
    if entry.get("summary_detail"):
        details.append(entry["summary_detail"])
    for detail in details:
        value = (detail.get("value") or "").strip()
        if value:
            return value, "html" in (detail.get("type") or "")
    return None


def _published(entry: Any) -> str | None:
    """ISO 8601 from the item's parsed date (feedparser turns every format into UTC), given in WIB, the
    zone Indonesian readers and date parsers assume, so a parser that ignores offsets still gets it right."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).astimezone(_WIB).isoformat()
