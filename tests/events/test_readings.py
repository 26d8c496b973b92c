"""Readings of trigger words that tell no political event: risks told with "drohen",
warnings of things, games, event nouns sent as things (see lagebild.events.readings)."""

from __future__ import annotations

from event_sides import named_sides

from lagebild.events.build import build_events


def test_warning_of_a_thing_addressed_at_no_one_is_no_threat(kit):
    doc = kit.tagged(
        "Frankreich/NE warnte/VVFIN/warnen vor/APPR der/ART Stärke/NN "
        "des/ART Gegners/NN/Gegner ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_warning_of_an_act_is_a_threat_without_addressee(kit):
    doc = kit.tagged("Frankreich/NE warnte/VVFIN/warnen vor/APPR einem/ART Eingreifen/NN ./$.")
    kit.states(doc)
    assert [e.type for e in build_events(doc)] == ["THREATEN"]


def test_drohen_without_what_with_is_a_risk_not_a_threat(kit):
    doc = kit.tagged("Frankreich/NE droht/VVFIN/drohen eine/ART Strafe/NN ./$.")
    kit.states(doc)
    assert build_events(doc) == []


def test_drohen_with_what_with_is_a_threat(kit):
    doc = kit.tagged(
        "Frankreich/NE droht/VVFIN/drohen Russland/NE mit/APPR Sanktionen/NN/Sanktion ./$."
    )
    kit.states(doc)
    assert ("THREATEN", "FRA", "RUS") in [named_sides(e) for e in build_events(doc)]


def test_minute_of_play_tells_a_game(kit):
    doc = kit.tagged(
        "Müller/NE traf/VVFIN/treffen Frankreich/NE in/APPR der/ART 48./ADJA Minute/NN ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Hans Müller", "PER", "Müller", affiliation="DEU")
    assert build_events(doc) == []


def test_drohen_after_the_words_of_the_threat_is_a_threat(kit):
    doc = kit.tagged(
        "Wir/PPER werden/VAFIN/werden zurückschlagen/VVINF ,/$, "
        "droht/VVFIN/drohen Frankreich/NE ./$."
    )
    kit.states(doc)
    assert [e.type for e in build_events(doc)] == ["THREATEN"]


def test_drohen_with_a_topic_is_still_a_risk(kit):
    doc = kit.tagged(
        "Im/APPRART/in Zusammenhang/NN mit/APPR den/ART Renten/NN/Rente "
        "droht/VVFIN/drohen Frankreich/NE eine/ART Strafe/NN ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_sending_a_protest_note_is_no_aid(kit):
    doc = kit.tagged(
        "Frankreich/NE schickte/VVFIN/schicken eine/ART Protestnote/NN an/APPR Russland/NE ./$."
    )
    kit.states(doc)
    assert [named_sides(e) for e in build_events(doc)] == [("ACCUSE", "FRA", "RUS")]


def test_sending_aid_is_aid(kit):
    doc = kit.tagged(
        "Frankreich/NE schickte/VVFIN/schicken Hilfsgüter/NN/Hilfsgut nach/APPR Syrien/NE ./$."
    )
    kit.states(doc)
    assert ("AID", "FRA", "SYR") in [named_sides(e) for e in build_events(doc)]


def test_meeting_someone_auf_is_facing_them_not_talks(kit):
    doc = kit.tagged(
        "Frankreich/NE trifft/VVFIN/treffen im/APPRART/in Finale/NN auf/APPR Russland/NE ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_minute_in_brackets_tells_a_game(kit):
    doc = kit.tagged("Müller/NE (/$( 68./ADJA )/$( traf/VVFIN/treffen Frankreich/NE ./$.")
    kit.states(doc)
    kit.add_entity(doc, "Hans Müller", "PER", "Müller", affiliation="DEU")
    assert build_events(doc) == []


def test_drohen_with_a_punishment_after_a_condition_is_a_risk(kit):
    doc = kit.tagged(
        "Sollte/VMFIN/sollen es/PPER zu/APPR einem/ART Prozess/NN kommen/VVINF "
        ",/$, drohen/VVFIN/drohen Frankreich/NE 24/CARD Jahre/NN/Jahr "
        "Haft/NN ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_drohen_with_punishment_as_means_is_a_threat(kit):
    doc = kit.tagged("Frankreich/NE droht/VVFIN/drohen Russland/NE mit/APPR Strafen/NN/Strafe ./$.")
    kit.states(doc)
    assert [e.type for e in build_events(doc)] == ["THREATEN"]
