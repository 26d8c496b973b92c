"""Main-process CPU per document of ``ingest`` with worker processes, and 1-vs-N throughput.

The main process reads the inputs, hands documents to the workers and writes every result
to the store; on a 2-core machine its CPU is taken from the workers, so it bounds the
speed-up of ``--workers 2``. CPU time is the primary figure (wall time on a shared machine
mostly measures the neighbours); the load average is printed beside each run.

    .venv/bin/python scripts/ingest_cpu.py --articles 200 --workers 1 2
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import threading
import time
from contextlib import suppress
from itertools import islice
from pathlib import Path

import psutil

from lagebild.ingest import TableOptions, ingest, read_sources
from lagebild.paths import shared_dir
from lagebild.store import open_store


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


class TreeCpu:
    """CPU seconds of this process's descendants (worker processes and the fork server,
    which are not all our direct children), sampled until :meth:`stop`."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self.seen: dict[int, float] = {}
        self.own_cpu = 0.0  # the sampling thread's CPU, not the ingest's: subtracted
        self.start = self._sample()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _sample(self) -> dict[int, float]:
        for child in psutil.Process().children(recursive=True):
            with suppress(psutil.Error):
                times = child.cpu_times()
                self.seen[child.pid] = times.user + times.system
        return dict(self.seen)

    def _run(self) -> None:
        start = time.thread_time()
        while not self.done.wait(self.interval):
            self._sample()
        self.own_cpu = time.thread_time() - start

    def stop(self) -> float:
        self.done.set()
        self.thread.join()
        self._sample()
        return sum(cpu - self.start.get(pid, 0.0) for pid, cpu in self.seen.items())


def run(source: str, articles: int, workers: int, db: str) -> dict[str, float]:
    table = TableOptions(text_column="2", source_column="1", header=False)
    engine = open_store(db)
    load = os.getloadavg()[0]
    tree = TreeCpu()
    wall, main_cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_SELF)
    documents = islice(read_sources([source], "2022-01-10", table), articles)
    summary = ingest(documents, engine, workers=workers)
    wall = time.perf_counter() - wall
    others = tree.stop()
    main_cpu = cpu_seconds(resource.RUSAGE_SELF) - main_cpu - tree.own_cpu
    engine.dispose()
    done = summary.ingested + summary.duplicate + summary.failed
    return {
        "workers": workers,
        "documents": done,
        "wall_s": wall,
        "per_s": done / wall,
        "main_cpu_ms_per_doc": main_cpu / done * 1000,
        "worker_cpu_ms_per_doc": others / done * 1000,
        "total_cpu_s": main_cpu + others,
        "load": load,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--source", default=None, help="Default: the 10kGNAD test CSV.")
    args = parser.parse_args()
    shared = shared_dir()
    source = args.source or str(shared / "data" / "news" / "10kgnad-test.csv")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for workers in args.workers:
            result = run(source, args.articles, workers, str(Path(folder) / f"w{workers}.db"))
            results.append(result)
            print(
                f"workers {workers}: {result['documents']} docs in {result['wall_s']:.1f} s "
                f"= {result['per_s']:.2f} docs/s; main process CPU "
                f"{result['main_cpu_ms_per_doc']:.1f} ms/doc, other processes "
                f"{result['worker_cpu_ms_per_doc']:.1f} ms/doc, total "
                f"{result['total_cpu_s']:.1f} s; load {result['load']:.1f}",
                flush=True,
            )
    base = min(results, key=lambda r: r["workers"])
    others = [r for r in results if r is not base]
    if others:
        print(
            f"throughput vs {base['workers']} worker(s): "
            + ", ".join(f"{r['workers']} workers {r['per_s'] / base['per_s']:.2f}x" for r in others)
        )
        # On an otherwise idle machine with min(workers, cores) cores busy, wall time is
        # total CPU / cores: the speed-up the run's own CPU use allows, whatever the load.
        cores = os.cpu_count() or 1
        print(
            f"CPU-bound speed-up vs {base['workers']} worker(s): "
            + ", ".join(
                f"{r['workers']} workers {_bound(base, cores) / _bound(r, cores):.2f}x"
                for r in others
            )
        )


def _bound(result: dict[str, float], cores: int) -> float:
    return result["total_cpu_s"] / min(result["workers"], cores)


if __name__ == "__main__":
    main()
