"""The command line, end to end on the bundled example article."""

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from lagebild.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed.txt"
runner = CliRunner()


def test_analyze_text_report_reads_like_a_summary() -> None:
    result = runner.invoke(app, ["analyze", str(SEED)])
    assert result.exit_code == 0, result.output
    for heading in ("Wer (Akteure)", "Wer sagte was (Zitate)", "Was geschah", "Wo (Orte)"):
        assert heading in result.output
    assert "Wendy Sherman" in result.output


def test_analyze_json_offsets_point_into_text() -> None:
    result = runner.invoke(app, ["analyze", str(SEED), "--format", "json", "--tokens"])
    assert result.exit_code == 0, result.output
    analysis = json.loads(result.stdout)
    text = analysis["text"]
    assert analysis["tokens"]
    for token in analysis["tokens"]:
        assert text[token["start"] : token["end"]] == token["text"]
    for entity in analysis["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for quote in analysis["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_batch_goes_on_after_a_bad_input(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    empty = tmp_path / "b.txt"
    empty.write_text("   \n", encoding="utf-8")
    other = tmp_path / "c.txt"
    other.write_text(
        "Die Regierung in Berlin hat am Montag neue Hilfen beschlossen.", encoding="utf-8"
    )
    result = runner.invoke(app, ["analyze", str(good), str(empty), str(other), "--format", "json"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [line["id"] for line in lines] == [str(good), str(other)]
    assert "b.txt" in result.stderr and "E001" in result.stderr


def test_console_script_reads_stdin() -> None:
    text = "Der Bundeskanzler sagte am Montag, die Regierung werde die Hilfen verlängern."
    result = subprocess.run(
        [sys.executable, "-m", "lagebild.cli", "analyze", "-", "--format", "json"],
        input=text.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["text"] == text
