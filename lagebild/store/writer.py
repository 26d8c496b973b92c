"""Saving one analysis: document row, shared actors and annotations, in the caller's transaction.

Keyed by the content hash, so saving the same text twice never duplicates it; a newer
lagebild version replaces the document's annotations (delete + insert) in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any, Literal

from sqlalchemy import Connection, Select, and_, bindparam, delete, func, or_, select, update

from lagebild.model import Analysis
from lagebild.store import tables as t
from lagebild.store.fingerprint import (
    BANDS,
    NEAR_DUPLICATE_JACCARD,
    Fingerprint,
    estimated_jaccard,
)
from lagebild.store.rows import ActorRow, PreparedAnalysis, prepare

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
    return save_prepared(connection, prepare(analysis, fp))


def save_prepared(connection: Connection, prepared: PreparedAnalysis) -> SaveResult:
    """Store rows made by :func:`lagebild.store.rows.prepare` (inside ``engine.begin()``).

    A handful of statements per document whatever its size: one ``executemany`` per table.
    """
    fp, version = prepared.fingerprint, prepared.version
    existing = connection.execute(
        select(t.documents.c.id, t.documents.c.lagebild_version).where(
            t.documents.c.content_hash == fp.content_hash
        )
    ).first()
    if existing is not None and version_tuple(existing.lagebild_version) >= version_tuple(version):
        return SaveResult("skipped", existing.id)
    duplicate_of = find_near_duplicate(connection, fp, existing.id if existing else None)
    values = {
        **prepared.document,
        "duplicate_of": duplicate_of,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    voted_before: set[int] = set()
    if existing is not None:
        document_id = existing.id
        voted_before = _voted_actors(connection, document_id)
        for table in t.ANNOTATION_TABLES:
            connection.execute(delete(table).where(table.c.document_id == document_id))
        connection.execute(
            update(t.documents).where(t.documents.c.id == document_id).values(**values)
        )
    else:
        document_id = connection.execute(
            t.documents.insert().values(**values).returning(t.documents.c.id)
        ).scalar_one()
    # a re-published story does not vote twice
    voted = _insert_annotations(connection, document_id, prepared, vote=duplicate_of is None)
    _elect_affiliations(connection, voted | voted_before)
    if duplicate_of is not None:
        return SaveResult("duplicate", document_id, duplicate_of)
    return SaveResult("replaced" if existing is not None else "ingested", document_id)


def find_near_duplicate(
    connection: Connection, fp: Fingerprint, exclude: int | None = None
) -> int | None:
    """The earliest stored original whose text is (nearly) the same story, if any."""
    params = {f"bucket{band}": bucket for band, bucket in fp.bands()}
    rows = connection.execute(
        _near_duplicate_candidates(), {**params, "normalised_hash": fp.normalised_hash}
    ).all()
    for row in rows:
        if row.id == exclude:
            continue
        same = row.normalised_hash == fp.normalised_hash
        if same or estimated_jaccard(row.minhash or [], fp.minhash) >= NEAR_DUPLICATE_JACCARD:
            return row.duplicate_of or row.id
    return None


@cache
def _near_duplicate_candidates() -> Select:
    """Documents sharing a MinHash band bucket (``bucket0``…) or the normalised hash.

    Built once: constructing the 16-way OR took longer than running it. (A row-value
    ``(band, bucket) IN (VALUES …)`` would be shorter, but SQLite scans the table for it
    instead of using the (band, bucket) index.)
    """
    bands, docs = t.minhash_bands, t.documents
    candidates = select(bands.c.document_id).where(
        or_(
            *(
                and_(bands.c.band == band, bands.c.bucket == bindparam(f"bucket{band}"))
                for band in range(BANDS)
            )
        )
    )
    return (
        select(docs.c.id, docs.c.duplicate_of, docs.c.normalised_hash, docs.c.minhash)
        .where(
            or_(docs.c.id.in_(candidates), docs.c.normalised_hash == bindparam("normalised_hash"))
        )
        .order_by(docs.c.id)
    )


def load_analysis(row_analysis: dict[str, Any], text: str) -> Analysis:
    """The stored Analysis record again (its text is kept once, in ``documents.text``)."""
    return Analysis.model_validate({**row_analysis, "text": text})


def _insert_annotations(
    connection: Connection, document_id: int, prepared: PreparedAnalysis, vote: bool = True
) -> set[int]:
    """Insert the document's rows; the ids of the actors it gives an affiliation."""
    connection.execute(
        t.minhash_bands.insert(),
        [
            {"document_id": document_id, "band": band, "bucket": bucket}
            for band, bucket in prepared.fingerprint.bands()
        ],
    )
    actor_ids = upsert_actors(connection, prepared.actors)
    mentions = [
        {
            "document_id": document_id,
            "actor_id": actor_ids[row["actor_key"]],
            **{name: value for name, value in row.items() if name != "actor_key"},
        }
        for row in prepared.mentions
    ]
    for table, rows in (
        (t.mentions, mentions),
        (t.quotes, _with_actor_ids(prepared.quotes, document_id, actor_ids)),
        (t.events, _with_actor_ids(prepared.events, document_id, actor_ids)),
        (t.places, [{"document_id": document_id, **row} for row in prepared.places]),
    ):
        if rows:
            connection.execute(table.insert(), rows)
    votes = sorted(
        {
            (actor_ids[row.key], row.affiliation)
            for row in prepared.actors
            if row.affiliation and vote
        }
    )
    if votes:
        connection.execute(
            t.actor_affiliations.insert(),
            [
                {"document_id": document_id, "actor_id": actor_id, "affiliation": affiliation}
                for actor_id, affiliation in votes
            ],
        )
    return {actor_id for actor_id, _ in votes}


