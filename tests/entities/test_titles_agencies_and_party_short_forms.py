"""Media and clubs named after a place, news agencies, and the short party forms an
Austrian paper writes after a politician's name ("Markus Wallner (VP)")."""

from __future__ import annotations

from lagebild.model import Entity


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [entity for entity in entities if entity.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def test_newspapers_named_after_a_place_are_organisations(entities_of):
    entities = entities_of(
        "Wie die New York Times berichtet, ist der Plan gescheitert. Laut der Washington Post "
        "war das absehbar. Die Frankfurter Allgemeine Zeitung sah das anders."
    )
    for name in ("New York Times", "Washington Post", "Frankfurter Allgemeine Zeitung"):
        paper = by_name(entities, name)
        assert (paper.type, paper.code) == ("ORG", name)
    assert not [e for e in entities if e.type in ("PER", "GPE")]


def test_teams_named_after_a_place_are_no_persons(entities_of):
    entities = entities_of("Die New York Giants schlugen am Sonntag die Chicago Bulls.")
    for name in ("New York Giants", "Chicago Bulls"):
        assert (by_name(entities, name).type, by_name(entities, name).code) == ("ORG", name)
    assert not [e for e in entities if e.type == "PER"]


def test_clubs_with_a_club_word_before_the_place(entities_of):
    entities = entities_of(
        "Eintracht Frankfurt verlor gegen Bayern München. Der SK Rapid Wien gewann in Graz."
    )
    for name in ("Eintracht Frankfurt", "Bayern München", "SK Rapid Wien"):
        assert (by_name(entities, name).type, by_name(entities, name).code) == ("ORG", name)
    assert "Graz" not in [e.name for e in entities if e.type == "ORG"]


def test_a_place_alone_or_a_word_after_a_club_word_is_no_title(entities_of):
    entities = entities_of(
        "In New York regnet es. Die Konferenz im Austria Center fand ohne Zeitung statt."
    )
    assert not [e for e in entities if e.type == "ORG"]


def test_news_agencies_are_organisations(entities_of):
    entities = entities_of(
        "Das meldete die Nachrichtenagentur Reuters, wie zuvor schon APA und dpa."
    )
    for name in ("Reuters", "APA", "dpa"):
        assert by_name(entities, name).type == "ORG"


def test_austrian_short_party_forms_in_brackets(entities_of):
    entities = entities_of(
        "Bregenz – Landeshauptmann Markus Wallner (VP) lehnt die Anlage in Vorarlberg ab. "
        "Bürgermeister Andreas Rabl (FP) und Stadtrat Peter Huber (SP) sehen das anders."
    )
    assert by_name(entities, "Markus Wallner").affiliation == "ÖVP"
    assert by_name(entities, "Andreas Rabl").affiliation == "FPÖ"
    assert by_name(entities, "Peter Huber").affiliation == "SPÖ"
    assert not {"VP", "FP", "SP"} & {e.name for e in entities}


def test_short_party_forms_outside_austria_are_left_alone(entities_of):
    entities = entities_of(
        "Hamburg – Der Abgeordnete Peter Huber (SP) lehnt den Plan ab. Huber will klagen."
    )
    assert by_name(entities, "Peter Huber").affiliation != "SPÖ"
    assert not {"SPÖ", "ÖVP", "FPÖ"} & {e.name for e in entities}
