"""A 10-second load test against ``lagebild serve`` in a subprocess (reads and analyses).

The full run is ``scripts/loadtest.py`` (50 clients, 60 s); here 20 clients for 10 s,
with looser latency bounds, since CI machines are shared and noisy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import fill_store
from loadtest import run_load, warm_up
from serve_process import start_server

pytestmark = pytest.mark.loadtest


def test_short_load_has_no_server_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    fill_store(db)
    server = start_server(db, log=tmp_path / "serve.log")
    try:
        warm_up(server.base_url)
        report = run_load(
            server.base_url,
            server.process.pid,
            clients=20,
            seconds=10,
            max_requests=20_000,
            analyze_share=0.1,
        )
    finally:
        server.stop()
    assert report.requests > 100, report.summary()
    assert report.analyses > 0 and report.reads > 0
    assert report.server_errors == 0 and report.connection_errors == 0, report.errors
    assert report.read_p99_ms < 2000, report.summary()
    assert len(report.rss_mb) >= 8
    assert max(report.rss_mb) < report.rss_mb[0] + 150, report.rss_mb
