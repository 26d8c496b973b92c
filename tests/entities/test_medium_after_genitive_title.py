"""A listed medium or company after a role noun in the genitive is no person's name."""

from __future__ import annotations


def test_listed_medium_after_a_genitive_title_is_no_person(entities_of):
    entities = entities_of(
        "111 Millionen Euro fließen laut Berechnungen des Marktforschers Focus in die Radios."
    )
    focus = [entity for entity in entities if entity.name == "Focus"]
    assert focus and all(entity.type == "ORG" for entity in focus)
