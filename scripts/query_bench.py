"""Query latency benchmark over a corpus store: median of N runs per query.

Runs every query of :mod:`lagebild.store.queries` (search, quotes, events, actors,
timeline) in-process, on the reader the CLI uses (``open_reader``: stdlib ``sqlite3`` for a
SQLite store at head), and optionally the matching ``lagebild`` CLI command as a
subprocess (wall and CPU time, including interpreter start-up). Arguments are realistic: the
speaker, search words and actor pairs are picked from what the store holds, unless given.

    .venv/bin/python scripts/query_bench.py --db /tmp/gnad.db
    .venv/bin/python scripts/query_bench.py --db /tmp/synth100k.db --cli --budget-ms 1000

Exit status 1 when a median (in-process wall, CLI CPU) is over ``--budget-ms``.
The store is opened as every lagebild query command opens it (migrated to head first
when it is behind) — benchmark a copy if the original must not change.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lagebild.store import queries
from lagebild.store.reading import StoreReader, open_reader

LAGEBILD = Path(sys.executable).with_name("lagebild")


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    call: Callable[[], object]
    cli: list[str]


def top_speaker(store: StoreReader) -> str:
    """The surname of the most quoted speaker with a two-word name ("Faymann")."""
    rows = store.rows(
        "SELECT speaker_name FROM quotes WHERE speaker_name LIKE '% %' "
        "GROUP BY speaker_name ORDER BY count(*) DESC LIMIT 1",
        {},
    )
    return rows[0]["speaker_name"].split()[-1] if rows else "Merkel"


def top_pair(store: StoreReader) -> tuple[str, str]:
    """The most frequent (actor code, recipient code) pair of events."""
    rows = store.rows(
        "SELECT actor_code, recipient_code FROM events WHERE actor_code IS NOT NULL "
        "AND recipient_code IS NOT NULL AND actor_code <> recipient_code "
        "GROUP BY actor_code, recipient_code ORDER BY count(*) DESC LIMIT 1",
        {},
    )
    return (rows[0]["actor_code"], rows[0]["recipient_code"]) if rows else ("RUS", "UKR")


def build_cases(store: StoreReader, args: argparse.Namespace) -> list[Case]:
    speaker = args.speaker or top_speaker(store)
    actor, recipient = (args.actor, args.recipient)
    busy_actor, busy_recipient = top_pair(store)
    since, until = args.since, args.until
    db = ["--db", args.db, "--format", "json"]
    return [
        Case(
            f"search '{args.words}'",
            lambda: queries.search(store, args.words),
            ["search", args.words, *db],
        ),
        Case(
            f"quotes --speaker {speaker} --about {args.about}",
            lambda: queries.quotes(store, speaker=speaker, about=args.about),
            ["quotes", "--speaker", speaker, "--about", args.about, *db],
        ),
        Case(
            f"quotes --speaker {speaker}",
            lambda: queries.quotes(store, speaker=speaker),
            ["quotes", "--speaker", speaker, *db],
        ),
        Case(
            f"events {actor}->{recipient} THREATEN {since}..{until}",
            lambda: queries.events(
                store, actor=actor, recipient=recipient, type="THREATEN", since=since, until=until
            ),
            [
                "events",
                "--actor",
                actor,
                "--recipient",
                recipient,
                "--type",
                "THREATEN",
                "--since",
                since,
                "--until",
                until,
                *db,
            ],
        ),
        Case(
            f"events {busy_actor}->{busy_recipient}",
            lambda: queries.events(store, actor=busy_actor, recipient=busy_recipient),
            ["events", "--actor", busy_actor, "--recipient", busy_recipient, *db],
        ),
        Case(
            "events --actor Putin (name)",
            lambda: queries.events(store, actor="Putin"),
            ["events", "--actor", "Putin", *db],
        ),
        Case("actors", lambda: queries.actors(store), ["actors", *db]),
        Case(
            "actors --type PER",
            lambda: queries.actors(store, type="PER"),
            ["actors", "--type", "PER", *db],
        ),
        Case(
            f"timeline {actor}->{recipient} week",
            lambda: queries.timeline(store, actor=actor, recipient=recipient, by="week"),
            ["timeline", "--actor", actor, "--recipient", recipient, "--by", "week", *db],
        ),
        Case(
            f"timeline {busy_actor}->{busy_recipient} week",
            lambda: queries.timeline(store, actor=busy_actor, recipient=busy_recipient, by="week"),
            ["timeline", "--actor", busy_actor, "--recipient", busy_recipient, "--by", "week", *db],
        ),
        Case(
            "timeline (all) month",
            lambda: queries.timeline(store, by="month"),
            ["timeline", "--by", "month", *db],
        ),
    ]


def timed(call: Callable[[], object]) -> tuple[float, float, int]:
    """(wall ms, CPU ms, rows) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    rows = len(result) if isinstance(result, list) else 0
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, rows


def cli_ms(command: list[str]) -> tuple[float, float]:
    """(wall ms, CPU ms of the child process) of one command run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def median_cli(command: list[str], repeat: int) -> tuple[float, float]:
    runs = [cli_ms(command) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file or SQLAlchemy URL.")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--budget-ms", type=float, default=200.0)
    parser.add_argument("--cli", action="store_true", help="Also time the CLI commands.")
    parser.add_argument("--words", default="Flüchtlinge Grenze")
    parser.add_argument("--about", default="Flüchtlinge")
    parser.add_argument("--speaker", default=None, help="Default: the most quoted speaker.")
    parser.add_argument("--actor", default="RUS")
    parser.add_argument("--recipient", default="UKR")
    parser.add_argument("--since", default="2022-01-01")
    parser.add_argument("--until", default="2022-12-31")
    args = parser.parse_args()

    store = open_reader(args.db)
    print(
        f"store: {args.db} ({type(store).__name__}), "
        f"{queries.document_count(store)} documents, "
        f"median of {args.repeat}, budget {args.budget_ms:.0f} ms"
    )
    header = f"{'query':<52} {'rows':>5} {'wall ms':>8} {'cpu ms':>8}"
    print(header + (f" {'cli ms':>8} {'cli cpu':>8}" if args.cli else ""))
    if args.cli:  # what every CLI run pays before any query: interpreter and imports
        floor = [sys.executable, "-c", "import lagebild.cli, lagebild.store.queries"]
        wall, cpu = median_cli(floor, args.repeat)
        print(
            f"{'(start-up floor: import lagebild.cli + queries)':<52} {'':>5} {'':>8} {'':>8}"
            f" {wall:>8.1f} {cpu:>8.1f}"
        )
    over = 0
    for case in build_cases(store, args):
        case.call()  # warm the page cache and statement cache once
        runs = [timed(case.call) for _ in range(args.repeat)]
        wall = statistics.median(run[0] for run in runs)
        cpu = statistics.median(run[1] for run in runs)
        line = f"{case.name[:52]:<52} {runs[0][2]:>5} {wall:>8.1f} {cpu:>8.1f}"
        worst = wall
        if args.cli:
            cli_wall, cli_cpu = median_cli([str(LAGEBILD), *case.cli], args.repeat)
            line += f" {cli_wall:>8.1f} {cli_cpu:>8.1f}"
            # CPU, not wall: on a shared machine wall time mostly measures the neighbours.
            worst = max(worst, cli_cpu)
        if worst > args.budget_ms:
            over += 1
            line += "  OVER"
        print(line, flush=True)
    store.close()
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
