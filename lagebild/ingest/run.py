"""The ingest loop: analyse in worker processes, write from the main process only.

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
from typing import Literal, Protocol

from sqlalchemy import Engine

from lagebild import __version__
from lagebild.errors import LagebildError
from lagebild.model import Analysis
from lagebild.readers import Document
from lagebild.store.fingerprint import Fingerprint, content_hash, fingerprint
from lagebild.store.writer import needs_analysis, save_analysis

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
        return {"ingested": self.ingested, "replaced": self.replaced, "skipped": self.skipped,
                "duplicate": self.duplicate, "failed": self.failed}


@dataclass(frozen=True, slots=True)
class WorkResult:
    document_id: str
    analysis: Analysis | None
    fingerprint: Fingerprint | None
    error: str | None = None


def ingest(
    documents: Iterable[Document | LagebildError], engine: Engine, workers: int = 1,
    analyzer_factory: AnalyzerFactory = default_analyzer, version: str = __version__,
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
        if result.analysis is None or result.fingerprint is None:
            report("failed", f"{result.document_id}: {result.error}")
            return
        with engine.begin() as connection:
            saved = save_analysis(connection, result.analysis, result.fingerprint)
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
    documents: Iterable[Document | LagebildError], engine: Engine, version: str,
    report: Callable[[Outcome, str], None],
) -> Iterator[Document]:
    """The documents that need analysis; errors, stored and repeated texts are reported."""
    seen_this_run: set[str] = set()
    for item in documents:
        if isinstance(item, LagebildError):
            report("failed", item.message)
            continue
        digest = content_hash(item.text)
        if digest in seen_this_run:
            report("duplicate", f"{item.id}: same text as an earlier record")
            continue
        seen_this_run.add(digest)
        with engine.connect() as connection:
            if not needs_analysis(connection, digest, version):
                report("skipped", item.id)
                continue
        yield item


def _run_parallel(
    todo: Iterator[Document], workers: int, analyzer_factory: AnalyzerFactory,
    store: Callable[[WorkResult], None],
) -> None:
    # spawn: workers must not inherit the writer's database connections or Rich's thread.
    context = multiprocessing.get_context("spawn")
    window = workers * 4  # enough queued work to keep every worker busy, bounded memory
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
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


@cache
def _worker_analyzer(factory: AnalyzerFactory) -> SupportsAnalyze:
    """One analyzer per worker process, built on its first document."""
    return factory()


def analyze_in_worker(factory: AnalyzerFactory, document: Document) -> WorkResult:
    return _analyze(_worker_analyzer(factory), document)


def _analyze(analyzer: SupportsAnalyze, document: Document) -> WorkResult:
    try:
        analysis = analyzer.analyze(document)
        return WorkResult(document.id, analysis, fingerprint(document.text))
    except LagebildError as error:
        return WorkResult(document.id, None, None, error.message)
    except Exception as error:  # noqa: BLE001 (one bad article must not stop the batch)
        return WorkResult(document.id, None, None, f"{type(error).__name__}: {error}")
