from __future__ import annotations

from pathlib import Path

from ingest_fakes import article, fake_analyzer
from sqlalchemy import func, select

from lagebild.errors import ErrorCode, LagebildError
from lagebild.ingest import ingest, read_sources
from lagebild.readers import Document
from lagebild.store import queries
from lagebild.store import tables as t


def stored_ids(engine) -> list[str]:  # noqa: ANN001
    with engine.connect() as connection:
        return sorted(connection.execute(select(t.documents.c.doc_id)).scalars())


def docs(numbers) -> list[Document]:  # noqa: ANN001
    return [Document(id=f"d{n}", text=article(n), published="2022-01-10") for n in numbers]


def test_ingest_then_rerun_skips_everything(engine) -> None:  # noqa: ANN001
    first = ingest(docs(range(5)), engine, analyzer_factory=fake_analyzer)
    assert first.as_dict() == {
        "ingested": 5,
        "replaced": 0,
        "skipped": 0,
        "duplicate": 0,
        "failed": 0,
    }
    again = ingest(docs(range(7)), engine, analyzer_factory=fake_analyzer)
    assert (again.ingested, again.skipped) == (2, 5)
    assert stored_ids(engine) == [f"d{n}" for n in range(7)]


def test_bad_records_are_reported_and_the_rest_goes_on(engine) -> None:  # noqa: ANN001
    outcomes: list[tuple[str, str]] = []
    items = [
        *docs([1]),
        LagebildError(ErrorCode.E006, "x.jsonl line 2", "Expecting value"),
        Document(id="broken", text="Dieser Text ist KAPUTT und bricht den Analysator."),
        *docs([2]),
    ]
    summary = ingest(
        items,
        engine,
        analyzer_factory=fake_analyzer,
        on_outcome=lambda outcome, detail: outcomes.append((outcome, detail)),
    )
    assert (summary.ingested, summary.failed) == (2, 2)
    assert any("x.jsonl line 2" in f and "E006" in f for f in summary.failures)
    assert any(f.startswith("broken: ValueError") for f in summary.failures)
    assert [o for o, _ in outcomes] == ["ingested", "failed", "failed", "ingested"]


def test_exact_and_near_duplicates(engine) -> None:  # noqa: ANN001
    text = " ".join(article(n) for n in range(8))
    items = [
        Document(id="orig", text=text, published="2022-01-10"),
        Document(id="same", text=text, published="2022-01-10"),
        Document(
            id="repub",
            text="Aktualisiert: " + text.replace("dpa", "AFP", 1),
            published="2022-01-11",
        ),
    ]
    summary = ingest(items, engine, analyzer_factory=fake_analyzer)
    assert (summary.ingested, summary.duplicate) == (1, 2)
    assert stored_ids(engine) == ["orig", "repub"]
    with engine.connect() as connection:
        rows = connection.execute(select(t.documents.c.doc_id, t.documents.c.duplicate_of))
        links = {row.doc_id: row.duplicate_of for row in rows}
    assert links["orig"] is None and links["repub"] is not None
    assert queries.document_count(engine, include_duplicates=False) == 1


def test_parallel_workers(engine, tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(12):
        (folder / f"{n:02d}.txt").write_text(article(n), encoding="utf-8")
    summary = ingest(read_sources([str(folder)]), engine, workers=2, analyzer_factory=fake_analyzer)
    assert summary.ingested == 12 and summary.failed == 0
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(t.documents)).scalar_one() == 12
    assert (
        ingest(
            read_sources([str(folder)]), engine, workers=2, analyzer_factory=fake_analyzer
        ).skipped
        == 12
    )


def test_fork_server_preload_builds_the_default_analyzer() -> None:
    # Parallel ingests fork their workers from a server that imported this module, so
    # that each worker starts with the pipeline built; a broken preload would silently
    # make every worker build its own again.
    import subprocess
    import sys

    code = (
        "import lagebild.ingest.preload\n"
        "from lagebild.ingest.run import default_analyzer, worker_analyzer\n"
        "print(worker_analyzer.cache_info().currsize, type(worker_analyzer(default_analyzer))"
        ".__name__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["1", "Analyzer"]
