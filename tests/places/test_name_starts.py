"""Longer names are looked up only after a word that begins one (or a gap without space)."""

from __future__ import annotations

from lagebild.places.gazetteer import HANDMADE, Candidate, Gazetteer
from lagebild.places.matcher import find_names


def _gazetteer(*names: str) -> Gazetteer:
    by_key = {name: (Candidate(name, "XX", 0.0, 0.0, "city", 0, HANDMADE),) for name in names}
    return Gazetteer(by_key=by_key, max_words=3, iso3_to_iso2={})


def test_first_words_of_longer_names() -> None:
    gazetteer = _gazetteer("Den Haag", "Haag", "Sankt Gallen", "St.Gallen")
    assert gazetteer.may_begin_name("Den") and gazetteer.may_begin_name("Sankt")
    assert not gazetteer.may_begin_name("Haag") and not gazetteer.may_begin_name("St.Gallen")


def test_longest_names_are_found_with_and_without_spaced_gaps() -> None:
    gazetteer = _gazetteer("Den Haag", "Haag", "Sankt Gallen", "StGallen", "Gallen")
    text = "Von Den Haag nach Sankt Gallens Altstadt, dann St.Gallen und Haag."
    found = [(text[f.start : f.end], f.base) for f in find_names(text, gazetteer)]
    assert found == [
        ("Den Haag", "Den Haag"),
        ("Sankt Gallens", "Sankt Gallen"),
        ("St.Gallen", "St.Gallen"),  # looked up as "StGallen"
        ("Haag", "Haag"),
    ]


def test_heads_of_longer_names() -> None:
    gazetteer = _gazetteer("New York City", "Washington DC")
    assert gazetteer.may_begin_name("New") and gazetteer.may_begin_name("New York")
    assert gazetteer.may_begin_name("Washington")
    assert not gazetteer.may_begin_name("New Jersey") and not gazetteer.may_begin_name("York")


def test_names_whose_heads_go_on_past_dotted_and_spaced_gaps() -> None:
    gazetteer = _gazetteer("New York City", "New York", "Washington DC", "Washington")
    text = "In New York City, New York Times, Washington, D.C. und Washington Post."
    found = [(text[f.start : f.end], f.base) for f in find_names(text, gazetteer)]
    assert found == [
        ("New York City", "New York City"),
        ("New York", "New York"),
        ("Washington, D.C", "Washington, D.C"),  # looked up as "Washington DC"
        ("Washington", "Washington"),
    ]
