"""The page cache: bodies kept while the store is unchanged, rebuilt after any write."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from lagebild.api.app import Settings, create_app
from lagebild.api.page_cache import PageCache, StoreGeneration
from lagebild.api.posting import AnalyzerHolder, ArticleIn, store, to_document
from lagebild.store import open_store


@pytest.fixture
def generation(tmp_path: Path) -> StoreGeneration:
    engine = open_store(str(tmp_path / "gen.db"))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE notes (n INTEGER)"))
    return StoreGeneration(engine)


def test_generation_moves_with_every_write_from_anywhere(generation: StoreGeneration) -> None:
    first = generation.current()
    assert first is not None and generation.current() == first
    with generation._engine.begin() as connection:  # noqa: SLF001 (the server's own pool)
        connection.execute(text("INSERT INTO notes VALUES (1)"))
    second = generation.current()
    assert second != first
    other = sqlite3.connect(generation._engine.url.database)  # noqa: SLF001 (another process)
    other.execute("INSERT INTO notes VALUES (2)")
    other.commit()
    other.close()
    assert generation.current() not in (first, second)


def test_cache_keeps_bodies_until_the_store_changes(generation: StoreGeneration) -> None:
    cache = PageCache(generation)
    builds: list[int] = []

    def build() -> bytes:
        builds.append(1)
        return b"page %d" % len(builds)

    assert cache.get("k", build) == b"page 1"
    assert cache.get("k", build) == b"page 1"
    with generation._engine.begin() as connection:  # noqa: SLF001
        connection.execute(text("INSERT INTO notes VALUES (3)"))
    assert cache.get("k", build) == b"page 2"
    assert len(builds) == 2


def test_cache_is_bounded_by_bytes(generation: StoreGeneration) -> None:
    cache = PageCache(generation, max_bytes=1000)
    for number in range(10):
        cache.get(number, lambda: b"x" * 200)
    assert cache.size <= 1000 and len(cache) == 5
    assert cache.get(9, lambda: b"rebuilt") == b"x" * 200  # the newest stayed
    assert cache.get(0, lambda: b"rebuilt") == b"rebuilt"  # the oldest went
    cache.get("huge", lambda: b"y" * 600)  # over a quarter of the bound: not kept
    assert "huge" not in cache._entries  # noqa: SLF001


def test_concurrent_misses_build_once(generation: StoreGeneration) -> None:
    cache = PageCache(generation)
    builds: list[int] = []

    def slow() -> bytes:
        builds.append(1)
        time.sleep(0.2)
        return b"slow"

    results: list[bytes] = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.get("s", slow))) for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [b"slow"] * 6 and len(builds) == 1


def test_without_generation_nothing_is_cached() -> None:
    engine = open_store("sqlite://")  # in memory: every connection has its own database
    cache = PageCache(StoreGeneration(engine))
    counter = iter(range(100))
    assert cache.get("k", lambda: b"%d" % next(counter)) == b"0"
    assert cache.get("k", lambda: b"%d" % next(counter)) == b"1"


def test_pages_show_articles_stored_by_another_process(
    fresh_db: str, analyzer: AnalyzerHolder
) -> None:
    client = TestClient(create_app(Settings(db=fresh_db)))
    before = client.get("/api").json()["totals"]["documents"]
    home = client.get("/").text
    assert client.get("/api").json()["totals"]["documents"] == before  # now from the cache
    text_ = "Der Bürgermeister von Neustadt eröffnete am Montag die neue Brücke über den Rhein."
    engine = open_store(fresh_db)  # as a concurrent ``lagebild ingest`` would
    store(
        engine,
        analyzer.analyze(
            to_document(ArticleIn(text=text_, title="Neue Brücke", published="2030-01-01"))
        ),
    )
    engine.dispose()
    assert client.get("/api").json()["totals"]["documents"] == before + 1
    assert "Neue Brücke" in client.get("/").text and "Neue Brücke" not in home
    assert "Neue Brücke" in client.get("/?format=json").text


def test_html_links_follow_the_requested_address(client: TestClient) -> None:
    one = client.get("/articles", headers={"host": "one.example"}).text
    two = client.get("/articles", headers={"host": "two.example"}).text
    assert "one.example" in one and "two.example" not in one
    assert "two.example" in two


def test_cached_pages_are_gzipped_once_for_clients_that_take_it(
    client: TestClient, seed_id: int
) -> None:
    for path in ("/articles", f"/api/articles/{seed_id}"):
        plain = client.get(path, headers={"accept-encoding": "identity"})
        assert "content-encoding" not in plain.headers
        for _ in range(2):  # built, then from the cache
            packed = client.get(path, headers={"accept-encoding": "gzip"})
            assert packed.headers["content-encoding"] == "gzip"
            assert packed.headers["vary"] == "Accept-Encoding"
            assert packed.content == plain.content  # httpx has unpacked it


def test_without_cache_each_page_is_built_once(
    stored_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lagebild.api import views

    builds: list[int] = []
    home = views.home
    monkeypatch.setattr(views, "home", lambda engine: builds.append(1) or home(engine))
    client = TestClient(create_app(Settings(db=stored_db, cache_bytes=0)))
    for _ in range(3):
        response = client.get("/", headers={"accept-encoding": "gzip"})
        assert response.headers["content-encoding"] == "gzip"
    assert len(builds) == 3
