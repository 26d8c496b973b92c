"""Event rules of the gold/dev recall round (helper B): clauses that hold only in some
circumstances, one's own people mobilised."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_refusal_only_in_some_circumstances_is_no_event(kit):
    doc = kit.tagged(
        "Frankreich/NE lehnt/VVFIN/ablehnen Forderungen/NN/Forderung "
        "Russlands/NE/Russland nur/ADV unter/APPR bestimmten/ADJA/bestimmt "
        "Umständen/NN/Umstand ab/PTKVZ ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_refusal_under_the_circumstances_told_is_an_event(kit):
    doc = kit.tagged(
        "Unter/APPR diesen/PDAT/dieser Umständen/NN/Umstand lehnte/VVFIN/ablehnen "
        "Frankreich/NE den/ART Vorschlag/NN Russlands/NE/Russland ab/PTKVZ ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("REJECT", "FRA", "RUS")]


def test_mobilising_ones_own_supporters_abroad_targets_no_state(kit):
    doc = kit.tagged(
        "Die/ART/der NATO/NE mobilisiert/VVFIN/mobilisieren ihre/PPOSAT/ihr "
        "Anhänger/NN/Anhänger in/APPR Russland/NE ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Anhänger", "MISC", "Anhänger", code="Anhänger")
    assert [sides(e) for e in build_events(doc)] == []


def test_mobilising_troops_still_targets_the_place(kit):
    doc = kit.tagged(
        "Die/ART/der NATO/NE mobilisiert/VVFIN/mobilisieren Truppen/NN/Truppe "
        "gegen/APPR Russland/NE ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("MOBILIZE", "NATO", "RUS")]


def test_charge_in_the_agentless_passive_is_not_the_last_accusers(kit):
    doc = kit.tagged(
        "Russland/NE beschuldigte/VVFIN/beschuldigen die/ART/der Ukraine/NE ./$.",
        "Der/ART/der Ukraine/NE wird/VAFIN/werden Sabotage/NN/Sabotage "
        "vorgeworfen/VVPP/vorwerfen ./$.",
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "RUS", "UKR")]


def test_charge_with_its_speaker_named_stays_an_event(kit):
    doc = kit.tagged(
        "Russland/NE beschuldigte/VVFIN/beschuldigen die/ART/der Ukraine/NE ./$.",
        "Frankreich/NE wirft/VVFIN/vorwerfen der/ART/der Ukraine/NE Sabotage/NN/Sabotage "
        "vor/PTKVZ ./$.",
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [
        ("ACCUSE", "RUS", "UKR"),
        ("ACCUSE", "FRA", "UKR"),
    ]


def test_mobilising_ones_own_troops_against_a_state_targets_it(kit):
    doc = kit.tagged(
        "Die/ART/der NATO/NE mobilisiert/VVFIN/mobilisieren ihre/PPOSAT/ihr "
        "Truppen/NN/Truppe gegen/APPR Russland/NE ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("MOBILIZE", "NATO", "RUS")]


def test_label_compound_accuses_whom_its_first_part_names(kit):
    doc = kit.tagged(
        "Das/ART/der US-Imperium/NN/US-Imperium wolle/VMFIN/wollen "
        "Öl/NN/Öl ersetzen/VVINF/ersetzen ,/$, sagte/VVFIN/sagen "
        "Frankreich/NE ./$."
    )
    kit.states(doc)
    kit.add_quote(doc, "Das US-Imperium wolle Öl ersetzen", "Frankreich", "E1")
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "FRA", "USA")]


def test_label_compound_outside_speech_is_no_event(kit):
    doc = kit.tagged(
        "Das/ART/der US-Imperium/NN/US-Imperium wolle/VMFIN/wollen "
        "Öl/NN/Öl ersetzen/VVINF/ersetzen ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_deed_label_compound_prefix_is_no_accused(kit):
    doc = kit.tagged(
        "Das/PDS/der war/VAFIN/sein ein/ART Kurden-Massaker/NN/Kurden-Massaker "
        ",/$, sagte/VVFIN/sagen Frankreich/NE ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Kurden", "MISC", "Kurden", code="Kurden")
    kit.add_quote(doc, "Das war ein Kurden-Massaker", "Frankreich", "E1")
    assert all(e.recipient is None or e.recipient.code != "Kurden" for e in build_events(doc))
