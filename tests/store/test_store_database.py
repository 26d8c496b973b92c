from __future__ import annotations

import pytest
from sqlalchemy import inspect

from lagebild.store import database_url, open_store
from lagebild.store.database import HEAD_REVISION, current_revision, downgrade, migrate


def test_database_url_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAGEBILD_DB", raising=False)
    assert database_url(None) == "sqlite:///lagebild.db"
    assert database_url("/tmp/x.db") == "sqlite:////tmp/x.db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:///y.db") == "sqlite:///y.db"
    monkeypatch.setenv("LAGEBILD_DB", "env.db")
    assert database_url(None) == "sqlite:///env.db"
    assert database_url("flag.db") == "sqlite:///flag.db"


def test_migrations_create_schema_and_are_idempotent(store_url: str) -> None:
    engine = open_store(store_url)
    assert current_revision(engine) == HEAD_REVISION
    tables = set(inspect(engine).get_table_names())
    assert {
        "documents",
        "actors",
        "actor_aliases",
        "mentions",
        "quotes",
        "events",
        "places",
        "minhash_bands",
    } <= tables
    engine.dispose()
    again = open_store(store_url)  # a second open must not fail or re-create
    assert current_revision(again) == HEAD_REVISION
    again.dispose()


def test_sqlite_uses_wal(tmp_path) -> None:  # noqa: ANN001
    engine = open_store(str(tmp_path / "wal.db"))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_downgrade_to_base_and_upgrade_again(store_url: str) -> None:
    engine = open_store(store_url)
    downgrade(engine, "base")
    assert "documents" not in inspect(engine).get_table_names()
    assert current_revision(engine) is None
    migrate(engine)
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()


def test_long_actor_codes_fit_after_upgrade_from_0002(store_url: str) -> None:
    """Knowledge-base codes can be names ("Die Grünen"); PostgreSQL enforces the length."""
    from sqlalchemy import insert, select

    from lagebild.store import tables as t

    engine = open_store(store_url)
    downgrade(engine, "0002")
    migrate(engine)
    code = "Partei der Arbeit und des sozialen Fortschritts Österreichs"  # 59 characters
    with engine.begin() as connection:
        connection.execute(
            insert(t.actors).values(
                key=f"code:{code}", name=code, type="ORG", code=code, affiliation=code
            )
        )
        stored = connection.execute(select(t.actors.c.code, t.actors.c.affiliation)).one()
    assert stored == (code, code)
    engine.dispose()


def test_migrated_indexes_are_those_the_tables_declare(store_url: str) -> None:
    from lagebild.store.tables import metadata

    engine = open_store(store_url)
    inspector = inspect(engine)
    for table in metadata.sorted_tables:
        declared = {index.name for index in table.indexes}
        migrated = {index["name"] for index in inspector.get_indexes(table.name)}
        assert declared <= migrated, table.name
    assert {"ix_events_actor_actor_id", "ix_events_recipient_actor_id"} <= {
        index["name"] for index in inspector.get_indexes("events")
    }
    engine.dispose()
