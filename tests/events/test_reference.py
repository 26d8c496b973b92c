"""Sides found by reference: the makers of a criticised thing; unresolved pronouns unguessed."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events
from lagebild.model import Mention


def test_criticism_of_a_thing_is_aimed_at_its_makers(kit):
    doc = kit.tagged(
        "Russland/NE übte/VVFIN/üben Kritik/NN an/APPR einem/ART von/APPR den/ART USA/NE "
        "und/KON Syrien/NE unterzeichneten/ADJA/unterzeichnet Abkommen/NN ./$."
    )
    kit.states(doc)
    found = sorted(sides(e) for e in build_events(doc) if e.type == "ACCUSE")
    assert found == [("ACCUSE", "RUS", "SYR"), ("ACCUSE", "RUS", "USA")]


def test_maker_named_in_a_relative_clause_is_not_taken(kit):
    doc = kit.tagged(
        "Russland/NE übte/VVFIN/üben Kritik/NN an/APPR einem/ART Abkommen/NN ,/$, das/PRELS/der "
        "von/APPR den/ART USA/NE unterzeichnet/VVPP/unterzeichnen wurde/VAFIN/werden ./$."
    )
    kit.states(doc)
    accusations = [e for e in build_events(doc) if e.type == "ACCUSE"]
    assert all(e.recipient is None or e.recipient.code != "USA" for e in accusations)


def test_unresolved_pronoun_is_not_guessed_as_the_last_person(kit):
    doc = kit.tagged(
        "Müller/NE reiste/VVFIN/reisen nach/APPR Paris/NE ./$.",
        "Er/PPER/er kritisierte/VVFIN/kritisieren Russland/NE ./$.",
    )
    kit.states(doc)
    kit.add_entity(doc, "Müller", "PER", "Müller", affiliation="FRA")
    assert all(e.actor is None or e.actor.name != "Müller" for e in build_events(doc))


def test_pronoun_linked_by_the_entity_layer_is_the_actor(kit):
    doc = kit.tagged(
        "Müller/NE reiste/VVFIN/reisen nach/APPR Paris/NE ./$.",
        "Er/PPER/er kritisierte/VVFIN/kritisieren Russland/NE ./$.",
    )
    kit.states(doc)
    person = kit.add_entity(doc, "Müller", "PER", "Müller", affiliation="FRA")
    start = doc.text.index("Er ")
    person.mentions.append(Mention(start=start, end=start + 2, text="Er", kind="pronoun"))
    assert [(e.type, e.actor.name) for e in build_events(doc)] == [("ACCUSE", "Müller")]


def test_passive_light_verb_takes_its_subject_as_the_patient(kit):
    doc = kit.tagged(
        "Müller/NE wurde/VAFIN/werden unter/APPR Hausarrest/NN gestellt/VVPP/stellen ./$."
    )
    kit.add_entity(doc, "Müller", "PER", "Müller")
    doc._.focus_country = "RU"
    [event] = build_events(doc)
    assert (event.type, event.actor.code, event.recipient.name) == ("COERCE", "RUS", "Müller")
