"""An analysis turned into the store's rows, before any database is involved.

:func:`prepare` runs where the analysis is made (an ingest worker process): the result is
plain tuples, dicts and pre-serialised JSON, cheap to pickle and ready for one
``executemany`` per table, so the single writing process does little more than insert.
Rows refer to actors by their cross-document key; the writer maps keys to row ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from lagebild.model import Analysis, Entity
from lagebild.store.actors import ActorIdentity, actor_identity
from lagebild.store.fingerprint import Fingerprint
from lagebild.store.tables import JsonText


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One actor as the document names it; ``names`` become its aliases."""

    key: str
    name: str
    type: str | None
    code: str | None
    affiliation: str | None
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PreparedAnalysis:
    """Everything :func:`lagebild.store.writer.save_prepared` writes for one document."""

    fingerprint: Fingerprint
    version: str
    #: The ``documents`` row without ``duplicate_of`` and ``ingested_at`` (set on saving).
    document: dict[str, Any]
    actors: tuple[ActorRow, ...]
    #: Annotation rows; ``*_key`` fields name actors by key, ``document_id`` is added later.
    mentions: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    events: list[dict[str, Any]]
    places: list[dict[str, Any]]


def prepare(analysis: Analysis, fp: Fingerprint) -> PreparedAnalysis:
    identities = {
        entity.id: actor_identity(entity, fp.content_hash, analysis.text)
        for entity in analysis.entities
    }
    key_of = {entity_id: identity.key for entity_id, identity in identities.items()}
    actors = tuple(_actor_row(entity, identities[entity.id]) for entity in analysis.entities)
    mentions = [
        {
            "actor_key": key_of[entity.id],
            "entity_id": entity.id,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "kind": m.kind,
        }
        for entity in analysis.entities
        for m in entity.mentions
    ]
    quotes = [
        {
            "quote_id": q.id,
            "kind": q.kind,
            "medium": q.medium,
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "speaker_name": q.speaker.name if q.speaker else None,
            "speaker_key": (
                key_of.get(q.speaker.entity_id)
                if q.speaker and q.speaker.entity_id is not None
                else None
            ),
            "cue": q.cue.lemma if q.cue else None,
            "addressee_name": q.addressee.name if q.addressee else None,
            "addressee_key": (
                key_of.get(q.addressee.entity_id)
                if q.addressee and q.addressee.entity_id is not None
                else None
            ),
        }
        for q in analysis.quotes
    ]
    events = []
    for e in analysis.events:
        row = {
            "event_id": e.id,
            "type": e.type,
            "mode": e.mode,
            "trigger": e.trigger.text,
            "sentence_start": e.sentence.start,
            "sentence_end": e.sentence.end,
            "negated": e.negated,
            "place": e.where,
            "when": e.when,
            "quad_class": e.quad_class,
            "score": e.score,
            "cameo": e.cameo,
        }
        for role, party in (("actor", e.actor), ("recipient", e.recipient)):
            row[f"{role}_code"] = party.code if party else None
            row[f"{role}_name"] = party.name if party else None
            row[f"{role}_key"] = key_of.get(party.entity_id) if party and party.entity_id else None
        events.append(row)
    places = [
        {
            "name": p.name,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "feature": p.feature,
            "mention_count": len(p.mentions),
        }
        for p in analysis.places
    ]
    return PreparedAnalysis(
        fingerprint=fp,
        version=analysis.provenance.lagebild_version,
        document=_document_row(analysis, fp),
        actors=actors,
        mentions=mentions,
        quotes=quotes,
        events=events,
        places=places,
    )


def _actor_row(entity: Entity, identity: ActorIdentity) -> ActorRow:
    if identity.attached:
        # an unnamed spokesman stands for his state: "Sprecher" is no name of Russia
        return ActorRow(
            identity.key, identity.name, identity.type, identity.code, None, (identity.name,)
        )
    names = tuple(name[:300] for name in (entity.name, *entity.variants) if name)
    return ActorRow(
        identity.key, identity.name, identity.type, identity.code, entity.affiliation, names
    )


def _document_row(analysis: Analysis, fp: Fingerprint) -> dict[str, Any]:
    # Serialised here, not by the column type in the writer: the JSON is the largest part
    # of a document's rows and the writer is the one process that cannot run in parallel.
    stored = analysis.model_dump_json(exclude={"tokens", "text"})
    return {
        "doc_id": analysis.id[:500],
        "source": analysis.source,
        "url": analysis.url,
        "title": analysis.title,
        "published": analysis.published,
        "text": analysis.text,
        "content_hash": fp.content_hash,
        "normalised_hash": fp.normalised_hash,
        "minhash": JsonText(json.dumps(fp.minhash, separators=(",", ":"))),
        "lagebild_version": analysis.provenance.lagebild_version,
        "analysis": JsonText(stored),
    }
