"""JSONL (one article per line) and JSON (one article or a list) -> Documents, line by line.

A JSONL file is never held whole: lines are read one at a time with a per-line cap, so a 2 GB dump
streams. A line that is not JSON, or a record without text, is reported by its line number.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from warta.ingest import limits
from warta.ingest.encoding import decode
from warta.ingest.records import record_document
from warta.model import Document, ErrorSink, InputError


class SideData(Exception):
    """The file holds JSON records but no articles (a manifest, gold annotations)."""


def read_jsonl(stream: IO[bytes], source: str, on_error: ErrorSink, *, skip_side_data: bool = False,
               ) -> Iterator[Document]:
    """Documents from a JSONL byte stream; with `skip_side_data` a file whose first record has no text
    or html is taken as side data and skipped without errors (raises SideData before yielding)."""
    found = 0
    for number, line in _lines(stream, source, on_error):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(decode(line))
        except (ValueError, RecursionError):
            on_error(InputError(where, f"line {number} is not valid JSON."))
            continue
        doc = record_document(record, where)
        if isinstance(doc, str):
            if skip_side_data and found == 0:
                raise SideData(source)
            on_error(InputError(where, f"the record on line {number} {doc}."))
            continue
        found += 1
        yield doc
    if found == 0 and not skip_side_data:
        on_error(InputError(source, "the JSONL file holds no article records."))


def read_json(data: bytes, source: str, on_error: ErrorSink, *, skip_side_data: bool = False,
              ) -> Iterator[Document]:
    """Documents from one JSON value: an article object, a list of them, or `{"articles": [...]}`."""
    try:
        value = json.loads(decode(data))
    except RecursionError:
        on_error(InputError(source, "the JSON file is nested too deeply."))
        return
    except ValueError as exc:
        if "Extra data" in str(exc):  # several objects: really JSONL
            from io import BytesIO

            yield from read_jsonl(BytesIO(data), source, on_error, skip_side_data=skip_side_data)
            return
        on_error(InputError(source, f"the file is not valid JSON ({exc.msg} at line {exc.lineno})."))
        return
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]
    records = value if isinstance(value, list) else [value]
    docs = [record_document(r, f"{source}#{i}" if len(records) > 1 else source) for i, r in enumerate(records, 1)]
    if not any(isinstance(d, Document) for d in docs):
        if not skip_side_data:
            on_error(InputError(source, "the JSON file holds no article with `text` or `html`."))
        return
    for i, doc in enumerate(docs, 1):
        if isinstance(doc, str):
            on_error(InputError(f"{source}#{i}", f"record {i} {doc}."))
        else:
            yield doc


def _lines(stream: IO[bytes], source: str, on_error: ErrorSink) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) with overlong lines reported and skipped without reading them whole."""
    number = 0
    while True:
        line = stream.readline(limits.MAX_RECORD_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > limits.MAX_RECORD_BYTES and not line.endswith(b"\n"):
            on_error(InputError(f"{source}:{number}", f"line {number} is longer than "
                                f"{limits.MAX_RECORD_BYTES:,} bytes; skipped."))
            while line and not line.endswith(b"\n"):
                line = stream.readline(limits.MAX_RECORD_BYTES)
            continue
        yield number, line
