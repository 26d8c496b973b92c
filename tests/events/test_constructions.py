"""The event rules on hand-built, hand-tagged sentences, one construction each."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_v2_clause_with_dative_recipient_and_person_for_state(kit):
    doc = kit.tagged(
        "Sherman/NE drohte/VVFIN/drohen Russland/NE mit/APPR massiven/ADJA/massiv "
        "Konsequenzen/NN/Konsequenz ./$."
    )
    kit.states(doc)
    sherman = kit.add_entity(doc, "Wendy Sherman", "PER", "Sherman", affiliation="USA")
    [event] = build_events(doc)
    assert sides(event) == ("THREATEN", "USA", "RUS")
    assert event.actor.name == "Wendy Sherman" and event.actor.entity_id == sherman.id
    assert event.trigger.text == "drohte"
    assert (event.quad_class, event.score, event.cameo) == ("verbal conflict", -3.5, "13")


def test_object_first_clause_and_separable_verb(kit):
    doc = kit.tagged(
        "Forderungen/NN/Forderung Russlands/NE/Russland an/APPR die/ART NATO/NE "
        "wies/VVFIN/weisen Sherman/NE aber/ADV zurück/PTKVZ ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Wendy Sherman", "PER", "Sherman", affiliation="USA")
    events = {event.type: event for event in build_events(doc)}
    assert sides(events["REJECT"]) == ("REJECT", "USA", "RUS")
    # the nominal demand: actor from the genitive, recipient from "an"
    assert sides(events["REQUEST"]) == ("REQUEST", "RUS", "NATO")


def test_passive_takes_actor_from_von_phrase(kit):
    doc = kit.tagged(
        "Syrien/NE wurde/VAFIN/werden von/APPR Israel/NE angegriffen/VVPP/angreifen ./$."
    )
    kit.states(doc)
    [event] = build_events(doc)
    assert sides(event) == ("ASSAULT", "ISR", "SYR")


def test_coordinated_subjects_each_act(kit):
    doc = kit.tagged(
        "Frankreich/NE und/KON Deutschland/NE kritisieren/VVFIN/kritisieren Russland/NE ./$."
    )
    kit.states(doc)
    found = sorted(sides(event) for event in build_events(doc))
    assert found == [("ACCUSE", "DEU", "RUS"), ("ACCUSE", "FRA", "RUS")]


def test_nominal_event_with_von_phrase_adjective_and_quantity(kit):
    doc = kit.tagged(
        "Hintergrund/NN ist/VAFIN/sein der/ART Truppenaufmarsch/NN von/APPR fast/ADV "
        "100.000/CARD russischen/ADJA/russisch Soldaten/NN/Soldat an/APPR der/ART "
        "ukrainischen/ADJA/ukrainisch Grenze/NN ./$."
    )
    [event] = build_events(doc)
    assert sides(event) == ("MOBILIZE", "RUS", "UKR") and event.mode == "troops"
    assert event.quantity == 100000


def test_negated_noun_is_negated_and_negated_refusal_is_a_rejection(kit):
    doc = kit.tagged(
        "Russland/NE plane/VVFIN/planen keinen/PIAT/kein Überfall/NN auf/APPR die/ART "
        "Ukraine/NE ./$.",
        "Russland/NE werde/VAFIN/werden nicht/PTKNEG von/APPR den/ART Forderungen/NN/Forderung "
        "der/ART NATO/NE abrücken/VVINF ./$.",
    )
    kit.states(doc)
    assault, reject = build_events(doc)
    assert sides(assault) == ("ASSAULT", "RUS", "UKR") and assault.negated
    assert sides(reject) == ("REJECT", "RUS", "NATO") and not reject.negated


def test_event_inside_reported_speech_is_attributed_to_the_speaker(kit):
    doc = kit.tagged(
        "Rjabkow/NE erklärte/VVFIN/erklären ,/$, Russland/NE plane/VVFIN/planen "
        "keinen/PIAT/kein Überfall/NN auf/APPR die/ART Ukraine/NE ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Sergej Ryabkow", "PER", "Rjabkow", affiliation="RUS")
    kit.add_quote(doc, "Russland plane keinen Überfall auf die Ukraine", "Sergej Ryabkow", "E4")
    [event] = build_events(doc)
    assert event.attributed_to == "Sergej Ryabkow" and event.negated


def test_background_event_keeps_its_date_and_elided_subject(kit):
    doc = kit.tagged(
        "Russland/NE dementiert/VVFIN/dementieren Invasionspläne/NN ,/$, "
        "hatte/VAFIN/haben aber/ADV 2014/CARD die/ART ukrainische/ADJA/ukrainisch "
        "Halbinsel/NN Krim/NE annektiert/VVPP/annektieren ./$."
    )
    kit.states(doc)
    kit.add_date(doc, "2014", "2014")
    deny, annex = build_events(doc)
    assert (deny.type, deny.mode, deny.actor.code) == ("REJECT", "deny", "RUS")
    assert sides(annex) == ("COERCE", "RUS", "UKR")
    assert (annex.mode, annex.when, annex.quantity) == ("seize", "2014", None)


def test_place_and_condition(kit):
    doc = kit.tagged(
        "Die/ART USA/NE haben/VAFIN/haben Russland/NE in/APPR Genf/NE zur/APPRART/zu "
        "Deeskalation/NN aufgerufen/VVPP/aufrufen ./$.",
        "Sherman/NE drohte/VVFIN/drohen Russland/NE im/APPRART/in Fall/NN "
        "einer/ART militärischen/ADJA/militärisch Eskalation/NN mit/APPR "
        "Konsequenzen/NN ./$.",
    )
    kit.states(doc)
    kit.add_entity(doc, "Wendy Sherman", "PER", "Sherman", affiliation="USA")
    kit.add_place(doc, "Genf", "CH", 46.2, 6.15)
    appeal, threat = build_events(doc)
    assert sides(appeal) == ("REQUEST", "USA", "RUS") and appeal.where == "Genf"
    assert threat.condition == "militärischen Eskalation"


def test_demand_content_is_not_an_event(kit):
    doc = kit.tagged(
        "Die/ART USA/NE fordern/VVFIN/fordern einen/ART Abzug/NN der/ART "
        "russischen/ADJA/russisch Truppen/NN/Truppe ./$."
    )
    kit.states(doc)
    [event] = build_events(doc)
    assert event.type == "REQUEST"


def test_same_meeting_told_twice_is_one_event_with_two_mentions(kit):
    doc = kit.tagged(
        "Die/ART USA/NE verhandeln/VVFIN/verhandeln mit/APPR Russland/NE ./$.",
        "Russland/NE verhandelt/VVFIN/verhandeln mit/APPR den/ART USA/NE ./$.",
    )
    kit.states(doc)
    [event] = build_events(doc)
    assert event.type == "CONSULT" and len(event.mentions) == 2
    assert event.id == "V1"


def test_no_actor_no_event(kit):
    doc = kit.tagged("Man/PIS/man habe/VAFIN/haben nicht/PTKNEG verhandelt/VVPP/verhandeln ./$.")
    assert build_events(doc) == []


def test_refusal_of_demands_told_before_takes_their_addressee(kit):
    doc = kit.tagged(
        "Russland/NE stellte/VVFIN/stellen Forderungen/NN/Forderung an/APPR die/ART NATO/NE ./$.",
        "Von/APPR diesen/PDAT/dieser Forderungen/NN/Forderung werde/VAFIN/werden Russland/NE "
        "nicht/PTKNEG abrücken/VVINF ./$.",
    )
    kit.states(doc)
    request, reject = build_events(doc)
    assert sides(request) == ("REQUEST", "RUS", "NATO")
    assert sides(reject) == ("REJECT", "RUS", "NATO") and not reject.negated


def test_zu_infinitive_takes_the_main_clause_subject(kit):
    doc = kit.tagged(
        "Frankreich/NE droht/VVFIN/drohen ,/$, Syrien/NE anzugreifen/VVIZU/angreifen ./$."
    )
    kit.states(doc)
    found = {sides(event) for event in build_events(doc)}
    assert ("ASSAULT", "FRA", "SYR") not in found  # a threat's content is no attack
    doc = kit.tagged(
        "Frankreich/NE begann/VVFIN/beginnen ,/$, Syrien/NE anzugreifen/VVIZU/angreifen ./$."
    )
    kit.states(doc)
    assert ("ASSAULT", "FRA", "SYR") in {sides(event) for event in build_events(doc)}


def test_state_organ_acts_for_the_focus_country_and_place_is_target(kit):
    doc = kit.tagged(
        "Die/ART Polizei/NN nahm/VVFIN/nehmen den/ART Oppositionsführer/NN Nour/NE fest/PTKVZ ./$.",
        "Die/ART Armee/NN bombardierte/VVFIN/bombardieren Ziele/NN/Ziel in/APPR Gaza/NE ./$.",
    )
    doc._.focus_country = "EG"
    kit.add_entity(doc, "Ayman Nour", "PER", "Nour")
    kit.add_place(doc, "Gaza", "PS", 31.5, 34.47)
    arrest, strike = build_events(doc)
    assert (arrest.type, arrest.mode, arrest.actor.code) == ("COERCE", "arrest", "EGY")
    assert arrest.recipient.name == "Ayman Nour"
    assert sides(strike) == ("ASSAULT", "EGY", "PSE")


def test_event_without_recipient_is_dropped_unless_it_needs_none(kit):
    doc = kit.tagged(
        "Russland/NE kritisierte/VVFIN/kritisieren die/ART Entscheidung/NN ./$.",
        "Russland/NE dementierte/VVFIN/dementieren die/ART Berichte/NN/Bericht ./$.",
    )
    kit.states(doc)
    [event] = build_events(doc)
    assert (event.type, event.mode, event.recipient) == ("REJECT", "deny", None)
