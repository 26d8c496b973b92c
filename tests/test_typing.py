"""The package type-checks: mypy with the configuration in pyproject.toml."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _mypy() -> str:
    # The virtual environment's mypy first: it sees the installed packages and their stubs.
    beside_python = Path(sys.executable).with_name("mypy")
    mypy = str(beside_python) if beside_python.exists() else shutil.which("mypy")
    if mypy is None:
        pytest.skip("mypy is not installed")
    return mypy


def test_mypy_clean() -> None:
    # No paths given: mypy checks the `files` of [tool.mypy] in pyproject.toml.
    result = subprocess.run(
        [_mypy(), "--config-file", "pyproject.toml"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
