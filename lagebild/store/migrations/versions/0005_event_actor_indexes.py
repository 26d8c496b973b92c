"""Indexes on the events' actor and recipient actor ids.

An actor's page and the events filtered by actor id (``/events?actor_id=``) looked these up
by scanning every event; on large stores that grows with the store, not with the actor.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_actor_actor_id", "events", ["actor_actor_id"])
    op.create_index("ix_events_recipient_actor_id", "events", ["recipient_actor_id"])


def downgrade() -> None:
    op.drop_index("ix_events_recipient_actor_id", table_name="events")
    op.drop_index("ix_events_actor_actor_id", table_name="events")
