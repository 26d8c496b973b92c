"""A genitive name before a name or title it owns is one phrase with it: "Griechenlands Linke
kritisierte die EU" (the party accuses the EU, not Greece the party), "Russlands Präsident Putin"
(Putin acts for Russia). Event nouns keep the genitive as their actor ("Russlands Angriffe"), and
a preposition's phrase stays as it was ("durch Irans Präsident")."""

from __future__ import annotations

from lagebild.events.build import build_events


def sides(event) -> tuple:
    actor = event.actor.name if event.actor else None
    recipient = event.recipient.code if event.recipient else None
    return event.type, actor, recipient


def test_party_owned_by_a_genitive_state_is_the_actor(kit):
    doc = kit.tagged(
        "Griechenlands/NE/Griechenland Linke/NE kritisierte/VVFIN/kritisieren die/ART EU/NE ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Die Linke", "ORG", "Linke", code="Die Linke")
    kit.add_entity(doc, "Europäische Union", "ORG", "EU", code="EU")
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "Die Linke", "EU")]


def test_title_and_name_after_a_genitive_state_act(kit):
    doc = kit.tagged(
        "Russlands/NE/Russland Präsident/NN Putin/NE kritisierte/VVFIN/kritisieren "
        "die/ART USA/NE ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Wladimir Putin", "PER", "Putin", affiliation="RUS")
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "Wladimir Putin", "USA")]
