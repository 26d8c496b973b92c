"""Participles used as adjectives, read as their verbs."""

from __future__ import annotations

import pytest

from lagebild.events.build import build_events
from lagebild.events.participles import participle, verb_entries


@pytest.mark.parametrize(
    ("verb", "form"),
    [
        ("fordern", "gefordert"),
        ("verhaften", "verhaftet"),
        ("festnehmen", "festgenommen"),
        ("zurücktreten", "zurückgetreten"),
        ("kritisieren", "kritisiert"),
        ("töten", "getötet"),
        ("abschieben", "abgeschoben"),
        ("überfallen", "überfallen"),
        ("erschießen", "erschossen"),
    ],
)
def test_participle_forms(verb: str, form: str) -> None:
    assert participle(verb) == form


def test_only_lexicon_verbs_are_read() -> None:
    assert [e.type for e in verb_entries("verhaftet")] == ["COERCE"]
    assert verb_entries("bekannt") == ()


def test_arrested_noun_is_the_patient_of_the_state(kit):
    doc = kit.tagged(
        "Frankreich/NE fordert/VVFIN/fordern die/ART Freilassung/NN/Freilassung "
        "der/ART verhafteten/ADJA/verhaftet Journalisten/NN/Journalist ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Deutsche Journalisten", "MISC", "Journalisten", code="DEU")
    doc._.focus_country = "SY"
    arrest = next(e for e in build_events(doc) if e.type == "COERCE")
    assert (arrest.actor.code, arrest.recipient.code, arrest.trigger.text) == (
        "SYR",
        "DEU",
        "verhafteten",
    )


def test_participle_before_an_event_noun_is_left_to_the_noun(kit):
    doc = kit.tagged(
        "Die/ART verhängten/ADJA/verhängt Sanktionen/NN/Sanktion gegen/APPR "
        "Russland/NE wirken/VVFIN/wirken ./$."
    )
    kit.states(doc)
    assert all(e.trigger.text != "verhängten" for e in build_events(doc))


def test_arrest_in_a_place_is_made_by_that_places_state(kit):
    # "Bei einem in Gießen festgenommenen Marokkaner": Germany arrested him, not Belgium,
    # the focus of a story on the Brussels attacks
    doc = kit.tagged(
        "Bei/APPR einem/ART in/APPR Gießen/NE festgenommenen/ADJA/festgenommen "
        "Marokkaner/NN/Marokkaner bestätigte/VVFIN/bestätigen sich/PRF "
        "der/ART Verdacht/NN nicht/PTKNEG ./$."
    )
    kit.add_entity(doc, "Marokko", "GPE", "Marokkaner", code="MAR")
    kit.add_place(doc, "Gießen", "DE", 50.58, 8.67)
    doc._.focus_country = "BE"
    arrest = next(e for e in build_events(doc) if e.type == "COERCE")
    assert (arrest.actor.code, arrest.recipient.code) == ("DEU", "MAR")
