"""Affiliation votes per document: an actor's affiliation is the one most documents give.

Before, the first stored document's affiliation stayed for good, so one article's guess
("Christoph Leitl" beside "Großbritannien") outvoted every later one. Stores ingested
before this revision have no votes; their affiliations change as documents are
re-analysed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor_affiliations",
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id"), primary_key=True),
        sa.Column("affiliation", sa.String(120), primary_key=True),
    )
    op.create_index(
        "ix_actor_affiliations_actor", "actor_affiliations", ["actor_id", "affiliation"]
    )


def downgrade() -> None:
    op.drop_index("ix_actor_affiliations_actor", table_name="actor_affiliations")
    op.drop_table("actor_affiliations")
