"""Errors found on real German news (10kGNAD): an organ of a state the
knowledge base does not know ("von den DDR-Behörden") is not the focus country's (see
:func:`lagebild.events.states.unknown_state_organ`); "führt zur Blockade" tells a deadlock,
no protest (see :func:`lagebild.events.unasserted.deadlock`); a party politician without a
state office addresses his own state, not the focus country (see
:func:`lagebild.events.addressees.focus_addressee`); a party marching up holds a rally (see
:func:`lagebild.events.readings.party_march`); an ownerless noun whose sentence names its own
patients takes none from an earlier sentence (see
:func:`lagebild.events.discourse._patients_named`); "Jeder" holds the subject slot (see
:func:`lagebild.events.subjects._unknown_subject`)."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_an_arrest_by_an_unknown_states_organ_takes_no_focus_country(kit) -> None:
    doc = kit.tagged(
        "Der/ART Student/NN wurde/VAFIN/werden von/APPR den/ART DDR-Behörden/NN/DDR-Behörde "
        "verhaftet/VVPP/verhaften ./$."
    )
    kit.add_entity(doc, "Student", "MISC", "Student", code="Student")
    doc._.focus_country = "US"
    assert [sides(e) for e in build_events(doc)] == []


def test_an_arrest_by_a_known_states_organ_keeps_its_state(kit) -> None:
    doc = kit.tagged(
        "Der/ART Student/NN wurde/VAFIN/werden von/APPR den/ART Behörden/NN/Behörde "
        "verhaftet/VVPP/verhaften ./$."
    )
    kit.add_entity(doc, "Student", "MISC", "Student", code="Student")
    doc._.focus_country = "US"
    assert [sides(e) for e in build_events(doc)] == [("COERCE", "USA", "Student")]


def test_leading_to_a_blockade_is_no_protest(kit) -> None:
    doc = kit.tagged(
        "Die/ART Grünen/NN/Grüne protestieren/VVFIN/protestieren ./$.",
        "Die/ART Zweidrittelmehrheit/NN führt/VVFIN/führen zur/APPRART/zu "
        "ständigen/ADJA/ständig Blockade/NN ./$.",
    )
    kit.add_entity(doc, "Die Grünen", "ORG", "Grünen", code="Die Grünen")
    doc._.focus_country = "AT"
    assert [e.trigger.text for e in build_events(doc)] == ["protestieren"]


def _politician(kit, role: str, party: str):
    doc = kit.tagged(
        f"{role}/NN Andreas/NE Scheuer/NE hatte/VAFIN/haben einen/ART "
        "Aufnahmestopp/NN gefordert/VVPP/fordern ./$."
    )
    person = kit.add_entity(doc, "Andreas Scheuer", "PER", "Andreas Scheuer", affiliation=party)
    doc._.entities = [person.model_copy(update={"roles": [role]})]
    doc._.focus_country = "TR"
    return doc


def test_a_party_politicians_demand_goes_to_his_own_state(kit) -> None:
    doc = _politician(kit, "CSU-Generalsekretär", "CSU")
    assert [sides(e) for e in build_events(doc)] == [("REQUEST", "CSU", "DEU")]


def test_a_ministers_demand_still_goes_to_the_focus_state(kit) -> None:
    doc = _politician(kit, "Innenminister", "CSU")
    assert [sides(e) for e in build_events(doc)] == [("REQUEST", "CSU", "TUR")]


def test_a_party_marching_up_to_protest_mobilises_no_troops(kit) -> None:
    doc = kit.tagged(
        "Die/ART AfD/NE marschierte/VVFIN/aufmarschieren in/APPR Freilassing/NE auf/PTKVZ ,/$, "
        "um/KOUI gegen/APPR die/ART Asylpolitik/NN zu/PTKZU protestieren/VVINF ./$."
    )
    kit.add_entity(doc, "AfD", "ORG", "AfD", code="AfD")
    doc._.focus_country = "DE"
    assert [e.type for e in build_events(doc)] == ["PROTEST"]


def test_people_named_beside_an_ownerless_sentence_take_no_earlier_patient(kit) -> None:
    doc = kit.tagged(
        "Nordkorea/NE verurteilte/VVFIN/verurteilen einen/ART kanadischen/ADJA/kanadisch "
        "Priester/NN zu/APPR lebenslanger/ADJA/lebenslang Haft/NN ./$.",
        "Wiederholt/ADJD/wiederholt wurden/VAFIN/werden Ausländer/NN/Ausländer "
        "festgenommen/VVPP/festnehmen ,/$, zu/APPR langjährigen/ADJA/langjährig "
        "Haftstrafen/NN/Haftstrafe verurteilt/VVPP/verurteilen ./$.",
    )
    kit.add_entity(doc, "Nordkorea", "GPE", "Nordkorea", code="PRK")
    doc._.focus_country = "KP"
    assert all(e.trigger.text != "Haftstrafen" for e in build_events(doc))


def test_an_indefinite_subject_keeps_the_owner_of_the_object_out_of_it(kit) -> None:
    doc = kit.tagged(
        "Jeder/PIS/jeder in/APPR Brüssel/NE erkennt/VVFIN/anerkennen Österreichs/NE/Österreich "
        "besonderes/ADJA/besonder Engagement/NN in/APPR der/ART Flüchtlingskrise/NN an/PTKVZ ,/$, "
        "heißt/VVFIN/heißen es/PPER in/APPR der/ART Aussendung/NN ./$."
    )
    kit.add_entity(doc, "Österreich", "GPE", "Österreichs", code="AUT")
    kit.add_place(doc, "Brüssel", "BE", 50.85, 4.35)
    doc._.focus_country = "AT"
    assert [sides(e) for e in build_events(doc) if e.actor and e.actor.code == "AUT"] == []
