"""A station's name ("Köln Hbf", "Hannover Hbf.") is no person: the tagger reads "Hbf" as a
name, so the run needs the word in ``non_person_name_words.txt``."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    "text",
    [
        "Die Züge halten nicht in Köln Hbf und Hannover Hbf.",
        "Zwischen Hamburg Hbf und Hannover Hbf. fallen Züge aus.",
    ],
)
def test_station_names_are_no_persons(analyzer: Analyzer, text: str) -> None:
    analysis = analyzer.analyze(Document(id="station", text=text))
    assert [e.name for e in analysis.entities if e.type == "PER"] == []
