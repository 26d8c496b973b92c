from __future__ import annotations

import csv
import io
import json

import typer
from store_analyses import cooperation_analysis, threat_analysis
from typer.testing import CliRunner

from lagebild.cli_corpus import register
from lagebild.store import open_store
from lagebild.store.fingerprint import fingerprint
from lagebild.store.writer import save_analysis


def corpus_app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def fill(store_url: str) -> None:
    engine = open_store(store_url)
    with engine.begin() as connection:
        for analysis in (threat_analysis(), cooperation_analysis()):
            save_analysis(connection, analysis, fingerprint(analysis.text))
    engine.dispose()


def test_query_commands_in_every_format(store_url: str) -> None:
    fill(store_url)
    runner = CliRunner()
    app = corpus_app()
    result = runner.invoke(app, ["events", "--db", store_url, "--actor", "RUS", "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["type"], r["recipient_code"]) for r in rows] == [("THREATEN", "UKR")]
    result = runner.invoke(app, ["timeline", "--db", store_url, "--by", "month", "-f", "csv"])
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["period"] for row in table] == ["2022-01", "2022-02"]
    result = runner.invoke(app, ["actors", "--db", store_url, "--type", "PER"])
    assert result.exit_code == 0 and "Lawrow" in result.stdout
    result = runner.invoke(app, ["quotes", "--db", store_url, "--speaker", "Lawrow", "-f", "json"])
    assert "zusehen" in result.stdout
    result = runner.invoke(app, ["search", "Hilfsgütern", "--db", store_url, "-f", "csv"])
    assert "b1" in result.stdout


def test_ingest_command_reports_summary(tmp_path) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": ""}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(
        corpus_app(), ["ingest", str(bad), "--db", str(tmp_path / "c.db"), "--no-progress"]
    )
    assert result.exit_code == 1
    assert "failed: 2" in result.output and "bad.jsonl line 2" in result.output


def test_cli_start_up_imports_no_heavy_dependencies() -> None:
    """Registering the commands must not import what only some commands need."""
    import subprocess
    import sys

    heavy = ["sqlalchemy", "dask", "distributed", "fastapi", "spacy", "pyarrow", "rich"]
    probe = f"import sys, lagebild.cli; print([name for name in {heavy!r} if name in sys.modules])"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
