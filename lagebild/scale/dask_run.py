"""Run the analysis on a Dask cluster; each partition writes its own Parquet parts.

The client reads the documents and splits them into partitions; a worker analyses a
partition with its process-wide :class:`Analyzer` (built once per worker process) and
writes ``OUT/<table>/part-<n>.parquet`` itself, so only counts travel back. ``out_dir``
must therefore be a path every worker can write (a local folder for a local cluster, a
shared file system for a remote one).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Client, LocalCluster, as_completed

from lagebild.errors import LagebildError
from lagebild.readers.document import Document
from lagebild.scale.inputs import scale_inputs
from lagebild.scale.parquet import clear_parts
from lagebild.scale.partition import PartitionResult, analyse_partition

LOCAL_WORKERS = 2


@dataclass
class ScaleSummary:
    documents: int = 0  # documents sent to the workers
    ok: int = 0
    failed: int = 0  # documents whose analysis raised
    read_errors: int = 0  # inputs the readers rejected (never analysed)
    partitions: int = 0
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    cpu_s: float = 0.0  # CPU seconds the workers spent on the partitions, summed
    errors: list[str] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0


def split(documents: list[Document], partitions: int) -> list[list[Document]]:
    """``partitions`` contiguous, near-equal chunks (fewer when there are fewer documents)."""
    count = max(1, min(partitions, len(documents)))
    size, extra = divmod(len(documents), count)
    chunks, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        chunks.append(documents[start:end])
        start = end
    return chunks


def run_on_dask(
    sources: Sequence[str],
    out_dir: Path | str,
    scheduler: str | None = None,
    partitions: int = 8,
    *,
    published: str | None = None,
    limit: int | None = None,
    client: Client | None = None,
) -> ScaleSummary:
    """Analyse every document of ``sources`` on Dask and write the Parquet tables.

    ``scheduler`` is ``tcp://host:port`` of a running cluster; None starts a local
    cluster of two single-threaded worker processes for this run. ``client`` reuses an
    open client instead (then ``scheduler`` is ignored).
    """
    started = time.perf_counter()
    out = Path(out_dir).resolve()
    summary = ScaleSummary()
    documents: list[Document] = []
    for item in scale_inputs(sources, published=published, limit=limit):
        if isinstance(item, LagebildError):
            summary.read_errors += 1
            summary.errors.append(item.message)
        else:
            documents.append(item)
    summary.documents = len(documents)
    out.mkdir(parents=True, exist_ok=True)
    clear_parts(out)
    chunks = split(documents, partitions)
    summary.partitions = len(chunks)
    if client is not None:
        results = _run_chunks(client, chunks, out)
    elif scheduler:
        with Client(scheduler) as remote:
            results = _run_chunks(remote, chunks, out)
    else:
        with (
            LocalCluster(
                n_workers=LOCAL_WORKERS,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as local,
        ):
            results = _run_chunks(local, chunks, out)
    for result in results:
        summary.ok += result.ok
        summary.failed += result.failed
        summary.errors.extend(result.errors)
        summary.cpu_s += result.cpu_s
        for name, rows in result.rows.items():
            summary.rows[name] = summary.rows.get(name, 0) + rows
    summary.seconds = time.perf_counter() - started
    return summary


def _run_chunks(client: Client, chunks: list[list[Document]], out: Path) -> list[PartitionResult]:
    """Run every partition; one that fails as a whole (lost worker, unwritable folder)
    counts all its documents as failed and the others still finish."""
    futures = {
        client.submit(analyse_partition, index, chunk, str(out), pure=False): index
        for index, chunk in enumerate(chunks)
    }
    results = []
    for future in as_completed(futures):
        index = futures[future]
        try:
            results.append(future.result())
        except Exception as error:  # a whole partition failed: report it, keep the rest
            results.append(
                PartitionResult(
                    index=index,
                    failed=len(chunks[index]),
                    errors=[f"partition {index}: {type(error).__name__}: {error}"],
                )
            )
    return sorted(results, key=lambda result: result.index)
