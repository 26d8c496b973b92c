"""The analysis worker: analyses in a child process, a bounded queue, recycling, crashes.

One worker (and so one child process, a few seconds to start) is shared by the module.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator

import psutil
import pytest
from fastapi.testclient import TestClient

from lagebild.api.analysis_worker import AnalysisWorker, Busy
from lagebild.api.app import Settings, create_app
from lagebild.api.posting import AnalyzerHolder, ArticleIn, to_document
from lagebild.entities.caching import WORD_CACHE_SIZE_ENV, word_cache_size
from lagebild.errors import LagebildError

TEXT = (
    "Die Außenminister der EU haben am Montag in Brüssel über neue Sanktionen gegen "
    "Russland beraten. Der Außenminister sagte: „Wir werden nicht nachgeben.“"
)


@pytest.fixture(scope="module")
def worker() -> Iterator[AnalysisWorker]:
    shared = AnalysisWorker()
    yield shared
    shared.close()


def analyse(worker: AnalysisWorker, text: str, **fields: str) -> object:
    return asyncio.run(worker.analyze_article(ArticleIn(text=text, **fields)))


def test_child_gives_the_in_process_analysis(
    worker: AnalysisWorker, analyzer: AnalyzerHolder
) -> None:
    article = ArticleIn(text=TEXT, published="2022-03-01")
    in_child = asyncio.run(worker.analyze_article(article))
    assert worker.child_pid not in (None, os.getpid())
    in_process = analyzer.analyze(to_document(article))
    assert in_child.model_dump() == in_process.model_dump()
    assert [place.name for place in in_child.places] == ["Brüssel", "Russland"]
    assert len(in_child.quotes) == 1


def test_coded_errors_cross_from_the_child(worker: AnalysisWorker) -> None:
    with pytest.raises(LagebildError) as raised:
        analyse(worker, "This is plainly an English text about the weather in London today.")
    assert raised.value.code.name == "E004"


def test_full_queue_refuses_at_once(worker: AnalysisWorker) -> None:
    async def two_at_once() -> list[object]:
        first = worker.analyze_article(ArticleIn(text=TEXT))
        second = worker.analyze_article(ArticleIn(text=TEXT + " Noch ein Satz."))
        return await asyncio.gather(first, second, return_exceptions=True)

    worker.max_pending = 1
    try:
        first, second = asyncio.run(two_at_once())
    finally:
        worker.max_pending = AnalysisWorker.max_pending
    assert not isinstance(first, Exception), first
    assert isinstance(second, Busy) and second.retry_after >= 1
    assert worker.pending == 0


def test_killed_child_is_replaced(worker: AnalysisWorker) -> None:
    analyse(worker, TEXT)
    before = worker.child_pid
    assert before is not None
    worker._child.process.kill()  # noqa: SLF001 (as the kernel's OOM killer would)
    with pytest.raises(Busy):
        analyse(worker, TEXT)
    assert worker.child_pid is None
    analyse(worker, TEXT)
    assert worker.child_pid not in (None, before)


def test_child_is_recycled_after_its_quota(worker: AnalysisWorker) -> None:
    analyse(worker, TEXT)
    first = worker.child_pid
    worker.recycle_after = 1
    try:
        analyse(worker, TEXT)  # the child's quota is used up: it is retired
    finally:
        worker.recycle_after = AnalysisWorker.recycle_after
    assert worker.child_pid is None
    analyse(worker, TEXT)
    assert worker.child_pid not in (None, first)


def test_busy_is_a_503_with_retry_after(fresh_db: str) -> None:
    app = create_app(Settings(db=fresh_db))
    app.state.analyzer = AnalysisWorker(max_pending=0)  # every analysis finds the queue full
    client = TestClient(app)
    response = client.post("/api/analyze", json={"text": TEXT})
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
    assert response.json()["error"]["code"] == "busy"
    page = client.post("/analyze", data={"text": TEXT})
    assert page.status_code == 503 and "busy" in page.text
    assert app.state.analyzer.child_pid is None  # nothing was started


def test_in_process_analyses_do_not_grow_the_vocabulary(analyzer: AnalyzerHolder) -> None:
    texts = [f"{TEXT} Die Stadt Neuhausen{n} zahlte {n * 7 + 3} Euro." for n in range(12)]
    analyzer.analyze(to_document(ArticleIn(text=texts[0])))
    strings = len(analyzer.analyzer.nlp.vocab.strings)
    for text in texts[1:]:
        analyzer.analyze(to_document(ArticleIn(text=text)))
    assert len(analyzer.analyzer.nlp.vocab.strings) == strings


def test_settings_size_the_queue(fresh_db: str) -> None:
    app = create_app(Settings(db=fresh_db, max_pending_analyses=3))
    assert app.state.analyzer.max_pending == 3


def test_child_runs_with_small_word_caches(worker: AnalysisWorker) -> None:
    """The child reaches a steady size quickly: its entity word caches are bounded small."""
    from lagebild.api.analysis_worker import CHILD_WORD_CACHE_SIZE

    analyse(worker, TEXT)
    environ = psutil.Process(worker.child_pid).environ()
    assert environ[WORD_CACHE_SIZE_ENV] == str(CHILD_WORD_CACHE_SIZE)
    assert word_cache_size({}) > CHILD_WORD_CACHE_SIZE


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12", 12), ("0", 0), (" 300 ", 300), ("", 8192), ("lots", 8192), ("-5", 8192)],
)
def test_word_cache_size_from_the_environment(value: str, expected: int) -> None:
    assert word_cache_size({WORD_CACHE_SIZE_ENV: value}) == expected


def test_health_reports_page_cache_and_queue(fresh_db: str) -> None:
    app = create_app(Settings(db=fresh_db, max_pending_analyses=5))
    client = TestClient(app)
    before = client.get("/api/health").json()
    assert before["status"] == "ok" and before["page_cache"]["entries"] == 0
    assert before["analysis"] == {"pending": 0, "max_pending": 5, "process": None}
    client.get("/api/articles")
    after = client.get("/api/health").json()["page_cache"]
    assert after["entries"] >= 1 and 0 < after["bytes"] <= after["max_bytes"]
    memory = client.get("/api/health").json()["memory"]
    assert memory["python_blocks"] > 0
    assert memory["malloc_in_use_mb"] is None or memory["malloc_in_use_mb"] > 0
