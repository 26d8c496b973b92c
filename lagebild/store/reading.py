"""Read access to a store for the query API, without SQLAlchemy on the SQLite path.

A :class:`StoreReader` runs SQL text with named ``:param`` placeholders and returns rows
as dicts. :func:`open_reader` opens a SQLite file at the newest schema read-only with the
standard library's ``sqlite3`` (``import sqlalchemy`` alone costs ~130 ms of every CLI
query); anything else (PostgreSQL, an older schema, a missing file) goes through
:func:`lagebild.store.open_store`, which migrates, and is read via SQLAlchemy.

This module must stay light: only the standard library at import time.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from sqlalchemy import Engine

#: Used when neither ``--db`` nor ``$LAGEBILD_DB`` names a store.
DEFAULT_DB = "lagebild.db"
ENV_VAR = "LAGEBILD_DB"
#: The newest migration's revision; a test checks it against Alembic's head. Knowing it
#: lets readers and :func:`open_store` skip importing Alembic (~60 ms) when up to date.
HEAD_REVISION = "0005"
_SQLITE_PREFIX = "sqlite:///"


def database_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``db``, ``$LAGEBILD_DB`` or ``./lagebild.db``.

    A value with ``://`` is taken as a URL (``postgresql://`` means psycopg 3); anything
    else is a file path for SQLite.
    """
    value = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" not in value:
        return f"{_SQLITE_PREFIX}{Path(value).expanduser()}"
    if value.startswith("postgresql://") or value.startswith("postgres://"):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


class StoreReader(Protocol):
    """Runs read-only SQL; ``dialect`` ("sqlite" or "postgresql") says which SQL to write."""

    dialect: str

    def rows(self, sql: str, params: Mapping[str, Any]) -> list[dict[str, Any]]: ...

    def close(self) -> None: ...


class SqliteReader:
    """A stdlib ``sqlite3`` connection to a store file."""

    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def rows(self, sql: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        cursor = self._connection.execute(sql, dict(params))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> SqliteReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class EngineReader:
    """SQLAlchemy ``text()`` statements on an engine (PostgreSQL, or any engine given)."""

    def __init__(self, engine: Engine, owned: bool = False) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._owned = owned  # opened by open_reader, so closing disposes of it

    def rows(self, sql: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        from sqlalchemy import text

        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(text(sql), dict(params))]

    def close(self) -> None:
        if self._owned:
            self.engine.dispose()

    def __enter__(self) -> EngineReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_reader(db: str | None = None) -> SqliteReader | EngineReader:
    """A reader on the store named by ``db`` (see :func:`database_url`), at the newest schema.

    Close it after use (it is a context manager).
    """
    url = database_url(db)
    if url.startswith(_SQLITE_PREFIX) and "?" not in url:
        reader = sqlite_reader_at_head(Path(url[len(_SQLITE_PREFIX) :]))
        if reader is not None:
            return reader
    from lagebild.store.database import open_store

    return EngineReader(open_store(db), owned=True)


def sqlite_reader_at_head(path: Path) -> SqliteReader | None:
    """A read-only reader on the SQLite file ``path`` if its schema is at head, else None."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:  # not a store, or no alembic_version table yet
        revision = None
    if revision is None or revision[0] != HEAD_REVISION:
        connection.close()
        return None
    return SqliteReader(connection)


@contextmanager
def reading(store: StoreReader | Engine | str | os.PathLike[str]) -> Iterator[StoreReader]:
    """A reader for ``store``: a reader as it is, an engine wrapped, a path or URL opened."""
    if isinstance(store, str | os.PathLike):
        with open_reader(os.fspath(store)) as reader:
            yield reader
    elif hasattr(store, "rows"):
        yield cast("StoreReader", store)  # hasattr does not narrow the union
    else:
        yield EngineReader(store)
