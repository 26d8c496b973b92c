"""A bare role noun set off by a comma right after the subject is an apposition to it, not
the object ("kritisiert die Abgeordnete Madeleine Petrovic, Präsidentin des Wiener
Tierschutzvereins": the criticism is not aimed at Vienna)."""

from __future__ import annotations

from lagebild.events.build import build_events


def _criticism(kit, apposition: str):
    doc = kit.tagged(
        "Die/ART Jäger/NN/Jäger haben/VAFIN/haben keine/PIAT Ausbildung/NN ,/$, "
        "kritisiert/VVFIN/kritisieren die/ART Abgeordnete/NN Madeleine/NE Petrovic/NE "
        f",/$, {apposition} ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Madeleine Petrovic", "PER", "Madeleine Petrovic", affiliation="SPÖ")
    doc._.focus_country = "AT"
    return doc


def test_an_apposed_role_is_not_the_criticised(kit) -> None:
    doc = _criticism(kit, "Präsidentin/NN des/ART russischen/ADJA/russisch Vereins/NN/Verein")
    assert all(e.recipient is None or e.recipient.code != "RUS" for e in build_events(doc))
