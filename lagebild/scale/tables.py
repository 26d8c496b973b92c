"""Flatten :class:`~lagebild.model.Analysis` records into six Arrow tables.

The schemas are fixed here (not inferred from the data), so every Parquet part has the
same schema even when a partition has no quotes or events, and Spark, DuckDB and pandas
can read a folder of parts as one table. Offsets are character offsets into the
document's ``text`` (column ``documents.text``), as in the JSON output.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from lagebild.model import Analysis, EventActor

_STR = pa.string()
_INT = pa.int32()
_TEXT_LIST = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("doc_id", _STR),
            ("source", _STR),
            ("url", _STR),
            ("title", _STR),
            ("published", _STR),  # ISO date YYYY-MM-DD as the readers normalise it
            ("content_hash", _STR),  # sha256 hex of the UTF-8 text
            ("lagebild_version", _STR),
            ("n_sentences", _INT),
            ("text", _STR),
            # The full record (``Analysis.model_dump_json()``), so ``lagebild load`` can bring
            # a scale run into the corpus store without analysing again.
            ("analysis_json", _STR),
        ]
    ),
    "entities": pa.schema(
        [
            ("doc_id", _STR),
            ("entity_id", _STR),
            ("name", _STR),
            ("type", _STR),
            ("code", _STR),
            ("affiliation", _STR),
            ("roles", _TEXT_LIST),
            ("variants", _TEXT_LIST),
        ]
    ),
    "mentions": pa.schema(
        [
            ("doc_id", _STR),
            ("entity_id", _STR),
            ("start", _INT),
            ("end", _INT),
            ("text", _STR),
            ("kind", _STR),
        ]
    ),
    "quotes": pa.schema(
        [
            ("doc_id", _STR),
            ("quote_id", _STR),
            ("kind", _STR),
            ("medium", _STR),
            ("start", _INT),
            ("end", _INT),
            ("text", _STR),
            ("speaker_name", _STR),
            ("speaker_entity_id", _STR),
            ("cue_lemma", _STR),
            ("addressee_name", _STR),
        ]
    ),
    "events": pa.schema(
        [
            ("doc_id", _STR),
            ("event_id", _STR),
            ("type", _STR),
            ("mode", _STR),
            ("actor_code", _STR),
            ("actor_name", _STR),
            ("recipient_code", _STR),
            ("recipient_name", _STR),
            ("trigger_text", _STR),
            ("trigger_start", _INT),
            ("sentence_start", _INT),
            ("sentence_end", _INT),
            ("negated", pa.bool_()),
            ("attributed_to", _STR),
            ("where", _STR),
            ("when", _STR),
            ("quantity", pa.int64()),
            ("quad_class", _STR),
            ("score", pa.float64()),
            ("cameo", _STR),
        ]
    ),
    "places": pa.schema(
        [
            ("doc_id", _STR),
            ("name", _STR),
            ("country", _STR),
            ("lat", pa.float64()),
            ("lon", pa.float64()),
            ("n_mentions", _INT),
        ]
    ),
}

TABLE_NAMES: tuple[str, ...] = tuple(SCHEMAS)

Row = dict[str, Any]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _actor(actor: EventActor | None) -> tuple[str | None, str | None]:
    return (actor.code, actor.name) if actor else (None, None)


def rows_of(analysis: Analysis) -> dict[str, list[Row]]:
    """The rows one analysis contributes to each table."""
    doc_id = analysis.id
    rows: dict[str, list[Row]] = {name: [] for name in TABLE_NAMES}
    rows["documents"].append(
        {
            "doc_id": doc_id,
            "source": analysis.source,
            "url": analysis.url,
            "title": analysis.title,
            "published": analysis.published,
            "content_hash": content_hash(analysis.text),
            "lagebild_version": analysis.provenance.lagebild_version,
            "n_sentences": len(analysis.sentences),
            "text": analysis.text,
            "analysis_json": analysis.model_dump_json(),
        }
    )
    for entity in analysis.entities:
        rows["entities"].append(
            {
                "doc_id": doc_id,
                "entity_id": entity.id,
                "name": entity.name,
                "type": entity.type,
                "code": entity.code,
                "affiliation": entity.affiliation,
                "roles": list(entity.roles),
                "variants": list(entity.variants),
            }
        )
        rows["mentions"].extend(
            {
                "doc_id": doc_id,
                "entity_id": entity.id,
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "kind": mention.kind,
            }
            for mention in entity.mentions
        )
    for quote in analysis.quotes:
        rows["quotes"].append(
            {
                "doc_id": doc_id,
                "quote_id": quote.id,
                "kind": quote.kind,
                "medium": quote.medium,
                "start": quote.start,
                "end": quote.end,
                "text": quote.text,
                "speaker_name": quote.speaker.name if quote.speaker else None,
                "speaker_entity_id": quote.speaker.entity_id if quote.speaker else None,
                "cue_lemma": quote.cue.lemma if quote.cue else None,
                "addressee_name": quote.addressee.name if quote.addressee else None,
            }
        )
    for event in analysis.events:
        actor_code, actor_name = _actor(event.actor)
        recipient_code, recipient_name = _actor(event.recipient)
        rows["events"].append(
            {
                "doc_id": doc_id,
                "event_id": event.id,
                "type": event.type,
                "mode": event.mode,
                "actor_code": actor_code,
                "actor_name": actor_name,
                "recipient_code": recipient_code,
                "recipient_name": recipient_name,
                "trigger_text": event.trigger.text,
                "trigger_start": event.trigger.start,
                "sentence_start": event.sentence.start,
                "sentence_end": event.sentence.end,
                "negated": event.negated,
                "attributed_to": event.attributed_to,
                "where": event.where,
                "when": event.when,
                "quantity": event.quantity,
                "quad_class": event.quad_class,
                "score": event.score,
                "cameo": event.cameo,
            }
        )
    rows["places"].extend(
        {
            "doc_id": doc_id,
            "name": place.name,
            "country": place.country,
            "lat": place.lat,
            "lon": place.lon,
            "n_mentions": len(place.mentions),
        }
        for place in analysis.places
    )
    return rows


class TableRows:
    """Accumulates rows per table, so a partition need not keep its Analysis records."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {name: [] for name in TABLE_NAMES}

    def add(self, analysis: Analysis) -> None:
        for name, rows in rows_of(analysis).items():
            self.rows[name].extend(rows)

    def tables(self) -> dict[str, pa.Table]:
        return {
            name: pa.Table.from_pylist(self.rows[name], schema=SCHEMAS[name])
            for name in TABLE_NAMES
        }


def to_tables(analyses: Iterable[Analysis]) -> dict[str, pa.Table]:
    """The six tables of ``analyses``: documents, entities, mentions, quotes, events, places."""
    collected = TableRows()
    for analysis in analyses:
        collected.add(analysis)
    return collected.tables()
