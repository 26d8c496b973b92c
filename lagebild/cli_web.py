"""``lagebild serve``: the web UI and HTTP API over a corpus store.

``register(app)`` adds the command to the main ``lagebild`` Typer app.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add ``serve`` to ``app``."""
    app.command()(serve)


def serve(
    host: Annotated[str, typer.Option(help="Address to bind; loopback by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Store: a SQLite file or an SQLAlchemy URL "
            "(default: $LAGEBILD_DB or ./lagebild.db).",
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            help="Bearer token for writing endpoints (default: $LAGEBILD_TOKEN); needed for "
            "writing when bound to a non-loopback address."
        ),
    ] = None,
    max_mb: Annotated[float, typer.Option(help="Largest request body in MB.")] = 2.0,
    cache_mb: Annotated[
        float,
        typer.Option(help="Rendered pages kept while the store is unchanged, in MB (0: off)."),
    ] = 32.0,
    max_queue: Annotated[
        int,
        typer.Option(
            min=0,
            help="Analyses (POST /api/analyze) waiting or running before more are refused "
            "with 503 and Retry-After.",
        ),
    ] = 64,
) -> None:
    """Serve the web UI and the JSON API (every page has a JSON twin under /api)."""
    from lagebild.api.app import TOKEN_ENV, Settings, create_app
    from lagebild.api.server import run

    settings = Settings(
        db=db,
        host=host,
        token=token or os.environ.get(TOKEN_ENV) or None,
        prestart_analysis=True,
        max_bytes=int(max_mb * 1024 * 1024),
        cache_bytes=int(cache_mb * 1024 * 1024),
        max_pending_analyses=max_queue,
    )
    if not settings.loopback and settings.token is None:
        typer.echo("warning: bound beyond loopback without --token: writing is disabled", err=True)
    run(create_app(settings), host=host, port=port)  # limits: see lagebild.api.server


if __name__ == "__main__":  # ``python -m lagebild.cli_web`` until ``serve`` is wired in
    standalone = typer.Typer(add_completion=False)
    register(standalone)
    standalone()
