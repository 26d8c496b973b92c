"""Throughput of a local Dask cluster against a single-process loop, same articles, same run.

Both sides do the same work per article (analyse, flatten, write Parquet) and both
include building their Analyzer(s) (timed apart as ``load_s`` too, so the rate after
loading is shown as well); the cluster's start-up is timed separately. The articles are
analysed once per side, so no side profits from caches warmed by the same texts.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from lagebild.errors import LagebildError
from lagebild.readers.document import Document
from lagebild.scale.dask_run import LOCAL_WORKERS, run_on_dask
from lagebild.scale.inputs import scale_inputs


def _single_process(documents: list[Document], out: Path) -> dict[str, Any]:
    from lagebild.pipeline import Analyzer
    from lagebild.scale.parquet import write_part
    from lagebild.scale.tables import TableRows

    started, cpu_started = time.perf_counter(), time.process_time()
    analyzer = Analyzer()
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    collected, failed = TableRows(), 0
    for document in documents:
        try:
            collected.add(analyzer.analyze(document))
        except Exception:  # counted like on the cluster
            failed += 1
    write_part(collected.tables(), out, 0)
    done, cpu_done = time.perf_counter(), time.process_time()
    ok = len(documents) - failed
    return {
        "ok": ok,
        "failed": failed,
        "load_s": loaded - started,
        "seconds": done - started,
        "articles_per_s": ok / (done - started),
        "articles_per_s_after_load": ok / (done - loaded),
        "load_cpu_s": cpu_loaded - cpu_started,
        "analysis_cpu_s": cpu_done - cpu_loaded,
    }


def compare(
    sources: Sequence[str], articles: int, partitions: int, workers: int = LOCAL_WORKERS
) -> dict[str, Any]:
    """Time both ways on the first ``articles`` documents of ``sources``."""
    from distributed import Client, LocalCluster

    from lagebild.scale.partition import load_analyzer

    documents = [
        item
        for item in islice(scale_inputs(sources), articles)
        if not isinstance(item, LagebildError)
    ]
    result: dict[str, Any] = {
        "articles": len(documents),
        "partitions": partitions,
        "workers": workers,
    }
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        result["single_process"] = _single_process(documents, root / "single")
        started = time.perf_counter()
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,
        ):
            result["cluster_start_s"] = time.perf_counter() - started
            started = time.perf_counter()
            client.run(load_analyzer)  # every worker builds its Analyzer, in parallel
            load_s = time.perf_counter() - started
            summary = run_on_dask(
                sources, root / "dask", partitions=partitions, limit=articles, client=client
            )
        result["dask"] = {
            "ok": summary.ok,
            "failed": summary.failed,
            "load_s": load_s,
            "seconds": load_s + summary.seconds,
            "articles_per_s": summary.ok / (load_s + summary.seconds),
            "articles_per_s_after_load": summary.articles_per_second,
            "analysis_cpu_s": summary.cpu_s,  # summed over the workers, Analyzers loaded
        }
    return result
