"""The ingest loop: analyse in worker processes, write from the main process only.

Workers hand back the store's rows ready to insert (:mod:`lagebild.store.rows`), so the
one writing process, which cannot run in parallel, does little more than insert them.

Each document is committed in its own transaction keyed by its content hash, so a run
killed at any moment loses at most the documents in flight, and re-running skips what is
stored: nothing lost, nothing twice.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cache
from multiprocessing.context import BaseContext
from typing import Literal, Protocol

from sqlalchemy import Engine

from lagebild import __version__
from lagebild.errors import LagebildError
from lagebild.ingest.watchdog import exit_with_parent
from lagebild.model import Analysis
from lagebild.readers import Document
from lagebild.store.fingerprint import content_hash, fingerprint
from lagebild.store.rows import PreparedAnalysis, prepare
from lagebild.store.writer import needs_analysis, save_prepared

Outcome = Literal["ingested", "replaced", "skipped", "duplicate", "failed"]


class SupportsAnalyze(Protocol):
    def analyze(self, document: Document) -> Analysis: ...


#: A picklable, hashable callable (a module-level function) that builds an analyzer.
AnalyzerFactory = Callable[[], SupportsAnalyze]


def default_analyzer() -> SupportsAnalyze:
    from lagebild.pipeline import Analyzer

    return Analyzer()


@dataclass
class IngestSummary:
    ingested: int = 0
    replaced: int = 0
    skipped: int = 0
    duplicate: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)

    def count(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def as_dict(self) -> dict[str, int]:
        return {
            "ingested": self.ingested,
            "replaced": self.replaced,
            "skipped": self.skipped,
            "duplicate": self.duplicate,
            "failed": self.failed,
        }


@dataclass(frozen=True, slots=True)
class WorkResult:
    """A worker's answer: the store's rows, ready to insert (plain data, cheap to pickle)."""

    document_id: str
    rows: PreparedAnalysis | None
    error: str | None = None


def ingest(
    documents: Iterable[Document | LagebildError],
    engine: Engine,
    workers: int = 1,
    analyzer_factory: AnalyzerFactory = default_analyzer,
    version: str = __version__,
    on_outcome: Callable[[Outcome, str], None] | None = None,
) -> IngestSummary:
    """Analyse and store ``documents``; ``on_outcome(outcome, detail)`` follows each record.

    ``version`` is the lagebild version the analyzer produces: stored texts analysed by
    this or a newer version are skipped before analysis.
    """
    summary = IngestSummary()

    def report(outcome: Outcome, detail: str) -> None:
        summary.count(outcome)
        if outcome == "failed":
            summary.failures.append(detail)
        if on_outcome:
            on_outcome(outcome, detail)

    def store(result: WorkResult) -> None:
        if result.rows is None:
            report("failed", f"{result.document_id}: {result.error}")
            return
        with engine.begin() as connection:
            saved = save_prepared(connection, result.rows)
        report(saved.status, result.document_id)

    todo = _to_analyse(documents, engine, version, report)
    if workers <= 1:
        analyzer: SupportsAnalyze | None = None
        for document in todo:
            analyzer = analyzer or analyzer_factory()  # built only when something needs it
            store(_analyze(analyzer, document))
    else:
        _run_parallel(todo, workers, analyzer_factory, store)
    return summary


def _to_analyse(
    documents: Iterable[Document | LagebildError],
    engine: Engine,
    version: str,
    report: Callable[[Outcome, str], None],
) -> Iterator[Document]:
    """The documents that need analysis; errors, stored and repeated texts are reported."""
    seen_this_run: set[str] = set()
    # One connection for all checks; each check ends its read transaction, so no snapshot
    # is held (it would hide nothing, but would keep SQLite from checkpointing its WAL).
    with engine.connect() as connection:
        for item in documents:
            if isinstance(item, LagebildError):
                report("failed", item.message)
                continue
            digest = content_hash(item.text)
            if digest in seen_this_run:
                report("duplicate", f"{item.id}: same text as an earlier record")
                continue
            seen_this_run.add(digest)
            stored = not needs_analysis(connection, digest, version)
            connection.rollback()
            if stored:
                report("skipped", item.id)
                continue
            yield item


def _run_parallel(
    todo: Iterator[Document],
    workers: int,
    analyzer_factory: AnalyzerFactory,
    store: Callable[[WorkResult], None],
) -> None:
    context = worker_context(analyzer_factory)
    window = workers * 4  # enough queued work to keep every worker busy, bounded memory
    with ProcessPoolExecutor(workers, mp_context=context, initializer=exit_with_parent) as pool:
        pending: set[Future[WorkResult]] = set()
        for document in todo:
            pending.add(pool.submit(analyze_in_worker, analyzer_factory, document))
            if len(pending) >= window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    store(future.result())
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                store(future.result())


def worker_context(factory: AnalyzerFactory) -> BaseContext:
    """How worker processes start: never plain fork, as workers must not inherit the
    writer's database connections or Rich's thread.

    forkserver forks them from a clean server process which, for the default analyzer,
    has built the pipeline already (``lagebild.ingest.preload``): each worker starts with
    it loaded, shared copy-on-write, instead of importing and building it on its own - a
    cost that ``--workers 1`` pays once and spawned workers would pay once each.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():  # e.g. Windows
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    if factory is default_analyzer:
        # A hint for when this process starts its fork server (the first parallel ingest).
        context.set_forkserver_preload(["lagebild.ingest.preload"])
    return context


@cache
def worker_analyzer(factory: AnalyzerFactory) -> SupportsAnalyze:
    """One analyzer per worker process, built on its first document (or preloaded)."""
    return factory()


def analyze_in_worker(factory: AnalyzerFactory, document: Document) -> WorkResult:
    return _analyze(worker_analyzer(factory), document)


def _analyze(analyzer: SupportsAnalyze, document: Document) -> WorkResult:
    try:
        analysis = analyzer.analyze(document)
        return WorkResult(document.id, prepare(analysis, fingerprint(document.text)))
    except LagebildError as error:
        return WorkResult(document.id, None, error.message)
    except Exception as error:  # noqa: BLE001 (one bad article must not stop the batch)
        return WorkResult(document.id, None, f"{type(error).__name__}: {error}")
