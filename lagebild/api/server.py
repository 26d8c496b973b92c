"""The uvicorn settings ``lagebild serve`` runs with, and the limits they set.

Limits (see docs in ``serve --help`` and the README's serving section):

- request body: ``--max-mb`` (2 MB), refused with 413 (``BodyLimit``);
- request body speed: the whole body must arrive within ``BODY_SECONDS`` (408 otherwise),
  so a client trickling a body byte by byte cannot hold a request open for ever;
- request head: at most ``HEADER_BYTES`` of headers (uvicorn answers 400 beyond);
- idle keep-alive connections are closed after ``KEEP_ALIVE_SECONDS``.

uvicorn has no timeout for a request head that arrives slowly; such a client costs one
idle socket and no thread (the server is asynchronous), so other clients are served
meanwhile. On a public address, put a reverse proxy with header timeouts in front.
"""

from __future__ import annotations

from typing import Any

KEEP_ALIVE_SECONDS = 5
HEADER_BYTES = 64 * 1024
BODY_SECONDS = 60.0
GRACEFUL_SHUTDOWN_SECONDS = 10


def uvicorn_config(app: Any, host: str, port: int, log_level: str = "warning") -> Any:
    """A ``uvicorn.Config`` for ``app`` with lagebild's connection limits."""
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        h11_max_incomplete_event_size=HEADER_BYTES,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )


def run(app: Any, host: str, port: int) -> None:
    import uvicorn

    uvicorn.Server(uvicorn_config(app, host, port)).run()
