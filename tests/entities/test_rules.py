"""Hand-built sentences, one per entity rule."""

from __future__ import annotations

from lagebild.entities.names import name_key, title_of
from lagebild.model import Entity


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [entity for entity in entities if entity.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def mention_texts(entity: Entity) -> list[str]:
    return [mention.text for mention in entity.mentions]


def test_full_name_and_surname_are_one_person(entities_of):
    entities = entities_of(
        "Außenministerin Annalena Baerbock reiste ab. Baerbock sagte, sie sei zufrieden."
    )
    person = by_name(entities, "Annalena Baerbock")
    assert person.type == "PER"
    assert mention_texts(person)[:2] == ["Annalena Baerbock", "Baerbock"]
    assert [p.name for p in entities if p.type == "PER"] == ["Annalena Baerbock"]


def test_transliteration_variants_share_a_key():
    assert name_key("Ryabkow") == name_key("Rjabkow")
    assert name_key("Selenskyj") == name_key("Zelensky")
    assert name_key("Schoigu") == name_key("Shoigu")
    assert name_key("Sherman") != name_key("Stoltenberg")


def test_transliterated_surname_joins_the_person(entities_of):
    entities = entities_of(
        "Der russische Verteidigungsminister Sergej Schoigu kam nach Minsk. Später sagte Shoigu, "
        "alles sei ruhig."
    )
    person = by_name(entities, "Sergej Schoigu")
    assert "Shoigu" in mention_texts(person)
    assert person.variants == ["Schoigu", "Shoigu"]
    assert person.affiliation == "RUS"


def test_role_apposition_names_the_following_person(entities_of):
    entities = entities_of(
        "Die EU-Unterhändlerin, Vizepräsidentin Maria Muster, sagte am Montag, man sei bereit."
    )
    person = by_name(entities, "Maria Muster")
    assert person.roles[:2] == ["EU-Unterhändlerin", "Vizepräsidentin"]
    assert person.affiliation == "EU"
    assert any(m.kind == "role" and m.text == "EU-Unterhändlerin" for m in person.mentions)


def test_role_noun_refers_back_to_its_person(entities_of):
    entities = entities_of(
        "Der französische Außenminister Pierre Dupont traf Kollegen. Der Minister sagte danach, "
        "es gebe Fortschritte."
    )
    person = by_name(entities, "Pierre Dupont")
    assert person.affiliation == "FRA"
    assert any(m.kind == "role" and m.text == "Minister" for m in person.mentions)


def test_pronoun_subject_of_speech_verb(entities_of):
    entities = entities_of("Kanzlerin Petra Beispiel kam an. Sie sagte, das Treffen sei gut.")
    person = by_name(entities, "Petra Beispiel")
    assert any(m.kind == "pronoun" and m.text == "Sie" for m in person.mentions)


def test_capital_is_metonym_only_outside_place_context(entities_of):
    entities = entities_of(
        "Moskau habe klar gemacht, dass es bleibe. Die Gespräche fanden in Moskau statt."
    )
    russia = by_name(entities, "Russland")
    assert russia.code == "RUS"
    assert [(m.text, m.kind) for m in russia.mentions] == [("Moskau", "metonym")]


def test_collective_noun_needs_its_organisation(entities_of):
    with_nato = entities_of("Die NATO tagte. Das Bündnis werde nicht nachgeben, sagte die Allianz.")
    nato = by_name(with_nato, "NATO")
    assert nato.code == "NATO"
    assert {"Bündnis", "Allianz"} <= set(mention_texts(nato))
    without = entities_of("Das Bündnis werde nicht nachgeben.")
    assert not [e for e in without if e.code == "NATO"]


def test_demonym_and_side_compound_mention_the_state(entities_of):
    entities = entities_of("Amerikaner und Europäer warnen. Der US-Seite sei versichert worden.")
    usa = by_name(entities, "Vereinigte Staaten")
    assert usa.code == "USA"
    assert [(m.text, m.kind) for m in usa.mentions] == [
        ("Amerikaner", "demonym"),
        ("US-Seite", "metonym"),
    ]


def test_inflected_state_names(entities_of):
    entities = entities_of("Forderungen Russlands und der Vereinigten Staaten wurden laut.")
    assert by_name(entities, "Russland").mentions[0].text == "Russlands"
    assert by_name(entities, "Vereinigte Staaten").mentions[0].text == "Vereinigten Staaten"


def test_compound_council_is_its_own_organisation_and_prefixes_are_mentions(entities_of):
    entities = entities_of(
        "Das Treffen des EU-China-Rates folgt. Ein Ende der NATO-Osterweiterung ist fern."
    )
    council = by_name(entities, "EU-China-Rat")
    assert council.type == "ORG"
    nato = [e for e in entities if e.code == "NATO"]
    # the compound's first part is a mention of the actor, not the whole word
    assert [m.text for m in nato[0].mentions] == ["NATO"]


def test_generic_head_names_the_organisation_itself(entities_of):
    entities = entities_of("Die Hisbollah-Miliz feuerte Raketen. Die Hisbollah drohte.")
    assert [e.name for e in entities if e.type == "ORG"] == ["Hisbollah"]


def test_affiliation_from_titles(entities_of):
    entities = entities_of(
        "NATO-Generalsekretär Jens Stoltenberg traf die Kiewer Vize-Regierungschefin Olga "
        "Stefanischyna und den US-Botschafter John Doe."
    )
    assert by_name(entities, "Jens Stoltenberg").affiliation == "NATO"
    assert by_name(entities, "Olga Stefanischyna").affiliation == "UKR"
    assert by_name(entities, "John Doe").affiliation == "USA"


def test_organisation_names_and_acronyms(entities_of):
    entities = entities_of(
        "Die Internationale Atomenergiebehörde (IAEA) und die Weltgesundheitsorganisation WHO "
        "warnten. Der IWF schweigt."
    )
    codes = {e.code for e in entities}
    assert {"IAEA", "WHO", "IMF"} <= codes
    iaea = [e for e in entities if e.code == "IAEA"][0]
    assert len(iaea.mentions) == 2


def test_title_parsing():
    title = title_of("Vizeaußenministerin")
    assert title and title.head == "Minister" and title.gender == "f"
    compound = title_of("NATO-Generalsekretär")
    assert compound and compound.prefixes == ("NATO",) and compound.head == "Generalsekretär"
    assert title_of("Osterweiterung") is None


def test_no_crash_on_empty_or_odd_text(entities_of):
    assert entities_of("") == []
    assert entities_of("- - ( ) „“ 123") == []


def test_affiliation_from_genitive_actor_and_party_in_brackets(entities_of):
    entities = entities_of(
        "Der Außenminister der Russischen Föderation Sergei Lawrow und Volker Beck (Grüne) "
        "sprachen."
    )
    assert by_name(entities, "Sergei Lawrow").affiliation == "RUS"
    assert by_name(entities, "Volker Beck").affiliation == "Die Grünen"


def test_common_nouns_are_no_names_after_titles(entities_of):
    entities = entities_of("Der Präsident Sonntag kam nicht.")
    assert not [e for e in entities if e.type == "PER"]
