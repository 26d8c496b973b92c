"""Domestic events between branches of one state, announced acts, recipientless concessions."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_two_branches_of_one_state_are_two_sides(kit):
    doc = kit.tagged(
        "Soldaten/NN/Soldat erschossen/VVFIN/erschießen neun/CARD Polizisten/NN/Polizist ./$."
    )
    doc._.focus_country = "TL"
    [event] = build_events(doc)
    assert sides(event) == ("ASSAULT", "TLS", "TLS")
    assert (event.actor.name, event.recipient.name) == ("Militär", "Polizei")


def test_one_branch_facing_itself_is_no_event(kit):
    doc = kit.tagged(
        "Die/ART Regierungssprecher/NN/Regierungssprecher "
        "kritisierten/VVFIN/kritisieren die/ART Regierung/NN ./$."
    )
    doc._.focus_country = "TL"
    assert build_events(doc) == []


def test_an_organ_and_its_own_state_are_one_side(kit):
    doc = kit.tagged(
        "Die/ART Polizei/NN kritisierte/VVFIN/kritisieren Russland/NE ./$.",
        "Die/ART Polizei/NN kritisierte/VVFIN/kritisieren die/ART Armee/NN ./$.",
    )
    kit.add_entity(doc, "Russland", "GPE", "Russland", "Polizei", "Armee", code="RUS")
    # the police coreferent with the state: against the state itself no event, against the
    # army (another branch) a domestic one
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "RUS", "RUS")]


def test_first_person_announcement_of_an_attack_is_a_threat(kit):
    doc = kit.tagged("Wir/PPER werden/VAFIN/werden Syrien/NE angreifen/VVINF ./$.")
    kit.states(doc)
    israel = kit.add_entity(doc, "Israel", "GPE", code="ISR")  # named before, not here
    kit.add_quote(doc, "Wir werden Syrien angreifen", "Israel", entity_id=israel.id)
    assert [sides(e) for e in build_events(doc)] == [("THREATEN", "ISR", "SYR")]


def test_future_told_of_others_stays_the_act(kit):
    doc = kit.tagged("Israel/NE werde/VAFIN/werden Syrien/NE angreifen/VVINF ./$.")
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "ISR", "SYR")]


def test_negated_announcement_stays_the_negated_act(kit):
    doc = kit.tagged("Wir/PPER werden/VAFIN/werden Syrien/NE nicht/PTKNEG angreifen/VVINF ./$.")
    kit.states(doc)
    kit.add_quote(doc, "Wir werden Syrien nicht angreifen", "Israel")
    assert all(e.type != "THREATEN" for e in build_events(doc))


def test_apology_needs_no_addressee(kit):
    doc = kit.tagged(
        "Russland/NE hat/VAFIN/haben sich/PRF nicht/PTKNEG für/APPR die/ART "
        "Vorfälle/NN/Vorfall entschuldigt/VVPP/entschuldigen ./$."
    )
    kit.states(doc)
    [event] = build_events(doc)
    assert (sides(event), event.negated) == (("CONCEDE", "RUS", None), True)


def test_apology_to_someone_unresolved_is_not_told_as_unaddressed(kit):
    doc = kit.tagged(
        "Russland/NE hat/VAFIN/haben sich/PRF bei/APPR den/ART Fans/NN/Fan "
        "entschuldigt/VVPP/entschuldigen ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_relative_clause_after_the_prefield_leaves_the_object_to_the_main_clause(kit):
    doc = kit.tagged(
        "Den/ART USA/NE ,/$, deren/PRELAT Minister/NN zögern/VVFIN/zögern ,/$, "
        "warf/VVFIN/werfen Russland/NE Lügen/NN/Lüge vor/PTKVZ ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "RUS", "USA")]


def test_what_is_asked_for_belongs_to_whom_it_is_asked_of(kit):
    doc = kit.tagged(
        "In/APPR Südafrika/NE wirbt/VVFIN/werben Frankreich/NE um/APPR die/ART "
        "Unterstützung/NN der/ART dortigen/ADJA/dortig Regierung/NN ./$."
    )
    kit.states(doc)
    kit.add_place(doc, "Südafrika", "ZA", -30.6, 22.9)
    doc._.focus_country = "FR"
    events = [sides(e) for e in build_events(doc)]
    assert events == [("REQUEST", "FRA", "ZAF")]


def test_protest_put_down_in_the_passive_is_aimed_at_the_protesters(kit):
    doc = kit.tagged(
        "Mönche/NN/Mönch protestierten/VVFIN/protestieren gegen/APPR die/ART Regierung/NN ./$.",
        "Die/ART Proteste/NN/Protest gegen/APPR das/ART Ergebnis/NN der/ART Wahl/NN "
        "im/APPRART Land/NN wurden/VAFIN/werden von/APPR den/ART Soldaten/NN/Soldat "
        "niedergeschlagen/VVPP/niederschlagen ./$.",
    )
    kit.add_entity(doc, "Buddhistische Mönche", "MISC", "Mönche", code="Buddhistische Mönche")
    doc._.focus_country = "MM"
    assert [sides(e) for e in build_events(doc)] == [
        ("PROTEST", "Buddhistische Mönche", "MMR"),
        ("ASSAULT", "MMR", "Buddhistische Mönche"),
    ]


def test_act_told_again_gives_its_side_to_an_ownerless_noun_in_that_sentence(kit):
    doc = kit.tagged(
        "Mönche/NN/Mönch protestierten/VVFIN/protestieren gegen/APPR die/ART Regierung/NN ./$.",
        "Die/ART Mönche/NN/Mönch protestierten/VVFIN/protestieren mit/APPR einem/ART "
        "Sitzblockade/NN vor/APPR dem/ART Sitz/NN der/ART Gewerkschaft/NN ./$.",
    )
    kit.add_entity(doc, "Buddhistische Mönche", "MISC", "Mönche", code="Buddhistische Mönche")
    kit.add_entity(doc, "Gewerkschaft", "ORG", "Gewerkschaft", code="Gewerkschaft")
    doc._.focus_country = "MM"
    events = build_events(doc)
    assert [sides(e) for e in events] == [("PROTEST", "Buddhistische Mönche", "MMR")]


def test_a_branch_in_the_genitive_of_the_actor_is_not_the_other_side(kit):
    doc = kit.tagged(
        "Die/ART Truppen/NN/Truppe der/ART Regierung/NN griffen/VVFIN/angreifen "
        "Krankenhäuser/NN/Krankenhaus an/PTKVZ ./$."
    )
    doc._.focus_country = "SY"
    assert all(sides(e)[1:] != ("SYR", "SYR") for e in build_events(doc))


def test_arrests_told_of_a_place_abroad_are_that_states(kit):
    doc = kit.tagged(
        "In/APPR Neapel/NE wurden/VAFIN/werden 56/CARD Personen/NN/Person "
        "festgenommen/VVPP/festnehmen ./$."
    )
    kit.add_place(doc, "Neapel", "IT", 40.8, 14.3)
    doc._.focus_country = "AT"
    assert build_events(doc) == []  # by Italy, of people we cannot name: no event


def test_passive_keeps_the_recipient_of_its_frame_preposition(kit):
    doc = kit.tagged(
        "Gegen/APPR Russland/NE wird/VAFIN/werden von/APPR der/ART NATO/NE "
        "ermittelt/VVPP/ermitteln ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "NATO", "RUS")]


def test_intent_to_widen_a_protest_threatens_the_government(kit):
    doc = kit.tagged(
        "Die/ART Allianz/NE will/VMFIN/wollen die/ART Proteste/NN/Protest "
        "ausweiten/VVINF/ausweiten ./$."
    )
    kit.add_entity(doc, "Allianz", "ORG", "Allianz", code="Allianz")
    doc._.focus_country = "TH"
    [event] = build_events(doc)
    assert sides(event) == ("THREATEN", "Allianz", "THA")


def test_widening_a_protest_told_as_done_stays_a_protest(kit):
    doc = kit.tagged(
        "Die/ART Allianz/NE hat/VAFIN/haben die/ART Proteste/NN/Protest "
        "ausgeweitet/VVPP/ausweiten ./$."
    )
    kit.add_entity(doc, "Allianz", "ORG", "Allianz", code="Allianz")
    doc._.focus_country = "TH"
    assert [sides(e) for e in build_events(doc)] == [("PROTEST", "Allianz", "THA")]
