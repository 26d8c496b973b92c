"""A name right after a medium's noun is the medium's title, not a place."""

from __future__ import annotations


def test_newspaper_title_is_no_place(places_in) -> None:
    places, _ = places_in("Das sagte der Kanzler der Tageszeitung Österreich.")
    assert not places


def test_country_after_preposition_stays_a_place(places_in) -> None:
    places, _ = places_in("Das sagte der Kanzler einer Zeitung in Österreich.")
    assert [place.country for place in places] == ["AT"]
