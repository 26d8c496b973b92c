"""Errors found on real German news (10kGNAD), third round: demonyms that the events list
lacked ("Algerier", "Italiener"), now also read from the entities knowledge base (see
:func:`lagebild.events.lexicon.country_forms`), and promises whose content is a clause,
which go to no default addressee (see :func:`lagebild.events.addressees._promised_clause`)."""

from __future__ import annotations

from event_sides import sides_with_trigger

from lagebild.events.build import build_events
from lagebild.events.lexicon import country_forms


def test_demonyms_of_the_entities_knowledge_base_are_read() -> None:
    demonyms = country_forms()[2]
    assert demonyms["italiener"] == "ITA"
    assert demonyms["polin"] == "POL"
    # the events list keeps only the forms the knowledge base lacks
    assert demonyms["algerier"] == "DZA"
    assert demonyms["kosovare"] == "KOS"


def test_an_arrested_algerier_is_a_citizen_of_algeria(kit) -> None:
    doc = kit.tagged(
        "In/APPR Italien/NE wurde/VAFIN/werden Medienberichten/NN/Medienbericht zufolge/APPO "
        "ein/ART Algerier/NN festgenommen/VVPP/festnehmen ./$."
    )
    kit.add_place(doc, "Italien", "IT", 0.0, 0.0)
    events = [(e.type, e.actor.code, e.recipient.code) for e in build_events(doc)]
    assert events == [("COERCE", "ITA", "DZA")]


def test_italians_as_the_other_side_of_a_fight(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE kämpfte/VVFIN/kämpfen gegen/APPR die/ART Italiener/NN/Italiener ./$."
    )
    kit.states(doc)
    assert [sides_with_trigger(e) for e in build_events(doc)][0][1:3] == ("FRA", "ITA")


def test_a_promised_clause_is_not_given_to_the_focus_state(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE versprach/VVFIN/versprechen :/$. Wir/PPER werden/VAFIN/werden "
        "keinen/PIAT Millimeter/NN abweichen/VVINF ./$."
    )
    kit.states(doc)
    doc._.focus_country = "SY"
    assert [sides_with_trigger(e) for e in build_events(doc)] == []


def test_a_promise_that_a_clause_holds_is_not_given_to_the_focus_state(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE versprach/VVFIN/versprechen ,/$, dass/KOUS wir/PPER uns/PRF "
        "einsetzen/VVINF ./$."
    )
    kit.states(doc)
    doc._.focus_country = "SY"
    assert [sides_with_trigger(e) for e in build_events(doc)] == []


def test_a_promised_thing_still_goes_to_the_focus_state(kit) -> None:
    doc = kit.tagged("Frankreich/NE versprach/VVFIN/versprechen weitere/ADJA/weit Hilfe/NN ./$.")
    kit.states(doc)
    doc._.focus_country = "SY"
    assert [sides_with_trigger(e) for e in build_events(doc)] == [
        ("AGREE", "FRA", "SYR", "versprach")
    ]
