"""store: persistence with incremental grouping (SQLAlchemy; SQLite by default, PostgreSQL by URL)."""

from warta.store.store import DEFAULT_URL, Store, StoryRow

__all__ = ["DEFAULT_URL", "Store", "StoryRow"]
