"""kill -9 ``lagebild serve`` and ``lagebild ingest`` mid-write, restart, check the store.

Serve: writer threads POST distinct articles to ``/api/articles`` (analysed with the real
pipeline and stored) while the server's process group is SIGKILLed at a random moment;
the server is restarted on the same store, the posts that got no answer are retried,
and the store must hold every acknowledged (2xx) article exactly once, under the id the
server answered with, and no article twice.

Ingest: ``lagebild ingest`` over a folder is SIGKILLed at random moments and re-run;
every document seen committed before a kill must still be there, none twice, and a final
run stores all of them.

    .venv/bin/python scripts/killtest.py --repetitions 20          # both targets, both stores
    .venv/bin/python scripts/killtest.py --target serve --backend sqlite --repetitions 3
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from serve_process import (
    REPO,
    Server,
    article_text,
    postgres_problem,
    postgres_schema,
    start_server,
)
from sqlalchemy import func, select, text

from lagebild.store import open_store
from lagebild.store import tables as t

WRITERS = 3


@dataclass
class KillReport:
    target: str
    backend: str
    repetitions: int = 0
    kills_with_requests_in_flight: int = 0
    acknowledged: int = 0
    retried: int = 0
    stored: int = 0
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.problems)

    def line(self) -> str:
        return (
            f"{self.target:6} {self.backend:10} repetitions={self.repetitions} "
            f"in-flight-kills={self.kills_with_requests_in_flight} "
            f"acknowledged={self.acknowledged} retried={self.retried} stored={self.stored} "
            f"lost={len(self.lost)} duplicated={len(self.duplicated)} "
            f"problems={len(self.problems)} ({self.seconds:.0f} s)"
        )


@dataclass
class Ledger:
    """What the clients know: acknowledged posts (with the answered id) and unanswered ones."""

    acknowledged: dict[str, int] = field(default_factory=dict)
    unanswered: dict[str, str] = field(default_factory=dict)  # doc id -> text
    errors: list[str] = field(default_factory=list)
    in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def post_article(client: httpx.Client, base_url: str, doc_id: str, body: str) -> httpx.Response:
    return client.post(
        base_url + "/api/articles",
        timeout=120,
        json={"id": doc_id, "text": body, "published": "2022-01-10"},
    )


def _writer(server: Server, ledger: Ledger, prefix: str, stop: threading.Event) -> None:
    number = 0
    with httpx.Client() as client:
        while not stop.is_set():
            number += 1
            doc_id = f"{prefix}-{number}"
            body = article_text(number, salt=prefix)
            with ledger.lock:
                ledger.in_flight += 1
            try:
                response = post_article(client, server.base_url, doc_id, body)
            except httpx.HTTPError:
                with ledger.lock:  # killed mid-request: stored or not, we cannot know
                    ledger.unanswered[doc_id] = body
                    ledger.in_flight -= 1
                return
            with ledger.lock:
                ledger.in_flight -= 1
                if response.is_success:
                    ledger.acknowledged[doc_id] = response.json()["stored"]["id"]
                else:
                    ledger.errors.append(
                        f"{doc_id}: HTTP {response.status_code} {response.text[:200]}"
                    )
                    return


def check_store(
    db: str, acknowledged: dict[str, int], maybe: set[str], report: KillReport, when: str
) -> None:
    """Each acknowledged id once (under its answered row id), nothing twice, nothing alien."""
    engine = open_store(db, upgrade=False)
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(t.documents.c.doc_id, t.documents.c.id)).all()
            bandless = connection.execute(
                select(func.count())
                .select_from(t.documents)
                .where(~t.documents.c.id.in_(select(t.minhash_bands.c.document_id)))
            ).scalar_one()
            empty = connection.execute(
                select(func.count())
                .select_from(t.documents)
                .where(t.documents.c.analysis.is_(None))
            ).scalar_one()
            integrity = (
                connection.execute(text("PRAGMA integrity_check")).scalar_one()
                if connection.dialect.name == "sqlite"
                else "ok"
            )
    finally:
        engine.dispose()
    rows_of: dict[str, list[int]] = {}
    for doc_id, row_id in rows:
        rows_of.setdefault(doc_id, []).append(row_id)
    report.stored = len(rows)
    for doc_id, row_id in acknowledged.items():
        found = rows_of.get(doc_id, [])
        if not found:
            report.lost.append(f"{when}: {doc_id}")
        elif found != [row_id]:
            report.problems.append(f"{when}: {doc_id} answered id {row_id}, stored {found}")
    report.duplicated += [f"{when}: {d}" for d, found in rows_of.items() if len(found) > 1]
    alien = set(rows_of) - set(acknowledged) - maybe
    if alien:
        report.problems.append(f"{when}: stored but never posted: {sorted(alien)[:5]}")
    if bandless or empty:
        report.problems.append(
            f"{when}: {bandless} documents without fingerprint bands, "
            f"{empty} without analysis (half-written)"
        )
    if integrity != "ok":
        report.problems.append(f"{when}: sqlite integrity_check: {integrity}")


def kill_serve(
    db: str, backend: str, repetitions: int, rng: random.Random, log: Path | None = None
) -> KillReport:
    report = KillReport("serve", backend)
    started = time.monotonic()
    ledger = Ledger()
    server = start_server(db, log=log)
    try:
        for repetition in range(repetitions):
            # the posts a kill left unanswered are retried, as a client would
            with httpx.Client() as client:
                for doc_id, body in sorted(ledger.unanswered.items()):
                    response = post_article(client, server.base_url, doc_id, body)
                    if not response.is_success:
                        report.problems.append(f"retry {doc_id}: HTTP {response.status_code}")
                        continue
                    ledger.acknowledged[doc_id] = response.json()["stored"]["id"]
                    report.retried += 1
                ledger.unanswered.clear()
            stop = threading.Event()
            writers = [
                threading.Thread(
                    target=_writer, args=(server, ledger, f"r{repetition}w{number}", stop)
                )
                for number in range(WRITERS)
            ]
            before = len(ledger.acknowledged)
            for writer in writers:
                writer.start()
            wanted = before + rng.randint(1, 12)  # a random moment into the writing
            deadline = time.monotonic() + 120
            while len(ledger.acknowledged) < wanted and time.monotonic() < deadline:
                if ledger.errors:
                    break
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.03))
            with ledger.lock:
                in_flight = ledger.in_flight
            server.kill()
            stop.set()
            for writer in writers:
                writer.join(timeout=150)
            report.kills_with_requests_in_flight += in_flight > 0
            report.problems += ledger.errors
            ledger.errors.clear()
            server = start_server(db, log=log)  # restart on the same store
            check_store(
                db,
                ledger.acknowledged,
                set(ledger.unanswered),
                report,
                f"after kill {repetition + 1}",
            )
            report.repetitions += 1
        with httpx.Client() as client:  # last retries, and a re-post must not duplicate
            for doc_id, body in sorted(ledger.unanswered.items()):
                response = post_article(client, server.base_url, doc_id, body)
                if response.is_success:
                    ledger.acknowledged[doc_id] = response.json()["stored"]["id"]
                    report.retried += 1
                else:
                    report.problems.append(f"retry {doc_id}: HTTP {response.status_code}")
            ledger.unanswered.clear()
            check_store(db, ledger.acknowledged, set(), report, "after retries")
    finally:
        server.stop()
    report.acknowledged = len(ledger.acknowledged)
    report.seconds = time.monotonic() - started
    return report


def _ingest(folder: Path, db: str) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "lagebild.cli_corpus",
        "ingest",
        str(folder),
        "--db",
        db,
        "--workers",
        "1",
        "--published",
        "2022-01-10",
        "--no-progress",
    ]
    return subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )


def _stored_ids(db: str) -> list[str]:
    engine = open_store(db, upgrade=False)
    try:
        with engine.connect() as connection:
            return list(connection.execute(select(t.documents.c.doc_id)).scalars())
    except Exception:  # noqa: BLE001 (not migrated yet: nothing stored)
        return []
    finally:
        engine.dispose()


def kill_ingest(
    db: str, backend: str, repetitions: int, rng: random.Random, folder: Path
) -> KillReport:
    """Ingest a growing folder, SIGKILL each run at a random moment, finish with a full run."""
    import os
    import signal

    report = KillReport("ingest", backend)
    started = time.monotonic()
    folder.mkdir(parents=True, exist_ok=True)
    open_store(db).dispose()  # migrated up front: a kill during migration is not the point
    written = 0
    seen_committed: dict[str, int] = {}
    for repetition in range(repetitions):
        while written - len(_stored_ids(db)) < 6:  # enough left to be killed mid-way
            (folder / f"{written:04d}.txt").write_text(article_text(written, "ingest"), "utf-8")
            written += 1
        before = len(_stored_ids(db))
        process = _ingest(folder, db)
        wanted = before + rng.randint(0, 3)
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            if len(_stored_ids(db)) >= wanted:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.05))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            report.kills_with_requests_in_flight += 1
        process.wait()
        ids = _stored_ids(db)
        seen_committed.update((doc_id, 1) for doc_id in ids)
        check_store(db, {}, set(seen_committed), report, f"after ingest kill {repetition + 1}")
        missing = set(seen_committed) - set(ids)
        report.lost += [f"after ingest kill {repetition + 1}: {d}" for d in sorted(missing)]
        report.repetitions += 1
    final = _ingest(folder, db)
    _, stderr = final.communicate(timeout=600)
    if final.returncode != 0:
        report.problems.append(f"final ingest run failed: {stderr.decode()[-300:]}")
    ids = _stored_ids(db)
    expected = {str(folder / f"{n:04d}.txt") for n in range(written)}
    report.lost += sorted(expected - set(ids))
    report.duplicated += sorted({d for d in ids if ids.count(d) > 1})
    report.acknowledged = len(expected)
    report.stored = len(ids)
    report.seconds = time.monotonic() - started
    return report


@contextmanager
def store_for(backend: str, workdir: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield str(workdir / "store.db")
    else:
        with postgres_schema() as url:
            yield url


def run(target: str, backend: str, repetitions: int, seed: int, workdir: Path) -> KillReport:
    rng = random.Random(f"{seed}-{target}-{backend}")
    with store_for(backend, workdir) as db:
        if target == "serve":
            return kill_serve(db, backend, repetitions, rng, log=workdir / "serve.log")
        return kill_ingest(db, backend, repetitions, rng, workdir / "articles")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repetitions", type=int, default=3, help="kills per target/store")
    parser.add_argument("--target", choices=["serve", "ingest", "all"], default="all")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "all"], default="all")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    targets = ["serve", "ingest"] if args.target == "all" else [args.target]
    backends = ["sqlite", "postgresql"] if args.backend == "all" else [args.backend]
    failed = False
    for backend in backends:
        if backend == "postgresql" and (problem := postgres_problem()):
            print(f"SKIP postgresql: {problem}")
            continue
        for target in targets:
            with tempfile.TemporaryDirectory(prefix="killtest-") as workdir:
                try:
                    report = run(target, backend, args.repetitions, args.seed, Path(workdir))
                except Exception:
                    log = Path(workdir) / "serve.log"
                    if log.exists():  # the server's own words about why it went away
                        print(log.read_text(errors="replace")[-3000:], file=sys.stderr)
                    raise
            print(("OK   " if report.ok else "FAIL ") + report.line(), flush=True)
            for line in (report.lost + report.duplicated + report.problems)[:20]:
                print("     " + line)
            failed |= not report.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
