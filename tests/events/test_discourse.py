"""Round-3 rules: participants carried over from the discourse and events told without an
addressee (see :mod:`lagebild.events.discourse`)."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_ownerless_protest_is_the_group_named_beside_it(kit):
    doc = kit.tagged(
        "Bei/APPR Protesten/NN/Protest kamen/VVFIN/kommen Menschen/NN/Mensch um/PTKVZ ./$.",
        "Oppositionsanhänger/NN/Oppositionsanhänger demonstrieren/VVFIN/demonstrieren seit/APPR "
        "Tagen/NN/Tag ./$.",
    )
    kit.add_entity(
        doc, "Oppositionsanhänger", "MISC", "Oppositionsanhänger", code="Oppositionsanhänger"
    )
    doc._.focus_country = "ET"
    events = build_events(doc)
    assert sides(events[0]) == ("PROTEST", "Oppositionsanhänger", "ETH")
    assert events[0].trigger.text == "Protesten"


def test_ownerless_noun_with_an_unresolved_agent_is_not_guessed(kit):
    doc = kit.tagged(
        "Eine/ART Kundgebung/NN/Kundgebung von/APPR Gegnern/NN/Gegner wurde/VAFIN/werden "
        "aufgelöst/VVPP/auflösen ./$.",
        "Die/ART Kifaya-Bewegung/NE/Kifaya-Bewegung protestiert/VVFIN/protestieren ./$.",
    )
    kit.add_entity(doc, "Kifaya-Bewegung", "ORG", "Kifaya-Bewegung", code="Kifaya-Bewegung")
    doc._.focus_country = "EG"
    assert all(e.trigger.text != "Kundgebung" for e in build_events(doc))


def test_definite_event_noun_retells_the_event_before(kit):
    doc = kit.tagged(
        "Israel/NE startete/VVFIN/starten die/ART Bodenoffensive/NN/Bodenoffensive gegen/APPR "
        "Syrien/NE ./$.",
        "Die/ART Bodenoffensive/NN/Bodenoffensive wurde/VAFIN/werden bestätigt/VVPP/bestätigen "
        "./$.",
    )
    kit.states(doc)
    [event] = build_events(doc)
    assert sides(event) == ("ASSAULT", "ISR", "SYR")
    assert len(event.mentions) == 2


def test_people_named_for_protesting_are_the_movement(kit):
    doc = kit.tagged(
        "Die/ART Kifaya-Bewegung/NE/Kifaya-Bewegung protestiert/VVFIN/protestieren ./$.",
        "Die/ART Polizei/NN/Polizei verhaftete/VVFIN/verhaften Demonstranten/NN/Demonstrant ./$.",
    )
    kit.add_entity(doc, "Kifaya-Bewegung", "ORG", "Kifaya-Bewegung", code="Kifaya-Bewegung")
    kit.add_entity(doc, "Demonstranten", "MISC", "Demonstranten", code="Demonstranten")
    doc._.focus_country = "EG"
    arrest = next(e for e in build_events(doc) if e.type == "COERCE")
    assert sides(arrest) == ("COERCE", "EGY", "Kifaya-Bewegung")


def test_body_of_states_meets_among_itself(kit):
    doc = kit.tagged(
        "Die/ART G7/NE wollen/VMFIN/wollen sich/PRF in/APPR Brüssel/NE treffen/VVINF/treffen ./$."
    )
    kit.add_entity(doc, "G7", "ORG", "G7", code="G7")
    [event] = build_events(doc)
    assert sides(event) == ("AGREE", "G7", None)


def test_state_meeting_without_partner_is_dropped(kit):
    doc = kit.tagged(
        "Russland/NE will/VMFIN/wollen sich/PRF in/APPR Genf/NE treffen/VVINF/treffen ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_ownerless_event_comes_from_the_state_it_is_told_from(kit):
    doc = kit.tagged(
        "Zusagen/NN/Zusage an/APPR Israel/NE gibt/VVFIN/geben es/PPER auch/ADV "
        "aus/APPR Frankreich/NE ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("AGREE", "FRA", "ISR")]


def test_we_in_a_quote_is_the_speaker(kit):
    doc = kit.tagged(
        "Wir/PPER haben/VAFIN/haben Syrien/NE angegriffen/VVPP/angreifen ,/$, "
        "sagte/VVFIN/sagen Netanjahu/NE ./$."
    )
    kit.states(doc)
    person = kit.add_entity(doc, "Benjamin Netanjahu", "PER", "Netanjahu", code="ISR")
    kit.add_quote(doc, "Wir haben Syrien angegriffen", "Benjamin Netanjahu", person.id)
    [event] = build_events(doc)
    assert sides(event) == ("ASSAULT", "ISR", "SYR")


def test_agentless_passive_on_a_place_keeps_the_attacker_of_the_sentence_before(kit):
    doc = kit.tagged(
        "Israel/NE bombardierte/VVFIN/bombardieren Ziele/NN/Ziel in/APPR Syrien/NE ./$.",
        "Auch/ADV Brücken/NN/Brücke in/APPR Syrien/NE wurden/VAFIN/werden "
        "angegriffen/VVPP/angreifen ./$.",
    )
    kit.states(doc)
    events = build_events(doc)
    assert [sides(e) for e in events] == [("ASSAULT", "ISR", "SYR")] * 2


def test_coordinated_subjects_agree_among_themselves(kit):
    doc = kit.tagged(
        "Tadić/NE und/KON Koštunica/NE haben/VAFIN/haben sich/PRF "
        "verständigt/VVPP/verständigen ./$."
    )
    kit.add_entity(doc, "Boris Tadić", "PER", "Tadić", code="SRB")
    kit.add_entity(doc, "Vojislav Koštunica", "PER", "Koštunica", code="SRB")
    [event] = build_events(doc)
    assert (event.type, event.actor.name, event.recipient.name) == (
        "AGREE",
        "Boris Tadić",
        "Vojislav Koštunica",
    )


def test_new_general_triggers(kit):
    doc = kit.tagged(
        "Polizisten/NN/Polizist schlugen/VVFIN/einschlagen mit/APPR "
        "Knüppeln/NN/Knüppel auf/APPR Russland/NE ein/PTKVZ ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Polizei", "ORG", "Polizisten", code="UKR")
    [event] = build_events(doc)
    assert (event.type, event.mode, event.actor.code, event.recipient.code) == (
        "ASSAULT",
        "beat",
        "UKR",
        "RUS",
    )


def test_label_said_of_the_deed_just_told_accuses_its_perpetrator(kit):
    doc = kit.tagged(
        "Israel/NE bombardierte/VVFIN/bombardieren Ziele/NN/Ziel in/APPR Syrien/NE ./$.",
        "„/$( Das/PDS/der ist/VAFIN/sein ein/ART Massaker/NN/Massaker ./$. “/$(",
    )
    kit.states(doc)
    kit.add_quote(doc, "Das ist ein Massaker.", "Syrien", "E2")
    label = next(e for e in build_events(doc) if e.type == "ACCUSE")
    assert (label.actor.code, label.recipient.code, label.trigger.text) == (
        "SYR",
        "ISR",
        "Massaker",
    )


def test_label_without_a_deed_before_is_dropped(kit):
    doc = kit.tagged("„/$( Das/PDS/der ist/VAFIN/sein ein/ART Massaker/NN/Massaker ./$. “/$(")
    kit.states(doc)
    kit.add_entity(doc, "Syrien", "GPE", "Syrien", code="SYR")
    kit.add_quote(doc, "Das ist ein Massaker.", "Syrien", "E1")
    assert build_events(doc) == []


def test_unnamed_protesters_are_the_movement_or_nothing(kit):
    doc = kit.tagged(
        "Die/ART Kifaya-Bewegung/NE/Kifaya-Bewegung protestiert/VVFIN/protestieren ./$.",
        "Die/ART Polizei/NN/Polizei eröffnete/VVFIN/eröffnen das/ART Feuer/NN/Feuer auf/APPR "
        "Steine/NN/Stein werfende/ADJA/werfend Demonstranten/NN/Demonstrant ./$.",
    )
    kit.add_entity(doc, "Kifaya-Bewegung", "ORG", "Kifaya-Bewegung", code="Kifaya-Bewegung")
    doc._.focus_country = "EG"
    fire = next(e for e in build_events(doc) if e.type == "ASSAULT")
    assert sides(fire) == ("ASSAULT", "EGY", "Kifaya-Bewegung")
    alone = kit.tagged(
        "Die/ART Polizei/NN/Polizei eröffnete/VVFIN/eröffnen das/ART "
        "Feuer/NN/Feuer auf/APPR Demonstranten/NN/Demonstrant ./$."
    )
    alone._.focus_country = "EG"
    assert build_events(alone) == []
