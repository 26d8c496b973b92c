"""Load test: many concurrent clients against ``lagebild serve`` on loopback.

Starts ``lagebild serve`` in a subprocess on a free 127.0.0.1 port over a store of
ingested articles (or ``--db``), then runs ``--clients`` concurrent clients for
``--seconds`` (and at most ``--max-requests`` requests), mixing page and JSON reads with
analyses (POST /api/analyze of short articles, not stored). Reports requests, server
errors, analyses refused as busy (503 with Retry-After: the client waits as told, then
goes on), read latency percentiles, the machine's load average, and the resident memory
(RSS) of the server process and of its children (the analysis process), sampled every
second.

The clients speak HTTP/1.1 over raw asyncio streams (``--client raw``, one keep-alive
connection each): with httpx (``--client httpx``) the load generator itself burned about
a core of this small machine and made most of the measured read latency.

    .venv/bin/python scripts/loadtest.py                      # 50 clients, 60 s
    .venv/bin/python scripts/loadtest.py --clients 50 --seconds 60 --db /tmp/gnad_web.db
    .venv/bin/python scripts/loadtest.py --clients 20 --seconds 10 --client httpx

Exit status 1 when a server error (a 5xx other than a busy 503) or a connection error
occurred, read p99 is over ``--p99-ms`` or RSS grew over the last 30 s by more than
``--rss-growth-mb``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote, urlsplit

import httpx
import psutil
from rawhttp import RawConnection, ResponseError
from serve_process import REPO, article_text, start_server

from lagebild.api.server import KEEP_ALIVE_SECONDS

#: Reads sent in the first seconds (page cache still filling) get a p99 of their own.
WARM_SECONDS = 10.0
SEARCH_WORDS = ("Berlin", "Bürgermeister", "Millionen", "Feier", "Ukraine", "Stadt", "Kosten")


@dataclass
class LoadReport:
    clients: int
    seconds: float
    client: str = "raw"  # the HTTP client the load generator used: raw streams or httpx
    requests: int = 0
    reads: int = 0
    analyses: int = 0
    server_errors: int = 0
    refused_busy: int = 0
    connection_errors: int = 0
    other_status: dict[str, int] = field(default_factory=dict)
    read_p50_ms: float = 0.0
    read_p95_ms: float = 0.0
    read_p99_ms: float = 0.0
    # the same as measured inside the server (its Server-Timing header): the rest of a
    # latency is the clients' own event loop, the kernel and waiting for a CPU
    read_server_p50_ms: float = 0.0
    read_server_p99_ms: float = 0.0
    read_p99_first_ms: float = 0.0  # reads sent in the first WARM_SECONDS
    read_p99_after_warm_ms: float = 0.0  # and those sent after
    # p50 / p99 / count of the reads of each route family (see ``route_family``)
    read_by_family: dict[str, dict[str, float]] = field(default_factory=dict)
    analyze_p50_ms: float = 0.0
    analyze_p99_ms: float = 0.0
    requests_per_second: float = 0.0
    rss_mb: list[float] = field(default_factory=list)
    rss_server_mb: list[float] = field(default_factory=list)
    rss_children_mb: list[float] = field(default_factory=list)
    rss_growth_last_30s_mb: float = 0.0
    rss_server_growth_last_30s_mb: float = 0.0
    rss_children_growth_last_30s_mb: float = 0.0
    # what the server's page cache (bounded by --cache-mb) held, from /api/health each second
    page_cache_mb: list[float] = field(default_factory=list)
    page_cache_entries: list[int] = field(default_factory=list)
    page_cache_growth_last_30s_mb: float = 0.0
    # the server's memory in use (not merely resident), from /api/health: a leak grows these
    python_blocks: list[int] = field(default_factory=list)
    malloc_in_use_mb: list[float] = field(default_factory=list)
    python_blocks_growth_last_30s: float = 0.0
    malloc_in_use_growth_last_30s_mb: float = 0.0
    load_average: list[float] = field(default_factory=list)
    server_cpu_s: float = 0.0
    children_cpu_s: float = 0.0
    # the clients share the machine's cores with the server: their CPU is part of the picture
    client_cpu_s: float = 0.0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.requests} requests in {self.seconds:.0f} s "
            f"({self.requests_per_second:.0f}/s) by {self.clients} {self.client} clients: "
            f"{self.reads} reads, {self.analyses} analyses ({self.refused_busy} refused "
            f"as busy); server errors {self.server_errors}, connection errors "
            f"{self.connection_errors}; "
            f"reads p50 {self.read_p50_ms:.0f} ms, p95 {self.read_p95_ms:.0f} ms, "
            f"p99 {self.read_p99_ms:.0f} ms (first {WARM_SECONDS:.0f} s "
            f"{self.read_p99_first_ms:.0f} ms, after {self.read_p99_after_warm_ms:.0f} ms), "
            f"in the server p50 {self.read_server_p50_ms:.1f} ms, p99 "
            f"{self.read_server_p99_ms:.0f} ms; "
            f"analyses p50 {self.analyze_p50_ms:.0f} ms, "
            f"p99 {self.analyze_p99_ms:.0f} ms; RSS {self.rss_mb[0] if self.rss_mb else 0:.0f}"
            f" -> {max(self.rss_mb or [0]):.0f} MB max (server + children), growth over the "
            f"last 30 s {self.rss_growth_last_30s_mb:+.1f} MB (server "
            f"{self.rss_server_growth_last_30s_mb:+.1f}, children "
            f"{self.rss_children_growth_last_30s_mb:+.1f}; page cache "
            f"{self.page_cache_growth_last_30s_mb:+.2f} MB, now "
            f"{self.page_cache_mb[-1] if self.page_cache_mb else 0:.1f} MB in "
            f"{self.page_cache_entries[-1] if self.page_cache_entries else 0} pages; in use: "
            f"Python blocks {self.python_blocks_growth_last_30s:+.0f}, C heap "
            f"{self.malloc_in_use_growth_last_30s_mb:+.2f} MB); "
            f"CPU server {self.server_cpu_s:.1f} s "
            f"({self.server_cpu_s * 1000 / max(self.requests, 1):.1f} ms per request), "
            f"children {self.children_cpu_s:.1f} s, load-test clients {self.client_cpu_s:.1f} s; "
            "load average " + " ".join(f"{value:.1f}" for value in self.load_average)
        )


class Response(Protocol):
    """What the clients need of a response: httpx's, or the raw client's."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Any: ...  # a mapping with case-insensitive (or lower-case) names


