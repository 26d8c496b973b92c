"""The package builds its compiled extension as an optional one."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest
import setuptools

ROOT = Path(__file__).resolve().parents[1]


def test_compiled_extensions_are_optional(monkeypatch: pytest.MonkeyPatch) -> None:
    # An install without a C compiler must warn and go on with the Python searches.
    captured: dict[str, Any] = {}
    monkeypatch.setattr(setuptools, "setup", lambda **arguments: captured.update(arguments))
    monkeypatch.chdir(ROOT)
    runpy.run_path(str(ROOT / "setup.py"))
    extensions = captured["ext_modules"]
    assert [extension.name for extension in extensions] == ["lagebild.linguistics._hanta_search"]
    assert all(extension.optional for extension in extensions)
