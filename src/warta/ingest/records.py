"""One record of a container (JSONL line, JSON object, feed item, WARC record) -> Document.

Shared so every container maps ids, text/html and metadata the same way.
"""

from __future__ import annotations

import hashlib
from typing import Any

from warta.ingest.encoding import normalise
from warta.model import Document

META_KEYS = ("outlet", "published", "title", "authors")


def stable_id(*parts: str | None) -> str:
    """16 hex digits from the first non-empty part (a URL, else the content): same input, same id."""
    key = next((p for p in parts if p), "")
    return hashlib.sha1(key.encode("utf-8", errors="replace")).hexdigest()[:16]


def clean_meta(values: dict[str, Any]) -> dict[str, Any]:
    """Only the declared metadata warta uses, with `authors` always a list of names."""
    meta: dict[str, Any] = {}
    for key in META_KEYS:
        value = values.get(key)
        if key == "authors":
            value = [value] if isinstance(value, str) else value
            value = [str(a).strip() for a in value or [] if isinstance(a, str | int) and str(a).strip()]
        elif isinstance(value, str):
            value = value.strip()
        if value:
            meta[key] = value
    return meta


def record_document(record: Any, source: str) -> Document | str:
    """A Document from a JSON article record, or the problem with it in one sentence.

    `html` wins over `text` when a record has both: the page carries its own metadata and structure.
    """
    if not isinstance(record, dict):
        return "is not a JSON object"
    body = {k: record.get(k) for k in ("html", "text")}
    if any(v is not None and not isinstance(v, str) for v in body.values()):
        return "has a `text` or `html` field that is not a string"
    kind = next((k for k in ("html", "text") if body[k] and body[k].strip()), None)
    if kind is None:
        return "has neither `text` nor `html`"
    url = record.get("url") if isinstance(record.get("url"), str) else None
    raw_id = record.get("id")
    doc_id = str(raw_id).strip() if isinstance(raw_id, str | int) and str(raw_id).strip() else None
    content = normalise(body[kind])
    return Document(
        id=doc_id or stable_id(url, content), source=source, url=url or None,
        meta=clean_meta(record), **{kind: content},
    )
