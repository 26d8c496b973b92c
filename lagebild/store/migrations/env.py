"""Alembic environment: runs migrations on the connection lagebild hands over.

lagebild calls Alembic programmatically (see :func:`lagebild.store.database.migrate`),
passing an open connection in ``config.attributes["connection"]``; there is no alembic.ini.
"""

from __future__ import annotations

from alembic import context

from lagebild.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
