"""CPU time of each pipeline stage on the first N 10kGNAD test articles, as one JSON line.

For an A/B of two versions of the code in one sitting: check each out into a git worktree,
build its extensions there (``python setup.py build_ext --inplace``; copying ``build/`` with
its mtimes first spares the unchanged packages), and run this script under each one's
``PYTHONPATH``, alternating several times; compare the medians per stage. Stages neither
version touched show how steady the machine was. ``LAGEBILD_NO_EXTENSIONS=1`` runs the
Python source of the same checkout instead of its compiled modules.

    PYTHONPATH=/tmp/ab-old .venv/bin/python scripts/stage_times.py 300
    PYTHONPATH=/tmp/ab-new .venv/bin/python scripts/stage_times.py 300
"""

from __future__ import annotations

import argparse
import json

from lagebild.evaluation.bench import NEWS_CSV, read_news, time_articles
from lagebild.paths import shared_dir
from lagebild.pipeline import Analyzer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("articles", type=int, nargs="?", default=300)
    args = parser.parse_args()
    shared = shared_dir()
    if shared is None or not (shared / NEWS_CSV).is_file():
        parser.error("../shared/data/news/10kgnad-test.csv not found (set LAGEBILD_SHARED)")
    texts = read_news(shared / NEWS_CSV, args.articles)
    timed = time_articles(Analyzer(), texts, 1)
    print(
        json.dumps(
            {
                "tokens_per_cpu_s": timed["tokens_per_cpu_s"],
                "stage_cpu_ms_per_article": timed["stage_cpu_ms_per_article"],
            }
        )
    )


if __name__ == "__main__":
    main()
