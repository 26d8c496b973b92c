"""Builds lagebild's optional compiled search; everything else is in pyproject.toml.

The extension is optional: where Cython or a C compiler is missing, or the build fails,
lagebild installs without it and runs the same search in pure Python (same results, slower).
"""

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # a build without Cython: the pure-Python search only
    extensions = []
else:
    extensions = cythonize(
        [
            Extension(
                "lagebild.linguistics._hanta_search", ["lagebild/linguistics/_hanta_search.pyx"]
            )
        ],
        compiler_directives={"language_level": "3"},
    )
    # Set after cythonize, which does not carry ``optional`` over to the extensions it makes:
    # a failed compile (no compiler, no Python headers) then warns instead of failing the install.
    for extension in extensions:
        extension.optional = True

setup(ext_modules=extensions)
