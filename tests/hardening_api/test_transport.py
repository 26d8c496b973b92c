"""Against a live uvicorn with ``serve``'s settings: path traversal, size limits, slow clients.

Raw sockets, so that nothing (httpx's URL normalisation) tidies the hostile requests first.
"""

from __future__ import annotations

import select
import socket
import threading
import time

import httpx
import pytest
from conftest import LiveServer

from lagebild.api.app import Settings, create_app

TRAVERSALS = (
    "/static/../../etc/passwd",
    "/static/../../../../../../etc/passwd",
    "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2f..%2f..%2fetc%2fpasswd",
    "/static/%252e%252e%252fetc%252fpasswd",
    "/static/....//....//etc/passwd",
    "/static/..%5c..%5cetc%5cpasswd",
    "/static/..\\..\\etc\\passwd",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/style.css%00.txt",
    "/static/../api/app.py",
    "/static/%2e%2e/templates/base.html",
    "/static/../../../pyproject.toml",
    "/../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
)


def raw_request(port: int, head: str, body: bytes = b"", timeout: float = 10) -> tuple[int, bytes]:
    """Send bytes as given; the status code and the whole answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(head.encode("latin-1") + body)
        answer = b""
        while True:
            try:
                chunk = connection.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not chunk:
                break
            answer += chunk
    status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0
    return status, answer


def get(port: int, path: str) -> tuple[int, bytes]:
    return raw_request(port, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_is_404(live_server: LiveServer, path: str) -> None:
    status, answer = get(live_server.port, path)
    assert status in (404, 400), (path, answer[:200])  # 400: h11 refused the request line
    assert b"root:" not in answer and b"[project]" not in answer and b"import" not in answer


def test_static_file_still_served(live_server: LiveServer) -> None:
    status, answer = get(live_server.port, "/static/style.css")
    assert status == 200 and b"{" in answer


def test_declared_oversized_body_is_413(live_server: LiveServer) -> None:
    head = (
        "POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 50000000\r\nConnection: close\r\n\r\n"
    )
    status, answer = raw_request(live_server.port, head, b'{"text": "')
    assert status == 413, answer[:200]


def test_streamed_oversized_body_is_413(live_server: LiveServer) -> None:
    def chunks():  # chunked, no length: counted as it arrives
        for _ in range(400):
            yield b"Wort " * 2000

    response = httpx.post(
        live_server.base_url + "/api/analyze",
        content=chunks(),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 413


def test_huge_header_is_refused(live_server: LiveServer) -> None:
    head = f"GET / HTTP/1.1\r\nHost: x\r\nX-Big: {'a' * 200_000}\r\nConnection: close\r\n\r\n"
    status, _ = raw_request(live_server.port, head)
    assert status in (0, 400, 431)  # refused or connection dropped, never served


def _trickle(
    port: int,
    data: tuple[bytes, bytes],
    interval: float,
    stop: threading.Event,
    answers: list[bytes],
) -> None:
    """Send ``data[0]`` at once, then ``data[1]`` one byte per ``interval`` s; read the answer."""
    head, data = data
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
            connection.sendall(head)
            for byte in data:
                if stop.is_set():
                    return
                if select.select([connection], [], [], 0)[0]:  # answered before we finished
                    break
                connection.sendall(bytes([byte]))
                time.sleep(interval)
            answers.append(connection.recv(65536))
    except OSError as error:
        answers.append(repr(error).encode())


def test_slow_clients_do_not_block_others(tmp_path) -> None:  # noqa: ANN001
    app = create_app(Settings(db=str(tmp_path / "slow.db"), body_seconds=2.0))
    stop = threading.Event()
    answers: list[bytes] = []
    slow_head = (
        b"",
        b"GET /api/articles HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 200 + b"\r\n\r\n",
    )
    slow_body = (
        b"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 400\r\n\r\n",
        b'{"text": "' + b"a" * 389 + b'"}',
    )
    with LiveServer(app) as server:
        trickles = [
            threading.Thread(
                target=_trickle,
                daemon=True,
                args=(server.port, data, 1.0 if n % 2 else 0.1, stop, answers),
            )
            for n, data in enumerate([slow_head] * 10 + [slow_body] * 10)
        ]
        for thread in trickles:
            thread.start()
        time.sleep(1.0)  # every slow client is connected and mid-request
        timings = []
        with httpx.Client(base_url=server.base_url, timeout=10) as client:
            for _ in range(20):
                started = time.monotonic()
                assert client.get("/api/articles").status_code == 200
                timings.append(time.monotonic() - started)
        time.sleep(2.5)  # past the body deadline: the trickled bodies were answered 408
        stop.set()
        assert max(timings) < 2.0, timings
        assert any(answer.startswith(b"HTTP/1.1 408") for answer in answers), answers[:3]