#: Send one request (method, path, JSON payload or None) and read its response fully.
Sender = Callable[[str, str, dict[str, str] | None], Awaitable[Response]]
CONNECTION_ERRORS = (
    httpx.HTTPError,
    OSError,
    EOFError,
    asyncio.LimitOverrunError,
    asyncio.TimeoutError,
    ResponseError,
)


def raw_sender(base_url: str) -> tuple[Sender, RawConnection]:
    url = urlsplit(base_url)
    connection = RawConnection(url.hostname or "127.0.0.1", url.port or 80)

    async def send(method: str, path: str, payload: dict[str, str] | None) -> Response:
        body = b"" if payload is None else json.dumps(payload, ensure_ascii=False).encode()
        return await connection.request(method, path, body)

    return send, connection


def httpx_sender(client: httpx.AsyncClient) -> Sender:
    async def send(method: str, path: str, payload: dict[str, str] | None) -> Response:
        return await client.request(method, path, json=payload)

    return send


def server_ms(response: Response) -> float | None:
    """The server's own time for a request, from its ``Server-Timing: app;dur=`` header."""
    timing = response.headers.get("server-timing", "")
    _, found, duration = timing.partition("dur=")
    try:
        return float(duration) if found else None
    except ValueError:
        return None


def route_family(path: str) -> str:
    """The family of a read path, to tell which pages make the latency tail."""
    bare = path.split("?")[0]
    api = bare.startswith("/api/")
    parts = bare.removeprefix("/api").strip("/").split("/")
    if parts == [""]:
        name = "home"
    elif parts[0] in ("articles", "actors") and len(parts) > 1:
        name = parts[0].removesuffix("s") + " page"
    elif parts[0] == "search":
        name = "search"
    else:
        name = "list " + parts[0]
    return ("json " if api else "html ") + name


