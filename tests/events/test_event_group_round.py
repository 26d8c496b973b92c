"""Recall rules of the issue #5 group round: fights over power between coordinated sides
and returned fire (see :mod:`lagebild.events.sides` and :mod:`lagebild.events.returned_fire`)."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def _fight(kit, over: str, lemma: str):
    doc = kit.tagged(
        f"Im/APPRART Bürgerkrieg/NN kämpfen/VVFIN/kämpfen Präsident/NN Kiir/NE und/KON "
        f"Vize-Präsident/NN Machar/NE um/APPR die/ART {over}/NN/{lemma} ./$."
    )
    kit.add_entity(doc, "Salva Kiir", "PER", "Kiir", affiliation="SSD")
    kit.add_entity(doc, "Riek Machar", "PER", "Machar", affiliation="Rebellen")
    return build_events(doc)


def test_fight_over_power_goes_both_ways(kit):
    found = sorted(sides(e) for e in _fight(kit, "Macht", "Macht"))
    assert found == [("ASSAULT", "Rebellen", "SSD"), ("ASSAULT", "SSD", "Rebellen")]


def test_fight_over_something_else_is_no_fight_of_the_sides(kit):
    found = [sides(e) for e in _fight(kit, "Zukunft", "Zukunft")]
    assert ("ASSAULT", "SSD", "Rebellen") not in found


def test_returned_fire_and_the_attack_it_answers_aim_at_each_other(kit):
    doc = kit.tagged(
        "Räuber/NN griffen/VVFIN/angreifen einen/ART Konvoi/NN an/PTKVZ ,/$, so/ADV "
        "dass/KOUS die/ART US-Marines/NN das/ART Feuer/NN erwiderten/VVFIN/erwidern ./$."
    )
    kit.add_entity(doc, "Bewaffnete Räuber", "MISC", "Räuber", code="Bewaffnete Räuber")
    kit.add_entity(doc, "Vereinigte Staaten", "GPE", "US-Marines", code="USA")
    found = sorted(sides(e) for e in build_events(doc) if e.type == "ASSAULT")
    assert found == [
        ("ASSAULT", "Bewaffnete Räuber", "USA"),
        ("ASSAULT", "USA", "Bewaffnete Räuber"),
    ]
