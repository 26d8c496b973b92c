"""The committed JSON Schema of :class:`lagebild.model.Analysis`."""

from __future__ import annotations

import json
from pathlib import Path

from lagebild.model import Analysis

SCHEMA_PATH = Path(__file__).with_name("analysis.schema.json")


def schema_json() -> str:
    return json.dumps(Analysis.model_json_schema(), indent=1, ensure_ascii=False) + "\n"
