"""No default addressee from the focus country for a demand on others: one whose demanded
clause names them ("dass die Euro-Staaten …"), one for a thing told before ("Genau das
fordern …"), an advocacy to the public ("warb für Verständnis") or a protest against a
group ("antiarabische Demonstrationen")."""

from __future__ import annotations

from lagebild.events.build import build_events


def _recipients(kit, text: str, focus: str) -> list[str | None]:
    doc = kit.tagged(text)
    kit.states(doc)
    doc._.focus_country = focus
    doc._.focus_clear = True
    return [e.recipient.code if e.recipient else None for e in build_events(doc)]


def test_demand_on_states_named_in_its_clause_takes_no_focus_addressee(kit):
    text = (
        "Frankreich/NE forderte/VVFIN/fordern ,/$, dass/KOUS die/ART "
        "Euro-Staaten/NN/Euro-Staat die/ART Regeln/NN/Regel einhalten/VVFIN ./$."
    )
    assert "SYR" not in _recipients(kit, text, "SY")


def test_demand_on_the_focus_state_itself_keeps_its_default(kit):
    text = (
        "Frankreich/NE forderte/VVFIN/fordern ,/$, dass/KOUS die/ART "
        "Wahl/NN/Wahl wiederholt/VVPP/wiederholen wird/VAFIN ./$."
    )
    assert _recipients(kit, text, "SY") == ["SYR"]


def test_demand_for_a_thing_told_before_takes_no_focus_addressee(kit):
    text = "Genau/ADV das/PDS fordert/VVFIN/fordern nun/ADV Frankreich/NE ./$."
    assert "SYR" not in _recipients(kit, text, "SY")


def test_advocacy_takes_no_focus_addressee(kit):
    text = "Frankreich/NE warb/VVFIN/werben für/APPR Verständnis/NN/Verständnis ./$."
    assert "SYR" not in _recipients(kit, text, "SY")


def _protest_recipients(kit, adjective: str) -> list[str | None]:
    doc = kit.tagged(
        f"Es/PPER gab/VVFIN/geben {adjective} Proteste/NN/Protest der/ART Mönche/NN/Mönch ./$."
    )
    kit.add_entity(doc, "Buddhistische Mönche", "MISC", "Mönche", code="Buddhistische Mönche")
    doc._.focus_country = "MM"
    return [e.recipient.code if e.recipient else None for e in build_events(doc)]


def test_protest_against_a_group_takes_no_government_addressee(kit):
    # "Es kam zu antiarabischen Demonstrationen" in France: aimed at Arabs, not at Paris
    assert "MMR" not in _protest_recipients(kit, "antimuslimische/ADJA/antimuslimisch")


def test_protest_without_an_anti_adjective_keeps_its_government_addressee(kit):
    assert "MMR" in _protest_recipients(kit, "heftige/ADJA/heftig")
