"""Corpus commands: ``ingest`` into a store and query it (search, quotes, events, ...).

The query commands read a SQLite store at the newest schema with the standard ``sqlite3``
(:func:`lagebild.store.reading.open_reader`): importing SQLAlchemy would be most of
their start-up time.

``register(app)`` adds them to the main ``lagebild`` Typer app.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from lagebild.store.output import RowFormat

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Store: a SQLite file or an SQLAlchemy URL (default: $LAGEBILD_DB or ./lagebild.db).",
    ),
]
FormatOption = Annotated[RowFormat, typer.Option("--format", "-f", help="Output format.")]
OutOption = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file.")]
SinceOption = Annotated[str | None, typer.Option(help="Published on or after YYYY-MM-DD.")]
UntilOption = Annotated[str | None, typer.Option(help="Published on or before YYYY-MM-DD.")]
LimitOption = Annotated[int, typer.Option(help="At most this many rows.")]


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"


def register(app: typer.Typer) -> None:
    """Add the corpus commands to ``app``."""
    app.command()(ingest)
    app.command()(search)
    app.command()(quotes)
    app.command()(events)
    app.command()(actors)
    app.command()(timeline)


def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders or globs: .txt .html .json .jsonl .csv .tsv .warc(.gz)."
        ),
    ],
    db: DbOption = None,
    workers: Annotated[int, typer.Option(help="Analysis processes.")] = 1,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for documents without one.")
    ] = None,
    text_column: Annotated[
        str | None,
        typer.Option(help="CSV/TSV text column: a name, or a number (1 = first) with --no-header."),
    ] = None,
    id_column: Annotated[str | None, typer.Option(help="CSV/TSV id column.")] = None,
    date_column: Annotated[str | None, typer.Option(help="CSV/TSV date column.")] = None,
    title_column: Annotated[str | None, typer.Option(help="CSV/TSV title column.")] = None,
    source_column: Annotated[
        str | None,
        typer.Option(help="CSV/TSV column stored as the document's source (e.g. a category)."),
    ] = None,
    header: Annotated[
        bool,
        typer.Option("--header/--no-header", help="Whether CSV/TSV files start with a header row."),
    ] = True,
    delimiter: Annotated[
        str | None, typer.Option(help="CSV field separator (default: sniffed; tab for .tsv).")
    ] = None,
    quotechar: Annotated[
        str | None, typer.Option(help='CSV quote character (default: sniffed, else ").')
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Analyse articles into the corpus store; re-runs skip what is stored."""
    from rich.console import Console

    from lagebild.ingest import TableOptions, read_sources
    from lagebild.ingest import ingest as run_ingest
    from lagebild.ingest.progress import IngestProgress
    from lagebild.readers.published import validate_published
    from lagebild.store import open_store

    console = Console(stderr=True, soft_wrap=True)  # whole error lines, for grep and logs
    table = TableOptions(
        text_column=text_column,
        id_column=id_column,
        date_column=date_column,
        title_column=title_column,
        source_column=source_column,
        header=header,
        delimiter=delimiter,
        quotechar=quotechar,
    )
    if published is not None:
        published = validate_published(published)
    engine = open_store(db)
    with IngestProgress(console, paths, table, enabled=progress) as bar:
        summary = run_ingest(
            read_sources(paths, published, table), engine, workers=workers, on_outcome=bar.advance
        )
    counts = summary.as_dict()
    console.print(", ".join(f"{name}: {value}" for name, value in counts.items()))
    if summary.failed:
        raise typer.Exit(code=1)


def search(
    query: Annotated[str, typer.Argument(help="Words to find in titles and texts.")],
    db: DbOption = None,
    output_format: FormatOption = RowFormat.table,
    out: OutOption = None,
    limit: LimitOption = 20,
) -> None:
    """Full-text search over the stored documents."""
    from lagebild.store import queries

    with queries.open_reader(db) as store:
        rows = queries.search(store, query, limit=limit)
    _write(rows, output_format, out, "documents")


def quotes(
    speaker: Annotated[str | None, typer.Option(help="Speaker name, alias or code.")] = None,
    about: Annotated[str | None, typer.Option(help="Words in the quote.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    output_format: FormatOption = RowFormat.table,
    out: OutOption = None,
    limit: LimitOption = 100,
) -> None:
    """Quotes by speaker and/or topic."""
    from lagebild.store import queries

    with queries.open_reader(db) as store:
        rows = queries.quotes(
            store, speaker=speaker, about=about, since=since, until=until, limit=limit
        )
    _write(rows, output_format, out, "quotes")


def events(
    actor: Annotated[str | None, typer.Option(help="Actor code (RUS) or name.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code or name.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    output_format: FormatOption = RowFormat.table,
    out: OutOption = None,
    limit: LimitOption = 1000,
) -> None:
    """PLOVER events by actor, recipient, type and date (near-duplicates left out)."""
    from lagebild.store import queries

    with queries.open_reader(db) as store:
        rows = queries.events(
            store,
            actor=actor,
            recipient=recipient,
            type=event_type,
            since=since,
            until=until,
            limit=limit,
        )
    _write(rows, output_format, out, "events")


def actors(
    actor_type: Annotated[str | None, typer.Option("--type", help="PER, ORG, GPE, ...")] = None,
    db: DbOption = None,
    output_format: FormatOption = RowFormat.table,
    out: OutOption = None,
    limit: LimitOption = 100,
) -> None:
    """Actors across the corpus, most mentioned first."""
    from lagebild.store import queries

    with queries.open_reader(db) as store:
        rows = queries.actors(store, type=actor_type, limit=limit)
    _write(rows, output_format, out, "actors")


def timeline(
    actor: Annotated[str | None, typer.Option(help="Actor code or name.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code or name.")] = None,
    by: Annotated[Period, typer.Option(help="Period length.")] = Period.month,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    output_format: FormatOption = RowFormat.table,
    out: OutOption = None,
) -> None:
    """Events per period: counts per PLOVER type and summed conflict/cooperation score."""
    from lagebild.store import queries

    with queries.open_reader(db) as store:
        rows = queries.timeline(
            store, actor=actor, recipient=recipient, by=by.value, since=since, until=until
        )
    _write(rows, output_format, out, "timeline")


def _write(rows: list[dict], output_format: RowFormat, out: Path | None, title: str) -> None:
    from lagebild.store.output import write_rows

    try:
        write_rows(rows, output_format, out, title)
    except RuntimeError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=2) from error


def main() -> None:
    """Run the corpus commands on their own (``python -m lagebild.cli_corpus``)."""
    app = typer.Typer(add_completion=False, no_args_is_help=True)
    register(app)
    app()


if __name__ == "__main__":
    main()
