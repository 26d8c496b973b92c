"""A capital stands for its state's government only as an actor ("Moskau lehnt ab"), not
as the last of a list of places after a preposition, inside a name ("Oberlandesgericht
Wien", "Paris Saint-Germain") or as a city with its mayor ("Wiens Bürgermeister")."""

from __future__ import annotations

import pytest

from lagebild.model import Analysis
from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def metonyms(analysis: Analysis) -> list[str]:
    return [m.text for e in analysis.entities for m in e.mentions if m.kind == "metonym"]


@pytest.mark.parametrize(
    "text",
    [
        "Er hatte BWL und Jus, die er in Graz und Wien studierte, abgeschlossen.",
        "In Salzburg, Graz, Linz und Wien pendelte der Stimmenanteil um 50 Prozent.",
        "Zu den Anschlägen in Brüssel und Paris bekannte sich eine Terrormiliz.",
        "Das Oberlandesgericht Wien hat am Montag entschieden.",
        "Die neue Agentur DDB Wien holte sich den Etat.",
        "Mit einem Vorsprung im Gepäck ist Paris Saint Germain zum Achtelfinale gereist.",
        "Im Jahr 2010 sprach sich Wiens Bürgermeister Michael Häupl dagegen aus.",
    ],
)
def test_a_capital_as_a_place_or_a_name_is_no_government(analyzer: Analyzer, text: str) -> None:
    assert metonyms(analyzer.analyze(Document(id="c", text=text))) == []


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Moskau lehnt die Forderungen ab und will vor Gericht ziehen.", "Moskau"),
        ("Der Ton zwischen Wien und Berlin sei immer maßvoller gewesen.", "Berlin"),
        ("Die EU kritisiert Moskaus Forderungen scharf.", "Moskaus"),
    ],
)
def test_a_capital_as_an_actor_stands_for_its_government(
    analyzer: Analyzer, text: str, capital: str
) -> None:
    assert capital in metonyms(analyzer.analyze(Document(id="c", text=text)))
