"""The country adjective before a place name ("im nicaraguanischen Granada") says its country
for every state of the actor knowledge base (``lagebild/entities/data/adjectives.tsv``), which
the places layer reads rather than keep a shorter list of its own."""

from __future__ import annotations

from lagebild.places.gazetteer import load_country_adjectives


def test_an_adjective_of_a_smaller_state_picks_its_namesake(places_in) -> None:
    places, _ = places_in("Der Anschlag im nicaraguanischen Granada forderte Tote.")
    assert [(p.name, p.country) for p in places] == [("Granada", "NI")]


def test_an_adjective_picks_the_smaller_of_two_cities(places_in) -> None:
    places, _ = places_in("Das Spiel fand im neuseeländischen Hamilton statt.")
    assert [(p.name, p.country) for p in places] == [("Hamilton", "NZ")]


def test_the_adjectives_carry_alpha_2_codes() -> None:
    adjectives = load_country_adjectives()
    assert adjectives["russisch"] == "RU"
    assert adjectives["kosovarisch"] == "XK"
    assert adjectives["maltesisch"] == "MT"
