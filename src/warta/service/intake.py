"""POST /api/articles bodies -> Documents, with one error per bad item.

A body is JSON (one article object, a list of them, or `{"articles": [...]}`, each
`{id?, text|html, url?, outlet?, published?, title?, authors?}`) or a raw upload (`text/html` or
`text/plain`, metadata in the query string). Items map to Documents exactly as JSON inputs of
`warta read` do (`warta.ingest.records`), so the API and the CLI treat an article the same way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from warta.ingest.encoding import decode
from warta.ingest.records import record_document
from warta.model import Document, InputError

MAX_BODY_BYTES = 5_000_000
MAX_ITEMS = 1000


class BadRequest(ValueError):
    """The body as a whole cannot be read (the message is one sentence for the client)."""


@dataclass(slots=True)
class Intake:
    """(item index, Document) in request order, and (item index, error) for items that are unusable."""

    documents: list[tuple[int, Document]] = field(default_factory=list)
    errors: list[tuple[int, InputError]] = field(default_factory=list)
    n_items: int = 0


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None


def _records(body: bytes, content_type: str, query: Mapping[str, str]) -> list[Any]:
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml", "text/plain"):
        field_name = "text" if kind == "text/plain" else "html"
        record: dict[str, Any] = {k: query[k] for k in ("id", "url", "outlet", "published", "title") if k in query}
        record[field_name] = decode(body, _charset(content_type))
        return [record]
    if kind not in ("application/json", ""):
        raise BadRequest(f"unsupported content type {kind!r}: send JSON, text/html or text/plain.")
    try:
        value = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise BadRequest(f"the body is not valid JSON ({exc}).") from None
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]
    return value if isinstance(value, list) else [value]


def read_body(body: bytes, content_type: str, query: Mapping[str, str]) -> Intake:
    """Documents from one request body; BadRequest when the body as a whole is unusable."""
    records = _records(body, content_type, query)
    if not records:
        raise BadRequest("the body holds no articles.")
    if len(records) > MAX_ITEMS:
        raise BadRequest(f"too many articles in one request ({len(records)}; at most {MAX_ITEMS}).")
    intake = Intake(n_items=len(records))
    for i, record in enumerate(records):
        where = f"request item {i}"
        doc = record_document(record, where)
        if isinstance(doc, str):
            intake.errors.append((i, InputError(where, f"the item {doc}.")))
        else:
            doc.source = f"api:{doc.id}"
            intake.documents.append((i, doc))
    return intake
