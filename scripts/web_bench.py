"""Server time per page (median of N requests, in process) and article page sizes.

Usage: python scripts/web_bench.py --db /tmp/gnad.db [--repeat 5]

Server time is measured through Starlette's TestClient, so it is the time the
application takes to build and render a page, without a network in between. Each page
is timed twice: built afresh (an app without page cache, as after every write to the
store) and served from the page cache (as while the store is unchanged).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time

from fastapi.testclient import TestClient
from sqlalchemy import text

from lagebild.api import corpus, corpus_actors
from lagebild.api.app import Settings, create_app


def timed(client: TestClient, path: str, repeat: int) -> tuple[float, int, int, int]:
    """Median milliseconds of ``repeat`` requests (after one warm-up), status, sizes."""
    client.get(path)  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - start)
    body = response.content
    median_ms = statistics.median(times) * 1000
    return median_ms, response.status_code, len(body), len(gzip.compress(body))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = create_app(Settings(db=args.db, cache_bytes=0))
    client = TestClient(app)
    cached = TestClient(create_app(Settings(db=args.db)))
    engine = app.state.engine
    print("store:", corpus.totals(engine))
    top = corpus_actors.actors(engine, corpus.Page(limit=2))["items"]
    with engine.connect() as connection:
        heavy = connection.execute(
            text(
                "select document_id, count(*) n from events"
                " group by document_id order by n desc limit 1"
            )
        ).first()
        rows = connection.execute(text("select id from documents order by id"))
        doc_ids = [row[0] for row in rows]
    actor, other = (top[0]["code"] or top[0]["name"]), (top[1]["code"] or top[1]["name"])
    pages = [
        "/",
        "/articles",
        f"/articles/{heavy.document_id}",
        "/actors",
        f"/actors/{top[0]['id']}",
        f"/pair?actor={actor}&recipient={other}",
        "/quotes",
        "/events",
        "/places",
        "/network",
        "/search?q=Regierung",
        "/analyze",
        f"/api/articles/{heavy.document_id}",
    ]
    print(f"{'page':46s} status  median ms  cached ms   bytes   gzip")
    for path in pages:
        ms, status, size, packed = timed(client, path, args.repeat)
        cached_ms = timed(cached, path, args.repeat)[0]
        print(f"{path[:46]:46s} {status:5d} {ms:9.1f} {cached_ms:10.1f} {size:8d} {packed:6d}")
    article_ms, article_bytes = [], []
    for doc_id in doc_ids:
        start = time.perf_counter()
        response = client.get(f"/articles/{doc_id}")
        article_ms.append((time.perf_counter() - start) * 1000)
        article_bytes.append(len(response.content))
    print(
        f"all {len(doc_ids)} article pages, uncached: "
        f"median {statistics.median(article_ms):.1f} ms, "
        f"p95 {sorted(article_ms)[int(0.95 * len(article_ms))]:.1f} ms, "
        f"max {max(article_ms):.1f} ms; "
        f"size median {statistics.median(article_bytes) / 1000:.1f} kB, "
        f"max {max(article_bytes) / 1000:.1f} kB"
    )


if __name__ == "__main__":
    main()
