"""Schema head bookkeeping and the query rewrites made for large stores."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect
from store_analyses import cooperation_analysis, threat_analysis

from lagebild.store import database, open_store, queries
from lagebild.store.database import HEAD_REVISION, MIGRATIONS
from lagebild.store.fingerprint import fingerprint
from lagebild.store.writer import save_analysis


def test_head_revision_is_alembics_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_open_store_skips_alembic_when_current(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(store_url).dispose()

    def must_not_migrate(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("migrate() called on an up-to-date store")

    monkeypatch.setattr(database, "migrate", must_not_migrate)
    engine = open_store(store_url)
    assert database.stored_revision(engine) == HEAD_REVISION
    engine.dispose()


def test_mentions_have_covering_actor_index(engine) -> None:  # noqa: ANN001
    indexes = {
        index["name"]: index["column_names"] for index in inspect(engine).get_indexes("mentions")
    }
    assert indexes["ix_mentions_actor_document"] == ["actor_id", "document_id"]
    assert "ix_mentions_actor_id" not in indexes


def test_actors_count_documents_and_leave_out_duplicates(engine) -> None:  # noqa: ANN001
    original = threat_analysis("a1")
    # Same words, other trailing space: a near-duplicate, stored but marked.
    copy = threat_analysis("a1-copy", text=original.text + "\n\n")
    with engine.begin() as connection:
        for analysis in (original, cooperation_analysis("b1"), copy):
            save_analysis(connection, analysis, fingerprint(analysis.text))
    rows = {row["key"]: row for row in queries.actors(engine)}
    assert rows["code:RUS"]["documents"] == 1
    assert rows["code:UKR"]["documents"] == 2
    assert rows["code:UKR"]["mentions"] >= 2
    with_copies = {row["key"]: row for row in queries.actors(engine, include_duplicates=True)}
    assert with_copies["code:RUS"]["documents"] == 2
    assert with_copies["code:RUS"]["mentions"] == 2 * rows["code:RUS"]["mentions"]
    # Most mentioned first, ties by key; the limit cuts after ordering.
    ordered = queries.actors(engine)
    assert ordered == sorted(ordered, key=lambda row: (-row["mentions"], row["key"]))
    assert queries.actors(engine, limit=1) == ordered[:1]
    assert all(row["type"] == "PER" for row in queries.actors(engine, type="per"))
