"""Paginated reads over the store for the web: lists with totals, one document, one actor.

``lagebild.store.queries`` answers the CLI's questions; the web also needs offsets,
totals and per-document joins, so those queries live here, over the same tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Select, func, or_, select

from lagebild.model import Analysis
from lagebild.store import tables as t
from lagebild.store.core_filters import actor_ids_matching, dated, event_filters
from lagebild.store.writer import load_analysis


@dataclass(frozen=True, slots=True)
class Page:
    limit: int = 20
    offset: int = 0


def paged(engine: Engine, statement: Select, page: Page) -> dict[str, Any]:
    """``{"total", "limit", "offset", "items"}`` for ``statement``."""
    count = select(func.count()).select_from(statement.order_by(None).subquery())
    with engine.connect() as connection:
        total = connection.execute(count).scalar_one()
        rows = connection.execute(statement.limit(page.limit).offset(page.offset))
        items = [dict(row._mapping) for row in rows]
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}


def documents(
    engine: Engine,
    page: Page,
    q: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    """Documents, newest first (by publication date, then by storing order)."""
    d = t.documents
    statement = select(
        d.c.id,
        d.c.doc_id,
        d.c.title,
        d.c.source,
        d.c.published,
        d.c.duplicate_of,
        d.c.ingested_at,
        func.substr(d.c.text, 1, 240).label("lead"),
    ).order_by(d.c.published.desc(), d.c.id.desc())
    if q:
        statement = statement.where(or_(d.c.title.ilike(f"%{q}%"), d.c.text.ilike(f"%{q}%")))
    if source:
        statement = statement.where(d.c.source == source)
    return paged(engine, dated(statement, since, until), page)


def document(engine: Engine, document_id: int) -> tuple[dict[str, Any], Analysis] | None:
    """A stored document's metadata and its Analysis, or None."""
    d = t.documents
    with engine.connect() as connection:
        row = connection.execute(select(d).where(d.c.id == document_id)).first()
    if row is None:
        return None
    meta = {
        key: row._mapping[key]
        for key in (
            "id",
            "doc_id",
            "title",
            "source",
            "url",
            "published",
            "duplicate_of",
            "lagebild_version",
            "ingested_at",
        )
    }
    return meta, load_analysis(row.analysis, row.text)


def quotes(
    engine: Engine,
    page: Page,
    speaker: str | None = None,
    speaker_id: int | None = None,
    q: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, Any]:
    from lagebild.store.fulltext import quote_matches

    qt, d = t.quotes, t.documents
    statement = (
        select(
            qt.c.id,
            d.c.id.label("document_id"),
            d.c.doc_id,
            d.c.title,
            d.c.published,
            qt.c.speaker_name.label("speaker"),
            qt.c.speaker_actor_id.label("speaker_id"),
            qt.c.addressee_name.label("addressee"),
            qt.c.cue,
            qt.c.kind,
            qt.c.text,
            qt.c.start,
            qt.c.end,
        )
        .join(d, d.c.id == qt.c.document_id)
        .order_by(d.c.published.desc(), d.c.id.desc(), qt.c.start)
    )
    statement = dated(statement, since, until)
    if speaker:
        statement = statement.where(
            or_(
                qt.c.speaker_name.ilike(f"%{speaker}%"),
                qt.c.speaker_actor_id.in_(actor_ids_matching(speaker)),
            )
        )
    if speaker_id is not None:
        statement = statement.where(qt.c.speaker_actor_id == speaker_id)
    if q:
        with engine.connect() as connection:
            statement = statement.where(quote_matches(connection, q))
    return paged(engine, statement, page)


def events(
    engine: Engine,
    page: Page,
    actor: str | None = None,
    recipient: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    actor_id: int | None = None,
    recipient_id: int | None = None,
    include_negated: bool = False,
) -> dict[str, Any]:
    e, d = t.events, t.documents
    statement = (
        select(
            e.c.id,
            d.c.id.label("document_id"),
            d.c.doc_id,
            d.c.title,
            d.c.published,
            e.c.type,
            e.c.quad_class,
            e.c.actor_code,
            e.c.actor_name,
            e.c.actor_actor_id.label("actor_id"),
            e.c.recipient_code,
            e.c.recipient_name,
            e.c.recipient_actor_id.label("recipient_id"),
            e.c.trigger,
            e.c.place,
            e.c.score,
            e.c.negated,
            e.c.sentence_start,
            e.c.sentence_end,
        )
        .join(d, d.c.id == e.c.document_id)
        .order_by(d.c.published.desc(), d.c.id.desc(), e.c.sentence_start)
    )
    statement = event_filters(
        statement, actor, recipient, type, since, until, include_negated, False
    )
    if actor_id is not None:
        statement = statement.where(e.c.actor_actor_id == actor_id)
    if recipient_id is not None:
        statement = statement.where(e.c.recipient_actor_id == recipient_id)
    return paged(engine, statement, page)


def places(
    engine: Engine,
    page: Page,
    q: str | None = None,
    country: str | None = None,
) -> dict[str, Any]:
    p, d = t.places, t.documents
    statement = (
        select(
            p.c.name,
            p.c.country,
            p.c.lat,
            p.c.lon,
            p.c.feature,
            func.count(func.distinct(p.c.document_id)).label("documents"),
            func.sum(p.c.mention_count).label("mentions"),
        )
        .join(d, d.c.id == p.c.document_id)
        .where(d.c.duplicate_of.is_(None))
        .group_by(p.c.name, p.c.country, p.c.lat, p.c.lon, p.c.feature)
        .order_by(func.sum(p.c.mention_count).desc(), p.c.name)
    )
    if q:
        statement = statement.where(p.c.name.ilike(f"%{q}%"))
    if country:
        statement = statement.where(p.c.country == country.upper())
    return paged(engine, statement, page)


def totals(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in (
                ("documents", t.documents),
                ("actors", t.actors),
                ("quotes", t.quotes),
                ("events", t.events),
                ("places", t.places),
            )
        }
