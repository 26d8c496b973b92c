"""An English state name ("Austria", "France") in German news stands in a name ("HD Austria",
"Stade de France", the club "die Austria"), never for the state itself."""

from __future__ import annotations


def test_a_brand_with_austria_is_no_mention_of_austria(entities_of):
    found = entities_of(
        "Im November startet HD Austria eine TV-Plattform. Hinter HD Austria steht die M7 Group."
    )
    assert not [e for e in found if e.type == "GPE"]


def test_a_stadium_with_france_is_no_mention_of_france(entities_of):
    found = entities_of("Er sprengte sich vor dem Stade de France in die Luft.")
    assert "FRA" not in {e.code for e in found}


def test_listed_companies_with_an_english_state_name(entities_of):
    found = entities_of(
        "Die Bank Austria hält das für rechtmäßig. Air France kündigte Klagen an. "
        "Das teilte die Statistik Austria mit."
    )
    names = {e.name for e in found if e.type == "ORG"}
    assert {"Bank Austria", "Air France", "Statistik Austria"} <= names
    assert not [e for e in found if e.type == "GPE"]


def test_the_german_state_name_still_counts(entities_of):
    found = entities_of("Österreich und Frankreich verhandeln in Wien.")
    assert {"AUT", "FRA"} <= {e.code for e in found if e.type == "GPE"}
