"""Routes: each page at ``/x`` (HTML, or JSON with ``?format=json``) and ``/api/x`` (JSON).

Both call the same view function in :mod:`lagebild.api.views`.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi import Path as FastApiPath
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from lagebild.api import views
from lagebild.api.app import GZIP_MIN_BYTES, ApiError, check_write_access, html_page
from lagebild.api.corpus import Page
from lagebild.api.posting import ArticleIn, store
from lagebild.model import Analysis
from lagebild.web.annotate import annotated_html

Limit = Annotated[int, Query(ge=1, le=500, description="At most this many items.")]
#: Bounded: larger numbers overflow SQLite's 64-bit and PostgreSQL's 32-bit integers.
MAX_ID = 2**31 - 1
Offset = Annotated[int, Query(ge=0, le=MAX_ID, description="Skip this many items.")]
RowId = Annotated[int, FastApiPath(ge=1, le=MAX_ID)]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
#: NUL cannot reach PostgreSQL text (it answers with an error), nor is it ever meant.
NO_NUL = r"^[^\x00]*$"
Text = Annotated[str | None, Query(max_length=200, pattern=NO_NUL)]
Party = Annotated[str, Query(min_length=1, max_length=200, pattern=NO_NUL)]


def _engine(request: Request) -> Any:
    return request.app.state.engine


def _json(path: str) -> bool:
    return path.startswith("/api")


def _page(
    request: Request,
    template: str,
    key: tuple[Any, ...],
    build: Callable[[], dict[str, Any]],
    extra: Callable[[Request, dict[str, Any]], dict[str, Any]] | None = None,
) -> Response:
    """A page as JSON or HTML, from the page cache while the store is unchanged.

    The JSON body is cached under ``key``, the HTML under ``key`` and the full URL (its
    links are built from the request's address and query); each also gzipped for clients
    that take it, so a cached page costs neither rendering nor compressing. See
    :mod:`lagebild.api.page_cache`.
    """
    pages = request.app.state.pages
    if _json(request.url.path) or request.query_params.get("format") == "json":
        full_key: tuple[Any, ...] = ("json", *key)
        media_type = "application/json"

        def render() -> bytes:
            return bytes(JSONResponse(build()).body)
    else:
        full_key = ("html", str(request.url), request.scope.get("root_path", ""), *key)
        media_type = "text/html; charset=utf-8"

        def render() -> bytes:
            data = build()
            more = extra(request, data) if extra else {}
            return bytes(html_page(request, template, data, **more).body)

    body, generation = pages.fetch(full_key, render)
    if len(body) < GZIP_MIN_BYTES or "gzip" not in request.headers.get("accept-encoding", ""):
        return Response(body, media_type=media_type)
    packed, _ = pages.fetch(("gzip", *full_key), lambda: gzip.compress(body, 6), generation)
    headers = {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
    return Response(packed, media_type=media_type, headers=headers)


def _both(app: FastAPI, path: str, endpoint: Any, name: str, summary: str) -> None:
    """The JSON route in the OpenAPI document, the HTML twin outside it."""
    app.add_api_route(
        "/api" + path,
        endpoint,
        methods=["GET"],
        name=f"api_{name}",
        summary=summary,
        tags=["lesen"],
    )
    app.add_api_route(path or "/", endpoint, methods=["GET"], name=name, include_in_schema=False)


def _actor_href(request: Request, entity_actors: dict[str, int]) -> Any:
    def href(entity_id: str | None) -> str | None:
        actor_id = entity_actors.get(entity_id or "")
        return str(request.url_for("actor", actor_id=actor_id)) if actor_id else None

    return href


def register_routes(app: FastAPI) -> None:
    def home(request: Request) -> Any:
        return _page(request, "home.html", ("home",), lambda: views.home(_engine(request)))

    def articles(
        request: Request,
        limit: Limit = 20,
        offset: Offset = 0,
        q: Text = None,
        since: Day = None,
        until: Day = None,
        source: Text = None,
    ) -> Any:
        return _page(
            request,
            "articles.html",
            ("articles", limit, offset, q, since, until, source),
            lambda: views.article_list(
                _engine(request), Page(limit, offset), q=q, since=since, until=until, source=source
            ),
        )

    def article(request: Request, document_id: RowId) -> Any:
        return _page(
            request,
            "article.html",
            ("article", document_id),
            lambda: views.article(_engine(request), document_id),
            extra=_article_extra,
        )

    def actors(
        request: Request,
        limit: Limit = 50,
        offset: Offset = 0,
        q: Text = None,
        type: Annotated[Literal["PER", "ORG", "GPE", "LOC", "MISC"] | None, Query()] = None,
        code: Text = None,
    ) -> Any:
        return _page(
            request,
            "actors.html",
            ("actors", limit, offset, q, type, code),
            lambda: views.actor_list(
                _engine(request), Page(limit, offset), q=q, type=type, code=code
            ),
        )

    def actor(request: Request, actor_id: RowId) -> Any:
        return _page(
            request,
            "actor.html",
            ("actor", actor_id),
            lambda: views.actor(_engine(request), actor_id),
        )

    def pair(
        request: Request,
        actor: Party,
        recipient: Party,
        by: Literal["day", "week", "month"] = "month",
        since: Day = None,
        until: Day = None,
    ) -> Any:
        return _page(
            request,
            "pair.html",
            ("pair", actor, recipient, by, since, until),
            lambda: views.pair(_engine(request), actor, recipient, by, since, until),
        )

    def quotes(
        request: Request,
        limit: Limit = 50,
        offset: Offset = 0,
        speaker: Text = None,
        q: Text = None,
        since: Day = None,
        until: Day = None,
    ) -> Any:
        return _page(
            request,
            "quotes.html",
            ("quotes", limit, offset, speaker, q, since, until),
            lambda: views.quote_list(
                _engine(request),
                Page(limit, offset),
                speaker=speaker,
                q=q,
                since=since,
                until=until,
            ),
        )

    def events(
        request: Request,
        limit: Limit = 50,
        offset: Offset = 0,
        actor: Text = None,
        recipient: Text = None,
        type: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3,12}$")] = None,
        since: Day = None,
        until: Day = None,
    ) -> Any:
        return _page(
            request,
            "events.html",
            ("events", limit, offset, actor, recipient, type, since, until),
            lambda: views.event_list(
                _engine(request),
                Page(limit, offset),
                actor=actor,
                recipient=recipient,
                type=type,
                since=since,
                until=until,
            ),
        )

    def places(
        request: Request,
        limit: Limit = 100,
        offset: Offset = 0,
        q: Text = None,
        country: Text = None,
    ) -> Any:
        return _page(
            request,
            "places.html",
            ("places", limit, offset, q, country),
            lambda: views.place_list(_engine(request), Page(limit, offset), q=q, country=country),
        )

    def network(request: Request, nodes: Annotated[int, Query(ge=2, le=120)] = 40) -> Any:
        return _page(
            request,
            "network.html",
            ("network", nodes),
            lambda: views.network(_engine(request), nodes),
        )

    def search(
        request: Request, q: Text = None, limit: Annotated[int, Query(ge=1, le=100)] = 20
    ) -> Any:
        return _page(
            request,
            "search.html",
            ("search", q, limit),
            lambda: views.search(_engine(request), q, limit),
        )

    _both(app, "", home, "home", "Startseite: neueste Artikel, aktivste Akteure")
    _both(app, "/articles", articles, "articles", "Artikel, neueste zuerst")
    _both(app, "/articles/{document_id}", article, "article", "Ein Artikel mit allen Annotationen")
    _both(app, "/actors", actors, "actors", "Akteure, meistgenannte zuerst")
    _both(
        app,
        "/actors/{actor_id}",
        actor,
        "actor",
        "Ein Akteur: Namen, Rollen, Zitate, Ereignisse, Zeitverlauf",
    )
    _both(app, "/pair", pair, "pair", "Zeitverlauf der Ereignisse zwischen zwei Akteuren")
    _both(app, "/quotes", quotes, "quotes", "Zitate")
    _both(app, "/events", events, "events", "PLOVER-Ereignisse")
    _both(app, "/places", places, "places", "Orte")
    _both(app, "/network", network, "network", "Netzwerk der Akteure")
    _both(app, "/search", search, "search", "Volltextsuche in Texten und Zitaten")
    _writing_routes(app)
    _health_route(app)


def _article_extra(request: Request, data: dict[str, Any]) -> dict[str, Any]:
    return {"annotated": _annotated(request, data)}


def _annotated(request: Request, data: dict[str, Any]) -> Any:
    analysis = Analysis.model_validate(data["analysis"])
    return annotated_html(analysis, _actor_href(request, data["entity_actors"]))


async def _analyse(request: Request, article: ArticleIn, keep: bool) -> dict[str, Any]:
    """Analysed off the event loop (in the analysis worker), stored in a thread if asked."""
    if keep:
        check_write_access(request)
    analysis = await request.app.state.analyzer.analyze_article(article)

    def result() -> dict[str, Any]:
        stored = store(request.app.state.engine, analysis) if keep else None
        return {"analysis": analysis.model_dump(mode="json"), "stored": stored}

    return await run_in_threadpool(result)


def _writing_routes(app: FastAPI) -> None:
    @app.post(
        "/api/analyze",
        tags=["schreiben"],
        summary="Einen Artikel analysieren (speichern mit ?store=true)",
    )
    async def analyze(request: Request, article: ArticleIn, store: bool = False) -> Any:
        return await _analyse(request, article, store)

    @app.post(
        "/api/articles",
        tags=["schreiben"],
        status_code=201,
        summary="Einen Artikel analysieren und speichern",
    )
    async def create_article(request: Request, article: ArticleIn) -> Any:
        return await _analyse(request, article, True)

    @app.get("/analyze", include_in_schema=False, name="analyze_form")
    def analyze_form(request: Request) -> Any:
        return html_page(request, "analyze.html", {}, needs_token=_needs_token(request))

    @app.post("/analyze", include_in_schema=False)
    async def analyze_posted(
        request: Request,
        text: Annotated[str, Form()] = "",
        file: Annotated[UploadFile | None, File()] = None,
        published: Annotated[str, Form()] = "",
        keep: Annotated[str, Form()] = "",
        token: Annotated[str, Form()] = "",
    ) -> Any:
        body = text
        if file is not None and file.filename:
            body = (await file.read()).decode("utf-8", errors="replace")
        from lagebild.readers.html import looks_like_html

        is_html = looks_like_html(body)
        try:
            article = ArticleIn(
                text=None if is_html else body,
                html=body if is_html else None,
                published=published or None,
            )
        except ValueError as error:
            raise ApiError(422, "invalid_request", "Bitte einen Text eingeben.") from error
        if keep:
            check_write_access(request, token or None)
        analysis = await request.app.state.analyzer.analyze_article(article)
        if keep:
            stored = await run_in_threadpool(store, request.app.state.engine, analysis)
            return _redirect(request, stored["id"])

        def page() -> Any:
            data = views.analysis_view(analysis, None, {})
            return html_page(
                request, "article.html", data, annotated=_annotated(request, data), unsaved=True
            )

        return await run_in_threadpool(page)


def _health_route(app: FastAPI) -> None:
    @app.get(
        "/api/health",
        tags=["betrieb"],
        summary="Zustand des Servers: Seiten-Cache, Speicher und Analyse-Warteschlange",
    )
    def health(request: Request) -> dict[str, Any]:
        """For monitoring (and the load test): nothing here touches the store."""
        pages, analyzer = request.app.state.pages, request.app.state.analyzer
        from lagebild.api.memory import memory_in_use

        return {
            "status": "ok",
            "page_cache": pages.stats(),
            "memory": memory_in_use(),
            "analysis": {
                "pending": getattr(analyzer, "pending", 0),
                "max_pending": getattr(analyzer, "max_pending", None),
                "process": getattr(analyzer, "child_pid", None),
            },
        }


def _needs_token(request: Request) -> bool:
    settings = request.app.state.settings
    return settings.token is not None


def _redirect(request: Request, document_id: int) -> Any:
    from fastapi.responses import RedirectResponse

    return RedirectResponse(
        str(request.url_for("article", document_id=document_id)), status_code=303
    )
