"""A people named is not its state (cases from 10kGNAD): refugees from Sudan in an Austrian
article make no Sudanese official, a people named before a prosecutor are those of his
case, and a people's representative ("Slowenenvertreter") holds no office of its state."""

from __future__ import annotations

from lagebild.model import Entity


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [entity for entity in entities if entity.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def test_people_of_a_state_never_named_give_it_no_weight(entities_of):
    # the Sudanese are named three times, Sudan never: the article is from Vienna (and the
    # spokeswoman is named too far after them for the people named last to count)
    entities = entities_of(
        "Wien – Ein Sozialarbeiter half einem sudanesischen Asylwerber. Der Sudanese wartet "
        "seit Jahren. Der Sudanese arbeitete im Garten. Dafür muss der Sozialarbeiter eine "
        "Strafe bezahlen. Die Behörde sieht darin eine illegale Beschäftigung, weil der "
        "Mann keine Erlaubnis hatte. Ob sich an der Regelung etwas ändert, ist offen. Die "
        "neue Rahmenregelung sieht einen früheren Zugang zum Arbeitsmarkt vor. Die "
        "Vorgaben sind erfüllt, meint eine Ministeriumssprecherin."
    )
    assert by_name(entities, "Ministeriumssprecherin").affiliation == "AUT"


def test_people_named_before_a_prosecutor_are_not_his_state(entities_of):
    entities = entities_of(
        "Frankreich schickte Polizisten nach Calais. Dort prügelten sich Afghanen und "
        "Sudanesen. Das bestätigte Staatsanwalt Jean-Pierre Valensi am Freitag."
    )
    assert by_name(entities, "Jean-Pierre Valensi").affiliation == "FRA"


def test_people_named_before_other_officials_still_count(entities_of):
    # a people acting before an official who serves no one place: still its state
    entities = entities_of(
        "Frankreich und Deutschland verhandelten. Die Ukrainer wählten am Sonntag. "
        "Präsident Iwan Petrenko sprach von einem Erfolg."
    )
    assert by_name(entities, "Iwan Petrenko").affiliation == "UKR"


def test_representative_of_a_people_holds_no_office_of_its_state(entities_of):
    entities = entities_of(
        "In Österreich einigten sich die Regierung und der Slowenenvertreter Valentin Inzko "
        "auf zweisprachige Ortstafeln."
    )
    assert by_name(entities, "Valentin Inzko").affiliation == "AUT"
