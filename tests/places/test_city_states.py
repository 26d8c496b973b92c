"""A city-state's name is the country unless a dateline or place noun makes it the city; a
party named for a place ("Pro NRW") is no place."""

from __future__ import annotations

from lagebild.model import Place


def _features(places: list[Place], name: str) -> list[str]:
    return sorted(place.feature or "" for place in places if place.name == name)


def test_city_state_name_is_the_country(places_in) -> None:
    places, _ = places_in("Konzerne zahlten in Luxemburg kaum Steuern, sagte er.")
    assert _features(places, "Luxemburg") == ["country"]


def test_city_state_in_a_dateline_is_the_city(places_in) -> None:
    places, _ = places_in(
        "Luxemburg – Die Minister trafen sich. Konzerne in Luxemburg zahlen wenig."
    )
    assert _features(places, "Luxemburg") == ["city", "country"]


def test_city_state_after_a_place_noun_is_the_city(places_in) -> None:
    places, _ = places_in("Er wohnt in der Stadt Singapur.")
    assert _features(places, "Singapur") == ["city"]


def test_party_named_for_a_place_is_no_place(places_in) -> None:
    places, _ = places_in("Die rechte Partei Pro NRW hielt eine Mahnwache ab.")
    assert places == []
