"""Companies and media of the knowledge base are no sides of political events: "Microsoft
kritisiert Google" is economic news, a state's criticism of a state stays an event."""

from __future__ import annotations

from lagebild.events.build import build_events


def test_company_criticising_a_company_is_no_event(kit):
    doc = kit.tagged("Microsoft/NE kritisierte/VVFIN/kritisieren Google/NE scharf/ADJD ./$.")
    kit.add_entity(doc, "Microsoft", "ORG", "Microsoft", code="Microsoft")
    kit.add_entity(doc, "Google", "ORG", "Google", code="Google")
    assert build_events(doc) == []


def test_state_criticising_a_state_stays(kit):
    doc = kit.tagged(
        "Russland/NE kritisierte/VVFIN/kritisieren die/ART Ukraine/NE scharf/ADJD ./$."
    )
    kit.add_entity(doc, "Russland", "GPE", "Russland", code="RUS")
    kit.add_entity(doc, "Ukraine", "GPE", "Ukraine", code="UKR")
    assert [(e.type, e.actor.code if e.actor else None) for e in build_events(doc)] == [
        ("ACCUSE", "RUS")
    ]


def test_someone_acting_for_a_broadcaster_is_no_side(kit):
    doc = kit.tagged("Wrabetz/NE kritisierte/VVFIN/kritisieren Kurz/NE scharf/ADJD ./$.")
    kit.add_entity(doc, "Alexander Wrabetz", "PER", "Wrabetz", affiliation="ORF")
    kit.add_entity(doc, "Sebastian Kurz", "PER", "Kurz", affiliation="AUT")
    assert build_events(doc) == []
