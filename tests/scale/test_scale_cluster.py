"""End to end on a real Dask cluster: a scheduler and two workers as separate processes.

Loopback only. The processes run in their own sessions and are terminated (then killed)
in ``finally``, so a failing test leaves nothing behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from typer import Typer
from typer.testing import CliRunner

from lagebild.cli_scale import register
from lagebild.scale.dask_run import run_on_dask

DASK = str(Path(sys.executable).with_name("dask"))
START_TIMEOUT_S = 40

ARTICLES = (
    "Die Bundesregierung hat am Montag in Berlin neue Hilfen für die Ukraine beschlossen. "
    "„Wir stehen an der Seite der Ukraine“, sagte Bundeskanzler Olaf Scholz.",
    "Russland hat die Sanktionen der Europäischen Union scharf kritisiert. Das Außenministerium "
    "in Moskau sprach von einem feindseligen Schritt.",
    "Die Nato will ihre Präsenz im Baltikum verstärken. Generalsekretär Jens Stoltenberg "
    "kündigte in Brüssel zusätzliche Truppen an.",
    "In Wien haben Tausende Menschen gegen die Teuerung demonstriert. Die Gewerkschaft "
    "forderte höhere Löhne und eine Senkung der Steuern auf Energie.",
    "Der französische Präsident Emmanuel Macron hat den chinesischen Staatschef in Paris "
    "empfangen. Beide Seiten unterzeichneten ein Abkommen über den Handel.",
    "Die Vereinten Nationen warnen vor einer Hungersnot im Sudan. Hilfsorganisationen "
    "berichteten, dass Millionen Menschen auf Unterstützung angewiesen seien.",
)


def _start(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as handle:
        return subprocess.Popen(
            [DASK, *args],
            stdout=handle,
            stderr=subprocess.STDOUT,
            cwd=log.parent,
            start_new_session=True,  # own process group: teardown reaches worker children
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


def _wait_for_file(path: Path, processes: list[subprocess.Popen[bytes]]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while not path.is_file() or not path.read_text(encoding="utf-8").strip():
        if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
            raise RuntimeError(f"dask scheduler did not start (see {path.parent})")
        time.sleep(0.2)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(DASK).exists():
        pytest.skip("the dask command is not installed")
    from distributed import Client

    folder = tmp_path_factory.mktemp("dask")
    scheduler_file = folder / "scheduler.json"
    processes: list[subprocess.Popen[bytes]] = []
    try:
        processes.append(
            _start(
                [
                    "scheduler",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "0",
                    "--no-dashboard",
                    "--scheduler-file",
                    str(scheduler_file),
                ],
                folder / "scheduler.log",
            )
        )
        _wait_for_file(scheduler_file, processes)
        for number in range(2):
            processes.append(
                _start(
                    [
                        "worker",
                        "--scheduler-file",
                        str(scheduler_file),
                        "--host",
                        "127.0.0.1",
                        "--nthreads",
                        "1",
                        "--no-dashboard",
                        "--local-directory",
                        str(folder),
                    ],
                    folder / f"worker{number}.log",
                )
            )
        with Client(scheduler_file=str(scheduler_file), timeout=START_TIMEOUT_S) as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT_S)
            address = client.scheduler.address
        yield address
    finally:
        for process in reversed(processes):  # workers first, then the scheduler
            _stop(process)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for number, text in enumerate(ARTICLES):
        (folder / f"article{number}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a bad input, counted
    return folder


def test_run_on_dask_writes_readable_parquet(
    scheduler: str, articles: Path, tmp_path: Path
) -> None:
    assert scheduler.startswith("tcp://127.0.0.1:")
    summary = run_on_dask([str(articles)], tmp_path, scheduler, partitions=3)
    assert (summary.ok, summary.failed, summary.read_errors) == (6, 0, 1)
    assert summary.partitions == 3
    for table in ("documents", "entities", "mentions", "quotes", "events", "places"):
        parts = sorted(p.name for p in (tmp_path / table).glob("*.parquet"))
        assert parts == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    documents = pd.read_parquet(tmp_path / "documents")
    assert len(documents) == 6
    assert documents["doc_id"].is_unique
    assert set(documents["text"]) == set(ARTICLES)
    assert documents["content_hash"].str.len().eq(64).all()
    assert len(pd.read_parquet(tmp_path / "entities")) == summary.rows["entities"]
    mentions = pd.read_parquet(tmp_path / "mentions")
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    for row in mentions.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text
    assert summary.rows["entities"] > 0


def test_duckdb_reads_the_parts(scheduler: str, articles: Path, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    run_on_dask([str(articles)], tmp_path, scheduler, partitions=2)
    pattern = str(tmp_path / "documents" / "*.parquet")
    rows = duckdb.sql(f"select count(*) from read_parquet('{pattern}')").fetchall()
    assert rows == [(6,)]


def test_cli_scale_summary(scheduler: str, articles: Path, tmp_path: Path) -> None:
    app = Typer()
    register(app)
    app.command(name="noop")(lambda: None)  # a second command keeps "scale" a subcommand
    result = CliRunner().invoke(
        app,
        ["scale", str(articles), "--out", str(tmp_path), "--dask", scheduler, "--partitions", "2"],
    )
    assert result.exit_code == 1  # the empty input is reported as unreadable
    assert "6 analysed, 0 failed, 1 unreadable in 2 partitions" in result.output
    assert pd.read_parquet(tmp_path / "documents").shape[0] == 6
