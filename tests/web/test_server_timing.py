"""Every answer says how long the server itself took (``Server-Timing``)."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_pages_and_errors_carry_server_timing(client: TestClient) -> None:
    for path in ("/api/articles", "/articles", "/api/articles/999999"):
        timing = client.get(path).headers["server-timing"]
        name, _, duration = timing.partition(";dur=")
        assert name == "app" and float(duration) >= 0
