"""A bare "Bundesregierung" is the government of the federal state the article is about:
Austria's in an Austrian article, Germany's in a German one; a state adjective before it
names its state."""

from __future__ import annotations

import pytest

from lagebild.model import Analysis
from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def code_at(analysis: Analysis, start: int) -> str | None:
    return next(e.code for e in analysis.entities for m in e.mentions if m.start == start)


def test_the_federal_government_of_an_austrian_article_is_austrias(analyzer: Analyzer) -> None:
    text = (
        "Wien – Die Grünen wollen in Österreich die Bundesregierung stürzen. "
        "Österreich brauche Neuwahlen, sagen sie."
    )
    analysis = analyzer.analyze(Document(id="f", text=text))
    assert code_at(analysis, text.index("Bundesregierung")) == "AUT"


def test_a_state_adjective_names_the_federal_governments_state(analyzer: Analyzer) -> None:
    text = (
        "Wien – Die österreichische Bundesregierung berät. Die Kritik an der deutschen "
        "Bundesregierung wächst in Österreich."
    )
    analysis = analyzer.analyze(Document(id="f", text=text))
    first = text.index("Bundesregierung")
    assert code_at(analysis, first) == "AUT"
    assert code_at(analysis, text.index("Bundesregierung", first + 1)) == "DEU"


def test_the_federal_government_of_a_german_article_stays_germanys(analyzer: Analyzer) -> None:
    text = "Berlin – Die Bundesregierung in Deutschland berät über die Maut."
    analysis = analyzer.analyze(Document(id="f", text=text))
    assert code_at(analysis, text.index("Bundesregierung")) == "DEU"
