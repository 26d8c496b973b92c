"""scripts/stage_times.py: one JSON line with the speed and every stage's CPU time."""

from __future__ import annotations

import json
import sys

import pytest
from script_modules import load_script

from lagebild.evaluation.bench import NEWS_CSV
from lagebild.paths import shared_dir


def test_stage_times_prints_every_stage(monkeypatch, capsys) -> None:
    shared = shared_dir()
    if shared is None or not (shared / NEWS_CSV).is_file():
        pytest.skip("../shared/data/news/10kgnad-test.csv not found")
    monkeypatch.setattr(sys, "argv", ["stage_times.py", "2"])
    load_script("stage_times").main()
    result = json.loads(capsys.readouterr().out)
    assert result["tokens_per_cpu_s"] > 0
    stages = result["stage_cpu_ms_per_article"]
    assert {"tokenizer", "lagebild_tagger", "lagebild_events", "to_analysis"} <= set(stages)
