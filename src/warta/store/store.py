"""Store: articles, stories and cached briefs in a SQL database (SQLite by default, PostgreSQL by URL).

Grouping is incremental: `add_articles` runs the new batch through one long-lived `StoryIndex` (the same
code as `warta.group`: IDF counted over the batch, then articles added in time order), so adding costs
the same whatever the archive size. The index itself lives in memory and is rebuilt when a Store opens
by replaying the stored batches in their original order, which reproduces the same decisions. Every
batch is one transaction: a bad article is rejected alone (reported, kept in `errors`), and a failed
write rolls back the batch and re-syncs the index, so nothing already stored is ever lost.

One process should write to a database at a time; readers (and a second process's catch-up of batches
it did not write) are safe.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from sqlalchemy import Engine, create_engine, delete, func, insert, select, update
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import StaticPool

from warta.brief import make_brief
from warta.model import Article, Brief, ErrorSink, InputError, Story
from warta.render.jsondoc import story_dict
from warta.render.labels import by_time, iso_published, outlet_name, time_key
from warta.store import schema
from warta.store.codec import article_from_payload, article_payload, brief_from_story_dict
from warta.stories import StoryIndex, reconsider

log = logging.getLogger("warta.store")

DEFAULT_URL = "sqlite:///warta.db"
IN_CHUNK = 500  # ids per IN (...) query: SQLite bounds the number of bound parameters


@dataclass(slots=True)
class StoryRow:
    """A story as listed: cheap to read, no brief needed (headline is None until a brief was made)."""

    id: str
    headline: str | None
    outlets: list[str]
    n_articles: int
    first_published: str | None  # ISO 8601 as in the JSON contract (a bare date when no time is known)
    last_published: str | None


def _ts(article: Article) -> float | None:
    return None if article.published is None else time_key(article)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), IN_CHUNK):
        yield items[i : i + IN_CHUNK]


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        # One shared connection, or every thread would see its own empty in-memory database.
        return create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    return create_engine(url, pool_pre_ping=True)


class Store:
    """Persistent, incremental warta: `add_articles`, then `stories`, `story`, `articles`, `brief`."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = url
        self.engine = _engine(url)
        schema.metadata.create_all(self.engine)
        self._lock = threading.RLock()
        self._index = StoryIndex()
        self._seq = 0  # highest article seq replayed into the index
        self._sync(reconcile=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the index ----------------------------------------------------------------------------------
    def _group(self, batch: Sequence[Article]) -> list[Article]:
        """Group one batch as `warta.group` does; returns the articles in the order they were added."""
        feats = [self._index.featurize(a) for a in batch]
        for f in feats:
            self._index.observe(f)
        order = sorted(range(len(batch)), key=lambda i: (feats[i].time is None, feats[i].time or 0.0, batch[i].id))
        for i in order:
            self._index.add_features(feats[i], batch[i], observe=False)
        reconsider(self._index, [(feats[i], batch[i]) for i in order])
        return [batch[i] for i in order]

    def _sync(self, reconcile: bool = False) -> None:
        """Replay stored batches the index has not seen (all of them when the Store opens)."""
        with self._lock, self.engine.connect() as conn:
            rows = conn.execute(
                select(schema.articles.c.seq, schema.articles.c.batch, schema.articles.c.payload,
                       schema.articles.c.story_id)
                .where(schema.articles.c.seq > self._seq)
                .order_by(schema.articles.c.seq)
            ).all()  # fmt: skip
        if not rows:
            return
        rows_story = {r.seq: r.story_id for r in rows}
        by_seq: dict[int, Article] = {}
        for _, batch_rows in groupby(rows, key=lambda r: r.batch):
            batch = list(batch_rows)
            by_id = {a.id: a for a in self._group([article_from_payload(r.payload) for r in batch])}
            by_seq.update({r.seq: by_id[r.payload["id"]] for r in batch})
        # compared after the whole replay: a later batch may have merged an earlier article's story
        stale = {seq: a for seq, a in by_seq.items() if self._index.resolve(a.story or "") != rows_story[seq]}
        self._seq = rows[-1].seq
        if stale and reconcile:
            log.warning("regrouped %d stored articles differently (grouping changed): updating them", len(stale))
            with self.engine.begin() as conn:
                for seq, art in stale.items():
                    conn.execute(
                        update(schema.articles).where(schema.articles.c.seq == seq)
                        .values(story_id=art.story, near_copy_of=art.near_copy_of, payload=article_payload(art))
                    )  # fmt: skip
                self._refresh_stories(conn, {a.story for a in stale.values() if a.story}, all_stories=True)

    # --- writing ------------------------------------------------------------------------------------
    def _validate(self, conn: Connection, articles: list[Article], report: ErrorSink) -> list[Article]:
        stored: set[str] = set()
        for ids in _chunks([a.id for a in articles]):
            stored.update(conn.scalars(select(schema.articles.c.id).where(schema.articles.c.id.in_(ids))))
        ok: list[Article] = []
        seen: set[str] = set()
        for a in articles:
            where = a.source or a.id or "article"
            if not a.id or len(a.id) > schema.ID_LENGTH:
                report(InputError(where, f"article id must be 1 to {schema.ID_LENGTH} characters"))
            elif a.id in stored or a.id in seen:
                report(InputError(where, f"an article with id {a.id!r} is already stored"))
            elif not any(p.strip() for p in a.paragraphs):
                report(InputError(where, "the article has no text"))
            else:
                seen.add(a.id)
                ok.append(a)
        return ok

    def add_articles(self, articles: Iterable[Article], on_error: ErrorSink | None = None) -> list[str | None]:
        """Group and store a batch; returns each input's story id (None where the article was rejected).

        Rejections (duplicate id, no text) go to `on_error` and to the `errors` table.
        """
        batch = list(articles)
        problems: list[InputError] = []
        with self._lock:
            self._sync()
            with self.engine.connect() as conn:
                accepted = self._validate(conn, batch, problems.append)
            try:
                with self.engine.begin() as conn:
                    if accepted:
                        self._insert(conn, accepted)
                    if problems:
                        conn.execute(insert(schema.errors), [{"source": e.source, "error": e.error} for e in problems])
            except Exception:
                self._index, self._seq = StoryIndex(), 0  # forget the failed batch's grouping
                self._sync()
                raise
        for err in problems:
            (on_error or (lambda e: log.warning("%s", e)))(err)
        kept = {id(a) for a in accepted}
        return [a.story if id(a) in kept else None for a in batch]

    def _insert(self, conn: Connection, accepted: list[Article]) -> None:
        number = (conn.scalar(select(func.max(schema.articles.c.batch))) or 0) + 1
        merges = len(self._index.merged())
        added = self._group(accepted)
        renamed = self._index.merged()[merges:]  # stories of earlier batches this batch merged
        for old in renamed:
            new = self._index.resolve(old)
            moved = conn.execute(
                select(schema.articles.c.seq, schema.articles.c.payload).where(schema.articles.c.story_id == old)
            ).all()
            for row in moved:
                conn.execute(
                    update(schema.articles).where(schema.articles.c.seq == row.seq)
                    .values(story_id=new, payload={**row.payload, "story": new})
                )  # fmt: skip
        conn.execute(
            insert(schema.articles),
            [
                {"id": a.id, "batch": number, "outlet": a.outlet, "url": a.url, "title": a.title,
                 "published_ts": _ts(a), "payload": article_payload(a), "story_id": a.story,
                 "near_copy_of": a.near_copy_of}
                for a in added
            ],
        )  # fmt: skip
        self._seq = conn.scalar(select(func.max(schema.articles.c.seq))) or 0
        self._refresh_stories(conn, {a.story for a in added if a.story} | set(renamed))

    def _refresh_stories(self, conn: Connection, story_ids: set[str], all_stories: bool = False) -> None:
        """Recount the touched stories and drop their cached briefs (a story that gained an article)."""
        if all_stories:
            conn.execute(delete(schema.briefs))
            conn.execute(delete(schema.stories))
            story_ids = set(conn.scalars(select(schema.articles.c.story_id).distinct()))
        for ids in _chunks(sorted(story_ids)):
            self._recount(conn, ids)

    def _recount(self, conn: Connection, ids: list[str]) -> None:
        conn.execute(delete(schema.briefs).where(schema.briefs.c.story_id.in_(ids)))
        existing = set(conn.scalars(select(schema.stories.c.id).where(schema.stories.c.id.in_(ids))))
        rows = conn.execute(
            select(schema.articles.c.story_id, schema.articles.c.payload, schema.articles.c.published_ts)
            .where(schema.articles.c.story_id.in_(ids)).order_by(schema.articles.c.seq)
        ).all()  # fmt: skip
        gone = existing - {r.story_id for r in rows}  # merged into another story
        if gone:
            conn.execute(delete(schema.stories).where(schema.stories.c.id.in_(sorted(gone))))
        for sid, members in groupby(sorted(rows, key=lambda r: r.story_id), key=lambda r: r.story_id):
            arts = [article_from_payload(r.payload) for r in members]
            timed = [a for a in by_time(arts) if a.published is not None]
            values: dict[str, Any] = {
                "n_articles": len(arts),
                "outlets": list(dict.fromkeys(outlet_name(a) for a in arts)),
                "first_ts": _ts(timed[0]) if timed else None,
                "last_ts": _ts(timed[-1]) if timed else None,
                "first_published": iso_published(timed[0]) if timed else None,
                "last_published": iso_published(timed[-1]) if timed else None,
            }
            if sid in existing:
                conn.execute(update(schema.stories).where(schema.stories.c.id == sid).values(**values))
            else:
                conn.execute(insert(schema.stories).values(id=sid, **values))

    def add_error(self, error: InputError) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(schema.errors).values(source=error.source, error=error.error))

    # --- reading ------------------------------------------------------------------------------------
    def stories(self, limit: int | None = None, offset: int = 0) -> list[StoryRow]:
        """Stories, most recently updated happening first (undated last)."""
        t = schema.stories
        query = select(t).order_by(t.c.last_ts.is_(None), t.c.last_ts.desc(), t.c.id).offset(offset)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit) if limit is not None else query).all()
        return [
            StoryRow(r.id, r.headline, list(r.outlets), r.n_articles, r.first_published, r.last_published)
            for r in rows
        ]

    def count_stories(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(schema.stories)) or 0

    def articles(self, story_id: str) -> list[Article]:
        """The story's articles in the order they joined it."""
        with self.engine.connect() as conn:
            payloads = conn.scalars(
                select(schema.articles.c.payload)
                .where(schema.articles.c.story_id == story_id)
                .order_by(schema.articles.c.seq)
            ).all()
        return [article_from_payload(p) for p in payloads]

    def article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            payload = conn.scalar(select(schema.articles.c.payload).where(schema.articles.c.id == article_id))
        return article_from_payload(payload) if payload is not None else None

    def story(self, story_id: str) -> Story | None:
        articles = self.articles(story_id)
        return Story(story_id, articles) if articles else None

    def brief_dict(self, story_id: str) -> dict[str, Any] | None:
        """The story's brief as the JSON contract's story object, made once and cached until it changes."""
        with self.engine.connect() as conn:
            cached = conn.scalar(select(schema.briefs.c.payload).where(schema.briefs.c.story_id == story_id))
        if cached is not None:
            return cached
        brief = self._make_brief(story_id)
        return None if brief is None else story_dict(brief)

    def brief(self, story_id: str) -> Brief | None:
        story = self.story(story_id)
        if story is None:
            return None
        with self.engine.connect() as conn:
            cached = conn.scalar(select(schema.briefs.c.payload).where(schema.briefs.c.story_id == story_id))
        if cached is not None:
            return brief_from_story_dict(cached, story)
        return self._make_brief(story_id, story)

    def _make_brief(self, story_id: str, story: Story | None = None) -> Brief | None:
        story = story or self.story(story_id)
        if story is None:
            return None
        brief = make_brief(story)
        payload = story_dict(brief)
        with self._lock, self.engine.begin() as conn:
            # Cache only if the story did not change meanwhile (same member count as the brief saw).
            n = conn.scalar(select(schema.stories.c.n_articles).where(schema.stories.c.id == story_id))
            known = conn.scalar(select(schema.briefs.c.story_id).where(schema.briefs.c.story_id == story_id))
            if n == len(story.articles) and known is None:
                conn.execute(insert(schema.briefs).values(story_id=story_id, payload=payload))
                conn.execute(
                    update(schema.stories).where(schema.stories.c.id == story_id).values(headline=brief.headline)
                )
        return brief

    def errors(self, limit: int = 100) -> list[InputError]:
        """The latest input problems, newest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.errors).order_by(schema.errors.c.seq.desc()).limit(limit)).all()
        return [InputError(r.source, r.error) for r in rows]
