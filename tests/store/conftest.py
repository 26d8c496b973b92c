"""Store fixtures: every store test runs on SQLite (a temp file) and on PostgreSQL.

PostgreSQL is the server on 127.0.0.1:5432 (override with $LAGEBILD_TEST_PG, a URL
without schema); each test gets a fresh schema, dropped afterwards. Without a server the
PostgreSQL variants skip with a message saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator

import pytest

PG_BASE = os.environ.get("LAGEBILD_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def postgres_ready() -> str | None:
    """None when the test server answers, else why not."""
    if shutil.which("pg_isready") is None:
        return "pg_isready not installed"
    result = subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", "5432"],
                            capture_output=True, text=True, check=False)
    return None if result.returncode == 0 else f"pg_isready: {result.stdout.strip()}"


def _postgres_schema_url() -> Iterator[str]:
    problem = postgres_ready()
    if problem:
        pytest.skip(f"PostgreSQL on 127.0.0.1:5432 not available ({problem})")
    from sqlalchemy import create_engine, text

    from lagebild.store.database import database_url

    schema = f"lagebild_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(PG_BASE))
    try:
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:  # noqa: BLE001 (wrong user, no database, ...)
        admin.dispose()
        pytest.skip(f"PostgreSQL test database not usable: {error}")
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # noqa: ANN001
    """A fresh, empty store: a SQLite path or a PostgreSQL URL with its own schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
    else:
        yield from _postgres_schema_url()


@pytest.fixture
def engine(store_url: str):  # noqa: ANN201
    from lagebild.store import open_store

    engine = open_store(store_url)
    yield engine
    engine.dispose()
