"""Where the project and its shared, read-only data live."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path


def repo_root() -> Path:
    """The repository root (the folder that holds the ``lagebild`` package)."""
    return Path(__file__).resolve().parents[1]


def package_folder(package: str) -> Path:
    """The folder of the lagebild package named ``package`` ("lagebild.quotes"), found by its
    import name: a module that mypyc compiled has no ``__file__`` beside its source."""
    return Path(str(resources.files(package)))


def shared_dir() -> Path | None:
    """The shared data folder: ``$LAGEBILD_SHARED``, else ``<repo_root>/../shared``.

    Returns None when the folder does not exist, as on a user's machine.
    """
    configured = os.environ.get("LAGEBILD_SHARED")
    candidate = Path(configured) if configured else repo_root().parent / "shared"
    return candidate.resolve() if candidate.is_dir() else None
