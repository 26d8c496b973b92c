"""A doubled space, which the tokenizer makes a token of its own, does not cut a phrase:
"Wolfgang  Pirklhuber" is one name, "Die Internationale  Organisation für Migration" one
organisation, as with a single space."""

from __future__ import annotations

from lagebild.model import Entity


def names_of(entities: list[Entity], kind: str) -> set[str]:
    return {e.name for e in entities if e.type == kind}


def test_a_first_name_and_surname_apart_by_two_spaces_are_one_name(entities_of):
    entities = entities_of(
        "Der grüne Agrarsprecher Wolfgang  Pirklhuber hat einen Antrag eingebracht. "
        "Pirklhuber fordert ein Verbot."
    )
    people = [e for e in entities if e.type == "PER"]
    assert [e.name for e in people] == ["Wolfgang Pirklhuber"]
    assert len(people[0].mentions) == 2


def test_a_title_and_a_name_apart_by_two_spaces(entities_of):
    entities = entities_of("Das sagte Bundespräsident Heinz  Fischer am Montag in Wien.")
    assert "Heinz Fischer" in names_of(entities, "PER")


def test_a_line_break_still_ends_a_name(entities_of):
    entities = entities_of("Es berichtet Wolfgang\nPirklhuber schreibt weiter.")
    assert "Wolfgang Pirklhuber" not in names_of(entities, "PER")
