"""Organisations the knowledge base does not list: compounds with a generic head, names in
quotation marks, genitive names, groups of organisations; and a known organisation that
names a more specific one."""

from __future__ import annotations

from lagebild.model import Entity


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [entity for entity in entities if entity.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def test_unknown_name_with_generic_head_is_an_organisation(entities_of):
    entities = entities_of("Anhänger der Otpor-Bewegung zogen vor das Parlament in Belgrad.")
    movement = by_name(entities, "Otpor-Bewegung")
    assert (movement.type, movement.code) == ("ORG", "Otpor-Bewegung")


def test_common_noun_with_generic_head_is_no_organisation(entities_of):
    entities = entities_of("Die Protest-Bewegung wuchs im Sommer weiter.")
    assert not [entity for entity in entities if entity.type == "ORG"]


def test_quoted_name_after_a_media_noun(entities_of):
    entities = entities_of("Die britische Zeitung „Morning Star“ berichtete über den Streik.")
    paper = by_name(entities, "Morning Star")
    assert (paper.type, paper.code) == ("ORG", "Morning Star")
    assert [mention.text for mention in paper.mentions] == ["Morning Star"]


def test_quoted_name_with_acronym_is_left_to_the_acronym_rule(entities_of):
    entities = entities_of("Die Partei „Freie Bauern“ (FB) trat an. Die FB gewann.")
    party = by_name(entities, "Freie Bauern")
    assert [mention.text for mention in party.mentions] == ["Freie Bauern", "FB", "FB"]
    assert [entity.name for entity in entities if entity.type == "ORG"] == ["Freie Bauern"]


def test_organisation_named_by_a_genitive(entities_of):
    entities = entities_of(
        "Ein Sprecher des Verbandes der Fischer des Nordens kritisierte die Quoten."
    )
    union = by_name(entities, "Verband der Fischer des Nordens")
    assert (union.type, union.code) == ("ORG", "Verband der Fischer des Nordens")


def test_genitive_of_all_members(entities_of):
    entities = entities_of("Die Vereinigung aller katholischen Priester rief zum Gebet auf.")
    assert by_name(entities, "Vereinigung aller katholischen Priester").type == "ORG"


def test_unions_are_organisations(entities_of):
    entities = entities_of(
        "Mehrere Gewerkschaften riefen zum Streik auf. Eine Lehrergewerkschaft schloss sich an."
    )
    assert by_name(entities, "Gewerkschaften").type == "ORG"
    teachers = by_name(entities, "Lehrergewerkschaft")
    assert (teachers.type, teachers.code) == ("ORG", "Lehrergewerkschaft")


def test_us_marines_are_an_organisation_of_the_usa(entities_of):
    entities = entities_of("Eine Einheit der US-Marines landete am Morgen im Hafen.")
    marines = by_name(entities, "US-Marines")
    assert (marines.type, marines.code) == ("ORG", "USA")


def test_known_organisation_inside_a_more_specific_name_means_that_one(entities_of):
    entities = entities_of(
        "Ein Sprecher der Tehrik-i-Taliban Pakistan drohte mit Anschlägen. Die Taliban "
        "bekannten sich zu dem Angriff."
    )
    organisations = [entity for entity in entities if entity.type == "ORG"]
    assert [entity.name for entity in organisations] == ["Tehrik-i-Taliban Pakistan"]
    assert len(organisations[0].mentions) == 2


def test_civilians_without_adjective_are_citizens_of_the_articles_state(entities_of):
    entities = entities_of(
        "In Mali griffen Bewaffnete ein Dorf an. Die Regierung Malis verurteilte die Tat. "
        "Mali ordnete Trauer an. Dabei starben mehrere Zivilisten."
    )
    assert by_name(entities, "Zivilisten").code == "MLI"


def test_civilians_with_a_state_adjective_keep_that_state(entities_of):
    entities = entities_of(
        "Mali ordnete Trauer an. Mali trauert. Dabei starben zwölf nigrische Zivilisten."
    )
    assert by_name(entities, "Nigrische Zivilisten").code == "NER"


def test_units_of_a_states_army_mention_the_state(entities_of):
    entities = entities_of(
        "Israel und Libanon verhandeln. Einheiten der libanesischen Armee rückten vor. "
        "Auch Armeeeinheiten Israels wurden verlegt."
    )
    lebanon = by_name(entities, "Libanon")
    assert "Einheiten der libanesischen Armee" in [mention.text for mention in lebanon.mentions]
    assert not [entity for entity in entities if entity.type == "MISC"]


def test_units_of_rebels_stay_a_group(entities_of):
    entities = entities_of("Israel verhandelt, während abtrünnige Einheiten eine Kaserne besetzen.")
    assert by_name(entities, "Abtrünnige Einheiten").type == "MISC"


def test_state_only_in_a_title_is_no_entity_but_an_organisation_is(entities_of):
    entities = entities_of("US-Präsident Joe Biden traf das Hamas-Mitglied Rami al-Masri nicht.")
    assert by_name(entities, "Joe Biden").affiliation == "USA"
    assert [entity.name for entity in entities if entity.type == "GPE"] == []
    assert by_name(entities, "Hamas").type == "ORG"
