"""Persons of one surname with different first names are two, also where a first name is a
double one ("Bernd-Robert") or one of Central Europe ("Jarosław", "Václav", "Ewald"); a bare
surname goes to the one namesake named before it."""

from __future__ import annotations

from lagebild.model import Entity


def persons(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities if e.type == "PER"}


def test_a_double_first_name_is_another_person_than_a_namesake(entities_of):
    found = persons(
        entities_of(
            "Bis jetzt gibt es keine Probleme, sagte Polizeisprecher Bernd-Robert Schulz. "
            "1.400 Asylsuchende kamen laut Schulz am Mittwoch. Der Präsident "
            "des Europaparlamentes, Martin Schulz, reiste nach Athen."
        )
    )
    assert {"Bernd-Robert Schulz", "Martin Schulz"} <= set(found)
    assert [m.text for m in found["Bernd-Robert Schulz"].mentions] == [
        "Bernd-Robert Schulz",
        "Schulz",
    ]


def test_a_double_first_name_written_apart_is_the_same_person(entities_of):
    found = persons(
        entities_of(
            "Finanzminister Hans Jörg Schelling sprach am Montag. Hans-Jörg Schelling blieb dabei."
        )
    )
    assert [name for name in found if "Schelling" in name] == ["Hans Jörg Schelling"]


def test_brothers_of_one_surname_are_two_persons(entities_of):
    found = persons(
        entities_of(
            "Der Chef der Partei ist Jarosław Kaczyński. Wałęsa und Kaczynski waren früher "
            "Vertraute. Im Jahr 2008 warf Präsident Lech Kaczyński dem Rivalen Spionage vor."
        )
    )
    assert {"Jarosław Kaczyński", "Lech Kaczyński"} <= set(found)
    assert "Kaczynski" in [m.text for m in found["Jarosław Kaczyński"].mentions]


def test_namesakes_of_two_states_are_two_persons(entities_of):
    found = persons(
        entities_of(
            "Der tschechische Expräsident Václav Klaus hat es so ausgedrückt. Der einstige "
            "Bundeskanzler Josef Klaus war ein konservativer Mann."
        )
    )
    assert {"Václav Klaus", "Josef Klaus"} <= set(found)


def test_a_bare_surname_after_two_namesakes_goes_to_neither(entities_of):
    found = persons(
        entities_of(
            "Ewald Lindinger zieht in den Bundesrat. Bettina Lindinger bleibt im Landtag. "
            "Lindinger sagte, das sei gut."
        )
    )
    assert {"Ewald Lindinger", "Bettina Lindinger"} <= set(found)
    assert [m.text for m in found["Ewald Lindinger"].mentions] == ["Ewald Lindinger"]
    assert [m.text for m in found["Bettina Lindinger"].mentions] == ["Bettina Lindinger"]
