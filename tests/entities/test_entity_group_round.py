"""Issue #5 group round: leaders of descriptive groups act for the group; bare protesters
are the article's one group named by whom it opposes."""

from __future__ import annotations

from lagebild.model import Entity


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [entity for entity in entities if entity.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def test_person_the_group_follows_is_affiliated_to_the_group(entities_of):
    entities = entities_of(
        "Rebellen töteten im Südsudan hunderte Menschen. "
        "Die Rebellen sind Anhänger des Vize-Präsidenten Riek Machar."
    )
    assert by_name(entities, "Riek Machar").affiliation == "Rebellen"


def test_apposition_names_the_leader_too(entities_of):
    entities = entities_of(
        "Rebellen, Anhänger des früheren Präsidenten Ali Saleh, eroberten im Jemen die Hauptstadt."
    )
    assert by_name(entities, "Ali Saleh").affiliation == "Rebellen"


def test_person_the_group_only_opposes_keeps_no_group_affiliation(entities_of):
    entities = entities_of(
        "Rebellen töteten im Südsudan hunderte Menschen. "
        "Die Rebellen sind Gegner des Präsidenten Salva Kiir."
    )
    assert by_name(entities, "Salva Kiir").affiliation != "Rebellen"


def texts(entity: Entity) -> list[str]:
    return [mention.text for mention in entity.mentions]


def test_bare_protesters_join_the_one_opponent_group(entities_of):
    entities = entities_of(
        "Die Polizei löste eine Kundgebung von Mubarak-Gegnern auf. "
        "Die Demonstranten bestreiten die Darstellung."
    )
    group = by_name(entities, "Mubarak-Gegner")
    assert texts(group) == ["Mubarak-Gegnern", "Demonstranten"]
    assert not [e for e in entities if e.name == "Demonstranten"]


def test_described_protesters_stay_their_own_group(entities_of):
    entities = entities_of(
        "Die Polizei löste eine Kundgebung von Mubarak-Gegnern auf. "
        "Auch koptische Demonstranten wurden verhaftet."
    )
    assert by_name(entities, "Koptische Demonstranten").code == "Koptische Demonstranten"
