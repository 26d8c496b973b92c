"""A consumer group's claims and lawsuits are aimed at companies, not by default at the
government of the focus country ("Klagen des Vereins für Konsumentenschutz")."""

from __future__ import annotations

from lagebild.events.build import build_events


def test_a_consumer_groups_lawsuit_is_not_aimed_at_the_government(kit) -> None:
    doc = kit.tagged(
        "Die/ART Urteile/NN/Urteil gehen/VVFIN/zurückgehen auf/APPR Klagen/NN/Klage des/ART "
        "Vereins/NN/Verein für/APPR Konsumentenschutz/NN zurück/PTKVZ ./$.",
    )
    name = "Verein für Konsumentenschutz"
    kit.add_entity(doc, name, "ORG", "Vereins für Konsumentenschutz", code=name)
    doc._.focus_country = "AT"
    assert all(e.recipient is None or e.recipient.code != "AUT" for e in build_events(doc))


def test_another_groups_demand_still_goes_to_the_government(kit) -> None:
    doc = kit.tagged(
        "Der/ART Verein/NN für/APPR Tierschutz/NN fordert/VVFIN/fordern Reformen/NN/Reform ./$.",
    )
    name = "Verein für Tierschutz"
    kit.add_entity(doc, name, "ORG", name, code=name)
    doc._.focus_country = "AT"
    assert [e.recipient.code for e in build_events(doc) if e.recipient] == ["AUT"]
