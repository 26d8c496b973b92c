"""Companies and media that news name without a company word (``companies.tsv``,
``media.tsv``): organisations of their own, and what their people act for."""

from __future__ import annotations

from lagebild.model import Entity


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {entity.name: entity for entity in entities}


def test_company_and_its_chief(entities_of) -> None:
    entities = _by_name(
        entities_of("Facebook-Chef Mark Zuckerberg sagte, Facebooks Umsatz steige weiter.")
    )
    assert entities["Facebook"].type == "ORG"
    assert [m.text for m in entities["Facebook"].mentions] == ["Facebook", "Facebooks"]
    assert entities["Mark Zuckerberg"].affiliation == "Facebook"


def test_short_and_long_name_are_one_company(entities_of) -> None:
    entities = _by_name(
        entities_of("VW-Chef Matthias Müller entschuldigte sich. Volkswagen zahlt.")
    )
    assert [m.text for m in entities["Volkswagen"].mentions] == ["VW", "Volkswagen"]
    assert entities["Matthias Müller"].affiliation == "Volkswagen"


def test_broadcaster_as_source(entities_of) -> None:
    entities = _by_name(entities_of("Das berichtete der ORF am Montag. Auch die BBC meldete es."))
    assert entities["ORF"].type == "ORG"
    assert entities["BBC"].type == "ORG"


def test_product_of_a_company_is_no_person(entities_of) -> None:
    # "Apple Pay" was a person (two capitalised names in a row)
    entities = entities_of("Außerdem sollen Anwendungen wie Apple Pay poliert werden.")
    assert all(entity.type != "PER" for entity in entities)
