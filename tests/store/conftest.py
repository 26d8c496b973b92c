"""Store fixtures: every store test runs on SQLite (a temp file) and on PostgreSQL.

PostgreSQL is the server on 127.0.0.1:5432 (override with $LAGEBILD_TEST_PG, a URL
without schema); each test gets a fresh schema, dropped afterwards. Without a server the
PostgreSQL variants skip with a message saying so.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from lagebild.store.fingerprint import fingerprint
from lagebild.store.testing import postgres_problem, postgres_schema
from lagebild.store.writer import save_analysis


def postgres_ready() -> str | None:
    """None when the test server answers, else why not."""
    return postgres_problem()


def _postgres_schema_url() -> Iterator[str]:
    problem = postgres_problem()
    if problem:
        pytest.skip(f"PostgreSQL on 127.0.0.1:5432 not available ({problem})")
    with ExitStack() as stack:
        try:
            url = stack.enter_context(postgres_schema("lagebild_test"))
        except Exception as error:  # noqa: BLE001 (wrong user, no database, ...)
            pytest.skip(f"PostgreSQL test database not usable: {error}")
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # noqa: ANN001
    """A fresh, empty store: a SQLite path or a PostgreSQL URL with its own schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
    else:
        yield from _postgres_schema_url()


@pytest.fixture
def engine(store_url: str):  # noqa: ANN201
    from lagebild.store import open_store

    engine = open_store(store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def corpus(engine):  # noqa: ANN001, ANN201
    """Three documents: two threats of Russia against Ukraine (January), one cooperation
    (February), on the store under test."""
    # imported here: tests/ingest loads this file by path, without tests/store on sys.path
    from store_analyses import cooperation_analysis, threat_analysis

    text_b = (
        "Russland droht der Ukraine mit Sanktionen. „Das ist unsere Antwort“, sagte "
        "Sergej Lawrow am Abend. Die Drohungen wurden zurückgewiesen."
    )
    with engine.begin() as connection:
        for analysis in (
            threat_analysis("a1", published="2022-01-10"),
            threat_analysis("a2", published="2022-01-19", text=text_b),
            cooperation_analysis("b1", published="2022-02-15"),
        ):
            save_analysis(connection, analysis, fingerprint(analysis.text))
    return engine
