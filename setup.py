"""Builds lagebild's compiled code; everything else is in pyproject.toml.

Two kinds of extension, both optional: where Cython, mypy or a C compiler is missing, or a
build fails, lagebild installs without them and runs the same Python source (same results,
slower).

- ``lagebild.linguistics._hanta_search``: HanTa's sentence and morpheme searches in Cython.
- The analysis packages (:data:`COMPILED_PACKAGES`), compiled by mypyc from their own typed
  source: the rule stages are Python calls, dict look-ups and string tests per token, which
  mypyc turns into direct C calls and typed operations. One shared library per package, so
  ``build_ext --parallel`` builds them side by side. ``LAGEBILD_NO_EXTENSIONS=1`` skips
  them at build time (and runs the source at run time).
"""

from __future__ import annotations

import os
import runpy
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# The package lists live in lagebild/compiled_modules.py, which also chooses at import time
# between the compiled modules and their source (it imports only the standard library).
COMPILED = runpy.run_path(str(Path("lagebild", "compiled_modules.py")))
COMPILED_PACKAGES: tuple[str, ...] = COMPILED["COMPILED_PACKAGES"]
SOURCE_ONLY_MODULES = {str(Path("lagebild", module)) for module in COMPILED["SOURCE_ONLY_MODULES"]}


def cython_extensions() -> list[Extension]:
    try:
        from Cython.Build import cythonize
    except ImportError:  # a build without Cython: the pure-Python search only
        return []
    return list(
        cythonize(
            [
                Extension(
                    "lagebild.linguistics._hanta_search",
                    ["lagebild/linguistics/_hanta_search.pyx"],
                )
            ],
            compiler_directives={"language_level": "3"},
        )
    )


def mypyc_extensions() -> list[Extension]:
    if os.environ.get(COMPILED["NO_EXTENSIONS_VARIABLE"], "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:  # a build without mypy: the Python source runs as it is
        return []
    groups = [
        (
            sorted(
                str(path)
                for path in Path("lagebild", package).glob("*.py")
                if str(path) not in SOURCE_ONLY_MODULES
            ),
            f"lagebild.{package}",
        )
        for package in COMPILED_PACKAGES
    ]
    files = [file for group, _ in groups for file in group]
    # Missing imports are Any: the isolated build environment has mypy but not spaCy or
    # pydantic, and mypyc only needs the types of lagebild's own code. Without those
    # packages some ``type: ignore`` comments have nothing to ignore.
    options = ["--ignore-missing-imports", "--no-warn-unused-ignores"]
    try:
        return list(
            mypycify([*options, *files], separate=groups, opt_level="3", target_dir="build/mypyc")
        )
    except (Exception, SystemExit) as error:  # mypy's type errors end in SystemExit
        print(f"warning: mypyc did not compile lagebild ({error!r}); it runs from source")
        return []


class ParallelBuildExt(build_ext):
    """build_ext that builds the extensions on every core unless told otherwise, and marks
    the mypyc libraries it found current as built now."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if not self.parallel:
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        super().run()
        if self.inplace:
            self.mark_current_libraries()

    def mark_current_libraries(self) -> None:
        """Give the in-place mypyc libraries that are up to date with their C code (which
        mypyc has just written from the present source) the present time: an unchanged file
        that was touched or checked out again compiles to the same C, is not rebuilt, and
        would otherwise look stale to lagebild/compiled_modules.py for ever."""
        build_py = self.get_finalized_command("build_py")
        for extension in self.extensions:
            if not extension.name.endswith("__mypyc"):
                continue
            inplace, built = self._get_inplace_equivalent(build_py, extension)
            if not (os.path.exists(inplace) and os.path.exists(built)):
                continue  # its build failed: it stays stale, and the source runs
            built_at = os.stat(built).st_mtime
            if all(os.stat(source).st_mtime <= built_at for source in extension.sources):
                os.utime(inplace)


extensions = cython_extensions() + mypyc_extensions()
# Set after cythonize and mypycify, which do not carry ``optional`` over to the extensions
# they make: a failed compile (no compiler, no Python headers) then warns instead of
# failing the install.
for extension in extensions:
    extension.optional = True

setup(ext_modules=extensions, cmdclass={"build_ext": ParallelBuildExt})
