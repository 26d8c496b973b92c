"""A passive's agent is the von-phrase that belongs to no action noun: in "für die
Unterstützung von UN-Organisationen … von den EU-Staaten versprochen" the UN organisations
are what the support is for, the EU states promise."""

from __future__ import annotations

from lagebild.events.build import build_events


def _actors(doc) -> list[str | None]:
    return [e.actor.code if e.actor else None for e in build_events(doc)]


def test_the_von_phrase_after_an_action_noun_is_no_agent(kit) -> None:
    doc = kit.tagged(
        "Insgesamt/ADV wurden/VAFIN/werden für/APPR die/ART Unterstützung/NN von/APPR "
        "UN-Organisationen/NN/UN-Organisation von/APPR den/ART EU-Staaten/NN/EU-Staat "
        "Milliarden/NN/Milliarde versprochen/VVPP/versprechen ./$."
    )
    kit.add_entity(doc, "UN-Organisation", "ORG", "UN-Organisationen", code="UN")
    kit.add_entity(doc, "Europäische Union", "ORG", "EU-Staaten", code="EU")
    assert _actors(doc) == ["EU"]


def test_a_lone_von_phrase_after_an_action_noun_stays_the_agent(kit) -> None:
    doc = kit.tagged(
        "Für/APPR die/ART Unterstützung/NN wurden/VAFIN/werden von/APPR den/ART "
        "EU-Staaten/NN/EU-Staat Milliarden/NN/Milliarde versprochen/VVPP/versprechen ./$."
    )
    kit.add_entity(doc, "Europäische Union", "ORG", "EU-Staaten", code="EU")
    assert _actors(doc) == ["EU"]
