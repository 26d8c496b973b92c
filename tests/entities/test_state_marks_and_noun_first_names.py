"""States of officials and forces from the place a text names ("die Regierung in Warschau",
"In der Ostukraine kämpfen Regierungstruppen", "des US-Militärs"), and listed first names
that are nouns too ("Hans Müller", "Marine Le Pen")."""

from __future__ import annotations

from lagebild.model import Entity


def by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {entity.name: entity for entity in entities}


def mentions_of(entities: list[Entity], name: str) -> list[str]:
    return [m.text for m in by_name(entities)[name].mentions]


def test_the_government_in_a_capital_is_that_capitals_state(entities_of):
    found = entities_of(
        "Russland bedroht die Ukraine. Russland schweigt, Moskau auch. Polen grenzt an die "
        "Ukraine, und die Regierung in Warschau sieht sich durch Russlands Vorgehen bedroht."
    )
    assert "Regierung" in mentions_of(found, "Polen")
    assert "Regierung" not in mentions_of(found, "Russland")


def test_government_troops_in_a_region_belong_to_its_state(entities_of):
    found = entities_of(
        "Russland bestreitet alles. Russland und Moskau schweigen. Russland droht. "
        "In der Ostukraine kämpfen Regierungstruppen gegen Separatisten. Die Ukraine klagt."
    )
    assert "Regierungstruppen" in mentions_of(found, "Ukraine")
    assert "Regierungstruppen" not in mentions_of(found, "Russland")


def test_a_listed_first_name_that_is_a_noun_begins_a_name(entities_of):
    found = by_name(entities_of("Hans Müller, ein Abgeordneter der CDU, sprach am Montag."))
    assert found["Hans Müller"].type == "PER"
    found = by_name(entities_of("Die Parteichefin Marine Le Pen sprach in Paris."))
    assert found["Marine Le Pen"].type == "PER"


def test_the_noun_itself_is_no_first_name(entities_of):
    for text in (
        "Schiffe der Marine Frankreichs liefen aus.",
        "Die französische Marine Kommandos landeten.",
        "Man muss mit Ernst Gespräche führen.",
    ):
        assert not [e for e in entities_of(text) if e.type == "PER"], text
