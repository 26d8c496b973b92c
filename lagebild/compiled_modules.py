"""Which code of the analysis packages runs: the modules mypyc compiled, or their source.

``setup.py`` compiles the packages in :data:`COMPILED_PACKAGES` with mypyc: each gets a
shared library beside it (``lagebild/quotes__mypyc.cpython-311-….so``) and one small
extension module per source file (``lagebild/quotes/component.cpython-311-….so``), which
Python's import system prefers to the ``.py`` file. :func:`choose_compiled_or_source`
(run when ``lagebild`` is imported) makes their source run instead:

- where ``LAGEBILD_NO_EXTENSIONS=1`` is set (to debug, to fuzz with coverage, to compare
  the two);
- where a package's library is missing, or, in a source checkout, older than one of its
  ``.py`` files (edited or checked out since the last build, when the compiled code would
  still run the old rules), with a warning that says how to rebuild.

The packages run compiled or from source all together: compiled modules call each other
directly, so a module loaded from source beside compiled ones would not see its own edits
everywhere, and compiled code checks the classes that other packages hand it against
their compiled classes. This module imports only the standard library: ``setup.py`` reads
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
#: sets the model's attributes on the instance, which mypyc's classes have no room for, and
#: mypyc 2.4 fails on it as a plain Python class; its searches are compiled with Cython).
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
    whose source is to run: none where every package has a current compiled library, else
    all of them. All or none: compiled code checks the classes of what other packages hand
    it against their compiled classes, so one package run from source beside compiled ones
    fails ("Gazetteer object expected; got Gazetteer"). The source runs where extensions are
    switched off, where a package has no library (never built, or its build failed), and in
    a source checkout where a package's library is older than one of its source files
    (stale: edited or checked out since the last build), with a warning."""
    if extensions_switched_off():
        return list(COMPILED_PACKAGES)
    libraries = {package: compiled_library(root, package) for package in COMPILED_PACKAGES}
    if not any(libraries.values()):
        return list(COMPILED_PACKAGES)  # a pure-Python install: nothing to warn about
    missing = [package for package, library in libraries.items() if library is None]
    # Installed from a wheel, sources and libraries are written in no set order: only a
    # checkout (pyproject.toml beside the package folder) is edited under its libraries.
    checkout = (root.parent / "pyproject.toml").is_file()
    stale = [
        package
        for package, library in libraries.items()
        if checkout and library is not None and newer_source(root / package, library)
    ]
    if missing or stale:
        problems = [f"{', '.join(stale)} older than their source"] if stale else []
        problems += [f"{', '.join(missing)} not built"] if missing else []
        warnings.warn(
            f"lagebild: compiled modules of {'; '.join(problems)}: running every analysis "
            f"package from source (slower). Rebuild them with `{REBUILD_COMMAND}`.",
            RuntimeWarning,
            stacklevel=3,
        )
        return list(COMPILED_PACKAGES)
    return []


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
    to run (see the module's docstring); nothing where every package runs compiled. (Where
    a package's library is missing, its small per-module extensions alone would fail to
    import.)"""
    packages = source_packages(root)
    if packages and not any(isinstance(finder, SourceFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, SourceFinder(root, packages))


def running_compiled(package: str) -> bool:
    """Whether the modules of ``lagebild.<package>`` run compiled in this process."""
    module = importlib.import_module(f"lagebild.{package}")
    return not str(getattr(module, "__file__", "")).endswith(".py")
