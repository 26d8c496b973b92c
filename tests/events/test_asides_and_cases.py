"""Phrases that are neither subject nor object though bare: an apposition naming the actor
again, a bracketed aside, a reflexive object, a dative or genitive marked by "der"."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_apposition_naming_the_actor_again_is_no_object(kit):
    doc = kit.tagged(
        "Der/ART Präsident/NN der/ART Ukraine/NE ,/$, Wolodymyr/NE Selenskyj/NE ,/$, "
        "traf/VVFIN/treffen sich/PRF mit/APPR dem/ART Präsidenten/NN/Präsident "
        "Frankreichs/NE/Frankreich ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Wolodymyr Selenskyj", "PER", "Wolodymyr Selenskyj", affiliation="UKR")
    assert [sides(e) for e in build_events(doc)] == [("CONSULT", "UKR", "FRA")]


def test_bracketed_party_is_no_object(kit):
    doc = kit.tagged(
        "Unterdessen/ADV verteidigte/VVFIN/verteidigen Jean/NE Dupont/NE (/$( "
        "PS/NE )/$( den/ART Entwurf/NN ./$."
    )
    kit.add_entity(doc, "Parti socialiste", "ORG", "PS", code="PS")
    kit.add_entity(doc, "Jean Dupont", "PER", "Jean Dupont", affiliation="FRA")
    assert build_events(doc) == []


def test_bracketed_party_is_no_subject(kit):
    doc = kit.tagged(
        "Der/ART Ministerin/NN Anna/NE Roth/NE (/$( PS/NE )/$( "
        "wirft/VVFIN/vorwerfen Dupont/NE Versagen/NN vor/PTKVZ ./$."
    )
    kit.add_entity(doc, "Parti socialiste", "ORG", "PS", code="PS")
    kit.add_entity(doc, "Anna Roth", "PER", "Anna Roth", affiliation="PS")
    kit.add_entity(doc, "Jean Dupont", "PER", "Dupont", affiliation="UMP")
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "UMP", "PS")]


def test_reflexive_object_leaves_no_target(kit):
    doc = kit.tagged(
        "In/APPR Luxemburg/NE hat/VAFIN/haben sich/PRF Frankreich/NE gegen/APPR "
        "Vorwürfe/NN/Vorwurf verteidigt/VVPP/verteidigen ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Luxemburg", "GPE", "Luxemburg", code="LUX")
    assert [e for e in build_events(doc) if e.type == "SUPPORT"] == []


def test_noun_in_a_setting_phrase_governs_no_later_act(kit):
    doc = kit.tagged(
        "Nach/APPR der/ART Ermordung/NN des/ART Oppositionellen/NN/Oppositionelle "
        "durch/APPR russische/ADJA/russisch Agenten/NN/Agent "
        "verhängte/VVFIN/verhängen Großbritannien/NE Sanktionen/NN/Sanktion "
        "gegen/APPR Russland/NE ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Großbritannien", "GPE", "Großbritannien", code="GBR")
    assert [sides(e) for e in build_events(doc)] == [("SANCTION", "GBR", "RUS")]


def test_noun_governs_the_act_in_its_own_phrases(kit):
    doc = kit.tagged(
        "Die/ART Forderungen/NN/Forderung Frankreichs/NE/Frankreich nach/APPR "
        "einem/ART Abzug/NN Russlands/NE/Russland blieben/VVFIN/bleiben ./$."
    )
    kit.states(doc)
    assert ("REQUEST", "FRA", "RUS") in [sides(e) for e in build_events(doc)]


def test_label_given_by_a_naming_verb_accuses_the_object(kit):
    doc = kit.tagged(
        "Russland/NE bezeichnete/VVFIN/bezeichnen die/ART NATO/NE als/APPR Aggressor/NN ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "RUS", "NATO")]


def test_label_without_naming_verb_or_speech_accuses_no_one(kit):
    doc = kit.tagged("Russland/NE traf/VVFIN/treffen die/ART NATO/NE als/APPR Aggressor/NN ./$.")
    kit.states(doc)
    assert [e for e in build_events(doc) if e.type == "ACCUSE"] == []


def test_name_in_the_genitive_before_an_event_noun_is_its_actor(kit):
    doc = kit.tagged(
        "Russlands/NE/Russland massive/ADJA/massiv Angriffe/NN/Angriff auf/APPR "
        "die/ART Ukraine/NE gehen/VVFIN/weitergehen weiter/PTKVZ ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "RUS", "UKR")]
