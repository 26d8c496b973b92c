"""The corpus store: analysed documents in SQLite or PostgreSQL, searchable and queryable.

``open_store(url)`` gives a migrated SQLAlchemy engine; :mod:`lagebild.store.writer` saves
analyses, :mod:`lagebild.store.queries` is the documented query API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lagebild.store.database import DEFAULT_DB, database_url, open_store

__all__ = ["DEFAULT_DB", "database_url", "open_store"]


def __getattr__(name: str) -> Any:
    # Lazy: importing a light submodule (e.g. ``lagebild.store.output`` for the CLI's
    # option types) must not pull in SQLAlchemy (~110 ms of every CLI start).
    if name in __all__:
        from lagebild.store import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