def family_table(by_family: dict[str, dict[str, float]]) -> str:
    lines = [f"  {'route family':<22} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'in server p99':>14}"]
    for name, row in sorted(by_family.items(), key=lambda item: -item[1]["p99_ms"]):
        lines.append(
            f"  {name:<22} {row['n']:>6.0f} {row['p50_ms']:>8.0f} {row['p99_ms']:>8.0f}"
            f" {row['server_p99_ms']:>14.0f}"
        )
    return "\n".join(lines)


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def rss_of(pid: int) -> tuple[float, float]:
    """The server's resident memory in MB: its own process, and all its children."""
    process = psutil.Process(pid)
    children = 0
    for child in process.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):  # a child that just ended
            children += child.memory_info().rss
    return process.memory_info().rss / 2**20, children / 2**20


def cpu_of(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system) the server's own process and its live children have used."""
    process = psutil.Process(pid)
    children = 0.0
    for child in process.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            times = child.cpu_times()
            children += times.user + times.system
    times = process.cpu_times()
    return times.user + times.system, children


def growth(samples: list[float], window: int = 30) -> float:
    """How much the last ``window`` samples rose: mean of the last 5 minus the first 5."""
    tail = samples[-window:]
    if len(tail) < 10:
        return 0.0
    return statistics.mean(tail[-5:]) - statistics.mean(tail[:5])


async def _client(
    send: Sender,
    rng: random.Random,
    deadline: float,
    budget: list[int],
    targets: dict[str, list[int]],
    analyze_share: float,
    reads: list[tuple[str, float, float, float | None]],
    analyses: list[float],
    report: LoadReport,
) -> None:
    number = rng.randrange(10**6)
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        analyse = rng.random() < analyze_share
        payload: dict[str, str] | None = None
        if analyse:
            number += 1
            method, path = "POST", "/api/analyze"
            payload = {"text": article_text(number, "last"), "published": "2022-03-01"}
        else:
            # percent-encoded as httpx sends it (search words have umlauts)
            method, path = "GET", quote(_read_path(rng, targets), safe="/?=&")
        started = time.monotonic()
        try:
            response = await send(method, path, payload)
        except CONNECTION_ERRORS as error:
            report.connection_errors += 1
            report.errors.append(f"{method} {path}: {error!r}"[:200])
            continue
        elapsed = (time.monotonic() - started) * 1000
        report.requests += 1
        if analyse:
            analyses.append(elapsed)
        else:
            reads.append((route_family(path), elapsed, started, server_ms(response)))
        if response.status_code == 503 and "retry-after" in response.headers:
            report.refused_busy += 1  # refused at once, as designed: wait as told
            await asyncio.sleep(min(float(response.headers["retry-after"]), 10.0))
        elif response.status_code >= 500:
            report.server_errors += 1
            report.errors.append(f"{method} {path}: {response.status_code}")
        elif response.status_code >= 300:
            key = str(response.status_code)
            report.other_status[key] = report.other_status.get(key, 0) + 1


def _read_path(rng: random.Random, targets: dict[str, list[int]]) -> str:
    article = rng.choice(targets["articles"])
    actor = rng.choice(targets["actors"]) if targets["actors"] else None
    word = rng.choice(SEARCH_WORDS)
    paths = [
        "/",
        f"/articles/{article}",
        f"/articles/{article}",
        "/articles",
        f"/actors/{actor}" if actor else "/actors",
        "/actors",
        f"/search?q={word}",
        f"/api/articles/{article}",
        "/api/articles?limit=20",
        "/api/actors",
        f"/api/search?q={word}",
        "/api/events",
        "/quotes",
        "/places",
    ]
    return rng.choice(paths)


async def _load(
    base_url: str,
    clients: int,
    seconds: float,
    max_requests: int,
    analyze_share: float,
    targets: dict[str, list[int]],
    report: LoadReport,
    seed: int,
) -> tuple[list[tuple[str, float, float, float | None]], list[float]]:
    reads: list[tuple[str, float, float, float | None]] = []
    analyses: list[float] = []
    deadline = time.monotonic() + seconds
    budget = [max_requests]

    def runner(send: Sender, n: int) -> Awaitable[None]:
        rng = random.Random(seed * 1000 + n)
        return _client(send, rng, deadline, budget, targets, analyze_share, reads, analyses, report)

    if report.client == "httpx":
        # Idle connections are given up a second before the server closes them: were both
        # at 5 s, a request sent on a connection just as the server closes it would fail.
        limits = httpx.Limits(
            max_connections=clients,
            max_keepalive_connections=clients,
            keepalive_expiry=KEEP_ALIVE_SECONDS - 1,
        )
        async with httpx.AsyncClient(base_url=base_url, timeout=60, limits=limits) as client:
            await asyncio.gather(*(runner(httpx_sender(client), n) for n in range(clients)))
        return reads, analyses
    senders = [raw_sender(base_url) for _ in range(clients)]
    try:
        await asyncio.gather(*(runner(send, n) for n, (send, _) in enumerate(senders)))
    finally:
        for _, connection in senders:
            await connection.close()
    return reads, analyses


