"""A batch goes on past bad inputs: the good ones around them are still analysed."""

from __future__ import annotations

import json
from pathlib import Path

from bad_input_samples import ENGLISH, GERMAN, png
from typer.testing import CliRunner

from lagebild.cli import app


def test_batch_analyses_the_inputs_around_bad_ones(tmp_path: Path) -> None:
    good_one, good_two = tmp_path / "eins.txt", tmp_path / "zwei.txt"
    good_one.write_text(GERMAN, encoding="utf-8")
    good_two.write_text("Kanzler Scholz reiste am Dienstag nach Paris. " + GERMAN, encoding="utf-8")
    empty, binary, english, too_long = (
        tmp_path / name for name in ("leer.txt", "bild.png", "en.txt", "lang.txt")
    )
    empty.write_bytes(b"")
    binary.write_bytes(png())
    english.write_text(ENGLISH, encoding="utf-8")
    too_long.write_text(GERMAN * 20, encoding="utf-8")
    missing = tmp_path / "fehlt.txt"
    broken = tmp_path / "kaputt.jsonl"
    broken.write_text(json.dumps({"text": GERMAN}) + '\n{"text": \n', encoding="utf-8")
    order = [empty, good_one, binary, english, missing, too_long, broken, good_two]
    result = CliRunner().invoke(
        app, ["analyze", *map(str, order), "--format", "json", "--max-chars", "1000"]
    )
    assert result.exit_code == 1, result.output
    analyses = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [a["id"] for a in analyses] == [str(good_one), f"{broken}#1", str(good_two)]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    expected = [
        (empty, "E001"),
        (binary, "E002"),
        (english, "E004"),
        (missing, "E005"),
        (too_long, "E012"),
        (broken, "E006"),
    ]
    assert len(errors) == len(expected), errors
    for line, (path, code) in zip(errors, expected, strict=True):
        assert str(path) in line and code in line, line


def test_batch_of_only_good_inputs_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "gut.txt"
    path.write_text(GERMAN, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
