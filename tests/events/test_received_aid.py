"""Aid told from the side of whom it goes to ("sucht in der Botschaft Zuflucht"): the
subject receives it, the host gives it (see :mod:`lagebild.events.noun_arguments`)."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_refuge_found_in_a_country_is_its_aid_to_the_subject(kit):
    doc = kit.tagged(
        "Viele/PIAT Syrer/NN fanden/VVFIN/finden in/APPR der/ART Türkei/NE Zuflucht/NN ./$.",
    )
    kit.add_entity(doc, "Syrien", "GPE", "Syrer", code="SYR")
    kit.add_entity(doc, "Türkei", "GPE", "Türkei", code="TUR")
    assert [sides(e) for e in build_events(doc)] == [("AID", "TUR", "SYR")]


def test_aid_received_from_a_giver_reverses_the_sides(kit):
    doc = kit.tagged(
        "Die/ART Ukraine/NE erhielt/VVFIN/erhalten Hilfe/NN von/APPR Frankreich/NE ./$.",
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("AID", "FRA", "UKR")]


def test_aid_sought_is_no_aid_received(kit):
    doc = kit.tagged(
        "Die/ART Ukraine/NE suchte/VVFIN/suchen Hilfe/NN bei/APPR Frankreich/NE ./$.",
    )
    kit.states(doc)
    assert all(sides(e) != ("AID", "FRA", "UKR") for e in build_events(doc))
