"""After a title, a given name that is also a common noun ("Kasper", "Ban") begins a name
when a proper noun follows; a listed person stays one after a place preposition ("die
Regierung von Baschar al-Assad")."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document
from tests.entities.token_helpers import persons


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Düsseldorf – Henkel-Chef Kasper Rorsted kehrt dem Konzern den Rücken.",
            "Kasper Rorsted",
        ),
        ("Aleppo – UNO-Generalsekretär Ban Ki Moon hat den Angriff verurteilt.", "Ban Ki Moon"),
        (
            "Die Truppen der Regierung von Baschar al-Assad griffen offenbar Spitäler an.",
            "Baschar al-Assad",
        ),
    ],
)
def test_the_person_is_found(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in persons(analyzer.analyze(Document(id="n", text=text)).entities)


@pytest.mark.parametrize(
    "text",
    [
        "Experten der US-Großbank JP Morgan warnen vor den Folgen.",
        "Der Preis geht an die Schweizer Werbeagentur Saatchi & Saatchi Geneva.",
    ],
)
def test_an_acronym_or_a_firms_noun_begins_no_name(analyzer: Analyzer, text: str) -> None:
    assert persons(analyzer.analyze(Document(id="n", text=text)).entities) == {}
