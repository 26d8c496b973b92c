"""Errors found on real German news (10kGNAD): attacks and custody told by words the trigger
list lacked ("angeschossen", "erstochen", "auf freien Fuß gesetzt", "Haftbefehl erlassen"),
see ``lagebild/events/data/triggers.tsv``."""

from __future__ import annotations

from lagebild.events.build import build_events


def told(doc) -> list[tuple]:
    return [
        (
            e.type,
            e.mode,
            e.actor.code if e.actor else None,
            e.recipient.code if e.recipient else None,
        )
        for e in build_events(doc)
    ]


def test_a_shot_that_wounds_is_an_attack_with_firearms(kit) -> None:
    doc = kit.tagged(
        "Ein/ART Palästinenser/NN hat/VAFIN/haben einen/ART Israeli/NN "
        "angeschossen/VVPP/anschießen ./$."
    )
    assert told(doc) == [("ASSAULT", "firearms", "PSE", "ISR")]


def test_stabbing_is_an_attack_with_a_primitive_weapon(kit) -> None:
    doc = kit.tagged(
        "Ein/ART Palästinenser/NN hat/VAFIN/haben eine/ART Israelin/NN "
        "erstochen/VVPP/erstechen ./$."
    )
    assert told(doc) == [("ASSAULT", "primitive", "PSE", "ISR")]


def test_set_free_is_a_release(kit) -> None:
    doc = kit.tagged(
        "Ein/ART Kanadier/NN wurde/VAFIN/werden in/APPR Russland/NE auf/APPR freien/ADJA/frei "
        "Fuß/NN gesetzt/VVPP/setzen ./$."
    )
    kit.states(doc)
    kit.add_place(doc, "Russland", "RU", 0.0, 0.0)
    assert told(doc) == [("RETREAT", "release", "RUS", "CAN")]


def test_an_arrest_warrant_against_someone_is_an_arrest(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE erließ/VVFIN/erlassen einen/ART Haftbefehl/NN gegen/APPR "
        "einen/ART Algerier/NN ./$."
    )
    kit.states(doc)
    assert told(doc) == [("COERCE", "arrest", "FRA", "DZA")]


def test_taken_into_custody_pending_trial_is_an_arrest(kit) -> None:
    doc = kit.tagged(
        "Ein/ART Algerier/NN wurde/VAFIN/werden in/APPR Frankreich/NE in/APPR "
        "Untersuchungshaft/NN genommen/VVPP/nehmen ./$."
    )
    kit.states(doc)
    kit.add_place(doc, "Frankreich", "FR", 0.0, 0.0)
    assert told(doc) == [("COERCE", "arrest", "FRA", "DZA")]
