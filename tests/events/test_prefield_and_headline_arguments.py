"""Errors found on real German news (10kGNAD): the prefield of a main clause
holds one phrase, so an apposition or attribute of the subject there is no object of the verb
(:func:`lagebild.events.arguments.prefield_partners`); an event noun said to be possible or
needed is no event done (:func:`lagebild.events.unasserted.possible_only`); a headline's bare
participle is a passive (:func:`lagebild.events.arguments.headline_participle`); and "eine
Botschaft vermitteln" conveys a message, it mediates nothing."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_a_place_in_the_subjects_apposition_is_no_target(kit) -> None:
    doc = kit.tagged(
        "Der/ART Gesandte/NN in/APPR Bosnien/NE ,/$, Wolfgang/NE Petritsch/NE ,/$, "
        "begrüßte/VVFIN/begrüßen die/ART Initiative/NN ./$."
    )
    kit.add_entity(doc, "Bosnien und Herzegowina", "GPE", "Bosnien", code="BIH")
    kit.add_entity(doc, "Wolfgang Petritsch", "PER", "Wolfgang Petritsch", affiliation="AUT")
    assert [sides(e) for e in build_events(doc)] == []


def test_an_organisation_the_subject_heads_is_no_object(kit) -> None:
    doc = kit.tagged(
        "Andreas/NE Ehlers/NE ,/$, Vorsitzender/NN des/ART Elternverbands/NN ,/$, "
        "begrüßt/VVFIN/begrüßen die/ART Idee/NN ./$."
    )
    kit.add_entity(doc, "Andreas Ehlers", "PER", "Andreas Ehlers")
    kit.add_entity(doc, "Elternverband", "ORG", "Elternverbands", code="Elternverband")
    assert [sides(e) for e in build_events(doc)] == []


def test_an_object_after_the_finite_verb_stays_the_recipient(kit) -> None:
    doc = kit.tagged(
        "Der/ART Gesandte/NN in/APPR Bosnien/NE ,/$, Wolfgang/NE Petritsch/NE ,/$, "
        "kritisierte/VVFIN/kritisieren die/ART Ukraine/NE ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Bosnien und Herzegowina", "GPE", "Bosnien", code="BIH")
    kit.add_entity(doc, "Wolfgang Petritsch", "PER", "Wolfgang Petritsch", affiliation="AUT")
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "AUT", "UKR")]


def test_an_alliance_that_is_only_possible_is_no_cooperation(kit) -> None:
    doc = kit.tagged(
        "Auch/ADV ein/ART Bündnis/NN zwischen/APPR der/ART AKP/NE und/KON der/ART MHP/NE "
        "gilt/VVFIN/gelten als/APPR möglich/ADJD ./$."
    )
    kit.add_entity(doc, "AKP", "ORG", "AKP", code="AKP")
    kit.add_entity(doc, "MHP", "ORG", "MHP", code="MHP")
    assert [sides(e) for e in build_events(doc)] == []


def test_an_attack_judged_otherwise_is_still_told(kit) -> None:
    doc = kit.tagged(
        "Der/ART Angriff/NN Russlands/NE/Russland auf/APPR die/ART Ukraine/NE "
        "war/VAFIN/sein brutal/ADJD ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "RUS", "UKR")]


def test_a_headline_participle_is_a_passive(kit) -> None:
    doc = kit.tagged("Deutschland/NE von/APPR EU-Kommission/NN verklagt/VVPP/verklagen ./$.")
    kit.states(doc)
    kit.add_entity(doc, "Europäische Kommission", "ORG", "EU-Kommission", code="EU")
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "EU", "DEU")]


def test_a_conveyed_message_is_no_mediation(kit) -> None:
    doc = kit.tagged(
        "Diese/PDAT Botschaft/NN will/VMFIN/wollen Malmström/NE gern/ADV vermitteln/VVINF ./$."
    )
    kit.add_entity(doc, "Cecilia Malmström", "PER", "Malmström", affiliation="EU")
    assert [sides(e) for e in build_events(doc)] == []


def test_an_unresolved_partner_is_not_replaced_by_the_governed_target(kit) -> None:
    doc = kit.tagged(
        "Die/ART EU/NE arbeitet/VVFIN/arbeiten mit/APPR Finanzinstituten/NN/Finanzinstitut "
        "dabei/PAV zusammen/PTKVZ/zusammen ,/$, Reformen/NN/Reform von/APPR Bosnien/NE "
        "zu/PTKZU fordern/VVINF ./$."
    )
    kit.add_entity(doc, "Europäische Union", "ORG", "EU", code="EU")
    kit.add_entity(doc, "Bosnien und Herzegowina", "GPE", "Bosnien", code="BIH")
    assert ("COOPERATE", "EU", "BIH") not in [sides(e) for e in build_events(doc)]


def test_an_unowned_attack_that_hurt_israelis_is_not_israels(kit) -> None:
    doc = kit.tagged(
        "Israel/NE griff/VVFIN/angreifen Ziele/NN/Ziel in/APPR Syrien/NE an/PTKVZ ./$.",
        "Bei/APPR Angriffen/NN/Angriff in/APPR Syrien/NE erlitten/VVFIN/erleiden vier/CARD "
        "Israelis/NN/Israeli Verletzungen/NN/Verletzung ./$.",
    )
    kit.states(doc)
    kit.add_place(doc, "Syrien", "SY", 35.0, 38.0)
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "ISR", "SYR")]


def test_der_before_a_feminine_hyphenated_compound_is_no_subject(kit) -> None:
    doc = kit.tagged(
        "Im/APPRART Gazastreifen/NE gibt/VVFIN/geben es/PPER Gruppen/NN/Gruppe ,/$, "
        "die/PRELS der/ART herrschenden/ADJA Hamas-Bewegung/NN Nachgiebigkeit/NN "
        "gegenüber/APPR Israel/NE vorwerfen/VVFIN ./$."
    )
    kit.states(doc)
    doc._.focus_country = "IL"
    kit.add_entity(doc, "Hamas", "ORG", "Hamas-Bewegung", code="Hamas")
    assert [e.actor.code for e in build_events(doc) if e.actor] == []


def test_a_protest_owned_by_a_genitive_quantifier_phrase_is_not_guessed(kit) -> None:
    doc = kit.tagged(
        "Wie/KOUS die/ART Hamas/NE mitteilte/VVFIN/mitteilen ,/$, ereignete/VVFIN/ereignen "
        "sich/PRF der/ART Vorfall/NN bei/APPR einer/ART Protestaktion/NN "
        "mehrerer/PIAT/mehrere Organisationen/NN/Organisation ./$."
    )
    kit.add_entity(doc, "Hamas", "ORG", "Hamas", code="Hamas")
    assert [sides(e) for e in build_events(doc)] == []


def test_a_name_glued_to_a_noun_past_the_verb_is_no_subject(kit) -> None:
    doc = kit.tagged(
        "Die/ART aus/APPR Forschern/NN/Forscher gebildete/ADJA Kurie/NN der/ART "
        "Akademie/NN warnt/VVFIN/warnen vor/APPR einer/ART Gefährdung/NN des/ART "
        "Forschungsstandort/NN Österreich/NE ./$."
    )
    kit.add_entity(doc, "Österreich", "GPE", "Österreich", code="AUT")
    kit.add_entity(doc, "Akademie", "ORG", "Akademie", code="Akademie")
    assert [sides(e) for e in build_events(doc)] == []
