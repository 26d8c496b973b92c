"""The command-line tools the code-quality tests run, taken from the test's environment."""

import shutil
import sys
from pathlib import Path

import pytest


def venv_tool(name: str) -> str:
    """The virtual environment's ``name`` first (its version pins the rules and sees the
    installed packages), else the one on PATH; skips the test where neither exists."""
    beside_python = Path(sys.executable).with_name(name)
    tool = str(beside_python) if beside_python.exists() else shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed")
    return tool
