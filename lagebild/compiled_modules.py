"""Which code of the analysis packages runs: the modules mypyc compiled, or their source.

``setup.py`` compiles the packages in :data:`COMPILED_PACKAGES` with mypyc: each gets a
shared library beside it (``lagebild/quotes__mypyc.cpython-311-….so``) and one small
extension module per source file (``lagebild/quotes/component.cpython-311-….so``), which
Python's import system prefers to the ``.py`` file. :func:`choose_compiled_or_source`
(run when ``lagebild`` is imported) makes a package's source run instead:

- for every package, where ``LAGEBILD_NO_EXTENSIONS=1`` is set (to debug, to fuzz with
  coverage, to compare the two);
- for a package of a source checkout whose ``.py`` files are newer than its compiled
  library (edited or checked out since the last build, when the compiled code would still
  run the old rules), with a warning that says how to rebuild.

A package runs compiled or from source as a whole: compiled modules call each other
directly, so a module loaded from source beside compiled ones would not see its own edits
everywhere. This module imports only the standard library: ``setup.py`` reads
:data:`COMPILED_PACKAGES` from it before lagebild's dependencies are installed.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

#: The packages compiled by mypyc: those whose rules run per token or per word of every article.
COMPILED_PACKAGES = ("linguistics", "entities", "quotes", "events", "places", "dates")
#: Modules of those packages left as Python: HanTa's tagger subclass (its untyped base class
#: sets the model's attributes on the instance, which mypyc's classes have no room for; its
#: searches are compiled with Cython instead).
SOURCE_ONLY_MODULES = ("linguistics/hanta_fast.py",)
#: Set to 1 to run the Python source even where compiled extensions are built.
NO_EXTENSIONS_VARIABLE = "LAGEBILD_NO_EXTENSIONS"
REBUILD_COMMAND = "pip install -e ."


def extensions_switched_off() -> bool:
    return os.environ.get(NO_EXTENSIONS_VARIABLE, "") not in ("", "0")


def compiled_library(root: Path, package: str) -> Path | None:
    """The package's mypyc library under ``root`` (the ``lagebild`` folder) built for this
    Python, or None where it was not built."""
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        library = root / f"{package}__mypyc{suffix}"
        if library.is_file():
            return library
    return None


def newer_source(folder: Path, library: Path) -> bool:
    built = library.stat().st_mtime
    return any(source.stat().st_mtime > built for source in folder.glob("*.py"))


def source_packages(root: Path) -> list[str]:
    """The packages of :data:`COMPILED_PACKAGES` under ``root`` (the ``lagebild`` folder)
    whose source is to run: those without a compiled library, all of them where extensions
    are switched off, and in a source checkout those whose library is older than a source
    file (stale)."""
    switched_off = extensions_switched_off()
    # Installed from a wheel, sources and libraries are written in no set order: only a
    # checkout (pyproject.toml beside the package folder) is edited under its libraries.
    checkout = (root.parent / "pyproject.toml").is_file()
    source, stale = [], []
    for package in COMPILED_PACKAGES:
        library = compiled_library(root, package)
        if library is None or switched_off:
            source.append(package)
        elif checkout and newer_source(root / package, library):
            stale.append(package)
    if stale:
        warnings.warn(
            f"lagebild: the compiled modules of {', '.join(stale)} are older than their "
            f"source; running the source (slower). Rebuild them with `{REBUILD_COMMAND}`.",
            RuntimeWarning,
            stacklevel=3,
        )
    return source + stale


class SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the ``.py`` source of the modules of some lagebild packages, ahead of the
    compiled extension modules beside it."""

    def __init__(self, root: Path, packages: Sequence[str]) -> None:
        self.root = root
        self.packages = frozenset(f"lagebild.{package}" for package in packages)

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        parts = fullname.split(".")
        if len(parts) < 2 or ".".join(parts[:2]) not in self.packages:
            return None
        folder = self.root.joinpath(*parts[1:-1])
        package_folder = folder / parts[-1]
        if len(parts) == 2:
            return importlib.util.spec_from_file_location(
                fullname,
                package_folder / "__init__.py",
                submodule_search_locations=[str(package_folder)],
            )
        source = folder / f"{parts[-1]}.py"
        if source.is_file():
            return importlib.util.spec_from_file_location(fullname, source)
        if (package_folder / "__init__.py").is_file():
            return importlib.util.spec_from_file_location(
                fullname,
                package_folder / "__init__.py",
                submodule_search_locations=[str(package_folder)],
            )
        return None  # no source: an extension of its own (the Cython search)


def choose_compiled_or_source(root: Path) -> None:
    """Put a :class:`SourceFinder` first on the import path for the packages whose source is
    to run (see the module's docstring); nothing where every package runs compiled. Where a
    package's library is missing (never built, or its build failed) its source runs too:
    the small per-module extensions alone would fail to import."""
    packages = source_packages(root)
    if packages and not any(isinstance(finder, SourceFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, SourceFinder(root, packages))


def running_compiled(package: str) -> bool:
    """Whether the modules of ``lagebild.<package>`` run compiled in this process."""
    module = importlib.import_module(f"lagebild.{package}")
    return not str(getattr(module, "__file__", "")).endswith(".py")
