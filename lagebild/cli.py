"""The ``lagebild`` command line: a thin layer over plain functions."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from lagebild.errors import LagebildError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="lagebild: who said what, who did what to whom, where and when - from German news.",
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    tsv = "tsv"  # the event table, one row per event


@app.command()
def analyze(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders, JSON/JSONL, a URL, or - for stdin.")
    ],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, for relative dates.")
    ] = None,
    tokens: Annotated[bool, typer.Option("--tokens", help="Include tokens in JSON.")] = False,
    max_chars: Annotated[
        int, typer.Option(min=0, help="Reject longer texts with E012 (0: no limit).")
    ] = 100_000,
) -> None:
    """Analyse German articles: structure, entities, quotes, events, places, dates."""
    from lagebild.export import write_events_tsv
    from lagebild.pipeline import Analyzer
    from lagebild.readers import read_inputs
    from lagebild.report import render_text

    try:
        # validates --published up front
        items = read_inputs(inputs, published=published, max_chars=max_chars)
    except LagebildError as error:
        typer.echo(f"error: {error.message}", err=True)
        raise typer.Exit(code=2) from error
    analyzer = Analyzer()
    failures = 0
    first_table = True
    for item in items:
        if isinstance(item, LagebildError):
            failures += 1
            typer.echo(f"error: {item.message}", err=True)
            continue
        try:
            analysis = analyzer.analyze(item, with_tokens=tokens)
        except LagebildError as error:
            failures += 1
            typer.echo(f"error: {error.message}", err=True)
            continue
        if output_format is OutputFormat.json:
            sys.stdout.write(analysis.model_dump_json(exclude_none=False) + "\n")
        elif output_format is OutputFormat.tsv:
            write_events_tsv([analysis], sys.stdout, header=first_table)
            first_table = False
        else:
            sys.stdout.write(render_text(analysis) + "\n")
        sys.stdout.flush()
    if failures:
        raise typer.Exit(code=1)


@app.command()
def schema(
    out: Annotated[Path | None, typer.Option(help="Write the schema to this file.")] = None,
) -> None:
    """Print the JSON Schema of the analysis output."""
    from lagebild.schema import schema_json

    text = schema_json()
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


class EvalSuite(StrEnum):
    seed = "seed"
    gold = "gold"
    wikinews = "wikinews"
    ud = "ud"
    ner = "ner"


@app.command(name="eval")
def evaluate(
    shared: Annotated[
        Path | None,
        typer.Option(help="Shared data folder (default: $LAGEBILD_SHARED or ../shared)."),
    ] = None,
    only: Annotated[EvalSuite | None, typer.Option(help="Run one suite only.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
    update_floors: Annotated[
        bool, typer.Option("--update-floors", help="Rewrite floors.toml from the measured scores.")
    ] = False,
    details: Annotated[
        bool, typer.Option("--details", help="List missed gold items per file (stderr).")
    ] = False,
) -> None:
    """Score the pipeline on the gold sets and fail when a score drops below its floor."""
    import json

    from lagebild.evaluation import gate
    from lagebild.paths import shared_dir
    from lagebild.pipeline import Analyzer

    folder = shared if shared is not None and shared.is_dir() else None
    if shared is None:
        folder = shared_dir()
    if folder is None:
        typer.echo("skipped: ../shared not found (set LAGEBILD_SHARED or pass --shared)")
        return
    results = gate.run_gate(folder, only.value if only else None, Analyzer())
    if update_floors:
        gate.write_bounds(gate.updated_bounds(results, gate.load_bounds()))
        typer.echo(f"floors written to {gate.FLOORS_PATH}", err=True)
    checks = gate.check(results, gate.load_bounds())
    if details:
        for result in results:
            for name, lines in result.details.items():
                typer.echo(f"== {name}", err=True)
                for line in lines:
                    typer.echo(f"  {line}", err=True)
    if as_json:
        sys.stdout.write(json.dumps(gate.report_json(results, checks, folder), indent=1) + "\n")
    else:
        gate.render(results, checks)
    if any(item.status == "FAIL" for item in checks):
        raise typer.Exit(code=1)


@app.command()
def bench(
    articles: Annotated[int, typer.Option(help="How many 10kGNAD test articles to time.")] = 20,
    repeat: Annotated[int, typer.Option(help="Passes (and load runs) for medians.")] = 3,
    workers: Annotated[
        int, typer.Option(help="Worker processes for the scaling measure (1: leave it out).")
    ] = 2,
    shared: Annotated[Path | None, typer.Option(help="Shared data folder.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """Time model loading and analysis, per article and per stage, against spaCy's bare
    tokenizer and HanTa alone on the same texts; scaling to worker processes; peak memory."""
    import json

    from lagebild.evaluation import bench as benchmark
    from lagebild.paths import shared_dir

    folder = shared if shared is not None and shared.is_dir() else None
    if shared is None:
        folder = shared_dir()
    result = benchmark.run_bench(folder, articles=articles, repeat=repeat, workers=workers)
    if as_json:
        sys.stdout.write(json.dumps(result, indent=1) + "\n")
    else:
        benchmark.render(result)


def _register_subcommands() -> None:
    """Commands that live beside their packages (corpus, scale-out)."""
    from lagebild import cli_corpus, cli_scale, cli_web

    cli_corpus.register(app)
    cli_scale.register(app)
    cli_web.register(app)


_register_subcommands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
