from __future__ import annotations

from sqlalchemy import func, select
from store_analyses import cooperation_analysis, threat_analysis

from lagebild.store import queries
from lagebild.store import tables as t
from lagebild.store.fingerprint import fingerprint
from lagebild.store.writer import load_analysis, save_analysis


def save(engine, analysis):  # noqa: ANN001, ANN201
    with engine.begin() as connection:
        return save_analysis(connection, analysis, fingerprint(analysis.text))


def row_counts(engine) -> dict[str, int]:  # noqa: ANN001
    with engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (
                t.documents,
                t.mentions,
                t.quotes,
                t.events,
                t.places,
                t.actors,
                t.minhash_bands,
            )
        }


def test_save_and_load_round_trip(engine) -> None:  # noqa: ANN001
    analysis = threat_analysis()
    result = save(engine, analysis)
    assert result.status == "ingested"
    with engine.connect() as connection:
        row = connection.execute(select(t.documents)).one()
    assert load_analysis(row.analysis, row.text) == analysis


def test_same_version_is_skipped_newer_replaces_without_duplicates(engine) -> None:  # noqa: ANN001
    assert save(engine, threat_analysis()).status == "ingested"
    before = row_counts(engine)
    assert save(engine, threat_analysis()).status == "skipped"
    assert row_counts(engine) == before
    newer = save(engine, threat_analysis(version="0.2.0"))
    assert newer.status == "replaced"
    assert row_counts(engine) == before
    with engine.connect() as connection:
        assert connection.execute(select(t.documents.c.lagebild_version)).scalar_one() == "0.2.0"
    assert save(engine, threat_analysis(version="0.1.5")).status == "skipped"
    # the replaced quote is still found once by full-text search (FTS kept in step)
    assert len(queries.quotes(engine, about="zusehen")) == 1


def test_actors_merge_by_code_and_transliterated_name(engine) -> None:  # noqa: ANN001
    text_b = (
        "Russland droht der Ukraine erneut. „Wir sehen genau hin“, sagte Sergei Lavrov "
        "in Minsk. Die Drohungen wurden zurückgewiesen."
    )
    save(engine, threat_analysis("a1"))
    save(engine, threat_analysis("a2", speaker="Sergei Lavrov", text=text_b))
    save(engine, cooperation_analysis())
    by_key = {row["key"]: row for row in queries.actors(engine)}
    assert by_key["code:RUS"]["documents"] == 2
    assert by_key["code:UKR"]["documents"] == 3
    lavrov = [
        row
        for row in by_key.values()
        if row["type"] == "PER" and "Lavrov" in row["name"] or "Lawrow" in row["name"]
    ]
    assert len(lavrov) == 1 and lavrov[0]["documents"] == 2
    with engine.connect() as connection:
        aliases = set(connection.execute(select(t.actor_aliases.c.alias)).scalars())
    assert {"Sergej Lawrow", "Sergei Lavrov"} <= aliases
    # quotes by either spelling reach both documents through the shared actor
    assert len(queries.quotes(engine, speaker="Lavrov")) == 2


def test_near_duplicate_is_linked_and_left_out_of_aggregates(engine) -> None:  # noqa: ANN001
    original = threat_analysis("orig")
    long_text = " ".join([original.text] * 6)
    first = save(engine, threat_analysis("orig", text=long_text))
    republished = long_text + " Aktualisiert"
    copy = save(engine, threat_analysis("copy", text=republished))
    assert first.status == "ingested"
    assert copy.status == "duplicate" and copy.duplicate_of == first.document_id
    assert len(queries.events(engine, actor="RUS")) == 1
    assert len(queries.events(engine, actor="RUS", include_duplicates=True)) == 2
    assert queries.timeline(engine, actor="RUS")[0]["events"] == 1
    rus = next(row for row in queries.actors(engine) if row["key"] == "code:RUS")
    assert rus["documents"] == 1
    assert len(queries.search(engine, "Moskau")) == 2  # search lists both, marked


LEITL_TEXTS = (
    "Wirtschaftskammer-Präsident Christoph Leitl sprach am Montag in London über den Brexit "
    "und die Folgen für britische Exporteure.",
    "Christoph Leitl forderte in Wien eine Senkung der Lohnnebenkosten für kleine Betriebe "
    "im ganzen Land.",
    "Beim Wirtschaftsforum in Alpbach warb Christoph Leitl für mehr Lehrlinge in Tirol und "
    "Vorarlberg.",
)


def leitl(number: int, affiliation: str | None, version: str = "0.1.0"):  # noqa: ANN201
    """A document naming Christoph Leitl with ``affiliation`` (as one article guessed it)."""
    from store_analyses import entity

    from lagebild.model import Analysis, Provenance

    text = LEITL_TEXTS[number]
    person = entity(
        text, "E1", "Christoph Leitl", "PER", "Christoph Leitl", affiliation=affiliation
    )
    return Analysis(
        id=f"leitl{number}",
        published="2022-01-10",
        text=text,
        source="test",
        entities=[person],
        provenance=Provenance(lagebild_version=version, pipeline=[]),
    )


def leitl_affiliation(engine) -> str | None:  # noqa: ANN001
    with engine.connect() as connection:
        return connection.execute(
            select(t.actors.c.affiliation).where(t.actors.c.type == "PER")
        ).scalar_one()


def test_affiliation_is_what_most_documents_say(engine) -> None:  # noqa: ANN001
    save(engine, leitl(0, "GBR"))
    assert leitl_affiliation(engine) == "GBR"  # the first document's guess, for now
    save(engine, leitl(1, "AUT"))
    assert leitl_affiliation(engine) == "GBR"  # a tie keeps the earliest document's
    save(engine, leitl(2, "AUT"))
    assert leitl_affiliation(engine) == "AUT"
    # re-analysed documents take back their old votes
    save(engine, leitl(1, "GBR", version="0.2.0"))
    save(engine, leitl(2, None, version="0.2.0"))
    assert leitl_affiliation(engine) == "GBR"
    with engine.connect() as connection:
        votes = connection.execute(select(func.count()).select_from(t.actor_affiliations))
        assert votes.scalar_one() == 2
