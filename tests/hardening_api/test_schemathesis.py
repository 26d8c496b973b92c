"""Property-based calls from the OpenAPI document (schemathesis): no answer is a 5xx.

Runs against the app in-process (ASGI) over a store of hostile analyses, with the real
analyser for the writing endpoints. Examples per operation are bounded for CI time;
raise ``LAGEBILD_SCHEMATHESIS_EXAMPLES`` for a longer hunt.
"""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="pip install schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.generation import GenerationMode  # noqa: E402

from lagebild.api.posting import AnalyzerHolder  # noqa: E402

EXAMPLES = int(os.environ.get("LAGEBILD_SCHEMATHESIS_EXAMPLES", "12"))
OPERATIONS = (
    "GET /api",
    "GET /api/articles",
    "POST /api/articles",
    "GET /api/articles/{document_id}",
    "GET /api/actors",
    "GET /api/actors/{actor_id}",
    "GET /api/pair",
    "GET /api/quotes",
    "GET /api/events",
    "GET /api/places",
    "GET /api/network",
    "GET /api/search",
    "POST /api/analyze",
    "GET /api/health",
)


@pytest.fixture(scope="module")
def operations(sqlite_hostile_app):  # noqa: ANN001, ANN201
    # schemathesis' own pytest plugin does not run under pytest 9: strategies by hand
    sqlite_hostile_app.state.analyzer = AnalyzerHolder()
    api = schemathesis.openapi.from_asgi("/openapi.json", sqlite_hostile_app)
    return {result.ok().label: result.ok() for result in api.get_all_operations()}


def test_every_operation_is_covered(operations) -> None:  # noqa: ANN001
    assert set(operations) == set(OPERATIONS)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("label", OPERATIONS)
def test_no_server_errors(operations, label: str, mode: GenerationMode) -> None:  # noqa: ANN001
    @given(operations[label].as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def call(case) -> None:  # noqa: ANN001
        response = case.call()
        assert response.status_code < 500, (
            f"{case.method} {case.formatted_path} {case.query} {case.body!r:.300}: "
            f"{response.status_code} {response.text[:300]}"
        )
        case.validate_response(response, checks=[not_a_server_error])

    try:
        call()
    except Unsatisfiable:  # e.g. no way to make a parameterless request invalid
        pytest.skip(f"no {mode.value} examples for {label}")
