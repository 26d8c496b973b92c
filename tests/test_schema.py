"""The committed JSON Schema matches the output model."""

from lagebild.schema import SCHEMA_PATH, schema_json


def test_committed_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_json(), (
        "run `lagebild schema --out lagebild/schema/analysis.schema.json`"
    )
