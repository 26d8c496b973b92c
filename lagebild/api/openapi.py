"""The API's OpenAPI document, as committed in ``docs/openapi.json``.

Regenerate with ``python -m lagebild.api.openapi docs/openapi.json``; a test keeps the
committed copy current.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def openapi_json() -> str:
    """The OpenAPI document (stable key order, trailing newline) of a store-less app."""
    from lagebild.api.app import Settings, create_app

    app = create_app(Settings(db="sqlite:///:memory:"))
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str]) -> None:
    target = Path(argv[0]) if argv else Path("docs/openapi.json")
    target.write_text(openapi_json(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
