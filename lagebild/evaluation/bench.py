"""Speed and memory benchmark: model load, per-article and per-stage time, peak RSS.

Load time is measured in fresh subprocesses (imports included, since that is what a user
waits for). Article timings run after one warm-up analysis. News articles come from the
10kGNAD test split (``label;'text'`` per line), read only from the shared folder.
"""

from __future__ import annotations

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
    analyzer: Any, document: Document, stages: dict[str, float],
    cpu_stages: dict[str, float] | None = None,
) -> float:
    """Run the pipeline stage by stage, adding each stage's wall seconds to ``stages`` and
    its CPU seconds to ``cpu_stages`` (on a shared machine CPU time is the steadier one)."""
    from lagebild.pipeline import to_analysis

    cpu = cpu_stages if cpu_stages is not None else {}
    start = time.perf_counter()

    def timed(name: str, step: Any) -> Any:
        wall, processor = time.perf_counter(), time.process_time()
        result = step()
        stages[name] = stages.get(name, 0.0) + time.perf_counter() - wall
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - processor
        return result

    doc = timed("tokenizer", lambda: analyzer.make_doc(document))
    for name, proc in analyzer.nlp.pipeline:
        doc = timed(name, lambda proc=proc, doc=doc: proc(doc))
    timed("to_analysis", lambda: to_analysis(doc, analyzer.nlp.pipe_names))
    return time.perf_counter() - start


def time_articles(analyzer: Any, texts: list[str], repeat: int) -> dict[str, Any]:
    """Median per-article seconds (over ``repeat`` passes), tokens/s and per-stage seconds."""
    documents = [Document(id=f"bench-{i}", text=text) for i, text in enumerate(texts)]
    tokens = sum(len(analyzer.nlp.make_doc(text)) for text in texts)
    _time_stages(analyzer, documents[0], {})  # warm-up: lazy loads, caches
    per_article: list[float] = []
    stages: dict[str, float] = {}
    cpu_stages: dict[str, float] = {}
    passes: list[float] = []
    cpu_passes: list[float] = []
    for _ in range(repeat):
        cpu_start = time.process_time()
        elapsed = [
            _time_stages(analyzer, document, stages, cpu_stages) for document in documents
        ]
        cpu_passes.append(time.process_time() - cpu_start)
        per_article.extend(elapsed)
        passes.append(sum(elapsed))
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
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports kilobytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def run_bench(shared: Path | None, articles: int = 20, repeat: int = 5) -> dict[str, Any]:
    from lagebild.pipeline import Analyzer

    result: dict[str, Any] = {"load": load_times(repeat), "skipped": []}
    analyzer = Analyzer()
    if shared is not None and (shared / SEED_TEXT).is_file():
        seed = (shared / SEED_TEXT).read_text(encoding="utf-8")
        result["seed"] = time_articles(analyzer, [seed], repeat)
    else:
        result["skipped"].append("seed: ../shared not found")
    if shared is not None and (shared / NEWS_CSV).is_file() and articles > 0:
        result["news"] = time_articles(analyzer, read_news(shared / NEWS_CSV, articles), 1)
    else:
        result["skipped"].append("news: 10kgnad-test.csv not found")
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def render(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 100)
    table = Table(title="lagebild bench")
    table.add_column("measure")
    table.add_column("value", justify="right")
    load = result["load"]
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
    table.add_row("peak RSS (MB)", f"{result['peak_rss_mb']:.0f}")
    for reason in result["skipped"]:
        table.add_row("skipped", reason)
    console.print(table)
