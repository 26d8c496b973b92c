"""Errors found on real German news (10kGNAD): a fight "in" a place is fought
there, not against it, and a fight "gegen" a thing that names no side is a struggle
(:mod:`lagebild.events.fights`); an event noun one gets ready for ("stellt sich auf einen
Streik ein") is awaited, not told (:func:`lagebild.events.unasserted.governed_noun`); to
oversee an offensive is no surveillance, and to rule out an exit expels no one
(data/object_readings.tsv); talks "vor Beginn" are not yet held
(:func:`lagebild.events.unasserted.before_onset`)."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_the_place_a_fight_is_in_is_no_foe(kit) -> None:
    doc = kit.tagged("Frankreich/NE kämpfte/VVFIN/kämpfen in/APPR Syrien/NE ./$.")
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == []


def test_a_foe_named_with_gegen_stays_beside_the_place(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE kämpfte/VVFIN/kämpfen in/APPR Syrien/NE gegen/APPR Russland/NE ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "FRA", "RUS")]


def test_a_fight_against_a_thing_is_no_attack(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE kämpfte/VVFIN/kämpfen gegen/APPR das/ART Spardiktat/NN "
        "der/ART Deutschen/NN/Deutsche ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == []


def test_a_fight_against_people_stays_an_attack(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE kämpfte/VVFIN/kämpfen gegen/APPR die/ART russischen/ADJA/russisch "
        "Truppen/NN/Truppe ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "FRA", "RUS")]


def test_a_strike_one_gets_ready_for_is_not_told(kit) -> None:
    doc = kit.tagged(
        "Die/ART Gewerkschaft/NN Verdi/NE stellt/VVFIN/einstellen sich/PRF auf/APPR "
        "einen/ART Streik/NN ein/PTKVZ ./$."
    )
    kit.add_entity(doc, "Verdi", "ORG", "Verdi", code="Verdi")
    assert [sides(e) for e in build_events(doc)] == []


def test_a_strike_called_is_still_told(kit) -> None:
    doc = kit.tagged(
        "Die/ART Gewerkschaft/NN Verdi/NE begann/VVFIN/beginnen einen/ART Streik/NN ./$."
    )
    kit.add_entity(doc, "Verdi", "ORG", "Verdi", code="Verdi")
    assert [sides(e) for e in build_events(doc)] == [("PROTEST", "Verdi", None)]


def test_overseeing_an_offensive_is_no_surveillance(kit) -> None:
    doc = kit.tagged(
        "Russland/NE überwachte/VVFIN/überwachen die/ART Militäroffensive/NN "
        "in/APPR der/ART Ukraine/NE ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == []


def test_watching_a_state_stays_surveillance(kit) -> None:
    doc = kit.tagged("Russland/NE überwachte/VVFIN/überwachen die/ART Ukraine/NE ./$.")
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("COERCE", "RUS", "UKR")]


def test_ruling_out_an_exit_expels_no_one(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE schließt/VVFIN/ausschließen ein/ART Ausscheiden/NN Russlands/NE "
        "aus/APPR der/ART Eurozone/NN nicht/PTKNEG aus/PTKVZ ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == []


def test_talks_about_to_begin_are_not_held(kit) -> None:
    doc = kit.tagged(
        "Vor/APPR Beginn/NN der/ART Gespräche/NN/Gespräch Frankreichs/NE/Frankreich "
        "mit/APPR Russland/NE sank/VVFIN/sinken der/ART Kurs/NN ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Frankreich", "GPE", "Frankreichs", code="FRA")
    assert [sides(e) for e in build_events(doc)] == []


def test_talks_after_their_start_are_held(kit) -> None:
    doc = kit.tagged(
        "Nach/APPR Beginn/NN der/ART Gespräche/NN/Gespräch Frankreichs/NE/Frankreich "
        "mit/APPR Russland/NE sank/VVFIN/sinken der/ART Kurs/NN ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Frankreich", "GPE", "Frankreichs", code="FRA")
    assert [sides(e) for e in build_events(doc)] == [("CONSULT", "FRA", "RUS")]
