"""A minimal HTTP/1.1 keep-alive client on asyncio streams, for the load test.

One connection per simulated client, a few microseconds of Python per request: the load
generator must not be what the load test measures (httpx cost ~3.5 ms CPU per request).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass

from lagebild.api.server import KEEP_ALIVE_SECONDS


@dataclass
class RawResponse:
    status_code: int
    headers: dict[str, str]  # names in lower case
    body: bytes
    keep_alive: bool


class ResponseError(ValueError):
    """A response that is not well-formed HTTP/1.1."""


async def read_response(reader: asyncio.StreamReader) -> RawResponse:
    """Read one HTTP/1.1 response fully: status line, headers, and a Content-Length,
    chunked or read-until-close body."""
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
    status_line, *lines = head[:-4].split("\r\n")
    version, _, rest = status_line.partition(" ")
    if not version.startswith("HTTP/1.") or not rest[:3].isdigit():
        raise ResponseError(f"bad status line {status_line!r}")
    status = int(rest[:3])
    headers: dict[str, str] = {}
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon:
            raise ResponseError(f"bad header line {line!r}")
        headers[name.strip().lower()] = value.strip()
    keep_alive = headers.get("connection", "").lower() != "close" and version != "HTTP/1.0"
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = bytearray()
        while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
            body += (await reader.readexactly(size + 2))[:-2]
        while await reader.readuntil(b"\r\n") != b"\r\n":
            pass  # trailers
        return RawResponse(status, headers, bytes(body), keep_alive)
    if "content-length" in headers:
        body_bytes = await reader.readexactly(int(headers["content-length"]))
        return RawResponse(status, headers, body_bytes, keep_alive)
    if status < 200 or status in (204, 304):
        return RawResponse(status, headers, b"", keep_alive)
    return RawResponse(status, headers, await reader.read(), False)  # ends with the connection


class RawConnection:
    """One client's keep-alive HTTP/1.1 connection on asyncio streams, reopened when closed.

    Idle connections are given up a second before the server closes them (as the httpx
    client did): a request sent just as the server closes its end would fail.
    """

    def __init__(self, host: str, port: int, timeout: float = 60.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.idle_since = 0.0

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None

    async def request(self, method: str, path: str, body: bytes = b"") -> RawResponse:
        stale = time.monotonic() - self.idle_since > KEEP_ALIVE_SECONDS - 1
        if self.reader is None or self.reader.at_eof() or stale:
            await self.close()
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
        if method != "GET":
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        message = head.encode("ascii") + b"\r\n" + body
        reused = self.reader is not None
        try:
            response = await self._exchange(message)
        except (ConnectionError, asyncio.IncompleteReadError) as error:
            # A kept-alive connection the server closed before answering (the close was
            # still under way): send once more on a fresh one, as browsers and httpx do.
            nothing = not isinstance(error, asyncio.IncompleteReadError) or not error.partial
            if not (reused and nothing):
                raise
            response = await self._exchange(message)
        if response.keep_alive:
            self.idle_since = time.monotonic()
        else:
            await self.close()
        return response

    async def _exchange(self, message: bytes) -> RawResponse:
        if self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None and self.writer is not None
        try:
            self.writer.write(message)
            await self.writer.drain()
            async with asyncio.timeout(self.timeout):  # cheaper than wait_for's extra task
                return await read_response(self.reader)
        except BaseException:
            await self.close()  # the connection is in an unknown state
            raise
