"""The code base stays ruff clean: lint rules and formatting."""

import subprocess
from pathlib import Path

from venv_tools import venv_tool

ROOT = Path(__file__).resolve().parents[1]
PYTHON_PATHS = ["lagebild", "tests", "scripts", "fuzz", "setup.py"]


def test_ruff_clean() -> None:
    result = subprocess.run(
        [venv_tool("ruff"), "check", *PYTHON_PATHS], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_formatted() -> None:
    result = subprocess.run(
        [venv_tool("ruff"), "format", "--check", *PYTHON_PATHS],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (
        "run `ruff format " + " ".join(PYTHON_PATHS) + "`\n" + result.stdout
    )
