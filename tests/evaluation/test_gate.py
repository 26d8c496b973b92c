"""The evaluation gate and its CLI command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.evaluation import gate
from lagebild.evaluation.suites import SuiteResult, flatten_numbers

runner = CliRunner()


def fake_results(score: float) -> list[SuiteResult]:
    return [
        SuiteResult("seed", {"seed.quotes.f1": score, "seed.events_negated_asserted": 0.0}),
        SuiteResult("ud", skipped="lagebild.evaluation.ud not available yet"),
    ]


@pytest.fixture
def fake_gate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Score and bounds stand-ins, and a shared folder that exists."""

    def install(score: float, floor: float) -> None:
        monkeypatch.setenv("LAGEBILD_SHARED", str(tmp_path))
        monkeypatch.setattr(gate, "run_gate", lambda shared, only, analyzer: fake_results(score))
        bounds = gate.Bounds(
            {"seed.quotes.f1": floor, "ud.upos_accuracy": 0.9}, {"seed.events_negated_asserted": 0}
        )
        monkeypatch.setattr(gate, "load_bounds", lambda path=gate.FLOORS_PATH: bounds)

    return install


def test_gate_fails_when_a_floor_is_not_met(fake_gate) -> None:
    fake_gate(score=0.40, floor=0.50)
    result = runner.invoke(app, ["eval", "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["failures"] == ["seed.quotes.f1"]


def test_gate_passes_when_floors_are_met_and_skipped_suites_do_not_fail(fake_gate) -> None:
    fake_gate(score=0.60, floor=0.50)
    result = runner.invoke(app, ["eval"])
    assert result.exit_code == 0, result.stdout
    assert "skipped" in result.stdout


def test_gate_skips_when_shared_is_absent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LAGEBILD_SHARED", str(tmp_path / "missing"))
    result = runner.invoke(app, ["eval"])
    assert result.exit_code == 0
    assert "skipped: ../shared not found" in result.stdout


def test_missing_metric_of_a_suite_that_ran_fails() -> None:
    results = [SuiteResult("seed", {})]
    [check] = gate.check(results, gate.Bounds({"seed.quotes.f1": 0.1}))
    assert check.status == "FAIL"


def test_ceiling_bounds_counts() -> None:
    results = [SuiteResult("seed", {"seed.events_negated_asserted": 2.0})]
    [check] = gate.check(results, gate.Bounds(ceilings={"seed.events_negated_asserted": 1}))
    assert check.status == "FAIL"


def test_updated_floors_are_below_measured_scores(tmp_path: Path) -> None:
    results = [
        SuiteResult(
            "seed",
            {"seed.quotes.f1": 0.737, "seed.quotes.p": 0.9, "seed.events_negated_asserted": 1.0},
        ),
        SuiteResult("ud", skipped="missing"),
    ]
    old = gate.Bounds({"ud.upos_accuracy": 0.9, "seed.gone.f1": 0.5})
    bounds = gate.updated_bounds(results, old)
    assert bounds.floors == {"seed.quotes.f1": 0.71, "ud.upos_accuracy": 0.9}
    assert bounds.ceilings == {"seed.events_negated_asserted": 1.0}
    path = tmp_path / "floors.toml"
    gate.write_bounds(bounds, path)
    assert gate.load_bounds(path) == bounds


def test_flatten_numbers_keeps_nested_numbers_only() -> None:
    data = {"quotes": {"f1": 0.5, "n": 3}, "name": "x", "ok": True}
    assert flatten_numbers(data) == {"quotes.f1": 0.5, "quotes.n": 3.0}


def test_committed_floors_file_parses() -> None:
    bounds = gate.load_bounds()
    assert all(0.0 <= value <= 1.0 for value in bounds.floors.values())


def test_end_to_end_gate_on_seed(shared: Path) -> None:
    result = runner.invoke(app, ["eval", "--only", "seed", "--json", "--shared", str(shared)])
    report = json.loads(result.stdout)
    assert "seed.quotes.f1" in report["scores"]
    assert result.exit_code == (1 if report["failures"] else 0)
    assert not report["failures"], report["failures"]


def test_crashing_suite_fails_the_gate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def crash(name, shared, analyzer):
        raise RuntimeError("boom")

    monkeypatch.setattr(gate, "run_suite", crash)
    [result] = gate.run_gate(tmp_path, "seed", analyzer=None)
    assert result.error == "RuntimeError: boom"
    assert [check.status for check in gate.check([result], gate.Bounds())] == ["FAIL"]


def test_shared_dir_honours_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from lagebild.paths import repo_root, shared_dir

    monkeypatch.setenv("LAGEBILD_SHARED", str(tmp_path))
    assert shared_dir() == tmp_path.resolve()
    monkeypatch.setenv("LAGEBILD_SHARED", str(tmp_path / "nope"))
    assert shared_dir() is None
    assert (repo_root() / "lagebild").is_dir()
