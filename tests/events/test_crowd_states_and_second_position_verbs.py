"""Errors found on real German news (10kGNAD): a crowd named only by its number or as
people of no side of its own ("Tausende Nationalisten", "bis zu 12.000 Menschen") that
protests with no group named is the people of the state where it protests, who act for it
in the codebook (:mod:`lagebild.events.crowd_states`), and a crowd's protest of the sides of
one told before is that one told again; and a form the tagger took for a
participle, standing second with the subject after it, is a finite verb, not a headline's
passive (:func:`lagebild.events.arguments.headline_participle`)."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_a_crowd_protesting_in_a_named_place_is_its_states_people(kit) -> None:
    doc = kit.tagged(
        "Tausende/NN/Tausend Nationalisten/NN/Nationalist haben/VAFIN/haben in/APPR "
        "Kiew/NE gegen/APPR mögliche/ADJA/möglich Wahlen/NN/Wahl protestiert/VVPP/protestieren ./$."
    )
    kit.add_place(doc, "Kiew", "UA", 50.45, 30.52)
    assert [sides(e) for e in build_events(doc)] == [("PROTEST", "UKR", None)]


def test_a_crowd_takes_the_state_named_just_before(kit) -> None:
    doc = kit.tagged(
        "Es/PPER ist/VAFIN/sein ein/ART Déjà-vu/NN für/APPR Frankreich/NE ./$.",
        "Zehntausende/NN/Zehntausend gehen/VVFIN/gehen dagegen/PAV auf/APPR die/ART Straße/NN ./$.",
    )
    kit.states(doc)
    doc._.focus_country = "AT"
    assert [sides(e) for e in build_events(doc)] == [("PROTEST", "FRA", None)]


def test_a_counted_crowd_in_a_story_about_its_state(kit) -> None:
    doc = kit.tagged(
        "Am/APPRART/an Montagabend/NN waren/VAFIN/sein bis/ADV zu/APPR 12.000/CARD "
        "Menschen/NN/Mensch auf/APPR die/ART Straße/NN gegangen/VVPP/gehen ./$."
    )
    doc._.focus_country = "IS"
    assert [sides(e) for e in build_events(doc)] == [("PROTEST", "ISL", None)]


def test_a_crowds_protest_told_again_is_one_event(kit) -> None:
    doc = kit.tagged(
        "Tausende/NN/Tausend hatten/VAFIN/haben gegen/APPR ihn/PPER/er "
        "protestiert/VVPP/protestieren ./$.",
        "Der/ART Premier/NN lehnte/VVFIN/ablehnen ab/PTKVZ ./$.",
        "Am/APPRART/an Montag/NN waren/VAFIN/sein bis/ADV zu/APPR 12.000/CARD "
        "Menschen/NN/Mensch auf/APPR die/ART Straße/NN gegangen/VVPP/gehen ./$.",
    )
    doc._.focus_country = "IS"
    events = build_events(doc)
    assert [sides(e) for e in events] == [("PROTEST", "ISL", None)]
    assert len(events[0].mentions) == 2


def test_refugees_are_no_crowd_of_the_state(kit) -> None:
    doc = kit.tagged(
        "Tausende/ADJA/tausend Flüchtlinge/NN/Flüchtling haben/VAFIN/haben in/APPR "
        "Kiew/NE protestiert/VVPP/protestieren ./$."
    )
    kit.add_place(doc, "Kiew", "UA", 50.45, 30.52)
    assert [sides(e) for e in build_events(doc)] == []


def test_a_named_group_is_still_the_protester(kit) -> None:
    doc = kit.tagged(
        "Tausende/ADJA/tausend Anhänger/NN der/ART PAD/NE haben/VAFIN/haben in/APPR "
        "Bangkok/NE protestiert/VVPP/protestieren ./$."
    )
    kit.add_entity(doc, "People's Alliance for Democracy", "ORG", "PAD", code="PAD")
    kit.add_place(doc, "Bangkok", "TH", 13.75, 100.5)
    assert [sides(e)[:2] for e in build_events(doc)] == [("PROTEST", "PAD")]


def test_a_verb_standing_second_is_no_headline_participle(kit) -> None:
    doc = kit.tagged(
        "In/APPR Hebron/NE erschossen/VVPP/erschießen israelische/ADJA/israelisch "
        "Soldaten/NN/Soldat eine/ART Palästinenserin/NN ./$."
    )
    kit.add_entity(doc, "Palästinensische Gebiete", "GPE", "Palästinenserin", code="PSE")
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "ISR", "PSE")]
