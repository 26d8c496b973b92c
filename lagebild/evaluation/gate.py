"""The evaluation gate: measured scores against the floors in ``floors.toml``.

A floor is a lower bound (``score >= floor``), a ceiling an upper bound for counts that
should stay low (negated events asserted as fact). Metrics of a suite that was skipped
(shared data or a module missing) are reported, not failed; a floor whose metric is
missing from a suite that did run fails, so renamed metrics cannot slip through.
"""

from __future__ import annotations

import math
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.evaluation.suites import SUITES, SuiteResult, run_suite

FLOORS_PATH = Path(__file__).with_name("floors.toml")
FLOOR_MARGIN = 0.02

FLOORS_HEADER = """\
# Evaluation floors for `lagebild eval` (the regression gate).
#
# Each floor is what the pipeline measured when the file was last updated, minus a small
# margin (0.02), rounded down; never above the measured score. Ceilings bound counts that
# must not grow (negated gold events that the system asserts as fact). These are
# regression floors, NOT the quality targets of the issues: those are tracked separately.
# Regenerate with `lagebild eval --update-floors` after a real improvement.
#
# Keys are "<suite>.<metric>"; suites: seed (seed article), gold (gold/dev, micro-averaged
# over files), wikinews (quotes-wikinews dev), ud (UD German GSD dev), ner (the shipped
# NER model on SmartData v1 test).
"""


@dataclass
class Bounds:
    floors: dict[str, float] = field(default_factory=dict)
    ceilings: dict[str, float] = field(default_factory=dict)


@dataclass
class Check:
    metric: str
    score: float | None
    bound: float
    kind: str  # "floor" or "ceiling"
    status: str  # "ok", "FAIL", "not measured"


def load_bounds(path: Path = FLOORS_PATH) -> Bounds:
    if not path.is_file():
        return Bounds()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Bounds(
        {key: float(value) for key, value in data.get("floors", {}).items()},
        {key: float(value) for key, value in data.get("ceilings", {}).items()},
    )


def run_gate(shared: Path, only: str | None, analyzer: Any) -> list[SuiteResult]:
    names = [only] if only else list(SUITES)
    results: list[SuiteResult] = []
    for name in names:
        try:
            results.append(run_suite(name, shared, analyzer))
        except Exception as error:  # a crashing suite fails the gate instead of aborting it
            results.append(SuiteResult(name, error=f"{type(error).__name__}: {error}"))
    return results


def check(results: list[SuiteResult], bounds: Bounds) -> list[Check]:
    scores = {key: value for result in results for key, value in result.scores.items()}
    ran = {result.name for result in results if result.skipped is None}
    checks: list[Check] = [
        Check(result.name, None, 0.0, "floor", "FAIL") for result in results if result.error
    ]
    for kind, table in (("floor", bounds.floors), ("ceiling", bounds.ceilings)):
        for metric, bound in sorted(table.items()):
            suite = metric.split(".", 1)[0]
            if suite not in {result.name for result in results}:
                continue  # not selected with --only
            score = scores.get(metric)
            if score is None:
                status = "FAIL" if suite in ran else "not measured"
            elif kind == "floor":
                status = "ok" if score >= bound - 1e-9 else "FAIL"
            else:
                status = "ok" if score <= bound + 1e-9 else "FAIL"
            checks.append(Check(metric, score, bound, kind, status))
    return checks


def _gated(metric: str, value: float) -> bool:
    """Which measured metrics get a floor: F1s and accuracies, not per-type breakdowns."""
    if not 0.0 <= value <= 1.0 or ".types." in metric:
        return False
    return metric.endswith(("f1", "accuracy"))


def updated_bounds(results: list[SuiteResult], old: Bounds, margin: float = FLOOR_MARGIN) -> Bounds:
    """New bounds from measured scores; metrics of suites not run keep their old bounds."""
    bounds = Bounds(dict(old.floors), dict(old.ceilings))
    for result in results:
        if result.skipped is not None or result.error is not None:
            continue
        prefix = f"{result.name}."
        for table in (bounds.floors, bounds.ceilings):
            for key in [key for key in table if key.startswith(prefix)]:
                del table[key]
        for metric, value in result.scores.items():
            if metric.endswith("events_negated_asserted"):
                bounds.ceilings[metric] = value
            elif _gated(metric, value):
                floor = math.floor((value - margin) * 100) / 100
                if floor > 0:  # a zero floor guards nothing
                    bounds.floors[metric] = floor
    return bounds


def write_bounds(bounds: Bounds, path: Path = FLOORS_PATH) -> None:
    lines = [FLOORS_HEADER, "[floors]"]
    lines += [f'"{key}" = {value:.2f}' for key, value in sorted(bounds.floors.items())]
    lines += ["", "[ceilings]"]
    lines += [f'"{key}" = {value:g}' for key, value in sorted(bounds.ceilings.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _rows(scores: dict[str, float]) -> dict[str, dict[str, float]]:
    """Group ``x.p``/``x.r``/``x.f1`` under ``x``; other metrics keep their name as ``value``."""
    parts = {"p": "p", "r": "r", "f1": "f1", "precision": "p", "recall": "r"}
    rows: dict[str, dict[str, float]] = {}
    for metric, value in sorted(scores.items()):
        base, _, part = metric.rpartition(".")
        if part in parts and base:
            rows.setdefault(base, {})[parts[part]] = value
        else:
            rows.setdefault(metric, {})["value"] = value
    return rows


def render(results: list[SuiteResult], checks: list[Check]) -> None:
    """Print the scores and their bounds as a rich table, one row per metric."""
    from rich.console import Console
    from rich.table import Table

    bounds = {item.metric: item for item in checks}
    table = Table(title="lagebild eval")
    table.add_column("metric", no_wrap=True)
    for column in ("P", "R", "F1 / value", "bound"):
        table.add_column(column, justify="right")
    table.add_column("status")
    for result in results:
        if result.skipped or result.error:
            note = f"skipped: {result.skipped}" if result.skipped else f"ERROR {result.error}"
            table.add_row(result.name, "", "", "", "", note, style="red" if result.error else None)
            continue
        for base, parts in _rows(result.scores).items():
            key = f"{base}.f1" if "f1" in parts else base
            item = bounds.get(key)
            sign = "" if item is None else ("≥ " if item.kind == "floor" else "≤ ")
            table.add_row(
                base,
                f"{parts['p']:.3f}" if "p" in parts else "",
                f"{parts['r']:.3f}" if "r" in parts else "",
                f"{parts.get('f1', parts.get('value', 0.0)):.3f}",
                "" if item is None else f"{sign}{item.bound:.2f}",
                "" if item is None else item.status,
                style="red" if item is not None and item.status == "FAIL" else None,
            )
    for item in checks:
        if item.score is None and item.metric not in {result.name for result in results}:
            table.add_row(item.metric, "", "", "—", f"{item.bound:.2f}", item.status)
    # Pipes and CI logs get a fixed width wide enough for the metric names.
    Console(width=None if sys.stdout.isatty() else 120).print(table)


def report_json(results: list[SuiteResult], checks: list[Check], shared: Path) -> dict:
    return {
        "shared": str(shared),
        "scores": {k: v for result in results for k, v in result.scores.items()},
        "skipped": {result.name: result.skipped for result in results if result.skipped},
        "errors": {result.name: result.error for result in results if result.error},
        "details": {result.name: result.details for result in results if result.details},
        "checks": [vars(item) for item in checks],
        "failures": [item.metric for item in checks if item.status == "FAIL"],
    }
