"""What kind of input a stream is, from its first bytes and its name together.

Content decides when it is unambiguous (a WARC header, a feed root, a JSON object per line); the
extension decides the rest, so a scraped `.txt` that happens to quote a tag stays plain text.
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Literal

from warta.ingest.encoding import bom_encoding, looks_binary

Kind = Literal["warc", "jsonl", "json", "feed", "html", "text", "xml", "binary", "empty"]

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".jsonl", ".ndjson", ".json",
                    ".warc", ".warc.gz", ".gz")
GZIP_MAGIC = b"\x1f\x8b"

_FEED = re.compile(r"<(?:rss|rdf:RDF)\b|<feed\b[^>]*\bxmlns\s*=\s*[\"']http://www\.w3\.org/2005/Atom", re.I)
_HTML_STRONG = re.compile(r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_HTML_TAG = re.compile(r"<(?:head|body|p|div|article|title|meta|span|table|br|h[1-6]|a\s)\b", re.I)


def inner_name(name: str) -> str:
    """The name without a trailing `.gz` (so `x.jsonl.gz` counts as JSONL)."""
    lower = name.lower()
    return lower[:-3] if lower.endswith(".gz") else lower


def gunzip_head(head: bytes, size: int) -> bytes | None:
    """The first decompressed bytes of a gzip stream's first `len(head)` bytes; None if it is corrupt."""
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, size)
    except zlib.error:
        return None


def sniff(head: bytes, name: str) -> Kind:
    """The kind of an input whose (decompressed) stream starts with `head` and is called `name`."""
    if head.startswith(b"WARC/"):
        return "warc"
    if not head.strip():
        return "empty"
    if looks_binary(head):
        return "binary"
    text = head.decode(bom_encoding(head) or "utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    ext = inner_name(name).rpartition(".")[2] if "." in name else ""
    if ext == "json" or (text.startswith("[") and not ext):
        return "json"  # the JSON reader falls back to JSONL when the file holds several objects
    if ext in ("jsonl", "ndjson") or (text.startswith("{") and _first_line_is_object(text)):
        return "jsonl"
    if text.startswith("{") and not ext:
        return "json"
    if _HTML_STRONG.match(text):
        return "html"
    if _FEED.search(text[:4096]):
        return "feed"
    if ext in ("html", "htm", "xhtml") or (ext != "txt" and len(_HTML_TAG.findall(text[:16384])) >= 3):
        return "html"
    if ext in ("xml", "rss", "atom") or text.startswith("<?xml"):
        return "xml"
    return "text"


def _first_line_is_object(text: str) -> bool:
    line = text.split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
