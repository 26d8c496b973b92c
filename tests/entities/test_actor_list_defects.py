"""Defects an analyst sees at once in a corpus's actor list, at their source in the
entity layer: name particles cut off, places and clubs taken for persons, a genitive
taken for an organisation's whole name, an athlete's country taken for an organisation."""

from __future__ import annotations

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import actor_kb
from lagebild.entities.listed_names import tagged_name_persons
from lagebild.model import Entity


def names_of(entities: list[Entity], type_: str) -> list[str]:
    return [entity.name for entity in entities if entity.type == type_]


def test_name_particles_belong_to_the_name(entities_of):
    entities = entities_of(
        "Der grüne Kandidat Alexander Van der Bellen sprach. Die belgische Ministerin "
        "Maggie De Block und Ursula von der Leyen hörten zu."
    )
    assert names_of(entities, "PER") == [
        "Alexander Van der Bellen",
        "Maggie De Block",
        "Ursula von der Leyen",
    ]


def test_von_after_a_full_name_names_whom_one_works_for(entities_of):
    entities = entities_of("Heute sprach Peter Schmidt von Siemens über die Lage.")
    assert names_of(entities, "PER") == ["Peter Schmidt"]


def tagged(words: list[tuple[str, str]]) -> list[Tok]:
    tokens, position = [], 0
    for text, tag in words:
        tokens.append(Tok(text=text, start=position, end=position + len(text), tag=tag))
        position += len(text) + 1
    return tokens


def test_proper_noun_runs_that_name_places_or_clubs_are_no_persons():
    kb = actor_kb()
    for run in (
        ["New", "York"],
        ["Tel", "Aviv"],
        ["Red", "Bull", "Salzburg"],
        ["VfL", "Wolfsburg"],
    ):
        tokens = tagged(
            [("Gestern", "ADV"), *((word, "NE") for word in run), ("verlor", "VVFIN"), (".", "$.")]
        )
        assert tagged_name_persons(tokens, kb) == [], run
    tokens = tagged([("Gestern", "ADV"), ("Hu", "NE"), ("Jia", "NE"), ("sprach", "VVFIN")])
    assert [c.name for c in tagged_name_persons(tokens, kb)] == ["Hu Jia"]


def test_a_genitive_completes_the_name_an_acronym_defines(entities_of):
    entities = entities_of("Die Volkspartei Transnistriens (VPT) protestierte. Die VPT blieb.")
    assert names_of(entities, "ORG") == ["Volkspartei Transnistriens"]


def test_von_after_a_first_name_only_other_particles_anywhere(entities_of):
    entities = entities_of("Der brasilianische Präsident Luiz Inácio Lula da Silva sprach.")
    assert names_of(entities, "PER") == ["Luiz Inácio Lula da Silva"]


def test_an_athletes_country_code_defines_no_organisation(entities_of):
    entities = entities_of(
        "1. Nico Rosberg (GER) Mercedes 1:41,983 Min. – 2. Lewis Hamilton (GBR) Mercedes."
    )
    assert names_of(entities, "ORG") == []


def test_a_noun_completed_by_a_prepositional_phrase_heads_the_name(entities_of):
    entities = entities_of("Die Internationale Organisation für Migration (IOM) warnte.")
    assert names_of(entities, "ORG") == ["Internationale Organisation für Migration"]


def test_how_many_does_not_name_a_group(entities_of):
    entities = entities_of("Tausende Flüchtlinge kamen an. Weiteren Flüchtlingen wurde geholfen.")
    assert names_of(entities, "MISC") == ["Flüchtlinge"]
    entities = entities_of("Den Zug überfielen bewaffnete Räuber.")
    assert names_of(entities, "MISC") == ["Bewaffnete Räuber"]


def test_an_organisation_defined_in_the_genitive_is_named_in_the_nominative(entities_of):
    entities = entities_of(
        "Forscher des Deutschen Zentrums für Luft- und Raumfahrt (DLR) "
        "warnten. Ein Sprecher des Bundeskriminalamts (BKA) sagte das."
    )
    assert names_of(entities, "ORG") == [
        "Deutsches Zentrum für Luft- und Raumfahrt",
        "Bundeskriminalamt",
    ]
    spokesman = next(entity for entity in entities if entity.type == "PER")
    assert spokesman.affiliation == "Bundeskriminalamt"


def test_a_name_run_ending_in_another_persons_surname_is_two_persons(entities_of):
    entities = entities_of(
        "Vizekanzler Reinhold Mitterlehner kam. Dann habe Landeshauptmann Erwin Pröll "
        "Mitterlehner angeschrien. Erwin Pröll sagte, er habe nichts gesagt. Minister Hans "
        "Peter Doskozil und Peter Doskozil sind einer."
    )
    assert names_of(entities, "PER") == [
        "Reinhold Mitterlehner",
        "Erwin Pröll",
        "Hans Peter Doskozil",
    ]
    mitterlehner = entities[0]
    assert [m.text for m in mitterlehner.mentions] == ["Reinhold Mitterlehner", "Mitterlehner"]


def affiliation_of(entities: list[Entity], name: str) -> str | None:
    return next(entity.affiliation for entity in entities if entity.name == name)


def test_a_state_in_a_where_clause_is_the_officials(entities_of):
    entities = entities_of(
        "Ungarn will nichts tun. Ungarn ist dagegen. In Norwegen und in "
        "Großbritannien, wo Premier David Cameron umdenkt, ist das anders."
    )
    assert affiliation_of(entities, "David Cameron") == "GBR"


def test_a_states_genitive_after_a_noun_is_no_officials_state(entities_of):
    entities = entities_of(
        "Österreich ist dabei. Österreich will das. Die Befürworter eines "
        "Verbleibs Großbritanniens in der EU werden gewinnen. "
        "Kammerpräsident Christoph Leitl sprach davon."
    )
    assert affiliation_of(entities, "Christoph Leitl") == "AUT"
