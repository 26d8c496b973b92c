"""A German party named only by a plain noun ("die Linke", "die Liberalen", "Union") is no
German party in an article on another state, unless a German party is named outright."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def codes(analyzer: Analyzer, text: str) -> set[str | None]:
    return {e.code for e in analyzer.analyze(Document(id="p", text=text)).entities}


@pytest.mark.parametrize(
    "text",
    [
        "Athen – Syriza, die Linkspartei, muss sich in Griechenland wieder verbiegen. "
        "Geschlagen ist die Linke in Griechenland.",
        "Madrid – Nach der Wahl in Spanien hat die Linkspartei Podemos Verhandlungen begonnen.",
        "Wien – Ausblicke eines Liberalen auf Österreich: Österreich habe sich verändert.",
        "Der Verteidiger spielt bei Union Berlin, der Stürmer in Österreich bei Rapid Wien.",
    ],
)
def test_a_party_noun_abroad_is_no_german_party(analyzer: Analyzer, text: str) -> None:
    assert not codes(analyzer, text) & {"Die Linke", "FDP", "CDU/CSU"}


def test_a_party_noun_beside_a_named_german_party_stays_the_party(analyzer: Analyzer) -> None:
    text = (
        "Straßburg – Juncker verteidigte sich in Luxemburg. Ebenso heftig ging der "
        "FDP-Abgeordnete Michael Theurer mit ihm ins Gericht. Der Linke Fabio De Masi "
        "formulierte eine ähnliche Kritik."
    )
    assert "Die Linke" in codes(analyzer, text)


def test_the_left_party_in_german_news_stays_the_party(analyzer: Analyzer) -> None:
    text = "Berlin – Die Linke will im Bundestag gegen den Haushalt in Deutschland stimmen."
    assert "Die Linke" in codes(analyzer, text)
