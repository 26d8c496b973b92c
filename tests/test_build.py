"""The package builds its compiled extensions as optional ones: the Cython search, and one
mypyc library per analysis package."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import mypyc.build
import pytest
import setuptools
from setuptools import Extension

from lagebild.compiled_modules import COMPILED_PACKAGES, SOURCE_ONLY_MODULES

ROOT = Path(__file__).resolve().parents[1]


def run_setup(monkeypatch: pytest.MonkeyPatch, mypycify: Any) -> list[Extension]:
    captured: dict[str, Any] = {}
    monkeypatch.setattr(setuptools, "setup", lambda **arguments: captured.update(arguments))
    monkeypatch.setattr(mypyc.build, "mypycify", mypycify)
    monkeypatch.delenv("LAGEBILD_NO_EXTENSIONS", raising=False)
    monkeypatch.chdir(ROOT)
    runpy.run_path(str(ROOT / "setup.py"))
    return list(captured["ext_modules"])


def test_every_analysis_package_is_one_optional_mypyc_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[dict[str, Any]] = []

    def mypycify(paths: list[str], **options: Any) -> list[Extension]:
        calls.append({"paths": paths, **options})
        return [Extension(f"{name}__mypyc", []) for _, name in options["separate"]]

    extensions = run_setup(monkeypatch, mypycify)
    assert [extension.name for extension in extensions] == [
        "lagebild.linguistics._hanta_search",
        *(f"lagebild.{package}__mypyc" for package in COMPILED_PACKAGES),
    ]
    # A failed compile (no C compiler, no Python headers) warns and leaves the source.
    assert all(extension.optional for extension in extensions)
    (call,) = calls
    groups = dict((name, files) for files, name in call["separate"])
    assert set(groups) == {f"lagebild.{package}" for package in COMPILED_PACKAGES}
    assert "lagebild/quotes/component.py" in groups["lagebild.quotes"]
    compiled = {file for files in groups.values() for file in files}
    assert not compiled & {f"lagebild/{module}" for module in SOURCE_ONLY_MODULES}
    # The isolated build environment has mypy, not spaCy or pydantic.
    assert "--ignore-missing-imports" in call["paths"]


def test_a_failed_type_check_leaves_the_source(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def mypycify(paths: list[str], **options: Any) -> list[Extension]:
        raise SystemExit(2)  # what mypyc does on a type error

    extensions = run_setup(monkeypatch, mypycify)
    assert [extension.name for extension in extensions] == ["lagebild.linguistics._hanta_search"]
    assert "runs from source" in capsys.readouterr().out


def test_no_extensions_at_build_time_skips_mypyc(monkeypatch: pytest.MonkeyPatch) -> None:
    def mypycify(paths: list[str], **options: Any) -> list[Extension]:
        raise AssertionError("mypyc ran")

    captured: dict[str, Any] = {}
    monkeypatch.setattr(setuptools, "setup", lambda **arguments: captured.update(arguments))
    monkeypatch.setattr(mypyc.build, "mypycify", mypycify)
    monkeypatch.setenv("LAGEBILD_NO_EXTENSIONS", "1")
    monkeypatch.chdir(ROOT)
    runpy.run_path(str(ROOT / "setup.py"))
    names = [extension.name for extension in captured["ext_modules"]]
    assert names == ["lagebild.linguistics._hanta_search"]
