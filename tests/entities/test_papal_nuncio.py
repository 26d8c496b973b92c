"""A papal nuncio serves the Holy See (VAT) like the pope, not the state he is posted to or
the article's dateline state: "Nuntius" is a title whose office belongs to the Vatican."""

from __future__ import annotations

import pytest

from lagebild.model import Entity
from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def person(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.type == "PER" and e.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Graz – Es kam auch der Apostolische Nuntius Erzbischof Peter Stephan Zurbriggen.",
        "Innsbruck – Unter den Gästen ist der Apostolische Nuntius, Erzbischof  Peter "
        "Stephan Zurbriggen.",
        "Wien – Nuntius Peter Stephan Zurbriggen traf den Bundeskanzler.",
    ],
)
def test_a_nuncio_serves_the_holy_see(analyzer: Analyzer, text: str) -> None:
    entities = analyzer.analyze(Document(id="nuncio", text=text)).entities
    assert person(entities, "Peter Stephan Zurbriggen").affiliation == "VAT"
