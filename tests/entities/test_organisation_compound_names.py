"""An organisation's name joined to a common noun ("Lufthansa-Konzern", "ÖVP-Landesrat")
names the organisation by its own name: one entity, called by the name alone."""

from __future__ import annotations

from lagebild.entities.actors import organisation_head


def test_a_company_noun_compound_keeps_the_companys_name(entities_of):
    entities = entities_of(
        "Die AUA-Mutter Lufthansa startet ein neues Preismodell. Die Lufthansa wolle das am "
        "Montag tun. Der Lufthansa-Konzern hat 120.000 Mitarbeiter."
    )
    found = [e for e in entities if e.code == "Lufthansa"]
    assert [e.name for e in found] == ["Lufthansa"]
    assert [m.text for m in found[0].mentions] == ["Lufthansa", "Lufthansa", "Lufthansa-Konzern"]


def test_the_compound_first_still_gives_the_name_alone(entities_of):
    entities = entities_of(
        "Der Lufthansa-Konzern hat 120.000 Mitarbeiter. Die Lufthansa wolle das am Montag tun."
    )
    assert [e.name for e in entities if e.code == "Lufthansa"] == ["Lufthansa"]


def test_a_head_noun_inside_a_longer_noun_names_no_body(entities_of):
    entities = entities_of(
        "Dabei handelt es sich um ein von Samsung zugekauftes Display. Einzig aktuelle "
        "Samsung-Topgeräte wie das S6 können sich hier messen."
    )
    assert [e.name for e in entities if e.code == "Samsung"] == ["Samsung"]


def test_council_compounds_stay_organisation_heads():
    assert organisation_head("Topgeräte") is None
    assert organisation_head("Sicherheitsrat") == ("Sicherheitsrat", "Rat")
    assert organisation_head("Aufsichtsrates") == ("Aufsichtsrat", "Rat")
