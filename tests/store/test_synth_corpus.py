"""scripts/synth_corpus.py: replicated stores keep every annotation and stay searchable."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType

from script_modules import load_script
from store_analyses import cooperation_analysis, threat_analysis

from lagebild.store import open_store, queries
from lagebild.store.fingerprint import fingerprint
from lagebild.store.writer import save_analysis


def synth_module() -> ModuleType:
    return load_script("synth_corpus")


def test_replicate_to_a_partial_last_copy(tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    engine = open_store(str(source))
    with engine.begin() as connection:
        for analysis in (threat_analysis("a1"), cooperation_analysis("b1")):
            save_analysis(connection, analysis, fingerprint(analysis.text))
    engine.dispose()
    target = tmp_path / "synth.db"

    counts = synth_module().replicate(source, target, documents=7)

    assert counts["documents"] == 7
    with sqlite3.connect(target) as connection:
        hashes = connection.execute(
            "SELECT count(DISTINCT content_hash), count(DISTINCT normalised_hash), "
            "count(DISTINCT doc_id), min(length(content_hash)) FROM documents"
        ).fetchone()
        assert hashes == (7, 7, 7, 64)
        orphans = connection.execute(
            "SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        assert orphans == 0
        triggers = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
        ).fetchone()[0]
        assert triggers == 6
    # 4 copies of a1 (ids 1, 3, 5, 7) and 3 of b1: searchable, queryable, not duplicates.
    synth = open_store(str(target))
    assert len(queries.search(synth, "Russland droht")) == 4
    assert len(queries.events(synth, actor="RUS", recipient="UKR", type="THREATEN")) == 4
    assert len(queries.quotes(synth, speaker="Lawrow", about="zusehen")) == 4
    assert queries.document_count(synth, include_duplicates=False) == 7
    # New rows are indexed by the re-created triggers, too.
    with synth.begin() as connection:
        extra = threat_analysis("new", speaker="Maria Sacharowa")
        save_analysis(connection, extra, fingerprint(extra.text))
    assert len(queries.search(synth, "Sacharowa")) == 1
    synth.dispose()
