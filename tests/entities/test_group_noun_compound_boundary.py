"""A compound is read as a group noun only where it splits at a plausible first part."""

from __future__ import annotations

from lagebild.entities.groups import group_noun


def test_word_beginning_before_a_group_noun_is_no_compound() -> None:
    # "Gem|einheiten", "Neu|siedler": the words only end like the group nouns.
    assert group_noun("Gemeinheiten") is None
    assert group_noun("Neusiedler") is None


def test_compounds_with_a_first_word_or_a_hyphen_stay_group_nouns() -> None:
    assert group_noun("Weinbauern") == "Weinbauern"
    assert group_noun("Ex-Kämpfer") == "Ex-Kämpfer"
    assert group_noun("Einheiten") == "Einheiten"


def test_word_ending_like_a_group_noun_is_no_group_entity(entities_of):
    entities = entities_of("Größte Gemeinheiten erlebte er im Wahlkampf.")
    assert not [entity for entity in entities if "Gemeinheiten" in entity.name]
