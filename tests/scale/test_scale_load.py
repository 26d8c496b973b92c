"""``lagebild load``: Parquet tables of a scale run into the corpus store, idempotently."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from sqlalchemy import func, select
from typer import Typer
from typer.testing import CliRunner

from lagebild.cli_scale import register
from lagebild.model import Analysis
from lagebild.readers.document import Document
from lagebild.scale import partition
from lagebild.scale.load import load_tables
from lagebild.scale.parquet import part_name, read_tables
from lagebild.scale.tables import SCHEMAS
from lagebild.store import open_store
from lagebild.store import tables as t

ARTICLES = (
    "Die Bundesregierung hat am Montag in Berlin neue Hilfen für die Ukraine beschlossen. "
    "„Wir stehen an der Seite der Ukraine“, sagte Bundeskanzler Olaf Scholz.",
    "Russland hat die Sanktionen der Europäischen Union scharf kritisiert. Das Außenministerium "
    "in Moskau sprach von einem feindseligen Schritt.",
    "In Wien haben Tausende Menschen gegen die Teuerung demonstriert. Die Gewerkschaft "
    "forderte höhere Löhne und eine Senkung der Steuern auf Energie.",
)


@pytest.fixture(scope="module")
def scale_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two partitions written by the real partition function; the last text appears twice."""
    out = tmp_path_factory.mktemp("scale")
    documents = [
        Document(id=f"d{n}", text=text, published="2022-01-10") for n, text in enumerate(ARTICLES)
    ]
    repeated = Document(id="again", text=ARTICLES[2], published="2022-01-10")
    partition.analyse_partition(0, documents[:2], str(out))
    partition.analyse_partition(1, [documents[2], repeated], str(out))
    return out


def _count(engine, table) -> int:  # noqa: ANN001 (SQLAlchemy objects)
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


def test_documents_table_carries_the_full_analysis(scale_out: Path) -> None:
    rows = read_tables(scale_out)["documents"].to_pylist()
    assert len(rows) == 4
    analysis = Analysis.model_validate_json(rows[0]["analysis_json"])
    assert analysis.id == rows[0]["doc_id"] and analysis.text == rows[0]["text"]


def test_load_stores_each_text_once_and_a_rerun_loads_nothing(
    scale_out: Path, tmp_path: Path
) -> None:
    engine = open_store(str(tmp_path / "store.db"))
    first = load_tables(scale_out, engine)
    assert first.as_dict() == {"loaded": 3, "near_duplicates": 0, "skipped": 1, "failed": 0}
    assert _count(engine, t.documents) == 3
    mentions, quotes = _count(engine, t.mentions), _count(engine, t.quotes)
    assert mentions > 0
    second = load_tables(scale_out, engine)
    assert second.as_dict() == {"loaded": 0, "near_duplicates": 0, "skipped": 4, "failed": 0}
    assert (_count(engine, t.documents), _count(engine, t.mentions), _count(engine, t.quotes)) == (
        3,
        mentions,
        quotes,
    )


def test_stored_analysis_equals_the_scaled_one(scale_out: Path, tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "store.db"))
    load_tables(scale_out, engine)
    row = read_tables(scale_out)["documents"].to_pylist()[1]
    with engine.connect() as connection:
        stored = connection.execute(
            select(t.documents.c.analysis).where(t.documents.c.doc_id == row["doc_id"])
        ).scalar_one()
    expected = Analysis.model_validate_json(row["analysis_json"])
    assert Analysis.model_validate({**stored, "text": expected.text}) == expected


def test_a_bad_row_is_counted_and_the_rest_load(scale_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    good = read_tables(scale_out)["documents"].slice(0, 1).to_pylist()[0]
    broken = good | {"doc_id": "broken", "analysis_json": '{"id": 1}'}
    empty = good | {"doc_id": "empty", "analysis_json": None}
    table = pa.Table.from_pylist([broken, empty, good], schema=SCHEMAS["documents"])
    pq.write_table(table, out / "documents" / part_name(0))
    summary = load_tables(out, open_store(str(tmp_path / "store.db")))
    assert (summary.loaded, summary.failed) == (1, 2)
    assert summary.failures[0].startswith("broken: invalid analysis")


def test_cli_load_prints_a_summary_and_rejects_old_parts(scale_out: Path, tmp_path: Path) -> None:
    app = Typer()
    register(app)
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(app, ["load", str(scale_out), "--db", db])
    assert result.exit_code == 0, result.output
    assert "loaded: 3" in result.output and "skipped: 1" in result.output
    again = CliRunner().invoke(app, ["load", str(scale_out), "--db", db, "--json"])
    assert again.exit_code == 0 and '"loaded": 0' in again.output

    old = tmp_path / "old"
    (old / "documents").mkdir(parents=True)
    without = read_tables(scale_out)["documents"].drop_columns(["analysis_json"])
    pq.write_table(without, old / "documents" / part_name(0))
    rejected = CliRunner().invoke(app, ["load", str(old), "--db", db])
    assert rejected.exit_code == 2 and "analysis_json" in rejected.output
    missing = CliRunner().invoke(app, ["load", str(tmp_path / "nowhere"), "--db", db])
    assert missing.exit_code == 2
