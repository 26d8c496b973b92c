"""Groups, acronym definitions, state references, prefix mentions and affiliations."""

from __future__ import annotations

from lagebild.entities.statistical import ner_candidates
from lagebild.model import Entity


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [entity for entity in entities if entity.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def texts(entity: Entity) -> list[str]:
    return [mention.text for mention in entity.mentions]


def test_group_of_people_is_one_entity_with_state_code(entities_of):
    entities = entities_of(
        "Soldaten erschossen 24 irakische Zivilisten. Die Zivilisten waren unbewaffnet."
    )
    group = by_name(entities, "Irakische Zivilisten")
    assert group.type == "MISC" and group.code == "IRQ"
    assert texts(group) == ["irakische Zivilisten", "Zivilisten"]


def test_group_without_state_has_its_name_as_code(entities_of):
    entities = entities_of("Buddhistische Mönche protestierten. Die Mönche wurden verhaftet.")
    group = by_name(entities, "Buddhistische Mönche")
    assert group.code == "Buddhistische Mönche"


def test_acronym_definition_links_later_uses(entities_of):
    entities = entities_of(
        "Die Oppositionspartei Movement for Democratic Change (MDC) siegte. "
        "Der Kandidat der MDC sprach. Die MDC-Anhänger jubelten."
    )
    party = by_name(entities, "Movement for Democratic Change")
    assert party.type == "ORG" and party.code == "Movement for Democratic Change"
    assert texts(party)[1:] == ["MDC", "MDC", "MDC-Anhänger"]


def test_quoted_name_before_acronym(entities_of):
    entities = entities_of("Die Bewegung „People's Alliance for Democracy“ (PAD) protestiert.")
    assert by_name(entities, "People's Alliance for Democracy").type == "ORG"


def test_government_and_country_nouns_refer_to_the_state(entities_of):
    entities = entities_of(
        "In Myanmar protestieren Mönche. Die Regierung schweigt. "
        "Myanmar ist arm. Das Land hat viele Probleme."
    )
    state = by_name(entities, "Myanmar")
    assert {"Regierung", "Land"} <= set(texts(state))


def test_actor_prefix_of_a_compound_is_a_mention(entities_of):
    entities = entities_of("Israel griff die Hamas-Terror-Infrastruktur an.")
    hamas = by_name(entities, "Hamas")
    assert texts(hamas) == ["Hamas"]


def test_kosovo_uses_the_guideline_code(entities_of):
    assert by_name(entities_of("Das Kosovo erklärte sich unabhängig."), "Kosovo").code == "KOS"


def test_apposition_after_title_of_a_party(entities_of):
    entities = entities_of(
        "Der parlamentarische Geschäftsführer der Grünen, Volker Beck, widersprach."
    )
    assert by_name(entities, "Volker Beck").affiliation == "Die Grünen"


def test_official_takes_the_state_just_named(entities_of):
    entities = entities_of(
        "Uruguays Präsident Tabaré Vázquez lässt sich durch seinen Stellvertreter "
        "Rodolfo Nin Novoa vertreten."
    )
    assert by_name(entities, "Rodolfo Nin Novoa").affiliation == "URY"


def test_family_name_first_names_join_the_person(entities_of):
    entities = entities_of("Der Aktivist Hu Jia wurde verhaftet. Hu engagierte sich lange.")
    assert texts(by_name(entities, "Hu Jia")) == ["Hu Jia", "Hu"]


def test_role_with_state_adjective_refers_back(entities_of):
    entities = entities_of(
        "Präsident Hugo Chávez aus Venezuela sprach. Der venezolanische Staatschef lachte."
    )
    assert "venezolanische Staatschef" in texts(by_name(entities, "Hugo Chávez"))


def test_statistical_person_spans_fill_gaps():
    import spacy

    from lagebild.entities.candidates import tokens_of
    from lagebild.entities.kb import actor_kb

    doc = spacy.blank("de")("Brigadegeneral Farrukh Shehzad wurde verletzt.")
    spans = [(0, len("Brigadegeneral Farrukh Shehzad"), "PER")]
    found = ner_candidates(tokens_of(doc), spans, actor_kb())
    assert [c.name for c in found] == ["Farrukh Shehzad"]


def test_state_institution_by_its_noun(entities_of):
    entities = entities_of(
        "In Simbabwe wartet man. Die zentrale Wahlkommission schweigt. "
        "Simbabwe ist arm. Der Wahlkommission wird Betrug vorgeworfen."
    )
    commission = by_name(entities, "Zentrale Wahlkommission")
    assert commission.type == "ORG" and commission.code == "ZWE"
    assert len(commission.mentions) == 2


def test_unnamed_person_with_indefinite_article_takes_pronouns(entities_of):
    entities = entities_of(
        "Israel griff an, wie eine Armeesprecherin mitteilte. Sie sagte, es gehe weiter."
    )
    person = by_name(entities, "Armeesprecherin")
    assert person.type == "PER"
    assert texts(person) == ["Armeesprecherin", "Sie"]


def test_group_owned_by_a_person_joins_the_group_named_after_them(entities_of):
    entities = entities_of(
        "Präsident Husni Mubarak schwieg. Gegner des ägyptischen Präsidenten wurden verhaftet. "
        "Einige Mubarak-Gegner protestierten."
    )
    group = by_name(entities, "Mubarak-Gegner")
    assert texts(group) == ["Gegner", "Mubarak-Gegner"]
    assert "Gegner" not in [entity.name for entity in entities]
