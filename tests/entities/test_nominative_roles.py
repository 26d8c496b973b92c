"""A role written in a genitive or dative ("des früheren Bundeskanzlers") is given as one
person's nominative ("früherer Bundeskanzler"); feminine and adjectival titles stay."""

from __future__ import annotations

from lagebild.entities.names import nominative_role


def test_a_genitive_title_is_given_in_the_nominative(entities_of):
    entities = entities_of("Die Rede des Ex-Bürgermeisters Michael Häupl war kurz.")
    person = next(e for e in entities if e.name == "Michael Häupl")
    assert person.roles == ["Ex-Bürgermeister"]


def test_an_adjective_before_the_title_loses_its_case_ending(entities_of):
    entities = entities_of("Das Buch des früheren Bundeskanzlers Franz Vranitzky erschien.")
    person = next(e for e in entities if e.name == "Franz Vranitzky")
    assert person.roles == ["früherer Bundeskanzler"]


def test_weak_and_dative_forms():
    assert nominative_role("US-Präsidenten") == "US-Präsident"
    assert nominative_role("Ministern") == "Minister"
    assert nominative_role("Experten") == "Experte"
    assert nominative_role("Papstes") == "Papst"


def test_feminine_adjectival_and_unlisted_forms_stay():
    assert nominative_role("Bundeskanzlerin") == "Bundeskanzlerin"
    assert nominative_role("Abgeordneten") == "Abgeordneten"
    assert nominative_role("Islamwissenschafters") == "Islamwissenschafters"
    assert nominative_role("Präsident") == "Präsident"