def run_load(
    base_url: str,
    server_pid: int,
    clients: int = 50,
    seconds: float = 60,
    max_requests: int = 1_000_000,
    analyze_share: float = 0.1,
    seed: int = 1,
    client: str = "raw",
) -> LoadReport:
    """Run the clients against a started server; sample its RSS every second meanwhile."""
    report = LoadReport(clients=clients, seconds=seconds, client=client)
    articles = httpx.get(base_url + "/api/articles?limit=100", timeout=30).json()["items"]
    actors = httpx.get(base_url + "/api/actors?limit=100", timeout=30).json()["items"]
    targets = {"articles": [a["id"] for a in articles], "actors": [a["id"] for a in actors]}
    if not targets["articles"]:
        raise RuntimeError("the store has no articles to read")
    stop = threading.Event()

    def sample() -> None:
        with httpx.Client(base_url=base_url, timeout=5) as health:
            while not stop.is_set():
                server, children = rss_of(server_pid)
                report.rss_server_mb.append(round(server, 1))
                report.rss_children_mb.append(round(children, 1))
                report.rss_mb.append(round(server + children, 1))
                with contextlib.suppress(httpx.HTTPError, KeyError, ValueError, TypeError):
                    state = health.get("/api/health").json()
                    cache, memory = state["page_cache"], state["memory"]
                    report.page_cache_mb.append(round(cache["bytes"] / 2**20, 2))
                    report.page_cache_entries.append(cache["entries"])
                    report.python_blocks.append(memory["python_blocks"])
                    if memory["malloc_in_use_mb"] is not None:
                        report.malloc_in_use_mb.append(memory["malloc_in_use_mb"])
                stop.wait(1.0)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    load_before = os.getloadavg()[0]
    cpu_before = cpu_of(server_pid)
    client_cpu_before = time.process_time()
    started = time.monotonic()
    try:
        reads, analyses = asyncio.run(
            _load(base_url, clients, seconds, max_requests, analyze_share, targets, report, seed)
        )
    finally:
        stop.set()
        sampler.join()
    cpu_after = cpu_of(server_pid)
    report.client_cpu_s = time.process_time() - client_cpu_before
    report.seconds = time.monotonic() - started
    report.reads, report.analyses = len(reads), len(analyses)
    report.requests_per_second = report.requests / report.seconds
    read_ms = [elapsed for _, elapsed, _, _ in reads]
    in_server = [spent for *_, spent in reads if spent is not None]
    report.read_server_p50_ms, report.read_server_p99_ms = (
        percentile(in_server, share) for share in (0.5, 0.99)
    )
    # The first seconds fill the page cache (every page built once): the tail apart from that
    late = [elapsed for _, elapsed, sent, _ in reads if sent - started >= WARM_SECONDS]
    report.read_p99_after_warm_ms = percentile(late, 0.99)
    early = [elapsed for _, elapsed, sent, _ in reads if sent - started < WARM_SECONDS]
    report.read_p99_first_ms = percentile(early, 0.99)
    report.read_p50_ms, report.read_p95_ms, report.read_p99_ms = (
        percentile(read_ms, share) for share in (0.5, 0.95, 0.99)
    )
    families: dict[str, list[float]] = {}
    server_families: dict[str, list[float]] = {}
    for name, elapsed, _, spent in reads:
        families.setdefault(name, []).append(elapsed)
        if spent is not None:
            server_families.setdefault(name, []).append(spent)
    report.read_by_family = {
        name: {
            "n": len(values),
            "p50_ms": percentile(values, 0.5),
            "p99_ms": percentile(values, 0.99),
            "server_p99_ms": percentile(server_families.get(name, []), 0.99),
        }
        for name, values in families.items()
    }
    report.analyze_p50_ms, report.analyze_p99_ms = (
        percentile(analyses, share) for share in (0.5, 0.99)
    )
    report.rss_growth_last_30s_mb = growth(report.rss_mb)
    report.rss_server_growth_last_30s_mb = growth(report.rss_server_mb)
    report.rss_children_growth_last_30s_mb = growth(report.rss_children_mb)
    report.page_cache_growth_last_30s_mb = growth(report.page_cache_mb)
    report.python_blocks_growth_last_30s = growth(report.python_blocks)
    report.malloc_in_use_growth_last_30s_mb = growth(report.malloc_in_use_mb)
    # 1-minute load average before and after, and the 5-minute one after (other work
    # on the machine makes latencies noisy; report it with the figures)
    report.load_average = [load_before, *os.getloadavg()[:2]]
    # CPU used per request does not depend on how busy the machine is; latency does
    report.server_cpu_s = cpu_after[0] - cpu_before[0]
    report.children_cpu_s = cpu_after[1] - cpu_before[1]
    report.errors = report.errors[:20]
    return report


