"""Fixtures for the API hardening tests: stores with hand-made hostile analyses, live servers.

Hand-made analyses put a payload into every string that reaches a page, independent of
what the pipeline would find; they need no analyser, so the tests are fast and run on
SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="fastapi not installed")

from lagebild.api.app import Settings, create_app  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "scripts"
if str(SCRIPTS) not in sys.path:  # the kill and load test scripts are imported by the tests
    sys.path.insert(0, str(SCRIPTS))

from hostile import hostile_analyses  # noqa: E402

from lagebild.store.testing import postgres_problem, postgres_schema  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "loadtest: a short load test against a live server")
    config.addinivalue_line("markers", "killtest: kill -9 a live server or ingest mid-write")


def _postgres_url() -> Iterator[str]:
    problem = postgres_problem()
    if problem:
        pytest.skip(f"PostgreSQL on 127.0.0.1:5432 not available ({problem})")
    with ExitStack() as stack:
        try:
            url = stack.enter_context(postgres_schema("lagebild_api"))
        except Exception as error:  # noqa: BLE001 (wrong user, no database, ...)
            pytest.skip(f"PostgreSQL test database not usable: {error}")
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
    else:
        yield from _postgres_url()


def fill_store(db: str) -> None:
    from lagebild.api.posting import store
    from lagebild.store import open_store

    engine = open_store(db)
    for analysis in hostile_analyses():
        store(engine, analysis)
    engine.dispose()


@pytest.fixture
def hostile_app(backend_url: str):  # noqa: ANN201
    """An app over a store holding the hostile analyses (on SQLite and PostgreSQL)."""
    fill_store(backend_url)
    app = create_app(Settings(db=backend_url))
    yield app
    app.state.engine.dispose()


@pytest.fixture(scope="module")
def sqlite_hostile_app(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    db = str(tmp_path_factory.mktemp("hostile") / "store.db")
    fill_store(db)
    app = create_app(Settings(db=db))
    yield app
    app.state.engine.dispose()


class LiveServer:
    """uvicorn in a thread on a free loopback port, with the settings ``serve`` uses."""

    def __init__(self, app: object):
        import uvicorn

        from lagebild.api.server import uvicorn_config

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server = uvicorn.Server(uvicorn_config(app, "127.0.0.1", self.port))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        assert self.server.started, "uvicorn did not start"
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="module")
def live_server(sqlite_hostile_app) -> Iterator[LiveServer]:  # noqa: ANN001
    with LiveServer(sqlite_hostile_app) as server:
        yield server
