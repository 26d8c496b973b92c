"""The ``lagebild`` command line: a thin layer over plain functions."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from lagebild.errors import LagebildError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="lagebild: who said what, who did what to whom, where and when - from German news.",
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, JSON/JSONL, a URL, or - for stdin.")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, for relative dates.")
    ] = None,
    tokens: Annotated[bool, typer.Option("--tokens", help="Include tokens in JSON.")] = False,
) -> None:
    """Analyse German articles: structure, entities, quotes, events, places, dates."""
    from lagebild.pipeline import Analyzer
    from lagebild.readers import read_inputs
    from lagebild.report import render_text

    analyzer = Analyzer()
    failures = 0
    for item in read_inputs(inputs, published=published):
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
