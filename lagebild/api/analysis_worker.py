"""Analyses for the server, in one child process, with a bounded queue.

An analysis is pure Python CPU work (tens of milliseconds for a short article, more for
a long one). Run in the server's threads it holds the GIL and starves the event loop and
every read; run in a child process it only takes the child's core. Requests wait in a
bounded queue: when ``max_pending`` analyses are already waiting, the next one is
refused at once (503 with ``Retry-After``) instead of piling up.

Memory: every analysis runs inside spaCy's ``memory_zone`` (see
:func:`lagebild.api.posting.analyze_in_zone`); as a backstop the child is replaced after
``recycle_after`` analyses.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from lagebild.api.posting import ArticleIn, analyze_in_zone
from lagebild.entities.caching import WORD_CACHE_SIZE_ENV
from lagebild.errors import ErrorCode, LagebildError
from lagebild.model import Analysis

#: Analyses waiting or running before new ones are refused with 503. Sized so that 50
#: clients each waiting on one analysis are queued, not refused (issue 9's load); a short
#: article takes 5-70 ms, so the last in line waits seconds, not minutes.
MAX_PENDING = 64
#: Analyses one child runs before it is replaced: a backstop should anything still grow.
#: Every cache of the child is bounded, so this is rare (at 100 analyses/s, every 17 min).
RECYCLE_AFTER = 100_000
#: An analysis running longer than this is stopped (the child is killed and replaced).
ANALYSIS_SECONDS = 60.0
#: Words the child's tagger keeps analyses of (its per-word caches hold 2-4 times as many
#: entries). Small, so that the child reaches a steady size within seconds of steady traffic
#: (its caches are full after ~1,000 analyses of new words); the batch default is 50,000.
CHILD_CACHED_WORDS = 250
#: Entries per word cache of the entity rules in the child (the batch default is 8,192):
#: full, and so at a steady size, after a few hundred analyses.
CHILD_WORD_CACHE_SIZE = 512
#: How long a new child may take to import and build the pipeline.
START_SECONDS = 180.0
#: Seconds a refused client is asked to wait (``Retry-After``).
RETRY_AFTER_SECONDS = 1


class Busy(Exception):
    """The analysis queue is full; the client should retry after ``retry_after`` seconds."""

    def __init__(self, message: str, retry_after: int = RETRY_AFTER_SECONDS):
        self.retry_after = retry_after
        super().__init__(message)


def child_main(fd: int) -> None:
    """The child's loop on socket ``fd``: build the pipeline, then answer one article at a time.

    Started as ``python -c`` (see :meth:`AnalysisWorker._start`), not by multiprocessing's
    spawn, which would re-run the server's main script in the child.
    """
    from lagebild.pipeline import Analyzer, build_pipeline

    connection = Connection(fd)
    analyzer = Analyzer(build_pipeline(tagger_cached_words=CHILD_CACHED_WORDS))
    connection.send(("ready", None))
    while True:
        try:
            article = connection.recv()
        except (EOFError, OSError):  # the server is gone
            return
        if article is None:
            return
        try:
            reply: tuple[str, Any] = ("ok", analyze_in_zone(analyzer, article))
        except LagebildError as error:
            reply = ("error", (error.code.name, error.source, error.detail))
        except Exception as error:  # noqa: BLE001 (reported to the request, child lives on)
            reply = ("crash", f"{type(error).__name__}: {error}"[:500])
        connection.send(reply)


@dataclass
class _Child:
    process: subprocess.Popen
    connection: Connection
    done: int = 0

    def stop(self, wait: float = 5.0) -> None:
        with contextlib.suppress(OSError, ValueError):  # already closed or dead
            self.connection.send(None)
        try:
            self.process.wait(wait)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.connection.close()


@dataclass
class AnalysisWorker:
    """Runs analyses in one child process, one at a time, at most ``max_pending`` queued.

    The child is started on the first analysis (a server that only reads never starts
    one), or at once with :meth:`prestart` (``lagebild serve`` does). All talk with the
    child happens on one thread, so requests are served in arrival order and the event
    loop never waits.
    """

    max_pending: int = MAX_PENDING
    recycle_after: int = RECYCLE_AFTER
    analysis_seconds: float = ANALYSIS_SECONDS
    pending: int = 0
    _child: _Child | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _thread: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(1, thread_name_prefix="analysis")
    )

    async def analyze_article(self, article: ArticleIn) -> Analysis:
        with self._lock:
            if self.pending >= self.max_pending:
                raise Busy(f"{self.pending} analyses are waiting; try again shortly")
            self.pending += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._thread, self._run, article)
        finally:
            with self._lock:
                self.pending -= 1

    @property
    def child_pid(self) -> int | None:
        """The analysis process's id while one runs (for monitoring and tests)."""
        child = self._child
        return child.process.pid if child is not None else None

    def prestart(self) -> None:
        """Start the child now, in the background, so the first analysis need not wait."""
        self._thread.submit(lambda: self._child or self._start())

    def close(self) -> None:
        """Stop the child and the thread (at server shutdown)."""
        self._thread.submit(self._retire).result()
        self._thread.shutdown(wait=True)

    def _run(self, article: ArticleIn) -> Analysis:
        child = self._child or self._start()
        try:
            child.connection.send(article)
            if not child.connection.poll(self.analysis_seconds):
                self._retire(kill=True)
                raise Busy(f"the analysis took longer than {self.analysis_seconds:.0f} s")
            kind, value = child.connection.recv()
        except (EOFError, OSError) as error:  # the child died (killed, out of memory)
            self._retire(kill=True)
            raise Busy("the analysis process stopped; it is being restarted") from error
        child.done += 1
        if child.done >= self.recycle_after:
            self._retire()
        if kind == "ok":
            return value
        if kind == "error":
            code, source, detail = value
            raise LagebildError(ErrorCode[code], source, detail)
        raise RuntimeError(f"analysis failed: {value}")

    def _start(self) -> _Child:
        # A fresh interpreter, not a fork: the server has threads, and a forked copy of
        # their locks can hang. It stays in the server's process group (a kill of the
        # group ends it too) and exits when the socket closes, should the server die.
        ours, theirs = socket.socketpair()
        package_root = str(Path(__file__).resolve().parents[2])
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(
                filter(None, [package_root, os.environ.get("PYTHONPATH")])
            ),
            WORD_CACHE_SIZE_ENV: str(CHILD_WORD_CACHE_SIZE),
        }
        code = f"from lagebild.api.analysis_worker import child_main; child_main({theirs.fileno()})"
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", code],
                pass_fds=[theirs.fileno()],
                env=env,
                stdin=subprocess.DEVNULL,
            )
        finally:
            theirs.close()
        child = _Child(process, Connection(ours.detach()))
        if not child.connection.poll(START_SECONDS):
            child.stop(wait=0)
            raise RuntimeError(f"the analysis process did not start within {START_SECONDS} s")
        try:
            child.connection.recv()  # "ready"
        except EOFError as error:
            child.stop(wait=0)
            raise RuntimeError("the analysis process failed to start") from error
        self._child = child
        return child

    def _retire(self, kill: bool = False) -> None:
        child, self._child = self._child, None
        if child is not None:
            if kill:
                child.process.kill()
            child.stop()
