"""One input source (file, stdin, fetched page) -> Documents, whatever kind it turns out to be.

The first bytes are read once to decide the kind (see sniff.py), then put back in front of the
stream, so stdin and HTTP bodies stream exactly like files and gzip is undone on the fly.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import re
import stat
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO

from lxml import etree

from warta.ingest import limits
from warta.ingest.encoding import decode, html_charset
from warta.ingest.feeds import read_feed
from warta.ingest.jsonl import SideData, read_json, read_jsonl
from warta.ingest.sniff import GZIP_MAGIC, Kind, gunzip_head, sniff
from warta.ingest.warc import read_warc
from warta.model import Document, ErrorSink, InputError

_WORD = re.compile(r"\w{2,}")
_PROBLEMS: dict[Kind, str] = {
    "empty": "the file is empty.",
    "binary": "this is a binary file, not text, HTML, JSON, a feed or a WARC archive.",
    "xml": "the file is XML but not an RSS or Atom feed.",
}


@dataclass(slots=True)
class Source:
    """Where bytes come from and what to call the documents made of them."""

    name: str  # Document.source and error source: the path, `<stdin>` or the URL
    stem: str  # default document id
    hint: str  # a file name whose extension hints at the kind
    open: Callable[[], AbstractContextManager[IO[bytes]]]
    url: str | None = None
    charset: str | None = None  # declared by an HTTP header
    optional: bool = False  # found by walking a directory: skip what is not an article silently


class _Prefixed(io.RawIOBase):
    """The sniffed head, then the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head, self._rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_source(src: Source, on_error: ErrorSink) -> Iterator[Document]:
    """Every Document in one source; problems go to `on_error`, never raised."""
    with src.open() as raw:
        head = raw.read(limits.HEAD_BYTES)
        stream: IO[bytes] = io.BufferedReader(_Prefixed(head, raw), 1 << 16)
        gz = head.startswith(GZIP_MAGIC)
        inner = gunzip_head(head, limits.HEAD_BYTES) if gz else head
        if inner is None:
            on_error(InputError(src.name, "the file is not a readable gzip archive."))
            return
        kind = sniff(inner, src.hint)
        if kind == "warc":  # warcio undoes per-record gzip itself
            yield from read_warc(stream, src.name, on_error)
            return
        if gz:
            stream = gzip.GzipFile(fileobj=stream)
        if kind == "jsonl":
            with contextlib.suppress(SideData):  # a manifest beside the articles, not an article
                yield from read_jsonl(stream, src.name, on_error, skip_side_data=src.optional)
            return
        if kind in _PROBLEMS:
            if not (src.optional and not PurePath(src.hint).suffix):
                on_error(InputError(src.name, _PROBLEMS[kind]))
            return
        data = _read_bounded(stream, None if gz else _regular_size(raw))
        if data is None:
            on_error(InputError(src.name, f"the file is larger than {limits.MAX_FILE_BYTES:,} bytes; "
                                "split it, or use JSONL or WARC, which are streamed."))
            return
    if kind == "json":
        yield from read_json(data, src.name, on_error, skip_side_data=src.optional)
    elif kind == "feed":
        yield from read_feed(data, src.name, on_error)
    else:
        yield from _page(data, kind, src, on_error)


def _regular_size(raw: IO[bytes]) -> int | None:
    """The size of a regular file behind `raw` (also stdin redirected from one), else None."""
    try:
        info = os.fstat(raw.fileno())
    except (OSError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _read_bounded(stream: IO[bytes], size: int | None) -> bytes | None:
    """The whole stream, or None past MAX_FILE_BYTES, decided from the size without reading when known."""
    if size is not None and size > limits.MAX_FILE_BYTES:
        return None
    data = stream.read(limits.MAX_FILE_BYTES + 1)
    return None if len(data) > limits.MAX_FILE_BYTES else data


def _page(data: bytes, kind: Kind, src: Source, on_error: ErrorSink) -> Iterator[Document]:
    """One text or HTML document; HTML with no visible words at all is reported, not passed on."""
    if kind == "html":
        html = decode(data, src.charset or html_charset(data))
        if not _has_visible_text(html):
            on_error(InputError(src.name, "the HTML page has no visible text."))
            return
        yield Document(id=src.stem, source=src.name, html=html, url=src.url)
        return
    text = decode(data)
    if not text.strip():
        on_error(InputError(src.name, "the file is empty."))
        return
    yield Document(id=src.stem, source=src.name, text=text, url=src.url)


def _has_visible_text(html: str) -> bool:
    """Whether any word survives outside scripts, styles and comments (malformed markup is fine)."""
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    root = etree.fromstring(html.encode("utf-8", errors="replace"), parser)
    if root is None:
        return False
    etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    return any(_WORD.search(chunk) for chunk in root.itertext())
