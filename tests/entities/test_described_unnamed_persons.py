"""An unnamed person is named by the words that describe them, in the nominative and the
noun's gender: "eines männlichen Familienmitglieds" -> "Männliches Familienmitglied",
"einem unabhängigen Vorsitzenden" -> "Unabhängiger Vorsitzender" (the "-en" form of an
adjectival title reads as feminine, but a masculine article makes it a man)."""

from __future__ import annotations

import pytest
from token_helpers import tagged_tokens as tagged

from lagebild.entities.kb import actor_kb
from lagebild.entities.persons import titled_persons


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Laut/APPR einem/ART selbsternannten/ADJA Mitglied/NN reicht/VVFIN es/PPER",
            "Selbsternanntes Mitglied",
        ),
        (
            "in/APPR Begleitung/NN eines/ART männlichen/ADJA Familienmitglieds/NN ./$.",
            "Männliches Familienmitglied",
        ),
        (
            "mit/APPR einem/ART unabhängigen/ADJA Vorsitzenden/NN entschied/VVFIN",
            "Unabhängiger Vorsitzender",
        ),
        (
            "will/VMFIN einen/ART neuen/ADJA Stadtparteivorsitzenden/NN wählen/VVINF",
            "Neuer Stadtparteivorsitzender",
        ),
        ("sagte/VVFIN eine/ART französische/ADJA Lehrerin/NN ./$.", "Französische Lehrerin"),
        ("sagte/VVFIN ein/ART malischer/ADJA Offizier/NN ./$.", "Malischer Offizier"),
    ],
)
def test_an_unnamed_person_is_named_in_the_nouns_gender(sentence: str, name: str) -> None:
    found, _ = titled_persons(tagged(sentence), actor_kb())
    assert [candidate.name for candidate in found] == [name]
