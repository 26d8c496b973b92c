"""The package type-checks: mypy with the configuration in pyproject.toml."""

import subprocess
from pathlib import Path

from venv_tools import venv_tool

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_clean() -> None:
    # No paths given: mypy checks the `files` of [tool.mypy] in pyproject.toml.
    result = subprocess.run(
        [venv_tool("mypy"), "--config-file", "pyproject.toml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
