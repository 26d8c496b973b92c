"""Wider actor code columns (32 -> 120 characters).

Codes are ISO codes, but also the knowledge base's party and organisation codes, some of
them names; PostgreSQL rejected a document whose code was longer than 32 characters.
SQLite does not enforce a VARCHAR length, so only PostgreSQL's columns change.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: (table, column) of every actor code.
CODE_COLUMNS = (
    ("actors", "code"),
    ("actors", "affiliation"),
    ("events", "actor_code"),
    ("events", "recipient_code"),
)


def _alter(length: int, previous: int) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in CODE_COLUMNS:
        op.alter_column(table, column, type_=sa.String(length), existing_type=sa.String(previous))


def upgrade() -> None:
    _alter(120, 32)


def downgrade() -> None:
    _alter(32, 120)
