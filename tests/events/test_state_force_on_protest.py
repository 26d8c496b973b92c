"""Force on a protest told in the agentless passive, and emergency rule as a standing state
(see :mod:`lagebild.events.discourse` and :func:`lagebild.events.arguments.agent`)."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def _opposition_and_state(kit, doc) -> None:
    kit.add_entity(doc, "Opposition", "ORG", "Opposition", code="Opposition")
    kit.add_entity(doc, "Weißrussland", "GPE", "Regierung", code="BLR")


def test_agentless_passive_force_on_a_protest_is_the_states(kit):
    doc = kit.tagged(
        "Proteste/NN/Protest der/ART Opposition/NN gegen/APPR die/ART Regierung/NN "
        "wurden/VAFIN/werden gewaltsam/ADJD niedergeschlagen/VVPP/niederschlagen ./$.",
    )
    _opposition_and_state(kit, doc)
    found = {sides(e) for e in build_events(doc)}
    assert ("ASSAULT", "BLR", "Opposition") in found


def test_protest_aimed_at_no_state_gives_no_actor(kit):
    doc = kit.tagged(
        "Proteste/NN/Protest der/ART Opposition/NN gegen/APPR den/ART Konzern/NN "
        "wurden/VAFIN/werden gewaltsam/ADJD niedergeschlagen/VVPP/niederschlagen ./$.",
    )
    kit.add_entity(doc, "Opposition", "ORG", "Opposition", code="Opposition")
    kit.add_entity(doc, "Konzern", "ORG", "Konzern", code="Konzern")
    assert all(e.type != "ASSAULT" for e in build_events(doc))


def test_von_phrase_after_a_protest_noun_is_its_owner_not_the_agent(kit):
    doc = kit.tagged(
        "Am/APPRART/an Samstag/NN wurde/VAFIN/werden eine/ART Kundgebung/NN "
        "von/APPR Gegnern/NN/Gegner des/ART Präsidenten/NN/Präsident Mubarak/NE "
        "gewaltsam/ADJD beendet/VVPP/beenden ./$.",
    )
    kit.add_entity(doc, "Regierungsgegner", "MISC", "Gegnern", code="Regierungsgegner")
    kit.add_entity(doc, "Husni Mubarak", "PER", "Mubarak", affiliation="EGY")
    doc._.focus_country = "EG"
    found = {sides(e) for e in build_events(doc)}
    assert ("COERCE", "EGY", "Regierungsgegner") in found
    assert ("COERCE", "Regierungsgegner", "EGY") not in found


def test_police_right_after_the_protest_noun_stays_the_agent(kit):
    doc = kit.tagged(
        "Am/APPRART/an Samstag/NN wurde/VAFIN/werden die/ART Kundgebung/NN "
        "von/APPR der/ART Polizei/NN gewaltsam/ADJD aufgelöst/VVPP/auflösen ./$.",
    )
    kit.add_entity(doc, "Ägypten", "GPE", "Polizei", code="EGY")
    # the police is neither the protest's owner nor missing as the dispersal's agent
    assert [sides(e) for e in build_events(doc)] == [("COERCE", "EGY", None)]


def test_ruling_under_emergency_rule_answers_no_protest(kit):
    doc = kit.tagged(
        "Gegner/NN/Gegner protestierten/VVFIN/protestieren gegen/APPR die/ART Regierung/NN ./$.",
        "Mubarak/NE ,/$, der/PRELS seit/APPR 1981/CARD im/APPRART/in "
        "Ausnahmezustand/NN regiert/VVFIN/regieren ,/$, tritt/VVFIN/antreten an/PTKVZ ./$.",
    )
    kit.add_entity(doc, "Regierungsgegner", "MISC", "Gegner", code="Regierungsgegner")
    kit.add_entity(doc, "Ägypten", "GPE", "Regierung", code="EGY")
    kit.add_entity(doc, "Husni Mubarak", "PER", "Mubarak", affiliation="EGY")
    found = [sides(e) for e in build_events(doc) if e.type == "COERCE"]
    assert found == [("COERCE", "EGY", None)]


def test_announced_harm_goes_on_against_whom_force_was_just_used(kit):
    doc = kit.tagged(
        "Israel/NE bombardierte/VVFIN/bombardieren Syrien/NE ./$.",
        "Wir/PPER werden/VAFIN/werden einige/PIAT Gebiete/NN/Gebiet einnehmen/VVINF ./$.",
    )
    kit.states(doc)
    kit.add_quote(
        doc, "Wir werden einige Gebiete einnehmen", "Israel", entity_id=doc._.entities[0].id
    )
    found = [sides(e) for e in build_events(doc)]
    assert found == [("ASSAULT", "ISR", "SYR"), ("THREATEN", "ISR", "SYR")]


def test_announced_harm_with_no_force_told_before_stays_unaddressed(kit):
    doc = kit.tagged(
        "Israel/NE traf/VVFIN/treffen Syrien/NE ./$.",
        "Wir/PPER werden/VAFIN/werden einige/PIAT Gebiete/NN/Gebiet einnehmen/VVINF ./$.",
    )
    kit.states(doc)
    kit.add_quote(
        doc, "Wir werden einige Gebiete einnehmen", "Israel", entity_id=doc._.entities[0].id
    )
    assert all(e.type != "THREATEN" for e in build_events(doc))


def test_force_by_an_unresolved_agent_is_not_the_states(kit):
    doc = kit.tagged(
        "Proteste/NN/Protest der/ART Opposition/NN gegen/APPR die/ART Regierung/NN "
        "wurden/VAFIN/werden von/APPR Unbekannten/NN/Unbekannter "
        "angegriffen/VVPP/angreifen ./$.",
    )
    _opposition_and_state(kit, doc)
    assert all(e.type != "ASSAULT" for e in build_events(doc))
