"""A role noun after an indefinite article that names a kind of person ("für einen
Politiker", "Trump brauche einen Kandidaten", "den Rang eines Vizepremiers") makes no
unnamed person, unless a later mention refers back to it; a specific one ("sagte ein
Sprecher") always does."""

from __future__ import annotations

import pytest
from token_helpers import persons


@pytest.mark.parametrize(
    "text",
    [
        "Die Tonalität war ungewöhnlich für einen Politiker.",
        "Sicher ist: Kaum ein Politiker kann das von sich behaupten.",
        "Mangels eines Kandidaten überließ die Volkspartei das Feld.",
        "Dem Schiedsgericht gehört je ein Vertreter an.",
        "Die Akten kommen wie ein Journalist vor Gericht.",
        "Trump brauche einen Vizepräsidentschaftskandidaten, der für dieselben Dinge steht.",
        "Abwerzger wünscht sich einen Kandidaten bei der Wahl.",
        "Ich glaube nicht, dass wir einen Sportdirektor brauchen.",
        "Şimşek behält den Rang eines Vizepremiers.",
        "Er verglich es mit dem Anfangsgehalt einer Sekretärin.",
        "Es sei klar. Ein Parteikandidat könne die Standpunkte besser vertreten.",
        "Ich bleibe dabei, dass Hundstorfer ein Kandidat wäre.",
        "Meines Wissens war das ein Polizeioberkommissar.",
        "Die Frist für einen Geschäftsführer bzw. eine Geschäftsführerin lief ab.",
        "Die SPÖ wird im November einen Stadtparteivorsitzenden wählen.",
    ],
)
def test_a_generic_role_makes_no_person(entities_of, text: str) -> None:
    assert not persons(entities_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Die Lage sei ruhig, sagte ein Sprecher.",
        "Die Schüsse fielen, wie eine Reporterin bestätigte.",
        "Die Festnahme eines Aktivisten sorgte für Aufsehen.",
        "Es brannte. Ein Sprecher konnte das nicht bestätigen.",
    ],
)
def test_a_specific_role_makes_a_person(entities_of, text: str) -> None:
    assert persons(entities_of(text))


def test_a_generic_role_referred_back_to_stays(entities_of) -> None:
    found = entities_of(
        "Le Pen trat gegen je einen Kandidaten an. Der Kandidat gewann die Wahl deutlich."
    )
    assert [len(entity.mentions) for entity in persons(found).values()] == [2]
