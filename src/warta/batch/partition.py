"""Inputs -> partitions that workers can read independently, and reading one partition.

A partition is one file (directories are expanded to their article files, as `warta read` walks them),
or one chunk of a big uncompressed JSONL file cut at line boundaries. A chunk is read with the ingest
JSONL reader behind as many blank lines as precede it, so error messages name the real line numbers.
WARC archives and gzip files stay one partition per file: a gzip stream cannot be entered in the
middle, crawls come as many WARC files of about 1 GB anyway (parallel enough), and WARC record numbers
in error messages would otherwise restart per chunk. Stdin is read on the driver (a worker
process has its own).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from warta.extract import extract_documents
from warta.ingest import limits, read_file, read_inputs, walk_directory  # walk exactly as `read` does
from warta.ingest.jsonl import read_jsonl
from warta.ingest.sniff import sniff
from warta.model import Article, Document, InputError

CHUNK_BYTES = 8_000_000


@dataclass(frozen=True, slots=True)
class Partition:
    """What one task reads: a whole input, a directory member, or lines [start, end) of a JSONL file."""

    path: str
    member: bool = False  # found by walking a directory: non-articles are skipped silently
    start: int = 0
    end: int | None = None  # None: the whole input
    first_line: int = 1


@dataclass(slots=True)
class PartitionResult:
    """Articles of one partition, the ids of all documents read (for id de-duplication), its errors.

    Until `unique_ids` runs, an article's id is the index of its document in `doc_ids`.
    """

    articles: list[Article]
    doc_ids: list[str]
    errors: list[InputError]


def _is_article_jsonl(path: Path) -> bool:
    with path.open("rb") as f:
        head = f.read(limits.HEAD_BYTES)
    if sniff(head, path.name) != "jsonl":
        return False
    first = next((line for line in head.splitlines() if line.strip()), b"")
    try:
        record = json.loads(first)
    except ValueError:
        return True  # let the reader report it
    return isinstance(record, dict) and any(isinstance(record.get(k), str) for k in ("text", "html"))


def _chunks(path: Path, member: bool, chunk_bytes: int) -> list[Partition]:
    """Cut a JSONL file into line-aligned chunks of about `chunk_bytes`."""
    size = path.stat().st_size
    if size <= chunk_bytes or not _is_article_jsonl(path):
        return [Partition(str(path), member)]
    parts, start, line = [], 0, 1
    with path.open("rb") as f:
        while start < size:
            f.seek(min(start + chunk_bytes, size))
            f.readline()  # finish the line the cut fell in
            end = min(f.tell(), size)
            parts.append(Partition(str(path), member, start, end, line))
            f.seek(start)
            remaining, newlines = end - start, 0
            while remaining > 0:
                block = f.read(min(remaining, 1 << 20))
                newlines += block.count(b"\n")
                remaining -= len(block)
            start, line = end, line + newlines
    return parts


def plan(inputs: list[str], chunk_bytes: int = CHUNK_BYTES) -> list[Partition]:
    """Partitions in input order (the order `warta read` would produce their documents)."""
    parts: list[Partition] = []
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            members = list(walk_directory(path))
            parts += [p for m in members for p in _chunks(m, True, chunk_bytes)] or [Partition(item)]
        elif item != "-" and path.is_file() and not item.lower().endswith(".gz"):
            parts += _chunks(path, False, chunk_bytes)
        else:
            parts.append(Partition(item))
    return parts


def _documents(part: Partition, errors: list[InputError]) -> Iterator[Document]:
    if part.end is not None:
        with open(part.path, "rb") as f:
            f.seek(part.start)
            data = f.read(part.end - part.start)
        before = b"\n" * (part.first_line - 1)  # blank lines are skipped but counted
        found: list[InputError] = []
        yield from read_jsonl(BytesIO(before + data), part.path, found.append)
        # A chunk without articles is not a file without articles: that is judged over all chunks.
        errors += [e for e in found if e.source != part.path]
    elif part.path != "-" and Path(part.path).is_file():  # as `read` does, minus its per-call renaming
        yield from read_file(Path(part.path), part.path, errors.append, optional=part.member)
    else:
        yield from read_inputs([part.path], errors.append)


def read_partition(part: Partition) -> PartitionResult:
    """Read and extract one partition (runs on a worker)."""
    errors: list[InputError] = []
    doc_ids: list[str] = []

    def docs() -> Iterator[Document]:
        for doc in _documents(part, errors):
            doc_ids.append(doc.id)
            doc.id = str(len(doc_ids) - 1)  # positional until ids are made unique across partitions
            yield doc

    articles = list(extract_documents(docs(), errors.append))
    return PartitionResult(articles, doc_ids, errors)


def unique_ids(results: list[PartitionResult]) -> None:
    """Give clashing ids across partitions the `-2`, `-3` suffixes one `read` call would give."""
    seen: set[str] = set()
    for res in results:
        final = []
        for doc_id in res.doc_ids:
            new, n = doc_id, 1
            while new in seen:
                n += 1
                new = f"{doc_id}-{n}"
            seen.add(new)
            final.append(new)
        for a in res.articles:
            a.id = final[int(a.id)]


def jsonl_files_without_articles(parts: list[Partition], results: list[PartitionResult]) -> list[InputError]:
    """The 'no article records' error for a chunked JSONL file none of whose chunks held an article."""
    per_file: dict[str, int] = {}
    for part, res in zip(parts, results, strict=True):
        if part.end is not None:
            per_file[part.path] = per_file.get(part.path, 0) + len(res.doc_ids)
    return [InputError(p, "the JSONL file holds no article records.") for p, n in per_file.items() if n == 0]
