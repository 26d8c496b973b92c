"""``lagebild serve`` in a subprocess on a free loopback port (for the kill and load tests).

Also: fresh PostgreSQL schemas for a run, and article texts that are all distinct.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from lagebild.store.testing import PG_BASE, postgres_problem, postgres_schema  # noqa: F401 (re-exported)

REPO = Path(__file__).resolve().parents[1]
CITIES = ("Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Kiew", "Warschau")
TOPICS = ("Bahnstrecke", "Schule", "Brücke", "Klinik", "Bibliothek", "Hafen", "Kaserne")
COUNTRIES = ("Russland", "der Ukraine", "Frankreich", "Polen", "den USA", "China")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    port: int

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def kill(self) -> None:
        """SIGKILL the server's whole process group: no cleanup, no flush, no goodbye."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def start_server(
    db: str, extra: list[str] | None = None, ready_within: float = 90.0, log: Path | None = None
) -> Server:
    """``lagebild serve --db db`` on a free 127.0.0.1 port, returned once it answers."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "lagebild.cli",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--db",
        db,
        *(extra or []),
    ]
    output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 (child owns it)
    process = subprocess.Popen(
        command, cwd=REPO, stdout=output, stderr=output, start_new_session=True
    )
    server = Server(process, port)
    deadline = time.monotonic() + ready_within
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering")
        try:
            if httpx.get(server.base_url + "/api/articles?limit=1", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.kill()
    raise RuntimeError(f"server did not answer within {ready_within} s")


def article_text(number: int, salt: str = "") -> str:
    """A short German news text; different numbers (or salts) give clearly different texts."""
    city = CITIES[number % len(CITIES)]
    topic = TOPICS[(number // len(CITIES)) % len(TOPICS)]
    country = COUNTRIES[number % len(COUNTRIES)]
    return (
        f"{city} (dpa) - In {city} ist am Dienstag die neue {topic} Nummer {number} {salt} "
        f"eröffnet worden. Der Bürgermeister sagte: „Das ist ein wichtiger Tag für die "
        f"Stadt.“ Gäste aus {country} nahmen an der Feier teil. Die Kosten lagen bei "
        f"{number * 3 + 7} Millionen Euro, deutlich über der ersten Schätzung von "
        f"{number + 2} Millionen. Anwohner hatten {number % 5 + 2} Jahre lang auf das "
        f"Vorhaben {salt} gewartet."
    )
