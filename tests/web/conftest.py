"""Web fixtures: one analyser for the whole session and a temp SQLite store with articles.

The analyser takes a few seconds to build and ~1 s per article, so both the store and
the analyser are built once and shared by every app the tests create.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

fastapi = pytest.importorskip("fastapi", reason="fastapi not installed (pip install fastapi)")

from fastapi.testclient import TestClient  # noqa: E402

from lagebild.api.app import Settings, create_app  # noqa: E402
from lagebild.api.posting import AnalyzerHolder, ArticleIn, store, to_document  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "seed.txt"

SECOND_ARTICLE = """Berlin schickt Hilfe nach Kiew

Die Bundesregierung hat der Ukraine weitere Hilfe zugesagt. Bundeskanzler Olaf Scholz \
sagte am Montag in Berlin: „Wir stehen fest an der Seite der Ukraine.“

Russland warf Deutschland vor, den Konflikt anzuheizen. Der Kreml drohte mit Konsequenzen.
"""


@pytest.fixture(scope="session")
def analyzer() -> AnalyzerHolder:
    return AnalyzerHolder()


@pytest.fixture(scope="session")
def stored_db(tmp_path_factory: pytest.TempPathFactory, analyzer: AnalyzerHolder) -> str:
    """A SQLite store holding the seed article and a second hand-written article."""
    from lagebild.store import open_store

    db = str(tmp_path_factory.mktemp("web") / "web.db")
    engine = open_store(db)
    for text, published, title in (
        (SEED.read_text(encoding="utf-8"), "2022-01-10", None),
        (SECOND_ARTICLE, "2022-02-14", "Hilfe für Kiew"),
    ):
        document = to_document(ArticleIn(text=text, published=published, title=title))
        store(engine, analyzer.analyze(document))
    engine.dispose()
    return db


@pytest.fixture
def fresh_db(stored_db: str, tmp_path: Path) -> str:
    """A private copy of the stored corpus, for tests that write."""
    import shutil

    copy = tmp_path / "copy.db"
    for suffix in ("", "-wal", "-shm"):
        if Path(stored_db + suffix).exists():
            shutil.copy(stored_db + suffix, str(copy) + suffix)
    return str(copy)


def make_client(db: str, analyzer: AnalyzerHolder, **settings: object) -> TestClient:
    app = create_app(Settings(db=db, **settings))  # type: ignore[arg-type]
    app.state.analyzer = analyzer
    return TestClient(app)


@pytest.fixture(scope="session")
def client(stored_db: str, analyzer: AnalyzerHolder) -> Iterator[TestClient]:
    with make_client(stored_db, analyzer) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def seed_id(client: TestClient) -> int:
    items = client.get("/api/articles", params={"q": "Sherman"}).json()["items"]
    assert items, "the seed article is stored"
    return items[0]["id"]
