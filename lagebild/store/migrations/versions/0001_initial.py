"""Initial corpus schema: documents, actors, annotations, full-text indexes.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def _document_fk() -> sa.Column:
    return sa.Column(
        "document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc_id", sa.String(500), nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("normalised_hash", sa.String(64), nullable=False, index=True),
        sa.Column("minhash", _JSON),
        sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("documents.id"), index=True),
        sa.Column("lagebild_version", sa.String(32), nullable=False),
        sa.Column("analysis", _JSON, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "minhash_bands",
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("band", sa.Integer, primary_key=True),
        sa.Column("bucket", sa.String(32), nullable=False),
    )
    op.create_index("ix_minhash_bands_bucket", "minhash_bands", ["band", "bucket"])
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(300), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(8)),
        sa.Column("code", sa.String(32), index=True),
        sa.Column("affiliation", sa.String(32)),
    )
    op.create_table(
        "actor_aliases",
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id"), primary_key=True),
        sa.Column("alias", sa.String(300), primary_key=True),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        _document_fk(),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id"), nullable=False, index=True),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16)),
    )
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True),
        _document_fk(),
        sa.Column("quote_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32)),
        sa.Column("medium", sa.String(16)),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_actor_id", sa.Integer, sa.ForeignKey("actors.id"), index=True),
        sa.Column("cue", sa.Text),
        sa.Column("addressee_name", sa.Text),
        sa.Column("addressee_actor_id", sa.Integer, sa.ForeignKey("actors.id")),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        _document_fk(),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("type", sa.String(16), nullable=False, index=True),
        sa.Column("mode", sa.String(32)),
        sa.Column("actor_code", sa.String(32), index=True),
        sa.Column("actor_name", sa.Text),
        sa.Column("actor_actor_id", sa.Integer, sa.ForeignKey("actors.id")),
        sa.Column("recipient_code", sa.String(32), index=True),
        sa.Column("recipient_name", sa.Text),
        sa.Column("recipient_actor_id", sa.Integer, sa.ForeignKey("actors.id")),
        sa.Column("trigger", sa.Text),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("place", sa.Text),
        sa.Column("when", sa.String(32)),
        sa.Column("quad_class", sa.String(32)),
        sa.Column("score", sa.Float),
        sa.Column("cameo", sa.String(16)),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.Integer, primary_key=True),
        _document_fk(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("feature", sa.String(16)),
        sa.Column("mention_count", sa.Integer, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fulltext()
    elif op.get_bind().dialect.name == "postgresql":
        _postgres_fulltext()


def _sqlite_fulltext() -> None:
    # External-content FTS5 tables kept in step by triggers; no German stemmer in
    # SQLite, so diacritics are folded instead ("Bundesländer" ~ "Bundeslander").
    for table, columns in (("documents", ("title", "text")), ("quotes", ("text",))):
        names = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        fts = f"{table}_fts"
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
        delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
        op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {names} ON {table} "
            f"BEGIN {delete} {insert} END"
        )


def _postgres_fulltext() -> None:
    op.execute(
        "CREATE INDEX documents_fts ON documents USING GIN "
        "(to_tsvector('german', coalesce(title, '') || ' ' || text))"
    )
    op.execute("CREATE INDEX quotes_fts ON quotes USING GIN (to_tsvector('german', text))")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS quotes_fts")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in (
        "places",
        "events",
        "quotes",
        "mentions",
        "actor_aliases",
        "actors",
        "minhash_bands",
        "documents",
    ):
        op.drop_table(table)
