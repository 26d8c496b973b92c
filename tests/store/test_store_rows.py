"""Rows prepared where the analysis is made (an ingest worker), saved by the writer."""

from __future__ import annotations

import pickle
from dataclasses import fields, is_dataclass

from sqlalchemy import select
from store_analyses import cooperation_analysis, entity, threat_analysis

from lagebild.store import tables as t
from lagebild.store.fingerprint import fingerprint
from lagebild.store.rows import prepare
from lagebild.store.writer import load_analysis, save_prepared

PLAIN = (str, int, float, bool, type(None))


def plain_values(value: object) -> list[object]:
    """Every leaf that is not plain data (pydantic models, ORM objects...)."""
    if isinstance(value, PLAIN):
        return []
    if isinstance(value, dict):
        return [bad for item in value.values() for bad in plain_values(item)]
    if isinstance(value, list | tuple):
        return [bad for item in value for bad in plain_values(item)]
    if is_dataclass(value):
        return [bad for f in fields(value) for bad in plain_values(getattr(value, f.name))]
    return [value]


def test_prepared_rows_are_plain_data_and_survive_pickling(engine) -> None:  # noqa: ANN001
    analysis = threat_analysis()
    prepared = prepare(analysis, fingerprint(analysis.text))
    assert plain_values(prepared) == []
    assert {row["actor_key"] for row in prepared.mentions} == {row.key for row in prepared.actors}
    shipped = pickle.loads(pickle.dumps(prepared))  # as from a worker process
    with engine.begin() as connection:
        assert save_prepared(connection, shipped).status == "ingested"
    with engine.connect() as connection:
        row = connection.execute(select(t.documents)).one()
        speaker = connection.execute(
            select(t.actors.c.name).join(t.quotes, t.quotes.c.speaker_actor_id == t.actors.c.id)
        ).scalar_one()
    # JSON written beforehand is stored as JSON, not as a JSON string of JSON
    assert isinstance(row.analysis, dict) and isinstance(row.minhash, list)
    assert row.minhash == prepared.fingerprint.minhash
    assert load_analysis(row.analysis, row.text) == analysis
    assert speaker == "Sergej Lawrow"


def test_one_actor_per_key_within_a_document(engine) -> None:  # noqa: ANN001
    analysis = cooperation_analysis()
    text = analysis.text
    # Two entities of one actor (same code): the first names it, both names become
    # aliases, and the affiliation only the second one knows is kept.
    analysis.entities.append(
        entity(text, "E5", "Vereinigte Staaten", "GPE", "USA", code="USA", affiliation="NATO")
    )
    with engine.begin() as connection:
        save_prepared(connection, prepare(analysis, fingerprint(text)))
    with engine.connect() as connection:
        actors = connection.execute(
            select(t.actors.c.id, t.actors.c.name, t.actors.c.affiliation).where(
                t.actors.c.key == "code:USA"
            )
        ).all()
        aliases = set(
            connection.execute(
                select(t.actor_aliases.c.alias).where(t.actor_aliases.c.actor_id == actors[0].id)
            ).scalars()
        )
        mention_actors = set(
            connection.execute(
                select(t.mentions.c.actor_id).where(t.mentions.c.entity_id.in_(["E1", "E5"]))
            ).scalars()
        )
    assert [(a.name, a.affiliation) for a in actors] == [("USA", "NATO")]
    assert aliases == {"USA", "Vereinigte Staaten"}
    assert mention_actors == {actors[0].id}


def test_later_document_fills_a_missing_affiliation(engine) -> None:  # noqa: ANN001
    first = threat_analysis("a1")
    first.entities[0].affiliation = None  # Russland, code RUS, no affiliation
    later = threat_analysis("a2", text=first.text + " Moskau schwieg.")
    later.entities[0].affiliation = "CIS"
    with engine.begin() as connection:
        save_prepared(connection, prepare(first, fingerprint(first.text)))
    with engine.begin() as connection:
        save_prepared(connection, prepare(later, fingerprint(later.text)))
    with engine.connect() as connection:
        rows = connection.execute(
            select(t.actors.c.affiliation).where(t.actors.c.key == "code:RUS")
        ).all()
    assert [row.affiliation for row in rows] == ["CIS"]


def test_near_duplicate_lookup_uses_the_band_index(tmp_path) -> None:  # noqa: ANN001
    # Run for every saved document: a scan of minhash_bands (16 rows per stored document)
    # would make each write slower the larger the store.
    from lagebild.store import open_store
    from lagebild.store.writer import _near_duplicate_candidates

    engine = open_store(str(tmp_path / "plan.db"))
    with engine.connect() as connection:
        sql = str(_near_duplicate_candidates().compile(dialect=connection.dialect))
        plan = [
            row[3]
            for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql, tuple("x" * sql.count("?"))
            )
        ]
    engine.dispose()
    assert not [step for step in plan if step.startswith("SCAN")], plan
    assert any("ix_minhash_bands_bucket" in step for step in plan), plan
