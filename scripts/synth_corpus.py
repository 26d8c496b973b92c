"""A large synthetic SQLite store, made by replicating a stored corpus at the SQL level.

Copies ``--source`` to ``--target`` and appends copies of every document with its
annotation rows (``INSERT … SELECT`` with id offsets) until ``--documents`` are stored.
Each copy gets new ids, a ``#<copy>`` suffix on ``doc_id``, fresh content and normalised
hashes (so the copies are not duplicates of each other) and a publication date spread
over two years (so date filters and timelines have something to cut). Actors are shared,
as in a real store. The full-text indexes are rebuilt once at the end instead of being
fed row by row by the triggers.

    .venv/bin/python scripts/synth_corpus.py --source /tmp/gnad.db \
        --target /tmp/synth100k.db --documents 100000

SQLite only (source and target); the source is not changed.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

#: Tables with one row set per document, each with an ``id`` and a ``document_id``.
ANNOTATION_TABLES = ("mentions", "quotes", "events", "places")
FTS_TABLES = ("documents_fts", "quotes_fts")
SPREAD_DAYS = 730


def columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def quoted(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def document_select(names: list[str]) -> str:
    """SELECT expressions for one copy of ``documents`` (parameters :copy, :offset)."""
    replaced = {
        "id": "id + :offset",
        "doc_id": "doc_id || '#' || :copy",
        # 64 hex-ish characters still, unique per copy.
        "content_hash": "substr(content_hash, 1, 52) || printf('%012d', :copy)",
        "normalised_hash": "substr(normalised_hash, 1, 52) || printf('%012d', :copy)",
        "duplicate_of": "duplicate_of + :offset",
        "published": f"CASE WHEN published IS NULL THEN NULL ELSE "
        f"date(substr(published, 1, 10), printf('+%d days', "
        f"(id + :offset) % {SPREAD_DAYS})) END",
    }
    return ", ".join(replaced.get(name, f'"{name}"') for name in names)


def replicate(source: Path, target: Path, documents: int) -> dict[str, int]:
    if target.exists():
        raise SystemExit(f"{target} exists; remove it first")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("PRAGMA cache_size=-262144")
    stored, max_id = connection.execute("SELECT count(*), max(id) FROM documents").fetchone()
    if not stored:
        raise SystemExit(f"{source} holds no documents")
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
    ).fetchall()
    table_offsets = {
        table: connection.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
        for table in ANNOTATION_TABLES
    }
    band_columns = columns(connection, "minhash_bands")
    doc_columns = columns(connection, "documents")
    connection.execute("BEGIN")
    for name, _ in triggers:
        connection.execute(f"DROP TRIGGER {name}")
    copy = 0
    total = stored
    while total < documents:
        copy += 1
        # The last copy may be partial: the first ``wanted`` source documents by id.
        wanted = min(stored, documents - total)
        cutoff = connection.execute(
            "SELECT id FROM documents WHERE id <= :max ORDER BY id LIMIT 1 OFFSET :n",
            {"max": max_id, "n": wanted - 1},
        ).fetchone()[0]
        offset = copy * max_id
        params = {"copy": copy, "offset": offset, "max": max_id, "cutoff": cutoff}
        connection.execute(
            f"INSERT INTO documents ({quoted(doc_columns)}) "
            f"SELECT {document_select(doc_columns)} FROM documents "
            "WHERE id <= :cutoff ORDER BY id",
            params,
        )
        for table in ANNOTATION_TABLES:
            names = columns(connection, table)
            shifted = {
                "id": f"id + :copy * {table_offsets[table]}",
                "document_id": "document_id + :offset",
            }
            select = ", ".join(shifted.get(name, f'"{name}"') for name in names)
            connection.execute(
                f"INSERT INTO {table} ({quoted(names)}) SELECT {select} FROM {table} "
                f"WHERE id <= {table_offsets[table]} AND document_id <= :cutoff",
                params,
            )
        select = ", ".join(
            "document_id + :offset" if name == "document_id" else f'"{name}"'
            for name in band_columns
        )
        connection.execute(
            f"INSERT INTO minhash_bands ({quoted(band_columns)}) SELECT {select} "
            "FROM minhash_bands WHERE document_id <= :cutoff",
            params,
        )
        total += wanted
    for fts in FTS_TABLES:
        connection.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    for _, sql in triggers:
        connection.execute(sql)
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    counts = {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("documents", *ANNOTATION_TABLES)
    }
    connection.close()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--target", type=Path, required=True)
    parser.add_argument("--documents", type=int, default=100_000)
    args = parser.parse_args()
    start = time.perf_counter()
    counts = replicate(args.source, args.target, args.documents)
    seconds = time.perf_counter() - start
    print(", ".join(f"{table}: {n}" for table, n in counts.items()))
    print(f"built {args.target} in {seconds:.1f} s ({args.target.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
