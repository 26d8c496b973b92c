"""A run of names after a definite article names a thing ("den Big Bang", "der Cosa
Nostra"), not a person; after a relative pronoun ("ein Stück, das Lukas Bärfuss schrieb")
or with a title between ("der Präsident Barack Obama") it stays a person."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document
from tests.entities.token_helpers import persons


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    "text",
    [
        "Ich war skeptisch, ob die EU den Big Bang von 2004 verkraftet.",
        "Die römische Mafia sei unabhängig von der Cosa Nostra in Sizilien.",
        "In der Tabelle der Primera División wuchs der Rückstand auf die Katalanen.",
    ],
)
def test_names_after_an_article_are_no_person(analyzer: Analyzer, text: str) -> None:
    assert persons(analyzer.analyze(Document(id="a", text=text)).entities) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Frey inszeniert ein Stück, das Lukas Bärfuss im Auftrag des Theaters schrieb.",
            "Lukas Bärfuss",
        ),
        ("Am Montag empfing der Präsident Barack Obama die Gäste.", "Barack Obama"),
    ],
)
def test_a_relative_pronoun_or_a_title_keeps_the_person(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert name in persons(analyzer.analyze(Document(id="a", text=text)).entities)
