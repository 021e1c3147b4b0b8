"""The four library calls: read -> extract -> group -> brief.

Thin wrappers that accept one item or an iterable and route per-input problems to `on_error`, so the
CLI, the web service and the batch engine all run exactly the same pipeline.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from os import PathLike
from typing import overload

from warta.brief import make_brief
from warta.extract import extract_document, extract_documents
from warta.ingest import read_inputs
from warta.model import Article, Brief, Document, ErrorSink, InputError, Story
from warta.stories import StoryIndex, default_model
from warta.stories import group as _group

log = logging.getLogger("warta")

PathInput = str | PathLike[str]


def _warn(err: InputError) -> None:
    log.warning("%s", err)


def read(inputs: PathInput | Iterable[PathInput], on_error: ErrorSink | None = None) -> Iterator[Document]:
    """Documents from files, directories (recursively), `-` (stdin), feeds, JSONL and WARC archives."""
    if isinstance(inputs, (str, PathLike)):
        inputs = [inputs]
    return read_inputs(inputs, _warn if on_error is None else on_error)


@overload
def extract(docs: Document, on_error: ErrorSink | None = None) -> Article: ...
@overload
def extract(docs: Iterable[Document], on_error: ErrorSink | None = None) -> Iterator[Article]: ...
def extract(docs, on_error=None):  # type: ignore[no-untyped-def]
    """Clean articles with metadata. A single Document gives one Article (or raises WartaError)."""
    if isinstance(docs, Document):
        return extract_document(docs)
    return extract_documents(docs, _warn if on_error is None else on_error)


def story_index(join_threshold: float | None = None) -> StoryIndex:
    """A fresh grouping index with the shipped model. `join_threshold`: the P(same story) an article needs to
    join an open story (default: the shipped model's); raise it for fewer merges at the cost of more splits."""
    if join_threshold is None:
        return StoryIndex()
    if not 0.0 < join_threshold < 1.0:
        raise ValueError(f"join_threshold must be between 0 and 1, not {join_threshold}")
    return StoryIndex(replace(default_model(), threshold=join_threshold))


def group(
    articles: Iterable[Article], *, join_threshold: float | None = None, index: StoryIndex | None = None
) -> list[Story]:
    """Stories, each one real-world happening; sets `story` and `near_copy_of` on the articles.

    `join_threshold` as in `story_index`; or pass an `index` from it to keep the decisions (`explain`)."""
    if index is not None and join_threshold is not None:
        raise ValueError("give join_threshold or index, not both (the index carries its threshold)")
    return _group(articles, index=index or story_index(join_threshold))


@overload
def brief(stories: Story, *, length: int | None = None) -> Brief: ...
@overload
def brief(stories: Iterable[Story], *, length: int | None = None) -> list[Brief]: ...
def brief(stories, *, length=None):  # type: ignore[no-untyped-def]
    """One Brief per story; `length` caps the summary's sentences (default: about 5 or 100 words)."""
    if isinstance(stories, Story):
        return make_brief(stories, length=length)
    return [make_brief(s, length=length) for s in stories]