def _voted_actors(connection: Connection, document_id: int) -> set[int]:
    votes = t.actor_affiliations
    return set(
        connection.execute(
            select(votes.c.actor_id).where(votes.c.document_id == document_id)
        ).scalars()
    )


def _elect_affiliations(connection: Connection, actor_ids: set[int]) -> None:
    """Set each actor's affiliation to the one most of its documents give (ties: the
    earliest document's); an actor without votes (stored before revision 0004) keeps its own."""
    if not actor_ids:
        return
    a, votes = t.actors, t.actor_affiliations
    elected = (
        select(votes.c.affiliation)
        .where(votes.c.actor_id == a.c.id)
        .group_by(votes.c.affiliation)
        .order_by(func.count().desc(), func.min(votes.c.document_id))
        .limit(1)
        .scalar_subquery()
    )
    has_votes = select(votes.c.actor_id).where(votes.c.actor_id == a.c.id).exists()
    connection.execute(
        update(a).where(a.c.id.in_(sorted(actor_ids)), has_votes).values(affiliation=elected)
    )


def _with_actor_ids(
    rows: list[dict[str, Any]], document_id: int, actor_ids: dict[str, int]
) -> list[dict[str, Any]]:
    """Rows with ``role_key`` fields replaced by ``role_actor_id`` (e.g. speaker_actor_id)."""
    result = []
    for row in rows:
        out: dict[str, Any] = {"document_id": document_id}
        for name, value in row.items():
            if name.endswith("_key"):
                out[name[:-4] + "_actor_id"] = actor_ids.get(value) if value else None
            else:
                out[name] = value
        result.append(out)
    return result


def upsert_actors(connection: Connection, rows: tuple[ActorRow, ...]) -> dict[str, int]:
    """Row ids of the document's actors by key; new ones are created, new names become
    aliases and a missing affiliation is filled in (first mention wins, as on one-by-one
    upserts)."""
    if not rows:
        return {}
    first: dict[str, ActorRow] = {}
    affiliation: dict[str, str] = {}
    names: dict[str, set[str]] = {}
    for row in rows:
        first.setdefault(row.key, row)
        if row.affiliation and row.key not in affiliation:
            affiliation[row.key] = row.affiliation
        names.setdefault(row.key, set()).update(row.names)
    a = t.actors
    known = {
        row.key: row
        for row in connection.execute(
            select(a.c.id, a.c.key, a.c.affiliation).where(a.c.key.in_(list(first)))
        )
    }
    new = [key for key in first if key not in known]
    if new:
        connection.execute(
            a.insert(),
            [
                {
                    "key": key,
                    "name": first[key].name,
                    "type": first[key].type,
                    "code": first[key].code,
                    "affiliation": affiliation.get(key),
                }
                for key in new
            ],
        )
        known.update(
            {
                row.key: row
                for row in connection.execute(
                    select(a.c.id, a.c.key, a.c.affiliation).where(a.c.key.in_(new))
                )
            }
        )
    ids = {key: row.id for key, row in known.items()}
    filled = [
        {"actor_id": row.id, "value": affiliation[key]}
        for key, row in known.items()
        if row.affiliation is None and key in affiliation
    ]
    if filled:
        connection.execute(
            update(a).where(a.c.id == bindparam("actor_id")).values(affiliation=bindparam("value")),
            filled,
        )
    alias = t.actor_aliases
    stored = {
        (row.actor_id, row.alias)
        for row in connection.execute(
            select(alias.c.actor_id, alias.c.alias).where(alias.c.actor_id.in_(list(ids.values())))
        )
    }
    missing = sorted(
        {(ids[key], name) for key, values in names.items() for name in values} - stored
    )
    if missing:
        connection.execute(
            alias.insert(), [{"actor_id": actor_id, "alias": name} for actor_id, name in missing]
        )
    return ids
