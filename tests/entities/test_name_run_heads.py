"""A run of tagged proper names after a noun that introduces it: an organisation after
"Mediengruppe", "Fachblatt" or "Kanzlei" (``name_introducing_nouns.txt``), no entity after
"Headset", "Tanzfilm" or "Ortschaft" (``non_person_name_heads.txt``); a known first name, or
a title whose genitive the noun completes, keeps the run a person."""

from __future__ import annotations

import pytest
from token_helpers import tagged_tokens

from lagebild.entities.component import resolve_entities
from lagebild.model import Entity


def _entities(tagged: str) -> list[Entity]:
    tokens = tagged_tokens(tagged)
    return resolve_entities(" ".join(token.text for token in tokens), tokens)


def _types(tagged: str) -> dict[str, str]:
    return {entity.name: entity.type for entity in _entities(tagged)}


@pytest.mark.parametrize(
    ("tagged", "name"),
    [
        (
            "Die/ART Polizei/NN stürmte/VVFIN die/ART Mediengruppe/NN Koza/NE Ipek/NE ./$.",
            "Koza Ipek",
        ),
        (
            "Das/PDS schreiben/VVFIN die/ART Forscher/NN im/APPRART Fachblatt/NN Science/NE "
            "Advances/NE ./$.",
            "Science Advances",
        ),
        (
            "Die/ART Daten/NN stammen/VVFIN von/APPR der/ART Anwaltskanzlei/NN Mossack/NE "
            "Fonseca/NE ./$.",
            "Mossack Fonseca",
        ),
    ],
)
def test_a_name_after_an_organisation_noun_is_an_organisation(tagged: str, name: str) -> None:
    assert _types(tagged).get(name) == "ORG"


@pytest.mark.parametrize(
    ("tagged", "name"),
    [
        ("Das/ART Headset/NN Oculus/NE Rift/NE kommt/VVFIN ./$.", "Oculus Rift"),
        (
            "Er/PPER spielte/VVFIN im/APPRART Tanzfilm/NN Saturday/NE Night/NE Fever/NE ./$.",
            "Saturday Night Fever",
        ),
        (
            "Der/ART Bär/NN lebt/VVFIN nahe/APPR der/ART Ortschaft/NN Zambana/NE Vecchia/NE ./$.",
            "Zambana Vecchia",
        ),
    ],
)
def test_a_name_after_a_work_product_or_place_noun_is_no_person(tagged: str, name: str) -> None:
    assert _types(tagged).get(name) != "PER"


@pytest.mark.parametrize(
    ("tagged", "name"),
    [
        (
            "Das/PDS sagte/VVFIN die/ART Präsidentin/NN des/ART Verbands/NN Cinzia/NE "
            "Franchini/NE ./$.",
            "Cinzia Franchini",
        ),
        (
            "Das/PDS zeigt/VVFIN zum/APPRART Beispiel/NN Thomas/NE Meier/NE ./$.",
            "Thomas Meier",
        ),
    ],
)
def test_a_title_or_a_known_first_name_keeps_the_person(tagged: str, name: str) -> None:
    assert _types(tagged).get(name) == "PER"


@pytest.mark.parametrize(
    ("tagged", "name"),
    [
        (
            "Chile/NE feiert/VVFIN ./$. Zu/APPR verdanken/VVINF hatte/VAFIN es/PPER La/NE "
            "Roja/NE vor/APPR allem/PIS Sánchez/NE ./$.",
            "La Roja",
        ),
        ("Nächster/ADJA Frust/NN ,/$, meinte/VVFIN La/NE Nacion/NE ./$.", "La Nacion"),
        ("Das/PDS berichtete/VVFIN Le/NE Soir/NE am/APPRART Montag/NN ./$.", "Le Soir"),
    ],
)
def test_a_run_after_a_foreign_article_is_no_person(tagged: str, name: str) -> None:
    assert _types(tagged).get(name) != "PER"


def test_a_surname_with_a_particle_stays_the_persons() -> None:
    entities = _entities(
        "Marine/NE Le/NE Pen/NE siegt/VVFIN ./$. Dann/ADV sprach/VVFIN Le/NE Pen/NE ./$. "
        "Das/PDS war/VAFIN der/ART Sieg/NN Le/NE Pens/NE ./$. Die/ART Partei/NN Le/NE Pen/NE "
        "./$."
    )
    person = next(entity for entity in entities if entity.name == "Marine Le Pen")
    assert person.type == "PER"
    assert [m.text for m in person.mentions] == ["Marine Le Pen", "Le Pen", "Le Pens", "Le Pen"]


def test_a_newspaper_after_its_noun_and_a_foreign_article_is_an_organisation() -> None:
    found = _types("Das/PDS meldet/VVFIN die/ART Zeitung/NN Le/NE Soir/NE ./$.")
    assert found.get("Le Soir") == "ORG"


def test_a_run_shown_no_person_once_is_none_elsewhere_in_the_article() -> None:
    found = _types(
        "Das/ART Headset/NN Oculus/NE Rift/NE kommt/VVFIN ./$. Dann/ADV kostet/VVFIN "
        "Oculus/NE Rift/NE weniger/ADV ./$."
    )
    assert found.get("Oculus Rift") != "PER"
