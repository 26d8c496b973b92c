"""One function per page builds its data; the API returns it, the template renders it.

Every function returns JSON-ready dicts (or raises ``NotFound``), so ``/x`` and
``/api/x`` always show the same thing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from lagebild.api import corpus, corpus_actors
from lagebild.api.corpus import Page
from lagebild.model import Analysis
from lagebild.store import queries
from lagebild.web.charts import conflict_timeline, network_layout, place_map


class NotFound(Exception):
    def __init__(self, what: str):
        self.what = what
        super().__init__(what)


def home(engine: Engine) -> dict[str, Any]:
    return {
        "totals": corpus.totals(engine),
        "articles": corpus.documents(engine, Page(limit=10))["items"],
        "actors": corpus_actors.actors(engine, Page(limit=15))["items"],
    }


def article_list(engine: Engine, page: Page, **filters: Any) -> dict[str, Any]:
    return {"filters": filters, **corpus.documents(engine, page, **filters)}


def article(engine: Engine, document_id: int) -> dict[str, Any]:
    found = corpus.document(engine, document_id)
    if found is None:
        raise NotFound(f"Artikel {document_id}")
    meta, analysis = found
    return analysis_view(analysis, meta, corpus_actors.entity_actor_ids(engine, document_id))


def analysis_view(
    analysis: Analysis, meta: dict[str, Any] | None, entity_actors: dict[str, int]
) -> dict[str, Any]:
    """The article page's data for a stored or a freshly analysed (unsaved) article."""
    data = analysis.model_dump(mode="json", exclude={"tokens"})
    entities = {entity.id: entity for entity in analysis.entities}
    place_rows = [
        {
            "name": p.name,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "mentions": len(p.mentions),
        }
        for p in analysis.places
    ]
    return {
        "document": meta,
        "analysis": data,
        "entity_actors": entity_actors,
        "entity_names": {key: entity.name for key, entity in entities.items()},
        "counts": {
            "entities": len(analysis.entities),
            "quotes": len(analysis.quotes),
            "events": len(analysis.events),
            "places": len(analysis.places),
        },
        "map": place_map(place_rows),
    }


def actor_list(engine: Engine, page: Page, **filters: Any) -> dict[str, Any]:
    return {"filters": filters, **corpus_actors.actors(engine, page, **filters)}


def actor(engine: Engine, actor_id: int) -> dict[str, Any]:
    found = corpus_actors.actor(engine, actor_id)
    if found is None:
        raise NotFound(f"Akteur {actor_id}")
    timeline_events = corpus_actors.actor_events(engine, actor_id)
    return {
        "actor": found,
        "quotes": corpus.quotes(engine, Page(limit=20), speaker_id=actor_id),
        "events_as_actor": corpus.events(engine, Page(limit=20), actor_id=actor_id),
        "events_as_recipient": corpus.events(engine, Page(limit=20), recipient_id=actor_id),
        "timeline": conflict_timeline(timeline_events),
    }


def pair(
    engine: Engine,
    actor: str,
    recipient: str,
    by: queries.Period = "month",
    since: str | None = None,
    until: str | None = None,
) -> dict[str, Any]:
    events = corpus_actors.pair_events(engine, actor, recipient, since, until)
    return {
        "actor": actor,
        "recipient": recipient,
        "by": by,
        "actor_id": corpus_actors.actor_id_for(engine, actor),
        "recipient_id": corpus_actors.actor_id_for(engine, recipient),
        "periods": queries.timeline(
            engine, actor=actor, recipient=recipient, by=by, since=since, until=until
        ),
        "periods_reverse": queries.timeline(
            engine, actor=recipient, recipient=actor, by=by, since=since, until=until
        ),
        "events": events[:200],
        "total_events": len(events),
        "chart": conflict_timeline(events),
    }


def quote_list(engine: Engine, page: Page, **filters: Any) -> dict[str, Any]:
    return {"filters": filters, **corpus.quotes(engine, page, **filters)}


def event_list(engine: Engine, page: Page, **filters: Any) -> dict[str, Any]:
    return {"filters": filters, **corpus.events(engine, page, **filters)}


def place_list(engine: Engine, page: Page, **filters: Any) -> dict[str, Any]:
    listing = corpus.places(engine, page, **filters)
    return {"filters": filters, **listing, "map": place_map(listing["items"])}


def network(engine: Engine, max_nodes: int = 40) -> dict[str, Any]:
    return network_layout(corpus_actors.network_edges(engine), max_nodes=max_nodes)


def search(engine: Engine, q: str | None, limit: int = 20) -> dict[str, Any]:
    if not q or not q.strip():
        return {"q": q or "", "documents": [], "quotes": {"total": 0, "items": []}}
    return {
        "q": q,
        "documents": queries.search(engine, q, limit=limit),
        "quotes": corpus.quotes(engine, Page(limit=limit), q=q),
    }
