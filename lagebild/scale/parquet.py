"""The Parquet layout: ``OUT/<table>/part-<n>.parquet``, one part per partition.

Every part carries the table's full schema, so a folder reads as one table in pandas
(``pandas.read_parquet(OUT / "events")``), DuckDB (``read_parquet('OUT/events/*.parquet')``)
and Spark (``spark.read.parquet("OUT/events")``).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from lagebild.scale.tables import SCHEMAS, TABLE_NAMES

PART_GLOB = "part-*.parquet"


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def clear_parts(out_dir: Path) -> None:
    """Remove parts of an earlier run, so a run with fewer partitions leaves no stale parts."""
    for name in TABLE_NAMES:
        for part in (out_dir / name).glob(PART_GLOB):
            part.unlink()


def write_part(tables: dict[str, pa.Table], out_dir: Path, index: int) -> None:
    """Write partition ``index`` of every table (atomically: temp file, then rename)."""
    for name in TABLE_NAMES:
        folder = out_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / part_name(index)
        # A dot-name is ignored by pandas/pyarrow/Spark readers while it is being written.
        temporary = folder / f".{target.name}.tmp"
        pq.write_table(tables[name], temporary, compression="zstd")
        temporary.replace(target)


def read_tables(out_dir: Path | str) -> dict[str, pa.Table]:
    """All six tables of a scale run, each concatenated over its parts (empty if none)."""
    root = Path(out_dir)
    tables: dict[str, pa.Table] = {}
    for name in TABLE_NAMES:
        parts = sorted((root / name).glob(PART_GLOB))
        pieces = [pq.read_table(part, schema=SCHEMAS[name]) for part in parts]
        tables[name] = pa.concat_tables(pieces) if pieces else SCHEMAS[name].empty_table()
    return tables
