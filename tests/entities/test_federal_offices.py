"""Federal offices serve Germany, Austria or Switzerland, not a state named nearby; a
region's genitive before a title names the region's country ("Bayerns Ministerpräsident")."""

from __future__ import annotations

from lagebild.entities.federal import federal_state_of_article, holds_federal_office
from lagebild.entities.origins import state_of_listed_region
from lagebild.model import Entity


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [entity for entity in entities if entity.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def test_federal_offices_match_by_title_base():
    assert holds_federal_office(["Bundeskanzlerin"])
    assert holds_federal_office(["Ex-Kanzler"])
    assert holds_federal_office(["Bundesinnenminister"])
    assert holds_federal_office(["früheren Bundespräsidenten"])
    assert not holds_federal_office(["Schatzkanzler"])
    assert not holds_federal_office(["Innenminister"])
    assert not holds_federal_office([])


def test_the_most_named_federal_state_and_no_guess_between_equals():
    assert federal_state_of_article({"GRC": 9, "DEU": 2, "AUT": 1}) == "DEU"
    assert federal_state_of_article({"GRC": 9}) is None
    assert federal_state_of_article({"DEU": 2, "AUT": 2}) is None


def test_chancellor_is_not_the_state_named_just_before(entities_of):
    entities = entities_of(
        "Deutschland will helfen. In Griechenland wächst die Not. Bundeskanzlerin Angela "
        "Merkel sagte, Deutschland stehe bereit."
    )
    assert by_name(entities, "Angela Merkel").affiliation == "DEU"


def test_chancellor_without_a_federal_state_in_the_article_has_none(entities_of):
    entities = entities_of(
        "In Griechenland wächst die Not. Bundeskanzlerin Anna Berger sagte, man werde helfen."
    )
    # (a chancellor the knowledge base does not list: "Angela Merkel" would be DEU)
    assert by_name(entities, "Anna Berger").affiliation is None


def test_a_stated_federal_state_stays(entities_of):
    entities = entities_of(
        "Deutschland will helfen. Der österreichische Bundeskanzler Werner Faymann widersprach."
    )
    assert by_name(entities, "Werner Faymann").affiliation == "AUT"


def test_region_genitive_before_a_title_names_its_country(entities_of):
    entities = entities_of("Bayerns Ministerpräsident Horst Seehofer forderte ein Signal.")
    assert by_name(entities, "Horst Seehofer").affiliation == "DEU"
    entities = entities_of("Tirols Landeschef Günther Platter widersprach.")
    assert by_name(entities, "Günther Platter").affiliation == "AUT"


def test_listed_regions_only_not_small_cities_named_like_people():
    assert state_of_listed_region("Bayern") == "DEU"
    assert state_of_listed_region("Obama") is None  # a Japanese city, and a surname
