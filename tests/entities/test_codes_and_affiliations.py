"""Actor codes and affiliations: article-defined acronyms, international organisations,
misspelt titles, appositions after a place, group synonyms and their names."""

from __future__ import annotations

from lagebild.entities.names import title_of
from lagebild.model import Entity


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [entity for entity in entities if entity.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def test_person_affiliated_with_party_the_article_defines(entities_of):
    entities = entities_of(
        "Die Oppositionspartei Alliance for Freedom (AFF) gewann. Der Präsidentschaftskandidat "
        "der AFF, Morgan Tsvangirai, sprach in Harare."
    )
    assert by_name(entities, "Morgan Tsvangirai").affiliation == "Alliance for Freedom"


def test_compound_title_with_acronym_of_known_parent(entities_of):
    entities = entities_of(
        "Das Land steht unter der United Nations Interim Mission (UNIM) - Mission. Er traf den "
        "UNIM-Leiter im Kosovo, Joachim Rücker, am Montag."
    )
    assert by_name(entities, "Joachim Rücker").affiliation == "UN"


def test_international_organisation_is_coded_by_its_acronym(entities_of):
    entities = entities_of(
        "Der Gipfel der Südamerikanischen Staatengemeinschaft (CSN) begann. Die CSN tagt."
    )
    organisation = by_name(entities, "Südamerikanische Staatengemeinschaft")
    assert organisation.code == "CSN"


def test_national_party_keeps_its_name_as_code(entities_of):
    entities = entities_of("Die Partei Democraten 66 (D66) gewann. Die D66 jubelte.")
    assert by_name(entities, "Democraten 66").code == "Democraten 66"


def test_speaker_of_a_movement_named_by_head_noun(entities_of):
    entities = entities_of(
        "Das sei eine Strafe, so der Sprecher der Bewegung Tehrik-i-Taliban Pakistan, "
        "Ehsanullah Ehsan."
    )
    assert by_name(entities, "Ehsanullah Ehsan").affiliation == "Tehrik-i-Taliban Pakistan"


def test_title_with_a_dropped_letter_is_still_a_title():
    title = title_of("Ministerpäsident")
    assert title is not None and title.head == "Ministerpräsident"
    assert title_of("Residenten") is None


def test_group_synonyms_form_one_group_named_as_written(entities_of):
    entities = entities_of(
        "Die wenigen weißen Bauern flohen. Nur weiße Farmer berichteten von Angriffen."
    )
    groups = [entity for entity in entities if entity.type == "MISC"]
    assert len(groups) == 1 and groups[0].name == "Weiße Farmer"


def test_group_named_by_its_usual_noun(entities_of):
    entities = entities_of(
        "Als Kämpfer die Stadt einnahmen, flohen viele. Die Rebellen sind Anhänger Machars."
    )
    assert by_name(entities, "Rebellen").code == "Rebellen"


def test_group_of_the_government_keeps_the_genitive(entities_of):
    entities = entities_of("Unterstützer der Regierung schlugen auf Demonstranten ein.")
    assert by_name(entities, "Unterstützer der Regierung").type == "MISC"
