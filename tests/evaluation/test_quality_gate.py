"""The quality gate as CI runs it: every suite in ../shared against the committed floors.

This is the `lagebild eval` run the issues ask CI to make (seed, gold/dev,
quotes-wikinews dev, UD German GSD dev, the NER model on SmartData test); it fails when
any score drops below its floor.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from lagebild.cli import app


def test_every_suite_meets_its_floor(shared: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--json", "--shared", str(shared)])
    report = json.loads(result.stdout)
    for suite in ("seed", "gold", "wikinews", "ud", "ner"):
        assert any(metric.startswith(f"{suite}.") for metric in report["scores"]), suite
    assert not report["failures"], report["failures"]
    assert result.exit_code == 0
