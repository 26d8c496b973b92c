"""Recall rules of the issue #5 round: answers to a demand, claims of responsibility and
labels given by naming (see :mod:`lagebild.events.discourse`)."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_refused_apology_answers_whoever_demanded_it(kit):
    doc = kit.tagged(
        "Die/ART USA/NE verlangten/VVFIN/verlangen von/APPR Russland/NE eine/ART "
        "Entschuldigung/NN/Entschuldigung ./$.",
        "Russland/NE hat/VAFIN/haben sich/PRF bisher/ADV nicht/PTKNEG "
        "entschuldigt/VVPP/entschuldigen ./$.",
    )
    kit.states(doc)
    events = build_events(doc)
    apology = next(e for e in events if e.type == "CONCEDE")
    assert sides(apology) == ("CONCEDE", "RUS", "USA")
    assert apology.negated


def test_answer_without_a_demand_before_stays_unaddressed(kit):
    doc = kit.tagged(
        "Die/ART USA/NE kritisierten/VVFIN/kritisieren Russland/NE ./$.",
        "Russland/NE hat/VAFIN/haben sich/PRF bisher/ADV nicht/PTKNEG "
        "entschuldigt/VVPP/entschuldigen ./$.",
    )
    kit.states(doc)
    apology = next(e for e in build_events(doc) if e.type == "CONCEDE")
    assert apology.recipient is None


def _attack_then(kit, claim: str):
    doc = kit.tagged(
        "Zwei/CARD Attentäter/NN/Attentäter griffen/VVFIN/angreifen Syrien/NE an/PTKVZ ./$.",
        claim,
    )
    kit.states(doc)
    kit.add_entity(doc, "Attentäter", "MISC", "Attentäter", code="Attentäter")
    kit.add_entity(doc, "Hamas", "ORG", "Hamas", code="Hamas")
    return [e for e in build_events(doc) if e.type == "ASSAULT"]


def test_attack_of_unnamed_perpetrators_goes_to_the_group_claiming_it(kit):
    [attack] = _attack_then(
        kit,
        "Zu/APPR dem/ART Anschlag/NN/Anschlag bekannte/VVFIN/bekennen sich/PRF "
        "die/ART Hamas/NE ./$.",
    )
    assert sides(attack) == ("ASSAULT", "Hamas", "SYR")


def test_claim_of_something_else_names_no_perpetrator(kit):
    [attack] = _attack_then(
        kit,
        "Zu/APPR dem/ART Frieden/NN/Frieden bekannte/VVFIN/bekennen sich/PRF die/ART Hamas/NE ./$.",
    )
    assert sides(attack) == ("ASSAULT", "Attentäter", "SYR")


def test_label_given_to_a_pronoun_accuses_the_target_of_the_other_act(kit):
    doc = kit.tagged(
        "Russland/NE wies/VVFIN/weisen die/ART Pläne/NN/Plan der/ART USA/NE zurück/PTKVZ "
        "und/KON bezeichnete/VVFIN/bezeichnen sie/PPER als/APPR einen/ART "
        "Eingriff/NN/Eingriff ./$.",
    )
    kit.states(doc)
    events = build_events(doc)
    assert ("ACCUSE", "RUS", "USA") in [sides(e) for e in events]


def test_label_spoken_of_accuses_the_target_of_the_other_act(kit):
    doc = kit.tagged(
        "Russland/NE sprach/VVFIN/sprechen von/APPR einem/ART Dammbruch/NN/Dammbruch und/KON "
        "forderte/VVFIN/fordern die/ART USA/NE auf/PTKVZ ./$.",
    )
    kit.states(doc)
    events = build_events(doc)
    assert ("ACCUSE", "RUS", "USA") in [sides(e) for e in events]


def test_naming_label_alone_accuses_no_one(kit):
    doc = kit.tagged(
        "Russland/NE sprach/VVFIN/sprechen von/APPR einem/ART Dammbruch/NN/Dammbruch ./$.",
        "Frankreich/NE warnte/VVFIN/warnen vor/APPR einem/ART Skandal/NN/Skandal ./$.",
    )
    kit.states(doc)
    assert build_events(doc) == []


def _emergency_after(kit, challenger: str):
    doc = kit.tagged(
        f"{challenger}/NE protestierten/VVFIN/protestieren gegen/APPR Russland/NE ./$.",
        "Russland/NE verhängte/VVFIN/verhängen den/ART Ausnahmezustand/NN/Ausnahmezustand ./$.",
    )
    kit.states(doc)
    kit.add_entity(doc, "Kifaya", "ORG", "Kifaya", code="Kifaya")
    return next(e for e in build_events(doc) if e.type == "COERCE")


def test_emergency_rule_after_a_groups_protest_is_aimed_at_the_group(kit):
    assert sides(_emergency_after(kit, "Kifaya")) == ("COERCE", "RUS", "Kifaya")


def test_emergency_rule_after_a_states_protest_is_aimed_at_no_one(kit):
    assert sides(_emergency_after(kit, "Frankreich")) == ("COERCE", "RUS", None)


def _protests(kit, first: str) -> list:
    doc = kit.tagged(
        first,
        "Oppositionsanhänger/NN/Oppositionsanhänger demonstrieren/VVFIN/demonstrieren seit/APPR "
        "Tagen/NN/Tag ./$.",
    )
    kit.add_entity(
        doc, "Oppositionsanhänger", "MISC", "Oppositionsanhänger", code="Oppositionsanhänger"
    )
    doc._.focus_country = "ET"
    return [e for e in build_events(doc) if e.type == "PROTEST"]


def test_protest_told_again_where_its_group_is_first_named_is_one_event(kit):
    [protest] = _protests(
        kit, "Bei/APPR Protesten/NN/Protest kamen/VVFIN/kommen Menschen/NN/Mensch um/PTKVZ ./$."
    )
    assert sides(protest) == ("PROTEST", "Oppositionsanhänger", "ETH")
    assert protest.trigger.text == "Protesten"
    assert len(protest.mentions) == 2


def test_protests_of_a_group_named_from_the_start_stay_two(kit):
    protests = _protests(
        kit,
        "Oppositionsanhänger/NN/Oppositionsanhänger "
        "protestierten/VVFIN/protestieren gestern/ADV ./$.",
    )
    assert len(protests) == 2


def _hearing(kit, relative: str) -> list:
    doc = kit.tagged(
        "Nach/APPR einer/ART Anhörung/NN/Anhörung der/ART EU/NE zum/APPRART/zu "
        f"Vertrag/NN/Vertrag ,/$, {relative} Russland/NE seine/PPOSAT Position/NN/Position "
        "erläuterte/VVFIN/erläutern ,/$, reisten/VVFIN/reisen alle/PIS ab/PTKVZ ./$.",
    )
    kit.states(doc)
    kit.add_entity(doc, "Europäische Union", "ORG", "EU", code="EU")
    return [sides(e) for e in build_events(doc)]


def test_who_speaks_in_a_meeting_is_the_one_met(kit):
    assert _hearing(kit, "in/APPR der/PRELS") == [("CONSULT", "EU", "RUS")]


def test_relative_clause_on_another_noun_names_no_partner(kit):
    assert _hearing(kit, "in/APPR dem/PRELS") == []


def _union_calls(kit, clause: str) -> list:
    doc = kit.tagged(f"Die/ART Gewerkschaften/NN/Gewerkschaft {clause} ./$.")
    kit.add_entity(doc, "Gewerkschaften", "ORG", "Gewerkschaften", code="Gewerkschaften")
    doc._.focus_country = "TH"
    return [sides(e) for e in build_events(doc)]


def test_intended_call_to_strike_threatens_the_government(kit):
    found = _union_calls(
        kit,
        "wollen/VMFIN/wollen ihre/PPOSAT Mitglieder/NN/Mitglied zu/APPR "
        "Streiks/NN/Streik aufrufen/VVINF/aufrufen",
    )
    assert ("THREATEN", "Gewerkschaften", "THA") in found


def test_call_to_strike_made_threatens_nothing(kit):
    found = _union_calls(
        kit,
        "riefen/VVFIN/rufen ihre/PPOSAT Mitglieder/NN/Mitglied zu/APPR Streiks/NN/Streik auf/PTKVZ",
    )
    assert all(event_type != "THREATEN" for event_type, _, _ in found)


def test_object_cut_off_by_an_insertion_is_the_one_labelled(kit):
    doc = kit.tagged(
        "Die/ART Pläne/NN/Plan der/ART USA/NE ,/$, die/ART Welt/NN/Welt zu/PTKZU "
        "beherrschen/VVINF/beherrschen ,/$, bezeichnete/VVFIN/bezeichnen Russland/NE als/APPR "
        "einen/ART Eingriff/NN/Eingriff ./$.",
    )
    kit.states(doc)
    assert ("ACCUSE", "RUS", "USA") in [sides(e) for e in build_events(doc)]


def test_label_as_a_bare_object_of_another_verb_is_no_naming(kit):
    doc = kit.tagged(
        "Russland/NE warf/VVFIN/werfen der/ART NATO/NE Verrat/NN/Verrat vor/PTKVZ ./$.",
    )
    kit.states(doc)
    assert all(e.trigger.text != "Verrat" for e in build_events(doc))


def test_label_spoken_of_beside_a_meeting_accuses_no_partner(kit):
    doc = kit.tagged(
        "Russland/NE sprach/VVFIN/sprechen von/APPR einem/ART Skandal/NN/Skandal und/KON "
        "traf/VVFIN/treffen sich/PRF mit/APPR den/ART USA/NE ./$.",
    )
    kit.states(doc)
    assert all(e.type != "ACCUSE" for e in build_events(doc))


def test_subject_named_in_the_passive_is_the_one_labelled_not_the_accuser(kit):
    doc = kit.tagged(
        "Russland/NE wurde/VAFIN/werden als/APPR Aggressor/NN/Aggressor "
        "bezeichnet/VVPP/bezeichnen und/KON forderte/VVFIN/fordern die/ART USA/NE auf/PTKVZ ./$.",
    )
    kit.states(doc)
    assert all(e.type != "ACCUSE" for e in build_events(doc))
