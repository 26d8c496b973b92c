"""Paginated reads about actors for the web: lists, one actor with its roles, timelines,
events between two parties and the network's edges (see :mod:`lagebild.api.corpus`)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, bindparam, func, or_, select, text
from sqlalchemy.orm import aliased

from lagebild.api.corpus import Page, paged
from lagebild.store import tables as t
from lagebild.store.core_filters import actor_ids_matching, event_filters
from lagebild.store.queries import looks_like_code


def entity_actor_ids(engine: Engine, document_id: int) -> dict[str, int]:
    """Which corpus actor each entity of a stored document is (for links)."""
    m = t.mentions
    with engine.connect() as connection:
        rows = connection.execute(
            select(m.c.entity_id, m.c.actor_id).where(m.c.document_id == document_id).distinct()
        )
        return {row.entity_id: row.actor_id for row in rows}


def actor_ids_by_key(engine: Engine, keys: list[str]) -> dict[str, int]:
    if not keys:
        return {}
    with engine.connect() as connection:
        rows = connection.execute(
            select(t.actors.c.key, t.actors.c.id).where(t.actors.c.key.in_(keys))
        )
        return {row.key: row.id for row in rows}


def actors(
    engine: Engine,
    page: Page,
    q: str | None = None,
    type: str | None = None,
    code: str | None = None,
) -> dict[str, Any]:
    """Actors, most-mentioned first, with document and mention counts."""
    a, m, d = t.actors, t.mentions, t.documents
    statement = (
        select(
            a.c.id,
            a.c.key,
            a.c.name,
            a.c.type,
            a.c.code,
            a.c.affiliation,
            func.count(func.distinct(m.c.document_id)).label("documents"),
            func.count(m.c.id).label("mentions"),
        )
        .join(m, m.c.actor_id == a.c.id)
        .join(d, d.c.id == m.c.document_id)
        .where(d.c.duplicate_of.is_(None))
        .group_by(a.c.id, a.c.key, a.c.name, a.c.type, a.c.code, a.c.affiliation)
        .order_by(func.count(m.c.id).desc(), a.c.key)
    )
    if q:
        statement = statement.where(a.c.id.in_(actor_ids_matching(q)))
    if type:
        statement = statement.where(a.c.type == type.upper())
    if code:
        statement = statement.where(a.c.code == code)
    return paged(engine, statement, page)


def actor(engine: Engine, actor_id: int) -> dict[str, Any] | None:
    """One actor with aliases, counts and the roles seen in its documents."""
    a = t.actors
    with engine.connect() as connection:
        row = connection.execute(select(a).where(a.c.id == actor_id)).first()
        if row is None:
            return None
        aliases = list(
            connection.execute(
                select(t.actor_aliases.c.alias)
                .where(t.actor_aliases.c.actor_id == actor_id)
                .order_by(t.actor_aliases.c.alias)
            ).scalars()
        )
        m, d = t.mentions, t.documents
        docs = connection.execute(
            select(
                d.c.id,
                d.c.doc_id,
                d.c.title,
                d.c.published,
                m.c.entity_id,
                func.count(m.c.id).label("mentions"),
            )
            .join(m, m.c.document_id == d.c.id)
            .where(m.c.actor_id == actor_id)
            .group_by(d.c.id, d.c.doc_id, d.c.title, d.c.published, m.c.entity_id)
            .order_by(d.c.published.desc(), d.c.id.desc())
            .limit(50)
        ).all()
        roles = roles_of(connection, [(doc.id, doc.entity_id) for doc in docs[:20]])
    return {
        **dict(row._mapping),
        "aliases": aliases,
        "roles": roles,
        "documents": [
            {
                "id": doc.id,
                "doc_id": doc.doc_id,
                "title": doc.title,
                "published": doc.published,
                "mentions": doc.mentions,
            }
            for doc in docs
        ],
    }


#: Per dialect: (document id, entity id, its roles as JSON) of the entities with roles in
#: the stored analyses of some documents, decoded by the database, not in Python.
_ROLE_SQL = {
    "sqlite": "SELECT d.id, json_extract(e.value, '$.id'), json_extract(e.value, '$.roles') "
    "FROM documents AS d, json_each(d.analysis, '$.entities') AS e "
    "WHERE d.id IN :ids AND json_array_length(e.value, '$.roles') > 0 ORDER BY d.id, e.key",
    "postgresql": "SELECT d.id, e.value ->> 'id', (e.value -> 'roles')::text "
    "FROM documents AS d, jsonb_array_elements(d.analysis -> 'entities') "
    "WITH ORDINALITY AS e(value, n) "
    "WHERE d.id IN :ids AND jsonb_array_length(COALESCE(e.value -> 'roles', '[]')) > 0 "
    "ORDER BY d.id, e.n",
}


def roles_of(connection: Any, entities: list[tuple[int, str]]) -> list[str]:
    # Roles are not stored in their own table; they are read from the stored analyses.
    # Decoding whole analyses in Python took ~25 ms per actor page (holding the GIL), so
    # the database picks out the entities' roles where it can.
    if not entities:
        return []
    by_document = dict(entities)
    seen: dict[str, None] = {}
    sql = _ROLE_SQL.get(connection.dialect.name)
    if sql is not None:
        statement = text(sql).bindparams(bindparam("ids", expanding=True))
        for document_id, entity_id, roles in connection.execute(
            statement, {"ids": list(by_document)}
        ):
            if entity_id == by_document[document_id]:
                seen.update(dict.fromkeys(json.loads(roles)))
        return list(seen)
    d = t.documents
    rows = connection.execute(
        select(d.c.id, d.c.analysis).where(d.c.id.in_(by_document)).order_by(d.c.id)
    )
    for row in rows:
        for entity in (row.analysis or {}).get("entities", []):
            if entity.get("id") == by_document[row.id]:
                seen.update(dict.fromkeys(entity.get("roles") or []))
    return list(seen)


def actor_events(engine: Engine, actor_id: int, limit: int = 2000) -> list[dict[str, Any]]:
    """Events with the actor on either side (for its timeline)."""
    e, d = t.events, t.documents
    statement = (
        select(
            d.c.published,
            e.c.type,
            e.c.quad_class,
            (e.c.actor_actor_id == actor_id).label("as_actor"),
        )
        .join(d, d.c.id == e.c.document_id)
        .where(or_(e.c.actor_actor_id == actor_id, e.c.recipient_actor_id == actor_id))
        .where(e.c.negated.is_(False), d.c.duplicate_of.is_(None))
        .order_by(d.c.published)
        .limit(limit)
    )
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(statement)]


def pair_events(
    engine: Engine,
    actor: str,
    recipient: str,
    since: str | None = None,
    until: str | None = None,
    both_directions: bool = True,
    limit: int = 2000,
) -> list[dict[str, Any]]:
    """Events between two parties (codes or names), either way round unless told otherwise."""
    e, d = t.events, t.documents
    columns = (
        d.c.id.label("document_id"),
        d.c.doc_id,
        d.c.title,
        d.c.published,
        e.c.type,
        e.c.quad_class,
        e.c.actor_code,
        e.c.actor_name,
        e.c.recipient_code,
        e.c.recipient_name,
        e.c.trigger,
    )
    rows: list[dict[str, Any]] = []
    directions = [(actor, recipient)] + ([(recipient, actor)] if both_directions else [])
    with engine.connect() as connection:
        for first, second in directions:
            statement = select(*columns).join(d, d.c.id == e.c.document_id).limit(limit)
            statement = event_filters(statement, first, second, None, since, until, False, False)
            rows += [dict(row._mapping) for row in connection.execute(statement)]
    return sorted(rows, key=lambda row: (row["published"] or "", row["document_id"]))


def network_edges(engine: Engine, limit: int = 400) -> list[dict[str, Any]]:
    """Actor pairs linked by events, with counts split into conflict and cooperation."""
    e, d = t.events, t.documents
    source = func.coalesce(e.c.actor_code, e.c.actor_name).label("source")
    target = func.coalesce(e.c.recipient_code, e.c.recipient_name).label("target")
    statement = (
        select(source, target, e.c.quad_class, func.count(e.c.id).label("n"))
        .join(d, d.c.id == e.c.document_id)
        .where(e.c.negated.is_(False), d.c.duplicate_of.is_(None))
        .where(source.is_not(None), target.is_not(None))
        .group_by(source, target, e.c.quad_class)
        .order_by(func.count(e.c.id).desc())
        .limit(limit)
    )
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(statement)]


def actor_id_for(engine: Engine, value: str) -> int | None:
    """The actor a code or name most plausibly means (for links from the pair page)."""
    a = aliased(t.actors)
    statement = (
        select(a.c.id)
        .where(
            a.c.code == value if looks_like_code(value) else a.c.id.in_(actor_ids_matching(value))
        )
        .order_by(a.c.id)
        .limit(1)
    )
    with engine.connect() as connection:
        return connection.execute(statement).scalar_one_or_none()
