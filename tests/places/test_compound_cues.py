"""Compound place nouns right before a name mark it as a place, like "Stadt" or "Ort":
"im Schwarzmeerort Rize" (a town too small to be a place without a cue)."""

from __future__ import annotations

import pytest

from lagebild.places.gazetteer import compound_noun_cue


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Im Schwarzmeerort Rize sagte er vor jubelnden Anhängern, das sei gut.", "Rize", "TR"),
        ("Der Standort könnte in der Nachbargemeinde Dornbirn sein.", "Dornbirn", "AT"),
        (
            "Bei Einsätzen in der südlichen Grenzregion Sikasso wurden Lager zerstört.",
            "Sikasso",
            "ML",
        ),
    ],
)
def test_compound_noun_cue_makes_a_place(places_in, text: str, name: str, country: str) -> None:
    places = {place.name: place for place in places_in(text)[0]}
    assert name in places
    assert places[name].country == country


def test_place_without_cue_stays_out(places_in) -> None:
    # the same small town after a word that is no place noun
    assert places_in("Er sagte vor jubelnden Anhängern Rize sei gut.")[0] == []


@pytest.mark.parametrize(
    ("word", "cue"),
    [
        ("Schwarzmeerort", True),
        ("Grenzgemeinde", True),
        ("Millionenmetropole", True),
        ("Stichwort", False),  # "-wort" only looks like "-ort"
        ("Transport", False),
        ("Ressort", False),
        ("Tatort", False),
        ("Sport", False),  # too short before "ort"
        ("grenzgemeinde", False),  # not capitalised: no noun
    ],
)
def test_compound_noun_cue_words(word: str, cue: bool) -> None:
    assert compound_noun_cue(word) is cue
