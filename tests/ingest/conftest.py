"""Ingest tests reuse the store's backend fixtures (SQLite and PostgreSQL)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "lagebild_store_test_fixtures", Path(__file__).resolve().parents[1] / "store" / "conftest.py"
)
_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fixtures)

store_url = _fixtures.store_url
engine = _fixtures.engine
postgres_ready = _fixtures.postgres_ready
