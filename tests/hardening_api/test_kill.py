"""kill -9 ``lagebild serve`` (clients posting articles) and ``lagebild ingest`` mid-write.

After each kill the store is reopened: every acknowledged article is there exactly once,
nothing is there twice, no document is half-written. CI runs a few repetitions
(``LAGEBILD_KILL_REPETITIONS``, default 2); ``scripts/killtest.py --repetitions 20`` runs
the long version.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from killtest import kill_ingest, kill_serve

REPETITIONS = int(os.environ.get("LAGEBILD_KILL_REPETITIONS", "2"))

pytestmark = pytest.mark.killtest


def _explain(report) -> str:  # noqa: ANN001
    return "\n".join([report.line(), *(report.lost + report.duplicated + report.problems)[:20]])


def test_sigkill_serve_while_clients_post(backend_url: str, tmp_path: Path) -> None:
    report = kill_serve(
        backend_url, "test", REPETITIONS, random.Random(7), log=tmp_path / "serve.log"
    )
    assert report.ok, _explain(report)
    assert report.repetitions == REPETITIONS
    assert report.kills_with_requests_in_flight >= 1
    assert report.acknowledged > 0 and report.stored == report.acknowledged


def test_sigkill_ingest_then_rerun(backend_url: str, tmp_path: Path) -> None:
    report = kill_ingest(backend_url, "test", REPETITIONS, random.Random(7), tmp_path / "articles")
    assert report.ok, _explain(report)
    assert report.stored == report.acknowledged > 0
