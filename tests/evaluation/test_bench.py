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
    assert result["collector_ms_per_article"] >= 0
    assert bench.peak_rss_mb() > 10


TEXTS = [
    "Die USA haben Russland in Genf zur Deeskalation aufgerufen.",
    "Rjabkow räumte ein, dass die Gespräche schwierig gewesen seien.",
    "Die NATO lehnte die Forderungen Moskaus am Mittwoch ab.",
]


def test_time_news_reports_medians_and_speeds_per_stage() -> None:
    result = bench.time_news(TEXTS, repeat=2)
    assert len(result["passes_tokens_per_cpu_s"]) == 2
    assert result["tokens_per_cpu_s"] > 0 and result["articles_per_cpu_s"] > 0
    assert {"lagebild_tagger", "lagebild_events"} <= set(result["stage_tokens_per_cpu_s"])
    assert all(speed > 0 for speed in result["stage_tokens_per_cpu_s"].values())


def test_references_count_the_same_words() -> None:
    from lagebild.evaluation import bench_references

    sentences = bench_references.sentences_of(TEXTS)
    assert sentences[0][:3] == ["Die", "USA", "haben"]
    hanta = bench_references.hanta_speed(sentences, repeat=1)
    assert hanta["tokens"] == sum(map(len, sentences)) and hanta["tokens_per_cpu_s"] > 0
    tokenizer = bench_references.tokenizer_speed(TEXTS, repeat=2)
    assert tokenizer["tokens"] >= hanta["tokens"] and tokenizer["tokens_per_cpu_s"] > 0
    assert tokenizer["warm_tokens_per_cpu_s"] > 0


def test_scaling_runs_one_and_two_worker_processes() -> None:
    from lagebild.evaluation import bench_scaling

    result = bench_scaling.scaling(TEXTS * 4, workers=2, repeat=1)
    assert result["articles"] == 12 and len(result["speedups"]) == 1
    assert result["articles_per_s_1"] > 0 and result["articles_per_s_2"] > 0
    assert bench_scaling.analyse_batch(TEXTS[:1]) == 1


def test_collector_clock_counts_only_collections_while_installed() -> None:
    import gc

    with bench.CollectorClock() as clock:
        gc.collect()
    counted = clock.seconds
    assert counted > 0
    gc.collect()  # after the clock is removed: not counted
    assert clock.seconds == counted
    assert clock._callback not in gc.callbacks
