"""Saving one analysis: document row, shared actors and annotations, in the caller's transaction.

Keyed by the content hash, so saving the same text twice never duplicates it; a newer
lagebild version replaces the document's annotations (delete + insert) in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, and_, delete, or_, select, update

from lagebild.model import Analysis, Entity
from lagebild.store import tables as t
from lagebild.store.actors import actor_key
from lagebild.store.fingerprint import NEAR_DUPLICATE_JACCARD, Fingerprint, estimated_jaccard

SaveStatus = Literal["ingested", "replaced", "skipped", "duplicate"]


@dataclass(frozen=True, slots=True)
class SaveResult:
    status: SaveStatus
    document_id: int
    duplicate_of: int | None = None


def version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for part in version.split("."):
        digits = "".join(char for char in part if char.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def stored_version(connection: Connection, content_hash: str) -> str | None:
    return connection.execute(
        select(t.documents.c.lagebild_version).where(t.documents.c.content_hash == content_hash)
    ).scalar_one_or_none()


def needs_analysis(connection: Connection, content_hash: str, version: str) -> bool:
    """Whether a text is new to the store or stored by an older lagebild version."""
    stored = stored_version(connection, content_hash)
    return stored is None or version_tuple(stored) < version_tuple(version)


def save_analysis(connection: Connection, analysis: Analysis, fp: Fingerprint) -> SaveResult:
    """Store ``analysis`` (call inside ``engine.begin()``: one transaction per document)."""
    version = analysis.provenance.lagebild_version
    existing = connection.execute(
        select(t.documents.c.id, t.documents.c.lagebild_version)
        .where(t.documents.c.content_hash == fp.content_hash)
    ).first()
    if existing is not None and version_tuple(existing.lagebild_version) >= version_tuple(version):
        return SaveResult("skipped", existing.id)
    duplicate_of = find_near_duplicate(connection, fp, existing.id if existing else None)
    values = _document_values(analysis, fp, duplicate_of)
    if existing is not None:
        document_id = existing.id
        for table in t.ANNOTATION_TABLES:
            connection.execute(delete(table).where(table.c.document_id == document_id))
        connection.execute(update(t.documents).where(t.documents.c.id == document_id)
                           .values(**values))
    else:
        document_id = connection.execute(
            t.documents.insert().values(**values).returning(t.documents.c.id)
        ).scalar_one()
    _insert_annotations(connection, document_id, analysis, fp)
    if duplicate_of is not None:
        return SaveResult("duplicate", document_id, duplicate_of)
    return SaveResult("replaced" if existing is not None else "ingested", document_id)


def find_near_duplicate(
    connection: Connection, fp: Fingerprint, exclude: int | None = None
) -> int | None:
    """The earliest stored original whose text is (nearly) the same story, if any."""
    bands = t.minhash_bands
    candidates = select(bands.c.document_id).where(
        or_(*(and_(bands.c.band == band, bands.c.bucket == bucket) for band, bucket in fp.bands()))
    )
    docs = t.documents
    rows = connection.execute(
        select(docs.c.id, docs.c.duplicate_of, docs.c.normalised_hash, docs.c.minhash)
        .where(or_(docs.c.id.in_(candidates), docs.c.normalised_hash == fp.normalised_hash))
        .order_by(docs.c.id)
    ).all()
    for row in rows:
        if row.id == exclude:
            continue
        same = row.normalised_hash == fp.normalised_hash
        if same or estimated_jaccard(row.minhash or [], fp.minhash) >= NEAR_DUPLICATE_JACCARD:
            return row.duplicate_of or row.id
    return None


def load_analysis(row_analysis: dict[str, Any], text: str) -> Analysis:
    """The stored Analysis record again (its text is kept once, in ``documents.text``)."""
    return Analysis.model_validate({**row_analysis, "text": text})


def _document_values(analysis: Analysis, fp: Fingerprint, duplicate_of: int | None) -> dict:
    return {
        "doc_id": analysis.id[:500],
        "source": analysis.source,
        "url": analysis.url,
        "title": analysis.title,
        "published": analysis.published,
        "text": analysis.text,
        "content_hash": fp.content_hash,
        "normalised_hash": fp.normalised_hash,
        "minhash": fp.minhash,
        "duplicate_of": duplicate_of,
        "lagebild_version": analysis.provenance.lagebild_version,
        "analysis": analysis.model_dump(mode="json", exclude={"tokens", "text"}),
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _insert_annotations(
    connection: Connection, document_id: int, analysis: Analysis, fp: Fingerprint
) -> None:
    connection.execute(t.minhash_bands.insert(), [
        {"document_id": document_id, "band": band, "bucket": bucket} for band, bucket in fp.bands()
    ])
    actor_of_entity = {entity.id: upsert_actor(connection, entity) for entity in analysis.entities}
    mention_rows = [
        {"document_id": document_id, "actor_id": actor_of_entity[entity.id],
         "entity_id": entity.id, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind}
        for entity in analysis.entities for m in entity.mentions
    ]
    quote_rows = [
        {"document_id": document_id, "quote_id": q.id, "kind": q.kind, "medium": q.medium,
         "start": q.start, "end": q.end, "text": q.text,
         "speaker_name": q.speaker.name if q.speaker else None,
         "speaker_actor_id": actor_of_entity.get(q.speaker.entity_id) if q.speaker else None,
         "cue": q.cue.lemma if q.cue else None,
         "addressee_name": q.addressee.name if q.addressee else None,
         "addressee_actor_id": actor_of_entity.get(q.addressee.entity_id) if q.addressee else None}
        for q in analysis.quotes
    ]
    event_rows = []
    for e in analysis.events:
        row = {"document_id": document_id, "event_id": e.id, "type": e.type, "mode": e.mode,
               "trigger": e.trigger.text, "sentence_start": e.sentence.start,
               "sentence_end": e.sentence.end, "negated": e.negated, "place": e.where,
               "when": e.when, "quad_class": e.quad_class, "score": e.score, "cameo": e.cameo}
        for role, party in (("actor", e.actor), ("recipient", e.recipient)):
            row[f"{role}_code"] = party.code if party else None
            row[f"{role}_name"] = party.name if party else None
            row[f"{role}_actor_id"] = (
                actor_of_entity.get(party.entity_id) if party and party.entity_id else None
            )
        event_rows.append(row)
    place_rows = [
        {"document_id": document_id, "name": p.name, "country": p.country, "lat": p.lat,
         "lon": p.lon, "feature": p.feature, "mention_count": len(p.mentions)}
        for p in analysis.places
    ]
    for table, rows in ((t.mentions, mention_rows), (t.quotes, quote_rows),
                        (t.events, event_rows), (t.places, place_rows)):
        if rows:
            connection.execute(table.insert(), rows)


def upsert_actor(connection: Connection, entity: Entity) -> int:
    """The actor row for ``entity`` (created on first sight), with its names as aliases."""
    key = actor_key(entity)
    row = connection.execute(
        select(t.actors.c.id, t.actors.c.affiliation).where(t.actors.c.key == key)
    ).first()
    if row is None:
        actor_id = connection.execute(
            t.actors.insert().values(key=key, name=entity.name, type=entity.type,
                                     code=entity.code, affiliation=entity.affiliation)
            .returning(t.actors.c.id)
        ).scalar_one()
    else:
        actor_id = row.id
        if row.affiliation is None and entity.affiliation:
            connection.execute(update(t.actors).where(t.actors.c.id == actor_id)
                               .values(affiliation=entity.affiliation))
    names = {name[:300] for name in [entity.name, *entity.variants] if name}
    known = set(connection.execute(
        select(t.actor_aliases.c.alias).where(t.actor_aliases.c.actor_id == actor_id)
    ).scalars())
    new = sorted(names - known)
    if new:
        connection.execute(t.actor_aliases.insert(),
                           [{"actor_id": actor_id, "alias": alias} for alias in new])
    return actor_id
