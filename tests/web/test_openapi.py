"""The committed OpenAPI document matches the app, and /openapi.json serves it."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from lagebild.api.openapi import openapi_json

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_openapi_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == openapi_json(), (
        "docs/openapi.json is stale: run python -m lagebild.api.openapi docs/openapi.json"
    )


def test_openapi_served_and_lists_every_api_route(client: TestClient) -> None:
    served = client.get("/openapi.json").json()
    paths = set(served["paths"])
    assert {
        "/api",
        "/api/articles",
        "/api/articles/{document_id}",
        "/api/actors",
        "/api/actors/{actor_id}",
        "/api/pair",
        "/api/quotes",
        "/api/events",
        "/api/places",
        "/api/network",
        "/api/search",
        "/api/analyze",
    } <= paths
    assert not any(path.startswith("/articles") for path in paths), "HTML twins stay out"
    assert served == json.loads(openapi_json())
