"""Rendering query rows as a Rich table, CSV, JSON lines or Parquet."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path


class RowFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


def write_rows(
    rows: list[dict], row_format: RowFormat, out: Path | None = None, title: str | None = None
) -> None:
    """Write ``rows`` to ``out`` (stdout when None; Parquet needs ``out`` and pyarrow)."""
    if row_format is RowFormat.parquet:
        _write_parquet(rows, out)
        return
    stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if row_format is RowFormat.json:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif row_format is RowFormat.csv:
            columns = _columns(rows)
            writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        else:
            _print_table(rows, title, stream)
    finally:
        if out:
            stream.close()


def _columns(rows: list[dict]) -> list[str]:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def _print_table(rows: list[dict], title: str | None, stream) -> None:  # noqa: ANN001
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    columns = _columns(rows)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    Console(file=stream, width=None if stream is sys.stdout else 200).print(table)
    if not rows:
        stream.write("(no rows)\n")


def _write_parquet(rows: list[dict], out: Path | None) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise RuntimeError("--format parquet needs pyarrow (pip install pyarrow)") from error
    if out is None:
        raise RuntimeError("--format parquet needs --out FILE")
    pq.write_table(pa.Table.from_pylist(rows), out)
