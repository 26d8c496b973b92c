"""Each atheris target runs ~20 s without a crash (skipped where atheris is not installed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FUZZ_SECONDS = int(os.environ.get("LAGEBILD_FUZZ_SECONDS", "20"))


@pytest.mark.parametrize("target", ["readers", "analyzer"])
def test_fuzz_target_runs_clean(target: str, tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "fuzz" / f"fuzz_{target}.py"),
            f"-max_total_time={FUZZ_SECONDS}",
            "-timeout=60",
            "-rss_limit_mb=4096",
            f"-artifact_prefix={tmp_path}/",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=FUZZ_SECONDS + 120,
        check=False,
    )
    crashes = sorted(path.name for path in tmp_path.iterdir())
    assert result.returncode == 0 and not crashes, (crashes, result.stderr[-3000:])
