"""Speed and memory benchmark: model load, per-article and per-stage time, peak RSS.

Load time is measured in fresh subprocesses (imports included, since that is what a user
waits for). News articles come from the 10kGNAD test split (``label;'text'`` per line), read
only from the shared folder; each pass over them starts from a freshly built pipeline, so
every pass meets the words as new (a second pass through warm word caches would flatter the
tagger), and the figures are medians over the passes. In the same run, the same texts go
through the references (:mod:`lagebild.evaluation.bench_references`) and through 1 and 2
worker processes (:mod:`lagebild.evaluation.bench_scaling`).
"""

from __future__ import annotations

import gc
import json
import resource
import statistics
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Any

from lagebild.evaluation.suites import SEED_GOLD
from lagebild.readers.document import Document

NEWS_CSV = Path("data") / "news" / "10kgnad-test.csv"
SEED_TEXT = SEED_GOLD.with_name("000_520c29f28ee48caa.txt")

_LOAD_SCRIPT = """
import json, time
start = time.perf_counter()
from lagebild.pipeline import build_pipeline
imported = time.perf_counter()
build_pipeline()
done = time.perf_counter()
print(json.dumps({
    "import_s": imported - start, "build_s": done - imported, "total_s": done - start
}))
"""


def load_times(repeat: int) -> dict[str, float]:
    """Median import and ``build_pipeline`` time over ``repeat`` fresh interpreters."""
    runs = []
    for _ in range(repeat):
        output = subprocess.run(
            [sys.executable, "-c", _LOAD_SCRIPT], capture_output=True, text=True, check=True
        ).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def read_news(path: Path, limit: int) -> list[str]:
    """The first ``limit`` article texts of the 10kGNAD CSV."""
    from lagebild.readers.gnad import read_gnad

    documents = (item for item in read_gnad(path) if isinstance(item, Document))
    return [document.text for document in islice(documents, limit)]


def _time_stages(
    analyzer: Any,
    document: Document,
    stages: dict[str, float],
    cpu_stages: dict[str, float] | None = None,
) -> float:
    """Run the pipeline stage by stage, adding each stage's wall seconds to ``stages`` and
    its CPU seconds to ``cpu_stages`` (on a shared machine CPU time is the steadier one)."""
    from lagebild.pipeline import collector_paused, to_analysis

    cpu = cpu_stages if cpu_stages is not None else {}
    start = time.perf_counter()

    def timed(name: str, step: Any) -> Any:
        wall, processor = time.perf_counter(), time.process_time()
        result = step()
        stages[name] = stages.get(name, 0.0) + time.perf_counter() - wall
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - processor
        return result

    # as ``Analyzer.analyze`` runs it (the collection after the analysis counts in the pass)
    with collector_paused():
        doc = timed("tokenizer", lambda: analyzer.make_doc(document))
        for name, proc in analyzer.nlp.pipeline:
            doc = timed(name, lambda proc=proc, doc=doc: proc(doc))
        timed("to_analysis", lambda doc=doc: to_analysis(doc, analyzer.nlp.pipe_names))
        del doc
    return time.perf_counter() - start


