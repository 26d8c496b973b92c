"""A state institution under a name of its own ("der Oberste Gerichtshof (OGH)", "das
Landesgericht für Zivilrechtssachen in Graz", "der Rechnungshof") acts for a state: the one
its name places it in, else the article's, not for itself."""

from __future__ import annotations

import pytest

from lagebild.model import Analysis
from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def code_of(analysis: Analysis, name: str) -> str | None:
    return next(e.code for e in analysis.entities if e.name == name)


def test_a_court_with_its_acronym_acts_for_the_articles_state(analyzer: Analyzer) -> None:
    text = (
        "Wien – Eigentümer müssen die Zustimmung aller einholen, wie der Oberste Gerichtshof "
        "(OGH) im Vorjahr klargestellt hat. In Österreich gilt das seit Jahren."
    )
    assert code_of(analyzer.analyze(Document(id="i", text=text)), "Oberster Gerichtshof") == "AUT"


def test_a_court_named_with_its_city_acts_for_the_citys_state(analyzer: Analyzer) -> None:
    text = (
        "Der Garnhersteller wird beim Landesgericht für Zivilrechtssachen in Graz "
        "einen Insolvenzantrag einbringen."
    )
    analysis = analyzer.analyze(Document(id="i", text=text))
    assert code_of(analysis, "Landesgericht für Zivilrechtssachen in Graz") == "AUT"


def test_the_audit_office_acts_for_the_articles_state(analyzer: Analyzer) -> None:
    text = (
        "Wiener Neustadt – Die Stadt wäre insolvent gewesen, was selbst der Rechnungshof (RH) "
        "bestätigt hat. Der RH hatte den Bedarf beziffert. Österreich spart."
    )
    assert code_of(analyzer.analyze(Document(id="i", text=text)), "Rechnungshof") == "AUT"
