"""Places inside the names of media, teams and clubs; a big home city under its short name
beside a small namesake abroad; small towns abroad after an English title's "in"."""

from __future__ import annotations

import pytest

from lagebild.model import Entity, Mention, Place


def _by_name(places: list[Place]) -> dict[str, Place]:
    return {place.name: place for place in places}


@pytest.mark.parametrize(
    "text",
    [
        "Das berichtete die New York Times am Sonntag.",
        "Wie der Washington Post zu entnehmen war, ist die Lage ernst.",
        "Die Los Angeles Times schrieb, der Gouverneur sei zurückgetreten.",
        "Die Jerusalem Post meldete einen Angriff.",
        "Das sagte er der Moscow Times.",
        "Der Kölner Stadt-Anzeiger berichtete am Montag.",
        "Wie die Wiener Zeitung schrieb, trat der Minister zurück.",
        "Die Frankfurter Allgemeine berichtete über den Fall.",
        "Die Berliner Morgenpost zitierte den Bürgermeister.",
        "Die New York Giants verloren gegen die Chicago Bulls.",
        "Eintracht Frankfurt gewann gegen den FC Basel.",
        "Bayern München spielte gegen Austria Wien unentschieden.",
        "Der Trainer von Red Bull Salzburg war zufrieden.",
        "Lazio Rom und Juventus Turin trennten sich 1:1.",
        "Er spielte für 1860 München.",
        "New Jersey Devils – Colorado Avalanche 4:0, Utah Jazz – Dallas Stars 3:2.",
        "Die Panama Papers enthalten Tausende Namen.",
        "Laut USA Today sind Schulen betroffen.",
    ],
)
def test_media_and_team_names_are_no_places(places_in, text: str) -> None:
    assert places_in(text)[0] == []


def test_place_beside_a_title_stays(places_in) -> None:
    text = "Die New York Times berichtete aus Washington. In New York regnete es."
    places = places_in(text)[0]
    assert [(place.name, [m.text for m in place.mentions]) for place in places] == [
        ("Washington", ["Washington"]),
        ("New York", ["New York"]),
    ]
    # a club word is no place, a place after it elsewhere still is
    places = _by_name(places_in("Eintracht Frankfurt verlor. In Frankfurt war es still.")[0])
    assert places["Frankfurt"].mentions[0].text == "Frankfurt"
    assert len(places["Frankfurt"].mentions) == 1
    # a noun that merely follows is no title: "Wiener Polizei", "in Schleswig-Holstein"
    assert "Wien" in _by_name(places_in("Die Wiener Polizei ermittelt.")[0])


def test_big_home_city_under_its_short_name_beats_a_small_namesake(places_in) -> None:
    text = "In den USA stieg die Zahl. Die Messe in Frankfurt war gut besucht."
    places = _by_name(places_in(text)[0])
    assert places["Frankfurt"].country == "DE"
    assert round(places["Frankfurt"].lat) == 50  # am Main, not an der Oder
    # another name of a town abroad stays there: Augusta is no short form of Augsburg
    text = "In den USA wird gewählt. In Augusta gab es Proteste."
    assert _by_name(places_in(text)[0])["Augusta"].country == "US"


def test_small_town_abroad_after_an_english_in_is_no_place(places_in) -> None:
    text = "Urban Change in Time basiert auf Kartenmaterial des Bundesamts."
    assert places_in(text)[0] == []
    # a German noun before "in" leaves the town a place
    text = "Die Wahl in Time verlief ruhig, sagte die norwegische Regierung."
    assert _by_name(places_in(text)[0])["Time"].country == "NO"


def test_town_in_a_team_name_needs_a_cue_elsewhere(places_in) -> None:
    text = "Der VfB Stuttgart siegte. Stuttgart schlägt damit Ingolstadt."
    assert "Stuttgart" not in _by_name(places_in(text)[0])
    text = "Der VfB Stuttgart siegte. In Stuttgart feierten die Fans."
    assert _by_name(places_in(text)[0])["Stuttgart"].country == "DE"


def test_english_in_spares_big_cities_and_people(places_in) -> None:
    text = "Neuheiten findet man am Mobile World Congress in Barcelona."
    assert _by_name(places_in(text)[0])["Barcelona"].country == "ES"
    text = "Zuletzt war Lars Dahle in Time, um zu wählen."
    person = Entity(
        id="e1",
        name="Lars Dahle",
        type="PER",
        mentions=[Mention(start=12, end=22, text=text[12:22])],
    )
    assert _by_name(places_in(text, [person])[0])["Time"].country == "NO"


@pytest.mark.parametrize(
    "text",
    [
        "Die Bank Austria und die Casinos Austria melden Gewinne.",
        "Die Air France streikt, die Tour de France fällt aus.",
        "Das National Film Board of Canada zeigte den Film.",
    ],
)
def test_english_country_names_in_names_are_no_places(places_in, text: str) -> None:
    # in German news the English name of a state stands in the name of a firm, a race or a
    # body; the state goes by its German name
    assert places_in(text)[0] == []


def test_english_name_that_is_the_german_one_stays_a_place(places_in) -> None:
    places = _by_name(places_in("Die EU verhandelt mit Japan und dem Iran.")[0])
    assert places["Japan"].country == "JP"
    assert places["Iran"].country == "IR"


def test_island_in_a_longer_name_is_no_iceland(places_in) -> None:
    places = _by_name(places_in("Er wurde in Providence (US-Bundesstaat Rhode Island) geboren.")[0])
    assert places["Rhode Island"].country == "US"
    assert "Island" not in places
    places = _by_name(places_in("Er gewann den Klassiker auf Big Island.")[0])
    assert places["Big Island"].country == "US"


def test_newcastle_is_the_english_city(places_in) -> None:
    # GeoNames counts more people in Newcastle, Australia; German news means the English one
    places = _by_name(places_in("Chelsea gewann in Newcastle 5:1.")[0])
    assert places["Newcastle"].country == "GB"


def test_several_spaces_inside_a_name(places_in) -> None:
    # scraped text often keeps two spaces where a line was broken
    places = _by_name(places_in("Der Fund an der Küste von Western  Australia war groß.")[0])
    assert places["Western Australia"].mentions[0].text == "Western  Australia"
