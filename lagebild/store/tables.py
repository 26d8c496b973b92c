"""The store's tables (SQLAlchemy Core), matching the newest Alembic migration.

Annotation tables hang off ``documents.id``; re-analysing a document deletes and
re-inserts its rows in one transaction. Actors are shared across documents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

metadata = MetaData()
#: Actor codes and affiliations: ISO codes, but also party and organisation codes of the
#: knowledge base, some of them names ("Die Grünen"); PostgreSQL enforces the length.
CODE_LENGTH = 120


class JsonText(str):
    """JSON serialised beforehand (in an ingest worker): :class:`JsonDocument` binds it as
    it is instead of encoding it again."""

    __slots__ = ()


class JsonDocument(TypeDecorator):
    """JSON on SQLite, JSONB on PostgreSQL.

    Chosen per dialect at run time, so SQLite users (every CLI query) do not import the
    PostgreSQL dialect (~15 ms of start-up) just to declare the variant.
    """

    impl = JSON
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import JSONB

            return dialect.type_descriptor(JSONB())
        return dialect.type_descriptor(JSON())

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        encode = super().bind_processor(dialect)

        def process(value: Any) -> Any:
            if isinstance(value, JsonText):
                return str(value)  # SQLite stores JSON as text; PostgreSQL casts it to jsonb
            return encode(value) if encode else value

        return process


JsonType = JsonDocument()

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(500), nullable=False),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(32)),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("normalised_hash", String(64), nullable=False, index=True),
    Column("minhash", JsonType),
    Column("duplicate_of", Integer, ForeignKey("documents.id"), index=True),
    Column("lagebild_version", String(32), nullable=False),
    Column("analysis", JsonType, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id"), primary_key=True),
    Column("band", Integer, primary_key=True),
    Column("bucket", String(32), nullable=False),
    Index("ix_minhash_bands_bucket", "band", "bucket"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(300), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("type", String(8)),
    Column("code", String(CODE_LENGTH), index=True),
    Column("affiliation", String(CODE_LENGTH)),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("alias", String(300), primary_key=True),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16)),
    # Covering index for the per-actor counts of ``queries.actors`` (migration 0002).
    Index("ix_mentions_actor_document", "actor_id", "document_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("quote_id", String(64), nullable=False),
    Column("kind", String(32)),
    Column("medium", String(16)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker_name", Text),
    Column("speaker_actor_id", Integer, ForeignKey("actors.id"), index=True),
    Column("cue", Text),
    Column("addressee_name", Text),
    Column("addressee_actor_id", Integer, ForeignKey("actors.id")),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("event_id", String(64), nullable=False),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("actor_code", String(CODE_LENGTH), index=True),
    Column("actor_name", Text),
    Column("actor_actor_id", Integer, ForeignKey("actors.id"), index=True),
    Column("recipient_code", String(CODE_LENGTH), index=True),
    Column("recipient_name", Text),
    Column("recipient_actor_id", Integer, ForeignKey("actors.id"), index=True),
    Column("trigger", Text),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("negated", Boolean, nullable=False, default=False),
    Column("place", Text),
    Column("when", String(32)),
    Column("quad_class", String(32)),
    Column("score", Float),
    Column("cameo", String(16)),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("feature", String(16)),
    Column("mention_count", Integer, nullable=False, default=0),
)

#: One row per document that gives an actor an affiliation ("Premier David Cameron" in a
#: text about Britain): the actor's stored affiliation is the one most documents give.
actor_affiliations = Table(
    "actor_affiliations",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("affiliation", String(CODE_LENGTH), primary_key=True),
    Index("ix_actor_affiliations_actor", "actor_id", "affiliation"),
)

#: Per-document annotation tables, deleted and re-inserted on re-analysis.
ANNOTATION_TABLES = (mentions, quotes, events, places, minhash_bands, actor_affiliations)
