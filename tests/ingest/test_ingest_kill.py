"""kill -9 in the middle of ``lagebild ingest``, then re-run: nothing lost, nothing twice.

Uses the real command and the real analysis pipeline in a subprocess.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ingest_fakes import article
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from lagebild.store import open_store
from lagebild.store import tables as t

ARTICLES = 30
REPO = Path(__file__).resolve().parents[2]


def ingest_command(folder: Path, store_url: str, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "lagebild.cli_corpus",
        "ingest",
        str(folder),
        "--db",
        store_url,
        "--workers",
        str(workers),
        "--published",
        "2022-01-10",
        "--no-progress",
    ]


def stored(engine) -> int:  # noqa: ANN001
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(t.documents)).scalar_one()
    except SQLAlchemyError:  # the store may not be migrated yet
        return 0


@pytest.mark.parametrize("workers", [1, 2])
def test_sigkill_mid_ingest_then_rerun(tmp_path: Path, store_url: str, workers: int) -> None:
    if workers > 1 and "://" in store_url:
        pytest.skip("the parallel kill test runs on SQLite only (time)")
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(ARTICLES):
        # several paragraphs each, so the run lasts long enough to be killed mid-way
        body = "\n\n".join(article(n + 1000 * part) for part in range(4))
        (folder / f"{n:02d}.txt").write_text(body, encoding="utf-8")
    engine = open_store(store_url)
    process = subprocess.Popen(
        ingest_command(folder, store_url, workers),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    count = 0
    while time.monotonic() < deadline and process.poll() is None:
        count = stored(engine)
        if count >= 2:
            break
        time.sleep(0.01)
    still_running = process.poll() is None
    os.killpg(process.pid, signal.SIGKILL)  # the whole group: workers too
    process.wait()
    assert still_running, f"ingest ended before it could be killed: {process.stderr.read()!r}"
    killed_at = stored(engine)
    assert 0 < killed_at < ARTICLES, killed_at

    rerun = subprocess.run(
        ingest_command(folder, store_url, workers),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped: {killed_at}" in rerun.stderr
    with engine.connect() as connection:
        ids = list(connection.execute(select(t.documents.c.doc_id)).scalars())
        annotations = connection.execute(
            select(t.mentions.c.document_id, func.count()).group_by(t.mentions.c.document_id)
        ).all()
    engine.dispose()
    assert sorted(ids) == sorted(str(folder / f"{n:02d}.txt") for n in range(ARTICLES))
    assert len(ids) == len(set(ids)) == ARTICLES
    assert annotations  # the real pipeline stored entity mentions
