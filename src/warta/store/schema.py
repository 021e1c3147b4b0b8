"""Tables (SQLAlchemy Core; the same schema on SQLite and PostgreSQL).

`articles.seq` records the order in which articles were grouped and `articles.batch` the call that added
them: replaying batches in that order rebuilds exactly the same story index when a Store opens.
Times are kept as epoch seconds (`published_ts`) next to the lossless JSON payload so that both
databases sort them the same way whatever their timezone support.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)

ID_LENGTH = 512

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(ID_LENGTH), nullable=False, unique=True),
    Column("batch", Integer, nullable=False, index=True),
    Column("outlet", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published_ts", Float, index=True),
    Column("payload", JSON, nullable=False),
    Column("story_id", String(64), nullable=False, index=True),
    Column("near_copy_of", String(ID_LENGTH)),
    Column("added_at", DateTime(timezone=True), server_default=func.now()),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("n_articles", Integer, nullable=False),
    Column("outlets", JSON, nullable=False),
    Column("first_ts", Float),
    Column("last_ts", Float, index=True),
    Column("first_published", Text),  # as in the JSON contract (a bare date when no time is known)
    Column("last_published", Text),
    Column("headline", Text),  # from the latest brief; null until one is made
    Column("updated_at", DateTime(timezone=True), server_default=func.now(), onupdate=func.now()),
)

briefs = Table(
    "briefs",
    metadata,
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("payload", JSON, nullable=False),  # the JSON contract's story object
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

errors = Table(
    "errors",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("error", Text, nullable=False),
    Column("added_at", DateTime(timezone=True), server_default=func.now()),
)
