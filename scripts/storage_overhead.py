"""What storing adds to analysing: CPU per document for analysis vs fingerprint, rows
(:func:`lagebild.store.rows.prepare`, done by the ingest workers) and the store write (done
by the one writing process).

Usage: python scripts/storage_overhead.py [N] [DB]   (N 10kGNAD test articles, default 100)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from lagebild.ingest import TableOptions, read_sources
from lagebild.paths import shared_dir
from lagebild.pipeline import Analyzer
from lagebild.store import open_store
from lagebild.store.fingerprint import fingerprint
from lagebild.store.rows import prepare
from lagebild.store.writer import save_prepared


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    db = sys.argv[2] if len(sys.argv) > 2 else str(Path(tempfile.mkdtemp()) / "overhead.db")
    shared = shared_dir()
    if shared is None:
        sys.exit("../shared not found")
    table = TableOptions(text_column="2", source_column="1", header=False)
    source = str(shared / "data" / "news" / "10kgnad-test.csv")
    documents = list(islice(read_sources([source], "2022-01-10", table), count))
    analyzer = Analyzer()
    analyzer.analyze(documents[0])  # load everything once
    engine = open_store(db)
    analysis_cpu, fingerprint_cpu, rows_cpu, save_cpu = [], [], [], []
    for document in documents:
        start = time.process_time()
        analysis = analyzer.analyze(document)
        analysis_cpu.append(time.process_time() - start)
        start = time.process_time()
        prints = fingerprint(document.text)
        fingerprint_cpu.append(time.process_time() - start)
        start = time.process_time()
        rows = prepare(analysis, prints)
        rows_cpu.append(time.process_time() - start)
        start = time.process_time()
        with engine.begin() as connection:
            save_prepared(connection, rows)
        save_cpu.append(time.process_time() - start)
    total = sum(analysis_cpu)
    print(f"{len(documents)} documents into {db}")
    for label, values in (
        ("analysis", analysis_cpu),
        ("fingerprint", fingerprint_cpu),
        ("rows", rows_cpu),
        ("store write", save_cpu),
    ):
        print(
            f"{label:12s} CPU total {sum(values):.2f} s, "
            f"median {statistics.median(values) * 1000:.1f} ms/document"
        )
    overhead = (sum(fingerprint_cpu) + sum(rows_cpu) + sum(save_cpu)) / total * 100
    print(f"storage overhead (fingerprint + rows + write) / analysis = {overhead:.1f} %")


if __name__ == "__main__":
    main()
