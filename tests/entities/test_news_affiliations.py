"""Cases from real news (10kGNAD): parties of other countries, the state a person's own
title names, peoples without a state, border phrases, predicate role nouns and participle
phrases before a group noun."""

from __future__ import annotations

from token_helpers import tagged_tokens

from lagebild.entities.component import resolve_entities
from lagebild.entities.kb import actor_kb, organisation_states
from lagebild.model import Entity


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [entity for entity in entities if entity.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def test_foreign_parties_are_known_with_their_state():
    kb = actor_kb()
    for name, state in (
        ("HDP", "TUR"),
        ("AKP", "TUR"),
        ("Podemos", "ESP"),
        ("PSOE", "ESP"),
        ("Labour", "GBR"),
        ("Tories", "GBR"),
        ("Ukip", "GBR"),
        ("Syriza", "GRC"),
        ("Fidesz", "HUN"),
        ("Likud", "ISR"),
        ("PiS", "POL"),
        ("FPÖ", "AUT"),
        ("SPD", "DEU"),
    ):
        surface = kb.phrases.get((name,))
        assert surface is not None, name
        assert organisation_states()[surface.actor.code] == state, name
    # a generic word stays no party of its own
    assert ("Konservative",) not in kb.phrases


def test_party_leader_takes_his_party(entities_of):
    entities = entities_of(
        "In Ankara protestierte die Opposition. HDP-Chef Selahattin Demirtas forderte "
        "Neuwahlen. Gegen den Chef der prokurdischen HDP, Mehmet Yilmaz, wird ermittelt."
    )
    assert by_name(entities, "Selahattin Demirtas").affiliation == "HDP"
    assert by_name(entities, "Mehmet Yilmaz").affiliation == "HDP"
    assert by_name(entities, "HDP").code == "HDP"


def test_labour_and_tories(entities_of):
    entities = entities_of(
        "Labour-Chef Jeremy Corbyn griff die Regierung an. Die Tories gewannen die Wahl."
    )
    assert by_name(entities, "Jeremy Corbyn").affiliation == "Labour"
    assert by_name(entities, "Konservative Partei").code == "Konservative Partei"


def test_state_of_a_later_genitive_title_wins_over_the_context(entities_of):
    # the adjective of another official and the capital just named must not decide;
    # "Ecuadors Präsident" later says whose president he is
    entities = entities_of(
        "Der argentinische Papst traf am Sonntag ein und wurde von Präsident Rafael Correa "
        "empfangen. Franziskus lobte Correas Rede. Ecuadors Präsident hatte die soziale "
        "Frage als das Grundproblem bezeichnet."
    )
    correa = by_name(entities, "Rafael Correa")
    assert correa.affiliation == "ECU"
    assert "Präsident" in [mention.text for mention in correa.mentions]


def test_state_genitive_after_a_noun_is_no_reference(entities_of):
    entities = entities_of(
        "Präsident Rafael Correa sprach. Die Rede Ecuadors Präsident wurde gelobt."
    )
    assert by_name(entities, "Rafael Correa").affiliation != "ECU"


def test_leader_of_a_people_without_state_gets_no_nearby_state(entities_of):
    entities = entities_of(
        "Die Türkei griff Stellungen im Nordirak an. Ankara setzte die Luftangriffe fort. "
        "Kurdenpräsident Massud Barsani forderte den Rückzug der Kämpfer."
    )
    assert by_name(entities, "Massud Barsani").affiliation is None


def test_demonym_in_a_closed_title_gives_its_state(entities_of):
    entities = entities_of(
        "Israel kritisierte die Rede. Palästinenserpräsident Mahmud Abbas sprach in New York."
    )
    assert by_name(entities, "Mahmud Abbas").affiliation == "PSE"


def test_border_with_contracted_article_names_a_place(entities_of):
    entities = entities_of(
        "Bulgarien baut den Schutz seiner Grenzen aus. Schon 2013 wurde an der Grenze zur "
        "Türkei begonnen, sagte Außenminister Daniel Mitrow in Berlin."
    )
    assert by_name(entities, "Daniel Mitrow").affiliation == "BGR"


def test_predicate_role_noun_is_no_person(entities_of):
    entities = entities_of(
        "Schulz sagte: Ein Land, das ein Beitrittskandidat zur Europäischen Union ist, muss "
        "sicher sein. Er ist ein Kandidat der Opposition."
    )
    assert not [entity for entity in entities if entity.type == "PER" and "andidat" in entity.name]
    # an unnamed role that is no predicate still is someone
    entities = entities_of("Am Abend sagte eine Armeesprecherin, sie sei besorgt.")
    assert by_name(entities, "Armeesprecherin").type == "PER"


def test_participle_phrase_is_no_group_name(entities_of):
    entities = entities_of(
        "Steine werfende Demonstranten griffen die Polizei an. Später wurden "
        "protestierende Studenten festgenommen."
    )
    names = [entity.name for entity in entities]
    assert "Werfende Demonstranten" not in names
    assert "Demonstranten" in names
    assert "Protestierende Studenten" in names


def test_disagreeing_role_references_give_no_state(entities_of):
    # the plural "die Außenminister des Irans" is no reference to his state
    entities = entities_of(
        "Moskau – Das sagte Außenminister Sergej Lawrow am Samstag. Lawrow informierte die "
        "Außenminister des Irans über das Treffen. Der russische Außenminister machte sich "
        "für eine Runde stark."
    )
    assert by_name(entities, "Sergej Lawrow").affiliation != "IRN"


def test_title_of_the_next_person_is_no_apposition(entities_of):
    entities = entities_of(
        "Zu den Mitstreitern zählen der US-Ökonom James Galbraith, der britische "
        "Labour-Abgeordnete John McDonnell und andere."
    )
    assert by_name(entities, "James Galbraith").affiliation is None
    assert by_name(entities, "John McDonnell").affiliation == "Labour"


def test_predicate_after_an_inverted_subject_is_no_person():
    tokens = tagged_tokens(
        "Im/APPRART Herzen/NN bin/VAFIN ich/PPER ein/ART heimlicher/ADJA Politiker/NN ,/$, "
        "sagte/VVFIN er/PPER ./$."
    )
    entities = resolve_entities(" ".join(token.text for token in tokens), tokens)
    assert not [entity for entity in entities if "Politiker" in entity.name]
