"""The gate's suites: seed, gold/dev, quotes-wikinews dev, UD GSD dev and SmartData test (NER).

Each suite returns flat ``{"<suite>.<metric>": value}`` scores. The UD and Wikinews
suites call functions owned by other modules and are imported lazily, so the gate still
runs (and says what it skipped) while those modules are missing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.evaluation.gold import load_gold, score_analysis
from lagebild.evaluation.metrics import Layer, flatten, merge

SUITES: tuple[str, ...] = ("seed", "gold", "wikinews", "ud", "ner")
SEED_GOLD = Path("seed") / "000_520c29f28ee48caa.gold.json"
GOLD_DEV = Path("gold") / "dev"
WIKINEWS_DEV = Path("data") / "quotes-wikinews" / "dev"
UD_DEV = Path("data") / "ud" / "de_gsd-ud-dev.conllu"
SMARTDATA_TEST = Path("data") / "ner" / "smartdata-v1" / "test.json.gz"


@dataclass
class SuiteResult:
    name: str
    scores: dict[str, float] = field(default_factory=dict)
    details: dict[str, list[str]] = field(default_factory=dict)  # gold file -> misses
    skipped: str | None = None  # why the suite did not run
    error: str | None = None  # the suite crashed; the gate fails


def _score_gold_files(
    paths: list[Path], shared: Path, analyzer: Any, details: dict[str, list[str]] | None
) -> dict[str, float]:
    from lagebild.evaluation.explain import explain

    cards: list[Layer] = []
    for path in paths:
        gold_document = load_gold(path, shared)
        analysis = analyzer.analyze(gold_document.document())
        cards.append(score_analysis(analysis, gold_document.gold))
        if details is not None:
            details[path.name] = explain(analysis, gold_document.gold)
    return flatten(merge(cards))


def _prefixed(name: str, scores: dict[str, float]) -> dict[str, float]:
    return {f"{name}.{key}": value for key, value in scores.items()}


def flatten_numbers(data: dict, prefix: str = "") -> dict[str, float]:
    """Numbers of a nested dict as dotted keys; other values are dropped."""
    flat: dict[str, float] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten_numbers(value, f"{name}."))
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int | float):
            flat[name] = float(value)
    return flat


def _external(module: str, function: str) -> Callable[..., Any] | None:
    """A function from a module that may not exist yet."""
    try:
        return getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError):
        return None


def run_suite(name: str, shared: Path, analyzer: Any) -> SuiteResult:
    if name in {"seed", "gold"}:
        paths = (
            [shared / SEED_GOLD]
            if name == "seed"
            else sorted((shared / GOLD_DEV).glob("*.gold.json"))
        )
        if not paths:
            return SuiteResult(name, skipped=f"no gold files in {shared / GOLD_DEV}")
        details: dict[str, list[str]] = {}
        scores = _score_gold_files(paths, shared, analyzer, details)
        return SuiteResult(name, _prefixed(name, scores), details)
    if name == "wikinews":
        evaluate = _external("lagebild.evaluation.wikinews", "evaluate_wikinews")
        if evaluate is None:
            return SuiteResult(name, skipped="lagebild.evaluation.wikinews not available yet")
        folder = shared / WIKINEWS_DEV
        if not folder.is_dir():
            return SuiteResult(name, skipped=f"{folder} not found")
        return SuiteResult(name, _prefixed(name, flatten_numbers(evaluate(folder, analyzer))))
    if name == "ud":
        evaluate = _external("lagebild.evaluation.ud", "evaluate_ud")
        if evaluate is None:
            return SuiteResult(name, skipped="lagebild.evaluation.ud not available yet")
        conllu = shared / UD_DEV
        if not conllu.is_file():
            return SuiteResult(name, skipped=f"{conllu} not found")
        return SuiteResult(name, _prefixed(name, flatten_numbers(evaluate(conllu))))
    if name == "ner":
        from lagebild.evaluation.ner import evaluate_ner

        smartdata = shared / SMARTDATA_TEST
        if not smartdata.is_file():
            return SuiteResult(name, skipped=f"{smartdata} not found")
        return SuiteResult(name, _prefixed(name, flatten_numbers(evaluate_ner(smartdata))))
    raise ValueError(f"unknown suite {name!r}; choose from {', '.join(SUITES)}")
