"""The code base stays ruff clean: lint rules and formatting."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYTHON_PATHS = ["lagebild", "tests", "scripts", "fuzz", "setup.py"]


def _ruff() -> str:
    # The virtual environment's ruff first: the formatter's style is pinned by its version.
    beside_python = Path(sys.executable).with_name("ruff")
    ruff = str(beside_python) if beside_python.exists() else shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    return ruff


def test_ruff_clean() -> None:
    result = subprocess.run(
        [_ruff(), "check", *PYTHON_PATHS], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_formatted() -> None:
    result = subprocess.run(
        [_ruff(), "format", "--check", *PYTHON_PATHS], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, (
        "run `ruff format " + " ".join(PYTHON_PATHS) + "`\n" + result.stdout
    )
