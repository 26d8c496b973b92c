""" "selbst heute" and a comparison that ends with "heute" ("so groß wie heute.") mean
"nowadays"; "wie heute bekannt wurde" is the day."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document

PUBLISHED = "2015-06-05"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _heute(analyzer: Analyzer, text: str) -> tuple[str | None, str | None]:
    analysis = analyzer.analyze(Document(id="t", text=text, published=PUBLISHED))
    found = [date for date in analysis.dates if date.text.lower().endswith("heute")]
    assert len(found) == 1
    return found[0].value, found[0].granularity


@pytest.mark.parametrize(
    "text",
    [
        "Nie war die Lage so angespannt wie heute.",
        "Entdeckt hätte man selbst heute den Findling nicht.",
    ],
)
def test_comparison_with_the_present_is_nowadays(analyzer: Analyzer, text: str) -> None:
    assert _heute(analyzer, text) == (None, "relative")


def test_wie_heute_bekannt_wurde_is_the_day(analyzer: Analyzer) -> None:
    assert _heute(analyzer, "Der Minister tritt zurück, wie heute bekannt wurde.") == (
        PUBLISHED,
        "day",
    )
