"""The load test's bookkeeping: route families and the server's own time per request."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from loadtest import family_table, route_family, server_ms
from rawhttp import RawConnection, RawResponse, ResponseError, read_response


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


async def _serve_twice(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seen: list[str]
) -> None:
    """A tiny HTTP/1.1 server: a chunked answer, then one with Content-Length, on one
    connection; then it closes, so the client must reconnect for a third request."""
    answers = [
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nServer-Timing: app;dur=1.5\r\n\r\n"
        b"5;ext=1\r\nHallo\r\n7\r\n, Welt!\r\n0\r\nX-Trailer: t\r\n\r\n",
        b"HTTP/1.1 503 Busy\r\nContent-Length: 4\r\nRetry-After: 2\r\n\r\nbusy",
    ]
    for answer in answers:
        head = (await reader.readuntil(b"\r\n\r\n")).decode()
        length = [line for line in head.split("\r\n") if line.lower().startswith("content-length")]
        body = await reader.readexactly(int(length[0].split(":")[1])) if length else b""
        seen.append(head.split("\r\n")[0] + " " + body.decode())
        writer.write(answer)
        await writer.drain()
    writer.close()


def test_raw_client_reads_chunked_and_sized_bodies_and_reconnects() -> None:
    async def scenario() -> tuple[list[RawResponse], list[str]]:
        seen: list[str] = []
        server = await asyncio.start_server(lambda r, w: _serve_twice(r, w, seen), "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        connection = RawConnection("127.0.0.1", port, timeout=5)
        try:
            first = await connection.request("GET", "/search?q=B%C3%BCrger")
            writer = connection.writer
            second = await connection.request("POST", "/api/analyze", b'{"text": "x"}')
            assert connection.writer is writer  # kept alive between the two
            third = await connection.request("GET", "/")  # on a fresh connection
        finally:
            await connection.close()
            server.close()
        return [first, second, third], seen

    (first, second, third), seen = asyncio.run(scenario())
    assert (first.status_code, first.body) == (200, b"Hallo, Welt!")
    assert server_ms(first) == 1.5
    assert (second.status_code, second.body) == (503, b"busy")
    assert second.headers["retry-after"] == "2" and server_ms(second) is None
    assert third.body == b"Hallo, Welt!"
    assert seen == [
        "GET /search?q=B%C3%BCrger HTTP/1.1 ",
        'POST /api/analyze HTTP/1.1 {"text": "x"}',
        "GET / HTTP/1.1 ",
    ]


def test_raw_client_reads_until_close_and_rejects_garbage() -> None:
    async def parse(data: bytes) -> RawResponse:
        reader = asyncio.StreamReader()
        reader.feed_data(data)
        reader.feed_eof()
        return await read_response(reader)

    plain = asyncio.run(parse(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nbis zum Ende"))
    assert (plain.body, plain.keep_alive) == (b"bis zum Ende", False)
    empty = asyncio.run(parse(b"HTTP/1.1 204 No Content\r\n\r\n"))
    assert (empty.body, empty.keep_alive) == (b"", True)
    with pytest.raises(ResponseError):
        asyncio.run(parse(b"SMTP 220 hello\r\n\r\n"))
    with pytest.raises(asyncio.IncompleteReadError):
        asyncio.run(parse(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nkurz"))
