"""SQLAlchemy Core forms of the query filters, for the web's paginated statements.

:mod:`lagebild.store.queries` writes the same filters as SQL text (so the CLI's SQLite path
needs no SQLAlchemy); :mod:`lagebild.api.corpus` composes SQLAlchemy ``Select`` statements
and uses these. Keep the two in step: a filter's meaning must not depend on the caller.
"""

from __future__ import annotations

from sqlalchemy import Select, func, or_, select

from lagebild.store import tables as t
from lagebild.store.queries import looks_like_code


def actor_ids_matching(value: str) -> Select:
    """Actors whose code is ``value`` or whose name or an alias contains it."""
    a, alias = t.actors, t.actor_aliases.alias()
    if looks_like_code(value):
        return select(a.c.id).where(a.c.code == value)
    return (
        select(a.c.id)
        .outerjoin(alias, alias.c.actor_id == a.c.id)
        .where(or_(a.c.name.ilike(f"%{value}%"), alias.c.alias.ilike(f"%{value}%")))
    )


def _party_matches(code_column, name_column, actor_column, value: str):  # noqa: ANN001, ANN202
    # A code must match exactly: "RUS" as a name part would also find "Weißrussland".
    if looks_like_code(value):
        return code_column == value
    return or_(name_column.ilike(f"%{value}%"), actor_column.in_(actor_ids_matching(value)))


def event_filters(
    statement: Select,
    actor: str | None,
    recipient: str | None,
    type: str | None,
    since: str | None,
    until: str | None,
    include_negated: bool,
    include_duplicates: bool,
) -> Select:
    """``statement`` (over events joined with documents) narrowed like ``queries.events``."""
    e, d = t.events, t.documents
    if actor:
        statement = statement.where(
            _party_matches(e.c.actor_code, e.c.actor_name, e.c.actor_actor_id, actor)
        )
    if recipient:
        statement = statement.where(
            _party_matches(
                e.c.recipient_code, e.c.recipient_name, e.c.recipient_actor_id, recipient
            )
        )
    if type:
        statement = statement.where(e.c.type == type.upper())
    if not include_negated:
        statement = statement.where(e.c.negated.is_(False))
    if not include_duplicates:
        statement = statement.where(d.c.duplicate_of.is_(None))
    return dated(statement, since, until)


def dated(statement: Select, since: str | None, until: str | None) -> Select:
    """``statement`` limited to documents published from ``since`` to ``until`` (days)."""
    day = func.substr(t.documents.c.published, 1, 10)
    if since:
        statement = statement.where(day >= since)
    if until:
        statement = statement.where(day <= until)
    return statement
