"""The load test's bookkeeping: route families and the server's own time per request."""

from __future__ import annotations

import httpx
from loadtest import family_table, route_family, server_ms


def test_route_families_split_pages_lists_and_twins() -> None:
    assert route_family("/") == "html home"
    assert route_family("/articles/17") == "html article page"
    assert route_family("/api/articles/17") == "json article page"
    assert route_family("/actors/3") == "html actor page"
    assert route_family("/api/articles?limit=20") == "json list articles"
    assert route_family("/actors") == "html list actors"
    assert route_family("/search?q=Berlin") == "html search"
    assert route_family("/api/search?q=Berlin") == "json search"


def test_server_time_is_read_from_server_timing() -> None:
    timed = httpx.Response(200, headers={"Server-Timing": "app;dur=12.5"})
    assert server_ms(timed) == 12.5
    assert server_ms(httpx.Response(200)) is None
    assert server_ms(httpx.Response(200, headers={"Server-Timing": "app;dur=x"})) is None


def test_family_table_lists_slowest_first() -> None:
    table = family_table(
        {
            "html home": {"n": 10, "p50_ms": 5, "p99_ms": 20, "server_p99_ms": 3},
            "json search": {"n": 4, "p50_ms": 9, "p99_ms": 90, "server_p99_ms": 40},
        }
    ).splitlines()
    assert "json search" in table[1] and "html home" in table[2]
