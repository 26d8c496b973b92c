"""Cached pages follow the store on SQLite and PostgreSQL: a write from elsewhere shows."""

from __future__ import annotations

from fastapi.testclient import TestClient
from hostile import hostile_analysis

from lagebild.api.app import Settings, create_app
from lagebild.api.page_cache import StoreGeneration
from lagebild.api.posting import store
from lagebild.store import open_store


def test_write_from_another_engine_invalidates_pages(backend_url: str) -> None:
    engine = open_store(backend_url)
    store(engine, hostile_analysis(0))
    app = create_app(Settings(db=backend_url))
    assert StoreGeneration(app.state.engine).current() is not None  # caching is on
    client = TestClient(app)
    before = client.get("/api").json()["totals"]["documents"]
    listing = client.get("/articles").text
    assert client.get("/api").json()["totals"]["documents"] == before
    store(engine, hostile_analysis(1))  # as a concurrent ``lagebild ingest`` would
    engine.dispose()
    assert client.get("/api").json()["totals"]["documents"] == before + 1
    assert client.get("/articles").text != listing
    app.state.engine.dispose()
