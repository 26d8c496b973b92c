"""The analysis packages run compiled where mypyc built them, and their source where the
compiled modules are switched off, missing or older than the source."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from lagebild.compiled_modules import (
    COMPILED_PACKAGES,
    SourceFinder,
    running_compiled,
    source_packages,
)

ROOT = Path(__file__).resolve().parents[1]
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def fake_tree(tmp_path: Path, built: bool, checkout: bool = True) -> Path:
    """A ``lagebild`` folder with the compiled packages' sources, and their (empty) mypyc
    libraries written after them where ``built``."""
    root = tmp_path / "lagebild"
    for package in COMPILED_PACKAGES:
        (root / package).mkdir(parents=True)
        for name in ("__init__.py", "rules.py"):
            (root / package / name).write_text("")
            os.utime(root / package / name, (1_000, 1_000))
        if built:
            (root / f"{package}__mypyc{SUFFIX}").write_bytes(b"")
            os.utime(root / f"{package}__mypyc{SUFFIX}", (2_000, 2_000))
    if checkout:
        (tmp_path / "pyproject.toml").write_text("")
    return root


def test_built_packages_run_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAGEBILD_NO_EXTENSIONS", raising=False)
    assert source_packages(fake_tree(tmp_path, built=True)) == []


def test_a_package_without_a_library_runs_every_package_from_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # never built, or the library's build failed: its per-module extensions alone would fail,
    # and compiled packages beside its source would reject its classes
    monkeypatch.delenv("LAGEBILD_NO_EXTENSIONS", raising=False)
    root = fake_tree(tmp_path, built=True)
    (root / f"quotes__mypyc{SUFFIX}").unlink()
    with pytest.warns(RuntimeWarning, match="quotes not built"):
        assert source_packages(root) == list(COMPILED_PACKAGES)


def test_a_pure_python_install_runs_its_source_without_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LAGEBILD_NO_EXTENSIONS", raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert source_packages(fake_tree(tmp_path, built=False)) == list(COMPILED_PACKAGES)


def test_switched_off_every_package_runs_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGEBILD_NO_EXTENSIONS", "1")
    assert source_packages(fake_tree(tmp_path, built=True)) == list(COMPILED_PACKAGES)


def test_an_edited_package_runs_every_package_from_source_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # compiled entities would reject the classes of places run from source (a TypeError)
    monkeypatch.delenv("LAGEBILD_NO_EXTENSIONS", raising=False)
    root = fake_tree(tmp_path, built=True)
    os.utime(root / "events" / "rules.py", (3_000, 3_000))
    with pytest.warns(RuntimeWarning, match="events older than their source"):
        assert source_packages(root) == list(COMPILED_PACKAGES)


def test_an_installed_package_is_not_checked_for_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a wheel's files are written in no set order: a source newer than its library is no sign
    monkeypatch.delenv("LAGEBILD_NO_EXTENSIONS", raising=False)
    root = fake_tree(tmp_path, built=True, checkout=False)
    os.utime(root / "events" / "rules.py", (3_000, 3_000))
    assert source_packages(root) == []


def test_the_finder_gives_the_source_of_the_chosen_packages_only(tmp_path: Path) -> None:
    root = fake_tree(tmp_path, built=True)
    finder = SourceFinder(root, ["quotes"])
    package = finder.find_spec("lagebild.quotes", None)
    assert package is not None and package.origin == str(root / "quotes" / "__init__.py")
    assert package.submodule_search_locations == [str(root / "quotes")]
    module = finder.find_spec("lagebild.quotes.rules", [str(root / "quotes")])
    assert module is not None and module.origin == str(root / "quotes" / "rules.py")
    assert finder.find_spec("lagebild.events.rules", [str(root / "events")]) is None
    assert finder.find_spec("lagebild.quotes._search", [str(root / "quotes")]) is None
    assert finder.find_spec("lagebild", None) is None


ANALYSE_SEED = """
import sys
import warnings
from pathlib import Path
from lagebild.compiled_modules import running_compiled
from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document
text = Path("examples/seed.txt").read_text(encoding="utf-8")
analysis = Analyzer().analyze(Document(id="seed", text=text, published="2022-01-10"))
print([running_compiled(package) for package in sys.argv[1:]])
print(analysis.model_dump_json())
"""


def analyse_seed(switched_off: bool) -> tuple[list[bool], dict]:
    environment = {**os.environ, "LAGEBILD_NO_EXTENSIONS": "1" if switched_off else ""}
    result = subprocess.run(
        [sys.executable, "-c", ANALYSE_SEED, *COMPILED_PACKAGES],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    compiled, analysis = result.stdout.splitlines()
    return json.loads(compiled.lower()), json.loads(analysis)


def test_compiled_and_source_give_the_same_analysis() -> None:
    if not all(running_compiled(package) for package in COMPILED_PACKAGES):
        pytest.skip("the analysis packages are not compiled here (no C compiler at install)")
    compiled_flags, compiled = analyse_seed(switched_off=False)
    source_flags, source = analyse_seed(switched_off=True)
    assert compiled_flags == [True] * len(COMPILED_PACKAGES)
    assert source_flags == [False] * len(COMPILED_PACKAGES)
    assert compiled == source
    assert compiled["quotes"] and compiled["events"] and compiled["entities"]
