"""Readers: the query API on a stdlib sqlite3 connection, an engine, or a path/URL."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from store_analyses import cooperation_analysis, threat_analysis

from lagebild.store import open_store, queries
from lagebild.store.database import current_revision, downgrade
from lagebild.store.fingerprint import fingerprint
from lagebild.store.reading import HEAD_REVISION, EngineReader, SqliteReader, open_reader
from lagebild.store.writer import save_analysis

QUERIES = [
    ("search", {"query": "Drohungen"}),
    ("search", {"query": "Hilfsgütern", "limit": 1}),
    ("quotes", {"speaker": "lawrow"}),
    ("quotes", {"speaker": "Lawrow", "about": "Antwort", "since": "2022-01-15"}),
    ("quotes", {"speaker": "RUS"}),
    ("events", {"actor": "RUS", "recipient": "UKR", "type": "threaten"}),
    ("events", {"actor": "weißrussland", "include_negated": True}),
    ("events", {"recipient": "Ukraine", "until": "2022-01-31", "include_duplicates": True}),
    ("actors", {}),
    ("actors", {"type": "per", "limit": 1}),
    ("timeline", {"by": "week", "actor": "RUS"}),
    ("timeline", {"by": "day", "since": "2022-02-01", "include_duplicates": True}),
    ("document_count", {"include_duplicates": False}),
]


def typed(rows: object) -> object:
    """Rows with each value's type, so 1 and True or "1" and 1 differ."""
    if isinstance(rows, list):
        return [[(key, type(value).__name__, value) for key, value in row.items()] for row in rows]
    return rows


def test_reader_answers_as_the_engine_does(corpus, store_url: str) -> None:  # noqa: ANN001
    with open_reader(store_url) as reader:
        expected_kind = SqliteReader if corpus.dialect.name == "sqlite" else EngineReader
        assert isinstance(reader, expected_kind)
        for name, kwargs in QUERIES:
            by_engine = getattr(queries, name)(corpus, **kwargs)
            assert typed(getattr(queries, name)(reader, **kwargs)) == typed(by_engine), name
            assert typed(getattr(queries, name)(store_url, **kwargs)) == typed(by_engine), name
    assert queries.events(corpus, actor="RUS")[0]["negated"] is False


def test_sqlite_reader_is_read_only(corpus, store_url: str) -> None:  # noqa: ANN001
    if corpus.dialect.name != "sqlite":
        pytest.skip("the stdlib reader is SQLite's")
    with open_reader(store_url) as reader, pytest.raises(sqlite3.OperationalError):
        reader.rows("DELETE FROM documents", {})
    assert queries.document_count(corpus) == 3


def test_reader_migrates_a_store_behind_head(store_url: str) -> None:
    engine = open_store(store_url)
    downgrade(engine, "0001")
    assert current_revision(engine) != HEAD_REVISION
    with open_reader(store_url) as reader:
        assert isinstance(reader, EngineReader)  # fell back to open_store, which migrates
        assert queries.actors(reader) == []
    assert current_revision(engine) == HEAD_REVISION
    with open_reader(store_url) as reader:
        assert isinstance(reader, SqliteReader if engine.dialect.name == "sqlite" else EngineReader)
    engine.dispose()


def test_reader_creates_a_missing_sqlite_store(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "new.db"
    with open_reader(str(path)) as reader:
        assert isinstance(reader, EngineReader)
        assert queries.search(reader, "Ukraine") == []
    with open_reader(str(path)) as reader:
        assert isinstance(reader, SqliteReader)


def test_sqlite_query_commands_do_not_import_sqlalchemy(tmp_path) -> None:  # noqa: ANN001
    db = str(tmp_path / "cli.db")
    engine = open_store(db)
    with engine.begin() as connection:
        for analysis in (threat_analysis(), cooperation_analysis()):
            save_analysis(connection, analysis, fingerprint(analysis.text))
    engine.dispose()
    commands = [
        ["search", "Hilfsgütern"],
        ["quotes", "--speaker", "Lawrow", "--about", "zusehen"],
        [
            "events",
            "--actor",
            "RUS",
            "--recipient",
            "UKR",
            "--type",
            "THREATEN",
            "--since",
            "2022-01-01",
            "--until",
            "2022-12-31",
        ],
        ["actors"],
        ["timeline", "--actor", "RUS", "--recipient", "UKR", "--by", "week"],
    ]
    probe = (
        "import sys\nfrom lagebild.cli import app\n"
        "try:\n    app()\nexcept SystemExit as stop:\n    code = stop.code\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'pyarrow') if m in sys.modules]\n"
        "print(repr((code, heavy)))\n"
    )
    for command in commands:
        run = subprocess.run(
            [sys.executable, "-c", probe, *command, "--db", db, "-f", "json"],
            capture_output=True,
            text=True,
            check=True,
        )
        *rows, verdict = run.stdout.splitlines()
        assert verdict == "(0, [])", (command, run.stdout, run.stderr)
        assert rows and all(json.loads(row) for row in rows), command


@pytest.mark.parametrize(
    "filters",
    [
        {"actor": "RUS"},
        {"actor": "weißrussland"},
        {"recipient": "Ukraine", "type": "threaten"},
        {"actor": "russland", "since": "2022-01-15", "until": "2022-02-28"},
        {"include_negated": True, "include_duplicates": True},
    ],
)
def test_text_filters_match_the_web_core_filters(corpus, filters: dict) -> None:  # noqa: ANN001
    """The web's SQLAlchemy filters and the query API's SQL text must mean the same."""
    from sqlalchemy import select

    from lagebild.store import tables as t
    from lagebild.store.core_filters import event_filters

    e, d = t.events, t.documents
    statement = (
        select(d.c.doc_id, e.c.type, e.c.actor_code, e.c.recipient_code, e.c.negated)
        .join(d, d.c.id == e.c.document_id)
        .order_by(e.c.id)
    )
    arguments = {
        "actor": None,
        "recipient": None,
        "type": None,
        "since": None,
        "until": None,
        "include_negated": False,
        "include_duplicates": False,
        **filters,
    }
    with corpus.connect() as connection:
        expected = [tuple(row) for row in connection.execute(event_filters(statement, **arguments))]
    got = [
        (row["doc_id"], row["type"], row["actor_code"], row["recipient_code"], row["negated"])
        for row in queries.events(corpus, **filters)
    ]
    assert expected and sorted(got) == sorted(expected)
