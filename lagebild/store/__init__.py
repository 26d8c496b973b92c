"""The corpus store: analysed documents in SQLite or PostgreSQL, searchable and queryable.

``open_store(url)`` gives a migrated SQLAlchemy engine; :mod:`lagebild.store.writer` saves
analyses, :mod:`lagebild.store.queries` is the documented query API.
"""

from __future__ import annotations

from lagebild.store.database import DEFAULT_DB, database_url, open_store

__all__ = ["DEFAULT_DB", "database_url", "open_store"]
