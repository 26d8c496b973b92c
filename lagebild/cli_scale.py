"""The ``lagebild scale`` command: analyse many articles on Dask, write Parquet tables.

The lead wires it in with ``cli_scale.register(app)``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from lagebild.errors import LagebildError

#: How many error messages the summary prints (all are counted).
SHOWN_ERRORS = 10


def scale(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, folders, JSON/JSONL, or 10kGNAD .csv files (label;'text')."),
    ],
    out: Annotated[Path, typer.Option("--out", help="Output folder: OUT/<table>/part-N.parquet.")],
    dask: Annotated[
        str | None,
        typer.Option("--dask", help="Scheduler address tcp://host:port; default: a local cluster."),
    ] = None,
    partitions: Annotated[int, typer.Option(min=1, help="How many partitions (parts).")] = 8,
    limit: Annotated[int | None, typer.Option(min=1, help="Read at most N inputs.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Analyse articles on a Dask cluster and write documents, entities, mentions, quotes,
    events and places as partitioned Parquet."""
    from dataclasses import asdict

    from lagebild.scale.dask_run import run_on_dask

    try:
        summary = run_on_dask(inputs, out, dask, partitions, published=published, limit=limit)
    except LagebildError as error:
        typer.echo(f"error: {error.message}", err=True)
        raise typer.Exit(code=2) from error
    if as_json:
        report = asdict(summary) | {"articles_per_second": summary.articles_per_second}
        typer.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        typer.echo(
            f"{summary.ok} analysed, {summary.failed} failed, {summary.read_errors} unreadable"
            f" in {summary.partitions} partitions; {summary.seconds:.1f} s"
            f" ({summary.articles_per_second:.2f} articles/s)"
        )
        typer.echo("rows: " + ", ".join(f"{name} {rows}" for name, rows in summary.rows.items()))
        typer.echo(f"written to {out.resolve()}")
        for message in summary.errors[:SHOWN_ERRORS]:
            typer.echo(f"error: {message}", err=True)
        if len(summary.errors) > SHOWN_ERRORS:
            typer.echo(f"... and {len(summary.errors) - SHOWN_ERRORS} more errors", err=True)
    if summary.failed or summary.read_errors:
        raise typer.Exit(code=1)


def scale_bench(
    inputs: Annotated[list[str], typer.Argument(help="Inputs, e.g. a 10kGNAD .csv file.")],
    articles: Annotated[int, typer.Option(min=1, help="How many articles to time.")] = 200,
    partitions: Annotated[int, typer.Option(min=1, help="Partitions on the cluster.")] = 8,
    workers: Annotated[int, typer.Option(min=1, help="Local worker processes.")] = 2,
) -> None:
    """Articles/s of a local Dask cluster against a single-process loop, same articles."""
    from lagebild.scale.bench import compare

    typer.echo(json.dumps(compare(inputs, articles, partitions, workers), indent=1))


def load(
    directory: Annotated[Path, typer.Argument(help="Output folder of ``lagebild scale``.")],
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Store: a SQLite file or an SQLAlchemy URL "
            "(default: $LAGEBILD_DB or ./lagebild.db).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Load the Parquet tables of a scale run into the corpus store; re-runs skip what is
    stored."""
    from lagebild.scale.load import load_tables
    from lagebild.store import open_store

    if not (directory / "documents").is_dir():
        typer.echo(f"error: {directory}: no documents/ folder (not a scale output)", err=True)
        raise typer.Exit(code=2)
    try:
        summary = load_tables(directory, open_store(db))
    except ValueError as error:  # a part without analysis_json (older scale output)
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=2) from error
    if as_json:
        typer.echo(json.dumps(summary.as_dict() | {"failures": summary.failures}, indent=1))
    else:
        typer.echo(", ".join(f"{name}: {value}" for name, value in summary.as_dict().items()))
        for message in summary.failures[:SHOWN_ERRORS]:
            typer.echo(f"error: {message}", err=True)
    if summary.failed:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    """Add the scale-out commands to the ``lagebild`` app."""
    app.command(name="scale")(scale)
    app.command(name="scale-bench")(scale_bench)
    app.command(name="load")(load)