class CollectorClock:
    """Wall seconds Python's cyclic garbage collector runs while the clock is installed.

    A collection runs inside whichever stage happened to allocate, so its time is part of the
    stage times; summed here it tells how much of the analysis is collection."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started

    def __enter__(self) -> CollectorClock:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)


def time_articles(analyzer: Any, texts: list[str], repeat: int) -> dict[str, Any]:
    """Median per-article seconds (over ``repeat`` passes), tokens/s and per-stage seconds."""
    documents = [Document(id=f"bench-{i}", text=text) for i, text in enumerate(texts)]
    _time_stages(analyzer, documents[0], {})  # warm-up: lazy loads, caches
    per_article: list[float] = []
    stages: dict[str, float] = {}
    cpu_stages: dict[str, float] = {}
    passes: list[float] = []
    cpu_passes: list[float] = []
    with CollectorClock() as collector:
        for _ in range(repeat):
            cpu_start = time.process_time()
            elapsed = [
                _time_stages(analyzer, document, stages, cpu_stages) for document in documents
            ]
            cpu_passes.append(time.process_time() - cpu_start)
            per_article.extend(elapsed)
            passes.append(sum(elapsed))
    # counted after the timed passes: counting first would fill the tokenizer's cache with
    # every chunk of the texts, and the first pass would no longer meet a new one
    tokens = sum(len(analyzer.nlp.make_doc(text)) for text in texts)
    total_runs = repeat * len(documents)
    return {
        "articles": len(documents),
        "tokens": tokens,
        "median_article_s": statistics.median(per_article),
        "tokens_per_s": tokens / statistics.median(passes),
        "tokens_per_cpu_s": tokens / max(statistics.median(cpu_passes), 1e-9),
        "stage_ms_per_article": {
            name: 1000 * seconds / total_runs for name, seconds in stages.items()
        },
        "stage_cpu_ms_per_article": {
            name: 1000 * seconds / total_runs for name, seconds in cpu_stages.items()
        },
        "collector_ms_per_article": 1000 * collector.seconds / total_runs,
    }


def time_news(texts: list[str], repeat: int) -> dict[str, Any]:
    """Per-article and per-stage time over ``repeat`` passes, each with a fresh pipeline.

    Tokens and articles per CPU second are given per stage and for the whole analysis
    (CPU seconds are per core: the passes run in one process)."""
    from lagebild.pipeline import Analyzer

    runs = []
    for _ in range(repeat):
        analyzer = Analyzer()
        _time_stages(analyzer, Document(id="warm-up", text="Die USA warnen Russland."), {})
        runs.append(time_articles(analyzer, texts, 1))
        del analyzer
    result = dict(runs[0])
    for key in ("median_article_s", "tokens_per_s", "tokens_per_cpu_s", "collector_ms_per_article"):
        result[key] = statistics.median(run[key] for run in runs)
    for key in ("stage_ms_per_article", "stage_cpu_ms_per_article"):
        result[key] = {
            stage: statistics.median(run[key][stage] for run in runs) for stage in runs[0][key]
        }
    result["passes_tokens_per_cpu_s"] = [run["tokens_per_cpu_s"] for run in runs]
    result["articles_per_cpu_s"] = result["tokens_per_cpu_s"] / result["tokens"] * len(texts)
    tokens_per_article = result["tokens"] / len(texts)
    result["stage_tokens_per_cpu_s"] = {
        stage: tokens_per_article / (ms / 1000) if ms > 0 else float("inf")
        for stage, ms in result["stage_cpu_ms_per_article"].items()
    }
    return result


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports kilobytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def compiled_search_built() -> bool:
    """Whether this install runs the compiled HanTa searches (they are optional: an install
    without a C compiler runs the same searches in Python, slower)."""
    from lagebild.linguistics.compiled_search import compiled_searches

    return compiled_searches() is not None


def compiled_packages() -> list[str]:
    """The analysis packages that run compiled by mypyc in this process (optional, as the
    HanTa searches are: where none is, their Python source runs)."""
    from lagebild.compiled_modules import COMPILED_PACKAGES, running_compiled

    return [package for package in COMPILED_PACKAGES if running_compiled(package)]


def run_bench(
    shared: Path | None, articles: int = 20, repeat: int = 3, workers: int = 2
) -> dict[str, Any]:
    """Load time, seed and news timings, peak memory; with news, also the references and
    the scaling to ``workers`` processes (``workers`` < 2 leaves the scaling out)."""
    from lagebild.evaluation import bench_references, bench_scaling
    from lagebild.pipeline import Analyzer

    result: dict[str, Any] = {
        "load": load_times(repeat),
        "compiled_search": compiled_search_built(),
        "compiled_packages": compiled_packages(),
        "skipped": [],
    }
    if shared is not None and (shared / SEED_TEXT).is_file():
        seed = (shared / SEED_TEXT).read_text(encoding="utf-8")
        result["seed"] = time_articles(Analyzer(), [seed], repeat)
    else:
        result["skipped"].append("seed: ../shared not found")
    if shared is None or not (shared / NEWS_CSV).is_file() or articles <= 0:
        result["skipped"].append("news: 10kgnad-test.csv not found")
        result["peak_rss_mb"] = peak_rss_mb()
        return result
    texts = read_news(shared / NEWS_CSV, articles)
    result["news"] = time_news(texts, repeat)
    # Peak memory of the analysis itself, before the references load their own models.
    result["peak_rss_mb"] = peak_rss_mb()
    result["tokenizer"] = bench_references.tokenizer_speed(texts, repeat)
    result["hanta"] = bench_references.hanta_speed(bench_references.sentences_of(texts), repeat)
    news = result["news"]["tokens_per_cpu_s"]
    result["ratios"] = {
        "analysis_vs_tokenizer": news / result["tokenizer"]["tokens_per_cpu_s"],
        "analysis_vs_warm_tokenizer": news / result["tokenizer"]["warm_tokens_per_cpu_s"],
        "analysis_vs_hanta": news / result["hanta"]["tokens_per_cpu_s"],
    }
    if workers >= 2:
        result["scaling"] = bench_scaling.scaling(texts, workers, repeat)
    return result


def render(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 100)
    table = Table(title="lagebild bench")
    table.add_column("measure")
    table.add_column("value", justify="right")
    load = result["load"]
    table.add_row("compiled HanTa searches", "yes" if result["compiled_search"] else "no")
    table.add_row("packages compiled by mypyc", ", ".join(result["compiled_packages"]) or "none")
    table.add_row("load: import (s, median)", f"{load['import_s']:.3f}")
    table.add_row("load: build_pipeline (s, median)", f"{load['build_s']:.3f}")
    for name in ("seed", "news"):
        if name not in result:
            continue
        part = result[name]
        table.add_row(f"{name}: articles / tokens", f"{part['articles']} / {part['tokens']}")
        table.add_row(f"{name}: median s per article", f"{part['median_article_s']:.4f}")
        table.add_row(f"{name}: tokens/s", f"{part['tokens_per_s']:.0f}")
        table.add_row(f"{name}: tokens/CPU s", f"{part['tokens_per_cpu_s']:.0f}")
        cpu = part["stage_cpu_ms_per_article"]
        for stage, ms in part["stage_ms_per_article"].items():
            table.add_row(f"{name}: {stage} (ms/article, CPU ms)", f"{ms:.2f} ({cpu[stage]:.2f})")
    if "news" in result:
        news = result["news"]
        table.add_row("news: articles/CPU s", f"{news['articles_per_cpu_s']:.1f}")
        table.add_row(
            "news: garbage collection (ms/article, within the stages)",
            f"{news['collector_ms_per_article']:.2f}",
        )
        for stage, speed in news["stage_tokens_per_cpu_s"].items():
            table.add_row(f"news: {stage} (tokens/CPU s)", f"{speed:,.0f}")
        table.add_row(
            "news: tokens/CPU s per pass",
            ", ".join(f"{speed:,.0f}" for speed in news["passes_tokens_per_cpu_s"]),
        )
    for name, label in (("tokenizer", "bare spaCy tokenizer, fresh"), ("hanta", "HanTa alone")):
        if name in result:
            table.add_row(f"{label} (tokens/CPU s)", f"{result[name]['tokens_per_cpu_s']:,.0f}")
    if "tokenizer" in result:
        warm = result["tokenizer"]["warm_tokens_per_cpu_s"]
        table.add_row("bare spaCy tokenizer, second pass (tokens/CPU s)", f"{warm:,.0f}")
    if "ratios" in result:
        ratios = result["ratios"]
        table.add_row("analysis / bare tokenizer", f"{ratios['analysis_vs_tokenizer']:.1%}")
        table.add_row(
            "analysis / bare tokenizer, second pass", f"{ratios['analysis_vs_warm_tokenizer']:.1%}"
        )
        table.add_row("analysis / HanTa alone", f"{ratios['analysis_vs_hanta']:.2f}x")
    if "scaling" in result:
        scale = result["scaling"]
        workers = scale["workers"]
        table.add_row("articles/s, 1 worker process", f"{scale['articles_per_s_1']:.1f}")
        table.add_row(
            f"articles/s, {workers} worker processes", f"{scale[f'articles_per_s_{workers}']:.1f}"
        )
        table.add_row(
            f"speed-up 1 -> {workers} (median of pairs)",
            f"{scale['speedup']:.2f}x ({', '.join(f'{r:.2f}' for r in scale['speedups'])})",
        )
    table.add_row("peak RSS of the analysis (MB)", f"{result['peak_rss_mb']:.0f}")
    for reason in result["skipped"]:
        table.add_row("skipped", reason)
    console.print(table)