def ingest_articles(db: str, count: int, folder: Path) -> None:
    """A store of ``count`` short articles, ingested by ``lagebild ingest``."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"{number:03d}.txt").write_text(article_text(number, "store"), "utf-8")
    command = [
        sys.executable,
        "-m",
        "lagebild.cli",
        "ingest",
        str(folder),
        "--db",
        db,
        "--published",
        "2022-01-10",
        "--no-progress",
    ]
    subprocess.run(command, cwd=REPO, check=True, capture_output=True, timeout=600)


def warm_up(base_url: str) -> float:
    """Build the server's analyser before measuring; seconds it took."""
    started = time.monotonic()
    response = httpx.post(
        base_url + "/api/analyze",
        timeout=300,
        json={"text": article_text(0, "warm"), "published": "2022-01-10"},
    )
    response.raise_for_status()
    return time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--max-requests", type=int, default=1_000_000)
    parser.add_argument(
        "--analyze-share", type=float, default=0.1, help="share of requests that POST an analysis"
    )
    parser.add_argument("--articles", type=int, default=20, help="articles in the store")
    parser.add_argument("--db", help="an existing store to serve instead of a fresh one")
    parser.add_argument(
        "--client",
        choices=("raw", "httpx"),
        default="raw",
        help="raw asyncio streams (cheap), or httpx (the old, CPU-hungry path, to compare)",
    )
    parser.add_argument("--p99-ms", type=float, default=500.0)
    parser.add_argument("--rss-growth-mb", type=float, default=20.0)
    parser.add_argument("--json", type=Path, help="write the report here as JSON")
    parser.add_argument(
        "--serve-arg",
        action="append",
        default=[],
        help="an option for `lagebild serve`, e.g. --serve-arg=--cache-mb=0 (repeatable)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="loadtest-") as workdir:
        db = args.db or str(Path(workdir) / "store.db")
        if not args.db:
            ingest_articles(db, args.articles, Path(workdir) / "articles")
        server = start_server(db, extra=args.serve_arg, log=Path(workdir) / "serve.log")
        try:
            print(f"analyser warm-up: {warm_up(server.base_url):.1f} s", flush=True)
            report = run_load(
                server.base_url,
                server.process.pid,
                args.clients,
                args.seconds,
                args.max_requests,
                args.analyze_share,
                client=args.client,
            )
        finally:
            server.stop()
        log = (Path(workdir) / "serve.log").read_text(errors="replace")
    print(report.summary())
    print("reads by route family, slowest p99 first:\n" + family_table(report.read_by_family))
    if log.strip():
        print("server log (tail):\n" + log[-3000:])
    print("RSS samples (MB):", " ".join(f"{value:.0f}" for value in report.rss_mb))
    print("  server:", " ".join(f"{value:.0f}" for value in report.rss_server_mb))
    print("  children:", " ".join(f"{value:.0f}" for value in report.rss_children_mb))
    for line in report.errors:
        print("  " + line)
    if args.json:
        args.json.write_text(json.dumps(asdict(report), indent=2), encoding="utf-8")
    failed = (
        report.server_errors
        or report.connection_errors
        or report.read_p99_ms > args.p99_ms
        or report.rss_growth_last_30s_mb > args.rss_growth_mb
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
