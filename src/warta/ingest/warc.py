"""WARC archives (plain or gzip) -> one Document per HTML response, streamed record by record (warcio).

warcio hands back a short payload, or silently stops, when an archive is cut off; the byte counts
are checked here so a truncated record is reported by number while the records before it are kept.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warta.ingest import limits
from warta.ingest.encoding import decode, html_charset
from warta.ingest.records import stable_id
from warta.ingest.sniff import sniff
from warta.model import Document, ErrorSink, InputError

_RECORD_SEPARATOR = 4  # the CRLF CRLF after a record's block, not counted in its length


class _Counting(io.RawIOBase):
    """Counts the bytes warcio pulls, to tell a complete archive from one that ends mid-record."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def read_warc(stream: IO[bytes], source: str, on_error: ErrorSink) -> Iterator[Document]:
    """Documents for the HTML responses of a WARC stream; the record's WARC-Target-URI is the URL."""
    counting = _Counting(stream)
    records = ArchiveIterator(io.BufferedReader(counting, 1 << 16))
    number = found = 0
    try:
        for record in records:
            number += 1
            doc = _document(record, number, source, on_error)
            if doc is not None:
                found += 1
                yield doc
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, TypeError, KeyError) as exc:
        # warcio trips over malformed headers in many ways (e.g. a response without a target URI)
        reason = str(exc).splitlines()[0][:200] if isinstance(exc, ArchiveLoadFailed | OSError) and str(exc) \
            else "malformed record"
        on_error(InputError(f"{source}#{number + 1}", f"WARC record {number + 1} cannot be read ({reason}); "
                            + _kept(number)))
        return
    end = records.get_record_offset() + records.get_record_length() if number else 0
    if counting.count - end > _RECORD_SEPARATOR:
        on_error(InputError(f"{source}#{number + 1}", f"WARC record {number + 1} is truncated; " + _kept(number)))
    elif found == 0:
        on_error(InputError(source, "the WARC archive holds no HTML responses."))


def _kept(number: int) -> str:
    return f"the {number} records before it were kept." if number else "there was no record before it."


def _document(record, number: int, source: str, on_error: ErrorSink) -> Document | None:  # noqa: ANN001
    """The HTML page in one record, None for other records; reports a cut-off or oversized page."""
    where = f"{source}#{number}"
    if record.rec_type not in ("response", "resource"):
        return None
    content_type = record.rec_headers.get_header("Content-Type") or ""
    if record.rec_type == "response":
        if record.http_headers is None or not record.http_headers.get_statuscode().startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    url = record.rec_headers.get_header("WARC-Target-URI")
    if content_type and "html" not in content_type.lower():
        return None
    payload = record.content_stream().read(limits.MAX_RECORD_BYTES + 1)
    if len(payload) > limits.MAX_RECORD_BYTES:
        on_error(InputError(where, f"WARC record {number} is larger than {limits.MAX_RECORD_BYTES:,} bytes."))
        return None
    if record.raw_stream.limit > 0:
        on_error(InputError(where, f"WARC record {number} is truncated; the records before it were kept."))
        return None
    if not content_type and sniff(payload[: limits.HEAD_BYTES], url or "") != "html":
        return None
    charset = content_type.lower().partition("charset=")[2].strip(" \"';") or html_charset(payload)
    return Document(id=stable_id(url, payload.decode("latin-1")), source=where, url=url,
                    html=decode(payload, charset))
