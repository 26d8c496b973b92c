"""A city's adjective in -er ("Wiener", "Bozner", "Schweriner") has no case endings: an
organisation named with it keeps it as written, and it gives the name no gender."""

from __future__ import annotations

from lagebild.entities.origins import is_city_adjective


def test_a_court_named_after_its_city_keeps_the_adjective(entities_of):
    entities = entities_of("Der Prozess findet am Bozner Landesgericht statt.")
    assert "Bozner Landesgericht" in [e.name for e in entities if e.type == "ORG"]


def test_a_ministry_named_after_its_city_keeps_the_adjective(entities_of):
    entities = entities_of("Am Freitag hatte das Moskauer Außenministerium protestiert.")
    assert "Moskauer Außenministerium" in [e.name for e in entities if e.type == "ORG"]


def test_a_city_adjective_gives_no_gender_to_a_pronoun(entities_of):
    entities = entities_of(
        "Der Mann wurde verurteilt, wie die Schweriner Staatsanwaltschaft mitteilte. Sie "
        "hatte das beschleunigte Verfahren beantragt."
    )
    office = next(e for e in entities if e.name == "Schweriner Staatsanwaltschaft")
    assert [m.text for m in office.mentions] == ["Schweriner Staatsanwaltschaft", "Sie"]


def test_city_adjectives_and_other_words():
    assert all(is_city_adjective(w) for w in ("Wiener", "Bozner", "Münchner", "Kärntner"))
    assert not any(
        is_city_adjective(w) for w in ("Europäischer", "Oberster", "Berater", "Deutscher")
    )
