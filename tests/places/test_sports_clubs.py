"""A town named for its club in a sports sentence ("2:0 gegen Malmö", "Verfolger Monaco")
is no place; "die Schweden" are people or a team, not the country."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Salzburg reist nach dem 2:0 gegen Malmö zufrieden zum Rückspiel.",
        "Paris liegt in der Ligue 1 klar vor dem ersten Verfolger Monaco.",
        "Ein erster Schritt wäre ein Auswärtssieg gegen Ried.",
    ],
)
def test_club_reading_is_no_place(places_in, text: str) -> None:
    places, _ = places_in(text)
    assert not any(place.name in ("Malmö", "Monaco", "Ried im Innkreis") for place in places)


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei ermittelt gegen Malmö nicht, sagte der Richter in Stockholm.",
        "Die EU verlängert die Sanktionen gegen Russland.",
        "Das Auswärtsspiel findet in Altach statt.",
    ],
)
def test_place_without_sports_cue_stays(places_in, text: str) -> None:
    places, _ = places_in(text)
    assert places


def test_country_as_national_team_after_gegen_stays(places_in) -> None:
    # a national team is left to the place reading: "gegen Schweden" may be the state
    places, _ = places_in("Österreich gewann das Spiel gegen Schweden mit 2:0.")
    assert "SE" in {place.country for place in places}


@pytest.mark.parametrize(
    "text",
    [
        "Nach der Pause stellten sich die Schweden besser auf.",
        "Er sieht das Interesse der Schweden als Chance.",
    ],
)
def test_people_named_like_their_country_are_no_place(places_in, text: str) -> None:
    places, _ = places_in(text)
    assert "SE" not in {place.country for place in places}


def test_country_without_article_stays(places_in) -> None:
    places, _ = places_in("Er lebt seit Jahren in Schweden.")
    assert [place.country for place in places] == ["SE"]
