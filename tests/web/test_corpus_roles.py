"""An actor's roles, read by the database from the stored analyses, match a Python decoding."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lagebild.api import corpus_actors
from lagebild.store import open_store
from lagebild.store import tables as t


def test_roles_in_sql_match_decoding_the_analyses(
    stored_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = open_store(stored_db)
    try:
        with engine.connect() as connection:
            pairs = connection.execute(
                select(t.mentions.c.actor_id, t.mentions.c.document_id, t.mentions.c.entity_id)
                .distinct()
                .order_by(t.mentions.c.actor_id)
            ).all()
            by_actor: dict[int, list[tuple[int, str]]] = {}
            for actor_id, document_id, entity_id in pairs:
                by_actor.setdefault(actor_id, []).append((document_id, entity_id))
            in_sql = {a: corpus_actors.roles_of(connection, e) for a, e in by_actor.items()}
            monkeypatch.setattr(corpus_actors, "_ROLE_SQL", {})
            decoded = {a: corpus_actors.roles_of(connection, e) for a, e in by_actor.items()}
    finally:
        engine.dispose()
    assert any(decoded.values()), "the stored articles name someone with a role"
    assert in_sql == decoded
    assert corpus_actors.roles_of(None, []) == []
