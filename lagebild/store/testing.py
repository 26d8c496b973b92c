"""Throw-away PostgreSQL schemas for tests and the kill/load scripts.

The test server is PostgreSQL on 127.0.0.1:5432 (override with ``$LAGEBILD_TEST_PG``, a
URL without schema). Each user gets a fresh schema, dropped afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

PG_BASE = os.environ.get("LAGEBILD_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def postgres_problem() -> str | None:
    """None when PostgreSQL on 127.0.0.1:5432 answers, else why not."""
    if shutil.which("pg_isready") is None:
        return "pg_isready not installed"
    result = subprocess.run(
        ["pg_isready", "-h", "127.0.0.1", "-p", "5432"], capture_output=True, text=True, check=False
    )
    return None if result.returncode == 0 else f"pg_isready: {result.stdout.strip()}"


@contextmanager
def postgres_schema(prefix: str = "lagebild_test") -> Iterator[str]:
    """A store URL on a fresh PostgreSQL schema, dropped afterwards.

    Raises the driver's error when the server or database is not usable.
    """
    from sqlalchemy import create_engine, text

    from lagebild.store.database import database_url

    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(PG_BASE))
    try:
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception:
        admin.dispose()
        raise
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
