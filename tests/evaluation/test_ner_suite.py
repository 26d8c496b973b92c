"""The gate's NER suite: SmartData-format input built by hand, scored by the shipped model."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from lagebild.evaluation.ner import ModelCommonNouns, evaluate_ner
from lagebild.evaluation.suites import SMARTDATA_TEST, run_suite
from lagebild.ner import load_ner
from lagebild.ner.rules import Lexicon

TEXT = "Bundeskanzlerin Angela Merkel reist am Montag nach Paris."


def _mention(text: str, surface: str, concept: str) -> dict:
    start = text.index(surface)
    return {"span": {"start": start, "end": start + len(surface)}, "type": concept}


def _write_smartdata(path: Path, mentions: list[dict]) -> Path:
    record = {"text": {"string": TEXT}, "conceptMentions": {"array": mentions}}
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(record, indent=2))
    return path


def test_model_common_nouns_reads_the_gazetteer() -> None:
    nouns = ModelCommonNouns(Lexicon(load_ner().vocab))
    assert "Regierung" in nouns
    assert "Montag" in nouns
    assert "Merkel" not in nouns
    assert 42 not in nouns


def test_scores_the_shipped_model_against_the_gold_spans(tmp_path: Path) -> None:
    gold = [_mention(TEXT, "Angela Merkel", "person"), _mention(TEXT, "Paris", "location-city")]
    report = evaluate_ner(_write_smartdata(tmp_path / "test.json.gz", gold))
    assert report["documents"] == 1
    assert report["micro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report["types"]["PER"]["f1"] == 1.0


def test_a_span_the_model_misses_lowers_recall(tmp_path: Path) -> None:
    gold = [_mention(TEXT, "Angela Merkel", "person"), _mention(TEXT, "Montag", "location")]
    report = evaluate_ner(_write_smartdata(tmp_path / "test.json.gz", gold))
    assert report["micro"]["recall"] == 0.5


def test_suite_skips_without_the_data_set(tmp_path: Path) -> None:
    result = run_suite("ner", tmp_path, analyzer=None)
    assert result.skipped is not None and "test.json.gz" in result.skipped


def test_suite_reports_prefixed_scores(tmp_path: Path) -> None:
    gold = [_mention(TEXT, "Angela Merkel", "person"), _mention(TEXT, "Paris", "location-city")]
    _write_smartdata(tmp_path / SMARTDATA_TEST, gold)
    result = run_suite("ner", tmp_path, analyzer=None)
    assert result.scores["ner.micro.f1"] == 1.0
    assert result.scores["ner.documents"] == 1.0
