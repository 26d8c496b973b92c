"""A city of millions the article names tells which of several towns of one name is meant:
"in Saint-Denis und Paris" is the town beside Paris, not the capital of Réunion."""

from __future__ import annotations


def test_a_town_named_with_a_metropolis_lies_in_its_country(places_in) -> None:
    places, _ = places_in(
        "Die meisten der 130 Opfer bei den Attacken in Saint-Denis und Paris starben in dem Club."
    )
    countries = {place.name: place.country for place in places}
    assert countries["Saint-Denis"] == "FR"
    assert countries["Paris"] == "FR"
