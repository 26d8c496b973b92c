"""``lagebild load``: bring the Parquet tables of a scale run into the corpus store.

Each ``documents`` row carries its full analysis (``analysis_json``); it is validated back
into :class:`~lagebild.model.Analysis` and saved by the store writer, one transaction per
document, so a load can be interrupted and re-run: stored texts (by content hash) are
skipped, nothing is stored twice. The other five tables are derived from the same
records and need not be read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq
from pydantic import ValidationError
from sqlalchemy import Engine

from lagebild.model import Analysis
from lagebild.scale.parquet import PART_GLOB
from lagebild.store.fingerprint import content_hash, fingerprint
from lagebild.store.writer import needs_analysis, save_analysis

#: Rows read from a Parquet part at a time: bounded memory for large runs.
BATCH_ROWS = 256
COLUMNS = ["doc_id", "analysis_json", "text"]


@dataclass
class LoadSummary:
    loaded: int = 0  # new or replaced (newer lagebild version) documents
    near_duplicates: int = 0  # of ``loaded``: stored, marked as a near-duplicate
    skipped: int = 0  # already stored by this or a newer version, or repeated in the run
    failed: int = 0
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {
            "loaded": self.loaded,
            "near_duplicates": self.near_duplicates,
            "skipped": self.skipped,
            "failed": self.failed,
        }


def document_rows(out_dir: Path | str) -> Iterator[dict[str, str | None]]:
    """``doc_id``, ``analysis_json`` and ``text`` of every documents row, part by part."""
    parts = sorted((Path(out_dir) / "documents").glob(PART_GLOB))
    for part in parts:
        parquet = pq.ParquetFile(part)
        if "analysis_json" not in parquet.schema_arrow.names:
            raise ValueError(
                f"{part}: no analysis_json column (written by an older lagebild scale; "
                "run scale again)"
            )
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=COLUMNS):
            yield from batch.to_pylist()


def load_tables(
    out_dir: Path | str,
    engine: Engine,
    on_row: Callable[[str, str], None] | None = None,
) -> LoadSummary:
    """Save every analysis of the scale run under ``out_dir`` into the store ``engine``.

    ``on_row(outcome, detail)`` follows each row (outcome: loaded, skipped, failed).
    """
    summary = LoadSummary()

    def report(outcome: str, detail: str) -> None:
        if outcome == "failed":
            summary.failed += 1
            summary.failures.append(detail)
        elif outcome == "skipped":
            summary.skipped += 1
        else:
            summary.loaded += 1
        if on_row:
            on_row(outcome, detail)

    seen_this_run: set[str] = set()
    for row in document_rows(out_dir):
        doc_id = row["doc_id"] or "?"
        payload = row["analysis_json"]
        if not payload:
            report("failed", f"{doc_id}: empty analysis_json")
            continue
        try:
            analysis = Analysis.model_validate_json(payload)
        except ValidationError as error:
            report("failed", f"{doc_id}: invalid analysis: {error.error_count()} errors")
            continue
        digest = content_hash(analysis.text)
        if digest in seen_this_run:
            report("skipped", f"{doc_id}: same text as an earlier row")
            continue
        seen_this_run.add(digest)
        # Cheap check first: a re-run skips stored rows without fingerprinting them.
        with engine.connect() as connection:
            if not needs_analysis(connection, digest, analysis.provenance.lagebild_version):
                report("skipped", doc_id)
                continue
        with engine.begin() as connection:  # one transaction per document
            saved = save_analysis(connection, analysis, fingerprint(analysis.text))
        if saved.status == "duplicate":
            summary.near_duplicates += 1
        report("skipped" if saved.status == "skipped" else "loaded", doc_id)
    return summary
