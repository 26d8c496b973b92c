"""The FastAPI application: settings, request limits, token check and JSON errors."""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lagebild.api.analysis_worker import MAX_PENDING, AnalysisWorker, Busy
from lagebild.api.page_cache import MAX_BYTES as PAGE_CACHE_BYTES
from lagebild.api.page_cache import PageCache, StoreGeneration
from lagebild.api.server import BODY_SECONDS
from lagebild.api.views import NotFound
from lagebild.errors import LagebildError

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
TOKEN_ENV = "LAGEBILD_TOKEN"
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
#: Threads for the synchronous page handlers. Reads are mostly Python work under the
#: GIL, so more threads only queue inside the process (and for the store's connection
#: pool of 5 + 10) instead of in front of it; a few keep a slow query from blocking.
READ_THREADS = 8
#: Smaller responses are sent uncompressed.
GZIP_MIN_BYTES = 1024


@dataclass(frozen=True, slots=True)
class Settings:
    db: str | None = None
    host: str = "127.0.0.1"
    token: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    body_seconds: float = BODY_SECONDS
    #: Start the analysis process with the server, not on the first analysis.
    prestart_analysis: bool = False
    #: Rendered pages kept while the store is unchanged (0: no page cache).
    cache_bytes: int = PAGE_CACHE_BYTES
    #: Analyses waiting or running before new ones are refused with 503 + Retry-After.
    max_pending_analyses: int = MAX_PENDING

    @property
    def loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        self.status, self.code, self.message = status, code, message
        super().__init__(message)


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


class _BodyTooLarge(Exception):
    """A streamed body ran over the limit (already answered with 413)."""


class BodyLimit:
    """Refuses bodies over ``max_bytes`` (413, declared or streamed) or slower than
    ``body_seconds`` in all (408)."""

    def __init__(self, app: ASGIApp, max_bytes: int, body_seconds: float = BODY_SECONDS):
        self.app, self.max_bytes, self.body_seconds = app, max_bytes, body_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        received = 0
        refused = False
        body_done = False
        deadline = asyncio.get_running_loop().time() + self.body_seconds

        async def counted() -> Message:
            nonlocal received, refused, body_done
            if body_done:  # later receives only wait for a disconnect: no deadline
                return await receive()
            remaining = deadline - asyncio.get_running_loop().time()
            try:  # a body trickled in byte by byte must not hold the request for ever
                message = await asyncio.wait_for(receive(), timeout=max(remaining, 0.001))
            except TimeoutError:
                refused = True
                await self._refuse(
                    send, 408, "timeout", f"request body not received within {self.body_seconds} s"
                )
                raise _BodyTooLarge from None
            body_done = not message.get("more_body", False)
            received += len(message.get("body", b""))
            if received > self.max_bytes and not refused:
                refused = True
                await self._refuse(send)
                raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            if not refused:  # the app's own answer to the cut-off body is dropped
                await send(message)

        try:
            await self.app(scope, counted, guarded_send)
        except Exception:
            if not refused:
                raise

    async def _refuse(
        self, send: Send, status: int = 413, code: str = "too_large", message: str | None = None
    ) -> None:
        message = message or f"request body over {self.max_bytes} bytes"
        response = JSONResponse(
            error_body(code, message), status_code=status, headers={"Connection": "close"}
        )
        await response({"type": "http"}, _no_body, send)


class ServerTiming:
    """Adds ``Server-Timing: app;dur=<ms>``: from the request reaching the app to its answer
    starting, so a client can tell the server's share of a latency from its own and the
    network's (the load test reports both)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                duration = f"app;dur={(time.perf_counter() - started) * 1000:.1f}".encode()
                headers = [*message.get("headers", []), (b"server-timing", duration)]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, timed_send)


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.query_params.get("format") == "json"


def create_app(settings: Settings | None = None) -> FastAPI:
    from lagebild.store import open_store

    settings = settings or Settings(token=os.environ.get(TOKEN_ENV))
    app = FastAPI(
        title="lagebild",
        version=_version(),
        lifespan=_lifespan,
        description="German news as a structured picture: entities, quotes, PLOVER events, "
        "places. Every HTML page has a JSON twin under /api.",
        # The interactive docs pages load their scripts from a CDN; only the JSON is served.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = open_store(settings.db)
    app.state.pages = PageCache(StoreGeneration(app.state.engine), settings.cache_bytes)
    app.state.analyzer = AnalysisWorker(max_pending=settings.max_pending_analyses)
    templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
    templates.env.autoescape = True  # also for templates not named *.html
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")
    # Responses the page cache has not compressed already (it keeps gzipped pages)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)
    app.add_middleware(BodyLimit, max_bytes=settings.max_bytes, body_seconds=settings.body_seconds)
    app.add_middleware(ServerTiming)  # outermost: times everything the app does
    _error_handlers(app)
    from lagebild.api.routes import register_routes

    register_routes(app)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    import anyio.to_thread

    anyio.to_thread.current_default_thread_limiter().total_tokens = READ_THREADS
    if app.state.settings.prestart_analysis and hasattr(app.state.analyzer, "prestart"):
        app.state.analyzer.prestart()
    try:
        yield
    finally:
        await asyncio.get_running_loop().run_in_executor(None, app.state.analyzer.close)
        app.state.pages.generation.close()


def _version() -> str:
    from lagebild import __version__

    return __version__


def _respond_error(
    request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> Any:
    if wants_json(request):
        return JSONResponse(error_body(code, message), status_code=status, headers=headers)
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "code": code, "message": message},
        status_code=status,
        headers=headers,
    )


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> Any:
        return _respond_error(request, error.status, error.code, error.message)

    @app.exception_handler(Busy)
    async def busy(request: Request, error: Busy) -> Any:
        # refused at once rather than queued without bound: the client retries later
        return _respond_error(
            request, 503, "busy", str(error), headers={"Retry-After": str(error.retry_after)}
        )

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound) -> Any:
        return _respond_error(request, 404, "not_found", f"{error.what} nicht gefunden")

    @app.exception_handler(LagebildError)
    async def lagebild_error(request: Request, error: LagebildError) -> Any:
        return _respond_error(request, 422, error.code.name, error.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Any:
        detail = "; ".join(
            f"{'.'.join(str(p) for p in item.get('loc', ()))}: {item.get('msg')}"
            for item in error.errors()
        )
        return _respond_error(request, 422, "invalid_request", detail)

    @app.exception_handler(DataError)
    async def unstorable(request: Request, error: DataError) -> Any:
        # a value the database refuses (too long, bad bytes): the request's fault, not ours
        return _respond_error(request, 422, "invalid_request", "a value was refused by the store")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Any:
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
            error.status_code, "http_error"
        )
        return _respond_error(request, error.status_code, code, str(error.detail))


def check_write_access(request: Request, offered: str | None = None) -> None:
    """Writing needs the token when one is set, and one must be set off loopback."""
    settings: Settings = request.app.state.settings
    if settings.token is None:
        if settings.loopback:
            return
        raise ApiError(403, "forbidden", "writing is disabled: start with --token")
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else offered
    if not given or not hmac.compare_digest(given.encode(), settings.token.encode()):
        raise ApiError(401, "unauthorized", "a valid 'Authorization: Bearer <token>' is needed")


def html_page(request: Request, template: str, data: dict[str, Any], **extra: Any) -> Any:
    if request.query_params.get("format") == "json":
        return JSONResponse(data)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, template, {"data": data, **extra})


__all__ = ["HTMLResponse", "Settings", "create_app"]
