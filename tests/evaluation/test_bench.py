"""Benchmark helpers: CSV reading, per-stage timing, CLI output."""

from __future__ import annotations

from pathlib import Path

from lagebild.evaluation import bench
from lagebild.pipeline import Analyzer


def test_read_news_handles_quoted_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("Politik;'Erster Satz; mit Semikolon.'\nSport;'Zweiter Text.'\n", "utf-8")
    assert bench.read_news(path, 5) == ["Erster Satz; mit Semikolon.", "Zweiter Text."]
    assert bench.read_news(path, 1) == ["Erster Satz; mit Semikolon."]


def test_time_articles_reports_every_stage() -> None:
    analyzer = Analyzer()
    result = bench.time_articles(analyzer, ["Die USA haben Russland aufgerufen."], repeat=2)
    assert result["articles"] == 1 and result["tokens"] >= 5
    assert set(analyzer.nlp.pipe_names) <= set(result["stage_ms_per_article"])
    assert result["tokens_per_s"] > 0
    assert bench.peak_rss_mb() > 10
