"""Sports federations of the knowledge base (ÖFB, DFB, ÖSV, FIFA, UEFA, IOC): what their
people act for, and their spelled-out name before the acronym in brackets as one
organisation with it."""

from __future__ import annotations

from lagebild.model import Entity


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {entity.name: entity for entity in entities}


def test_team_coach_acts_for_the_federation_not_the_opponent(entities_of) -> None:
    # "ÖFB-Teamchef Marcel Koller" took Moldova, the state the article names
    entities = _by_name(
        entities_of(
            "Die Republik Moldau ist der Gegner. ÖFB-Teamchef Marcel Koller warnte davor, "
            "das Spiel gegen Moldau zu unterschätzen."
        )
    )
    assert entities["Marcel Koller"].affiliation == "ÖFB"


def test_bracketed_long_form_joins_the_listed_acronym(entities_of) -> None:
    entities = entities_of(
        "Der Präsident des Deutschen Fußballbundes (DFB) sagte, der DFB werde prüfen."
    )
    federations = [entity for entity in entities if entity.code == "DFB"]
    assert len(federations) == 1
    assert [m.text for m in federations[0].mentions] == ["Deutschen Fußballbundes", "DFB", "DFB"]
    # "Deutschen" inside the name is no mention of Germany
    assert all(entity.code != "DEU" for entity in entities)


def test_olympic_committee_long_form_is_one_organisation(entities_of) -> None:
    entities = entities_of(
        "Das Internationale Olympische Komitee (IOC) hat entschieden. Das IOC sperrte ihn."
    )
    committees = [entity for entity in entities if entity.code == "IOC"]
    assert len(committees) == 1
    assert len(committees[0].mentions) == 3


def test_party_acronym_after_a_person_stays_no_long_form(entities_of) -> None:
    # only a listed long name joins: a person's name before "(SPÖ)" never does
    entities = _by_name(entities_of("Werner Faymann (SPÖ) sagte am Montag, er bleibe."))
    assert entities["Werner Faymann"].type == "PER"
    assert entities["Werner Faymann"].affiliation == "SPÖ"


def test_team_player_is_a_person_role_not_the_federation(entities_of) -> None:
    entities = _by_name(
        entities_of("Die ÖFB-Teamspieler Florian Klein und Martin Harnik trafen am Samstag.")
    )
    assert entities["Florian Klein"].affiliation == "ÖFB"
