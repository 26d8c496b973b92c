from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.paths import shared_dir


@pytest.fixture
def shared() -> Path:
    folder = shared_dir()
    if folder is None or not (folder / "seed").is_dir():
        pytest.skip("../shared not found")
    return folder
