"""An ownerless definite attack noun tells the attack told before again only where it can be
that attack: not one of another kind (nor a fight an air strike), nor a state's act where the
noun names the attacks of armed groups or a group claims it (10kGNAD articles 31, 130, 306
and 375)."""

from __future__ import annotations

from lagebild.events.build import build_events

BOMBING = "Israel/NE bombardierte/VVFIN/bombardieren Syrien/NE ./$."


def _tellings(kit, *sentences: str) -> list[tuple]:
    doc = kit.tagged(*sentences)
    kit.states(doc)
    events = build_events(doc)
    return [(e.type, e.trigger.text, len(e.mentions)) for e in events]


def test_same_kind_of_attack_is_told_again(kit):
    later = "Der/ART Luftangriff/NN/Luftangriff schockierte/VVFIN/schockieren die/ART Welt/NN ./$."
    assert _tellings(kit, BOMBING, later) == [("ASSAULT", "bombardierte", 2)]


def test_attack_of_another_kind_is_another_attack(kit):
    later = (
        "Der/ART Raketenangriff/NN/Raketenangriff schockierte/VVFIN/schockieren "
        "die/ART Welt/NN ./$."
    )
    assert _tellings(kit, BOMBING, later) == [("ASSAULT", "bombardierte", 1)]


def test_group_attack_is_no_state_act_told_again(kit):
    # "Der Selbstmordanschlag beweist, welche Gefahr von den syrischen Kurden ausgehe" after
    # the Turkish army's invasion
    later = (
        "Der/ART Selbstmordanschlag/NN/Selbstmordanschlag schockierte/VVFIN/schockieren "
        "die/ART Welt/NN ./$."
    )
    first = "Israel/NE griff/VVFIN/angreifen Syrien/NE an/PTKVZ ./$."
    assert _tellings(kit, first, later) == [("ASSAULT", "griff", 1)]


def test_claimed_attack_is_no_state_act_told_again(kit):
    # "Eine Jihadistengruppe bekannte sich zu dem Raketenangriff" after Israel's strike
    first = "Israel/NE griff/VVFIN/angreifen Syrien/NE an/PTKVZ ./$."
    later = (
        "Eine/ART Gruppe/NN bekannte/VVFIN/bekennen sich/PRF zu/APPR dem/ART "
        "Angriff/NN/Angriff ./$."
    )
    assert _tellings(kit, first, later) == [("ASSAULT", "griff", 1)]


def test_fight_is_no_air_strike_told_again(kit):
    # "Auch die Kämpfe am Boden gingen weiter" after Russian jets "bombardierten"
    later = "Die/ART Kämpfe/NN/Kämpfe gingen/VVFIN/gehen weiter/PTKVZ ./$."
    assert _tellings(kit, BOMBING, later) == [("ASSAULT", "bombardierte", 1)]


def test_fight_after_a_fight_is_told_again(kit):
    first = "Israel/NE kämpfte/VVFIN/kämpfen gegen/APPR Syrien/NE ./$."
    later = "Die/ART Kämpfe/NN/Kämpfe gingen/VVFIN/gehen weiter/PTKVZ ./$."
    assert _tellings(kit, first, later) == [("ASSAULT", "kämpfte", 2)]
