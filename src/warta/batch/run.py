"""`run_batch`: the warta pipeline over an archive on a dask.distributed cluster of local processes.

Three phases:

1. **read + extract, in parallel**: one task per partition (a file, or a chunk of a big JSONL; see
   `partition.py`), returning articles and errors. Ids are then made unique across partitions in input
   order, exactly as one `warta read` call names them.
2. **grouping, sequential on the driver**: all articles go through one `warta.stories.group` call, the
   same code as the CLI. Grouping is an online decision (each article is compared with the stories
   formed by the articles before it in time, with IDF over the whole batch), so cutting the timeline
   into independently grouped shards would split every story that crosses a cut; it is also cheap next
   to extraction (a windowed index, constant cost per article). For archives too big for one driver's
   memory, run one batch per time slice (e.g. a month) - stories rarely span the cut since the grouping
   window is a week.
3. **briefs, in parallel**: stories are sent to workers in groups and come back as the JSON contract's
   story objects.

Output in `out_dir`: `stories.jsonl` (one contract story object per line), `articles.jsonl` (contract
article objects, input order, with `story` set) and `errors.jsonl` (`{"source", "error"}`). A bad input
is one line in errors.jsonl; it never stops the batch. One caveat against a single-process run: the
extractor's cross-article template statistics (lines repeated across an outlet's pages) are learned
per partition, so tiny partitions of one outlet can keep a template line the whole run would drop.

`engine="local"` runs the same phases in this process (no cluster): for small inputs and debugging.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.batch.partition import (
    CHUNK_BYTES,
    Partition,
    PartitionResult,
    jsonl_files_without_articles,
    plan,
    read_partition,
    unique_ids,
)
from warta.brief import make_brief
from warta.model import Article, InputError, Story
from warta.render.jsondoc import article_dict, error_dict, story_dict
from warta.stories import group

log = logging.getLogger("warta.batch")

ENGINES = ("dask", "local")
STORIES_PER_TASK = 32


@dataclass(slots=True)
class BatchResult:
    out_dir: Path
    partitions: int
    articles: int
    stories: int
    errors: int
    seconds: float
    files: dict[str, Path] = field(default_factory=dict)

    def summary(self) -> str:
        return (
            f"{self.articles} articles, {self.stories} stories, {self.errors} errors from {self.partitions} "
            f"partitions in {self.seconds:.1f} s -> {self.out_dir}"
        )


def brief_stories(stories: Sequence[Story]) -> list[dict[str, Any]]:
    """Contract story objects for a group of stories (runs on a worker)."""
    return [story_dict(make_brief(s)) for s in stories]


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


Fallback = Callable[[Any, BaseException], Any]


class _Local:
    """The dask calls used here, run in this process."""

    def map(self, fn: Callable[[Any], Any], items: list[Any], fallback: Fallback) -> list[Any]:
        return [fn(x) for x in items]

    def close(self) -> None:
        pass


class _Dask:
    """A LocalCluster of worker processes on loopback, no dashboard."""

    def __init__(self, workers: int) -> None:
        from dask.distributed import Client, LocalCluster

        self.cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, silence_logs=logging.ERROR,
        )  # fmt: skip
        self.client = Client(self.cluster)

    def map(self, fn: Callable[[Any], Any], items: list[Any], fallback: Fallback) -> list[Any]:
        """Results in order; a task whose worker died (e.g. out of memory) gives `fallback(item, exc)`."""
        futures = self.client.map(fn, items, pure=False)
        out = []
        for item, future in zip(items, futures, strict=True):
            try:
                out.append(future.result())
            except Exception as exc:  # noqa: BLE001 - a lost worker costs its partition, not the batch
                out.append(fallback(item, exc))
        return out

    def close(self) -> None:
        self.client.close()
        self.cluster.close()


def _failed_read(part: Partition, exc: BaseException) -> PartitionResult:
    return PartitionResult([], [], [InputError(part.path, f"the input could not be processed ({exc}).")])


def _read_safely(part: Partition) -> PartitionResult:
    """read_partition, with a crash turned into one error (a worker must never fail the batch)."""
    try:
        return read_partition(part)
    except Exception as exc:  # noqa: BLE001 - hostile input must never stop the batch
        return _failed_read(part, exc)


def _failed_briefs(stories: list[Story], exc: BaseException) -> list[InputError]:
    return [InputError(f"story {s.id}", f"no brief could be made ({type(exc).__name__}: {exc}).") for s in stories]


def _brief_safely(stories: list[Story]) -> list[dict[str, Any] | InputError]:
    out: list[dict[str, Any] | InputError] = []
    for s in stories:
        try:
            out += brief_stories([s])
        except Exception as exc:  # noqa: BLE001 - one story must not lose the others
            out += _failed_briefs([s], exc)
    return out


def run_batch(
    inputs: list[str], out_dir: str, workers: int = 2, engine: str = "dask", chunk_bytes: int = CHUNK_BYTES
) -> BatchResult:
    """Read, extract, group and brief `inputs` with `workers` processes; write the JSONL outputs."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    started = time.monotonic()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    parts = plan(inputs, chunk_bytes)
    runner: _Local | _Dask = _Dask(max(1, workers)) if engine == "dask" else _Local()
    try:
        remote = iter(runner.map(_read_safely, [p for p in parts if p.path != "-"], _failed_read))
        results = [_read_safely(p) if p.path == "-" else next(remote) for p in parts]  # stdin is ours
        unique_ids(results)
        errors = [e for r in results for e in r.errors] + jsonl_files_without_articles(parts, results)
        articles: list[Article] = [a for r in results for a in r.articles]
        stories = group(articles)
        groups = [stories[i : i + STORIES_PER_TASK] for i in range(0, len(stories), STORIES_PER_TASK)]
        briefs = [b for chunk in runner.map(_brief_safely, groups, _failed_briefs) for b in chunk]
    finally:
        runner.close()
    errors += [b for b in briefs if isinstance(b, InputError)]
    files = {name: out / f"{name}.jsonl" for name in ("stories", "articles", "errors")}
    _write_jsonl(files["stories"], (b for b in briefs if not isinstance(b, InputError)))
    _write_jsonl(files["articles"], (article_dict(a) for a in articles))
    _write_jsonl(files["errors"], (error_dict(e) for e in errors))
    n_stories = sum(1 for b in briefs if not isinstance(b, InputError))
    return BatchResult(out, len(parts), len(articles), n_stories, len(errors), time.monotonic() - started, files)
