"""ingest: inputs -> Documents. Files, directories, stdin and http(s) URLs; plain text, HTML, JSON(L),
RSS/Atom feeds and WARC archives, mixed freely and detected from content and extension.

Streaming throughout (a 2 GB JSONL or WARC is read record by record), and every problem with an input
goes to `on_error` as one InputError sentence while the rest of the batch carries on.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from io import BytesIO
from pathlib import Path

from warta.ingest import limits
from warta.ingest.fetch import FetchError, fetch_url
from warta.ingest.records import stable_id
from warta.ingest.sniff import ARTICLE_SUFFIXES
from warta.ingest.sources import Source, read_source
from warta.model import Document, ErrorSink, InputError

__all__ = ["read_inputs", "read_file", "walk_directory", "limits"]

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def read_inputs(inputs: Iterable[str | os.PathLike[str]], on_error: ErrorSink) -> Iterator[Document]:
    """Documents from every input in order; ids are unique within one call (`-2`, `-3` on a clash)."""
    seen: set[str] = set()
    for item in inputs:
        for doc in _documents(os.fspath(item), on_error):
            doc.id = _unique(doc.id, seen)
            yield doc


def _documents(item: str, on_error: ErrorSink) -> Iterator[Document]:
    if item == "-":
        yield from _guarded(_stdin_source(), on_error)
    elif _SCHEME.match(item):
        yield from _url(item, on_error)
    else:
        try:
            yield from _path(Path(item), item, on_error)
        except OSError as exc:  # e.g. a directory that cannot be listed
            on_error(InputError(item, f"the path cannot be read ({exc.strerror or exc})."))


def _path(path: Path, name: str, on_error: ErrorSink) -> Iterator[Document]:
    if path.is_dir():
        reported: list[InputError] = []

        def report(err: InputError) -> None:
            reported.append(err)
            on_error(err)

        found = 0
        for member in walk_directory(path):
            for doc in read_file(member, str(member), report, optional=True):
                found += 1
                yield doc
        if not found and not reported:  # nothing at all, or only side data such as a manifest
            on_error(InputError(name, "the directory holds no article files."))
    elif path.is_file():
        yield from read_file(path, name, on_error)
    elif path.exists():
        on_error(InputError(name, "this is not a regular file or directory."))
    else:
        on_error(InputError(name, "no such file or directory."))


def walk_directory(directory: Path) -> Iterator[Path]:
    """Article-looking files below `directory`, sorted, hidden files and folders skipped."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            wanted = name.lower().endswith(ARTICLE_SUFFIXES) or not path.suffix
            if wanted and not name.startswith(".") and path.is_file():  # no FIFOs or devices
                yield path


def _file_source(path: Path, name: str, optional: bool = False) -> Source:
    stem = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    if Path(stem).suffix.lower() in ARTICLE_SUFFIXES:
        stem = Path(stem).stem
    return Source(name=name, stem=stem or path.name, hint=path.name, open=lambda: path.open("rb"),
                  optional=optional)


def read_file(path: Path, name: str, on_error: ErrorSink, optional: bool = False) -> Iterator[Document]:
    """Documents of one file, ids not yet made unique; `optional` files (directory members) that turn
    out to be side data such as a manifest are skipped silently."""
    yield from _guarded(_file_source(path, name, optional), on_error)


def _stdin_source() -> Source:
    """Standard input, read through without being closed (a later `-` then simply reads nothing)."""
    return Source(name="<stdin>", stem="stdin", hint="stdin",
                  open=lambda: contextlib.nullcontext(sys.stdin.buffer))


def _url(url: str, on_error: ErrorSink) -> Iterator[Document]:
    try:
        page = fetch_url(url)
    except FetchError as exc:
        on_error(InputError(url, str(exc)))
        return
    charset = page.content_type.lower().partition("charset=")[2].strip(" \"';") or None
    name = page.url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    src = Source(name=url, stem=stable_id(page.url), hint=name, open=lambda: BytesIO(page.body),
                 url=page.url, charset=charset)
    yield from _guarded(src, on_error)


def _guarded(src: Source, on_error: ErrorSink) -> Iterator[Document]:
    """read_source with the last line of defence: an unexpected failure is one error, not a traceback."""
    try:
        yield from read_source(src, on_error)
    except PermissionError:
        on_error(InputError(src.name, "permission denied."))
    except (OSError, EOFError, zlib.error) as exc:
        on_error(InputError(src.name, f"the input cannot be read ({exc})."))
    except Exception as exc:  # noqa: BLE001 - hostile input must never stop the batch
        on_error(InputError(src.name, f"the input could not be processed ({type(exc).__name__}: {exc})."))


def _unique(doc_id: str, seen: set[str]) -> str:
    candidate, n = doc_id, 1
    while candidate in seen:
        n += 1
        candidate = f"{doc_id}-{n}"
    seen.add(candidate)
    return candidate
