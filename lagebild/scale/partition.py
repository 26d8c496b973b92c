"""Work done on a worker: analyse one partition of documents and write its Parquet parts."""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document
from lagebild.scale.parquet import write_part
from lagebild.scale.tables import TableRows

#: How many failure messages a partition reports back (the count is always complete).
MAX_REPORTED_ERRORS = 20


@dataclass
class PartitionResult:
    index: int
    ok: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    cpu_s: float = 0.0  # CPU seconds of this partition's process (robust to a busy machine)


@functools.cache
def process_analyzer() -> Analyzer:
    """The Analyzer of this process, built on first use and kept for later partitions."""
    return Analyzer()


def load_analyzer() -> None:
    """Build this process's Analyzer now (for ``client.run``; returns nothing to ship)."""
    process_analyzer()


def analyse_partition(index: int, documents: list[Document], out_dir: str) -> PartitionResult:
    """Analyse ``documents`` and write part ``index`` of each table under ``out_dir``.

    A document that fails is counted and reported; it never fails the partition.
    """
    cpu_started = time.process_time()
    analyzer = process_analyzer()
    result = PartitionResult(index=index)
    collected = TableRows()
    for document in documents:
        try:
            collected.add(analyzer.analyze(document))
        except Exception as error:  # any bad record is counted, not fatal
            result.failed += 1
            if len(result.errors) < MAX_REPORTED_ERRORS:
                result.errors.append(f"{document.id}: {type(error).__name__}: {error}")
        else:
            result.ok += 1
    tables = collected.tables()
    write_part(tables, Path(out_dir), index)
    result.rows = {name: table.num_rows for name, table in tables.items()}
    result.cpu_s = time.process_time() - cpu_started
    return result
