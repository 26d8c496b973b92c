"""Ingest workers end with the ingest process, even after a ``kill -9`` of it alone."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil
import pytest

POOL_SCRIPT = textwrap.dedent(
    """
    import multiprocessing, os, sys, time
    from concurrent.futures import ProcessPoolExecutor
    from lagebild.ingest.watchdog import exit_with_parent

    if __name__ == "__main__":
        method = sys.argv[1]
        initializer = exit_with_parent if sys.argv[2] == "watched" else None
        context = multiprocessing.get_context(method)
        pool = ProcessPoolExecutor(2, mp_context=context, initializer=initializer)
        list(pool.map(time.sleep, [0.3, 0.3]))  # both workers started
        pids = {future.result() for future in [pool.submit(os.getpid) for _ in range(8)]}
        print(" ".join(map(str, sorted(pids))), flush=True)
        time.sleep(120)
    """
)


def _start_pool(method: str, watched: str) -> tuple[subprocess.Popen, list[int]]:
    process = subprocess.Popen(
        [sys.executable, "-c", POOL_SCRIPT, method, watched],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,  # so that the test can clean up the whole group
    )
    assert process.stdout is not None
    workers = [int(pid) for pid in process.stdout.readline().split()]
    assert workers, "the pool reported no workers"
    return process, workers


def _kill_group(process: subprocess.Popen) -> None:
    """Whatever the pool left behind (fork server, workers, resource tracker)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def _alive(pids: list[int]) -> list[int]:
    return [pid for pid in pids if _running(pid)]


def _running(pid: int) -> bool:
    """The process exists and is no zombie; one that exits while it is looked at is gone."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_workers_exit_when_the_ingest_process_is_killed(method: str) -> None:
    process, workers = _start_pool(method, "watched")
    try:
        process.kill()  # kill -9 of the main process only, not its group
        process.wait()
        deadline = time.monotonic() + 15
        while _alive(workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _alive(workers) == []
    finally:
        _kill_group(process)


def test_unwatched_workers_would_be_orphaned() -> None:
    """The failure the watchdog exists for (so the test above can fail)."""
    process, workers = _start_pool("forkserver", "unwatched")
    try:
        process.kill()
        process.wait()
        time.sleep(2)
        assert _alive(workers) == workers
    finally:
        _kill_group(process)
