"""How the analysis scales from one worker process to several (``lagebild bench``).

Workers start as ``lagebild ingest`` starts them (a fork server with the pipeline preloaded,
``lagebild.ingest.run``), are warmed up with one article each, and then analyse the same
texts in batches; the figure is articles per wall second. The store is left out (ingest's
own scaling, writes included, is measured by ``scripts/ingest_cpu.py``). A fresh pool per
run gives each run cold word caches, as the single-process passes have. Runs alternate
(1, 2, 1, 2, …) and the speed-up is the median of the ratios of each pair, so a neighbour's
load on a shared machine hits both sides of a pair alike.
"""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from lagebild.ingest.run import default_analyzer, worker_analyzer, worker_context
from lagebild.ingest.watchdog import exit_with_parent
from lagebild.readers.document import Document

#: Articles per task: large enough that inter-process traffic is noise, small enough that
#: both workers stay busy to the end.
_BATCH = 8


def analyse_batch(texts: list[str]) -> int:
    """Analyse ``texts`` in this worker; the number of sentences (results stay here)."""
    analyzer = worker_analyzer(default_analyzer)
    sentences = 0
    for number, text in enumerate(texts):
        analysis = analyzer.analyze(Document(id=f"bench-{number}", text=text))
        sentences += len(analysis.sentences)
    return sentences


def _run(texts: list[str], workers: int) -> float:
    """Wall seconds for ``workers`` processes to analyse ``texts`` (after a warm-up)."""
    context = worker_context(default_analyzer)
    batches = [texts[start : start + _BATCH] for start in range(0, len(texts), _BATCH)]
    with ProcessPoolExecutor(workers, mp_context=context, initializer=exit_with_parent) as pool:
        # One short text per worker: the pool's processes exist and have their analyzer.
        list(pool.map(analyse_batch, [["Die USA warnen Russland."]] * workers))
        start = time.perf_counter()
        list(pool.map(analyse_batch, batches))
        return time.perf_counter() - start


def scaling(texts: list[str], workers: int = 2, repeat: int = 3) -> dict[str, Any]:
    """Articles per second with 1 and ``workers`` processes, and the speed-up."""
    single, parallel, ratios = [], [], []
    for _ in range(repeat):
        one = _run(texts, 1)
        many = _run(texts, workers)
        single.append(len(texts) / one)
        parallel.append(len(texts) / many)
        ratios.append(one / many)
    return {
        "workers": workers,
        "articles": len(texts),
        "articles_per_s_1": statistics.median(single),
        f"articles_per_s_{workers}": statistics.median(parallel),
        "speedup": statistics.median(ratios),
        "speedups": ratios,
    }
