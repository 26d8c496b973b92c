"""Context rules for GeoNames towns: common nouns, numerals and articles before them, cut and
longer names, genitives after a preposition, and the places around that locate them."""

from __future__ import annotations

import pytest

from lagebild.model import Place


def _by_name(places: list[Place]) -> dict[str, Place]:
    return {place.name: place for place in places}


@pytest.mark.parametrize(
    "text",
    [
        "Sie sollten nicht in Busse steigen, sagte er.",  # Boussé (BF)
        "Einige Busse fuhren am Morgen nicht.",
        "Wer hier die Matura gemacht hat, weiß das.",  # Mathura (IN)
        "Bei der Matura kriegt jeder seine eigene Note.",
        "Die Anhebung von Gehältern und Boni kurz vor dem Abschied.",  # Bonn (alternate)
        "Der Mann überfuhr sie mit seinem Van.",
        "Ajax: Cillessen – Tete, Veltman, Riedewald.",  # Tete (MZ)
    ],
)
def test_common_noun_is_no_town_abroad(places_in, text: str) -> None:
    assert places_in(text)[0] == []


def test_common_noun_town_abroad_with_its_country_or_a_noun_cue(places_in) -> None:
    text = "Die Lage in Burkina Faso ist ernst. In Busse wurde gewählt."
    assert _by_name(places_in(text)[0])["Busse"].country == "BF"
    assert _by_name(places_in("Die Stadt Busse wählte.")[0])["Busse"].country == "BF"


@pytest.mark.parametrize(
    "text",
    [
        "Nach 16 Siegen in Folge verlor Paris.",
        "Es war die erste Pleite nach elf Siegen in Serie.",
    ],
)
def test_counted_noun_is_no_place(places_in, text: str) -> None:
    assert "Siegen" not in _by_name(places_in(text)[0])


def test_town_after_a_plain_preposition_stays(places_in) -> None:
    places = _by_name(places_in("Das Konzert fand in Siegen statt.")[0])
    assert places["Siegen"].country == "DE"


def test_article_rules(places_in) -> None:
    assert places_in("Beide nahmen um 20.15 Uhr Platz im Mercedes.")[0] == []
    assert places_in("Das war im Derby gegen Lazio.")[0] == []
    places = _by_name(places_in("Die Wahl in Mercedes verlief ruhig.")[0])
    assert "Mercedes" in places
    # a genitive attribute: "ins London des Jahres 1918" is London
    text = "Das Spiel führt ins London des Jahres 1918."
    assert _by_name(places_in(text)[0])["London"].country == "GB"


@pytest.mark.parametrize(
    "text",
    [
        "Die USA gewannen im Gold Cup.",  # Gold Coast
        "Das ist bei Rapid normal, sagte der Trainer.",  # Rapid City
        "Er ist in Stanford gestorben.",  # Stanford-le-Hope
        "Das Traditionshaus aus Siena, Monte dei Paschi, wankt.",  # El Monte
    ],
)
def test_cut_alternate_names_are_no_places(places_in, text: str) -> None:
    names = _by_name(places_in(text)[0])
    assert not {"Gold", "Rapid", "Stanford", "Monte"} & set(names)


def test_alternate_with_a_qualifier_stays(places_in) -> None:
    # "Frankfurt" for Frankfurt am Main: the qualifier after "am" is not part of the name
    places = _by_name(places_in("Die Börse in Frankfurt schloss fester.")[0])
    assert places["Frankfurt"].country == "DE"


@pytest.mark.parametrize(
    "text",
    [
        "Das sagte Elisabeth Kirnbauer, Logistikchefin bei Palmers.",
        "Das Buch Night in Times Past erschien 2006.",
        "Die Three Lions verloren am Abend.",
        "Sie war beim Cannes Lions International Festival.",
    ],
)
def test_genitive_forms_in_names_are_no_places(places_in, text: str) -> None:
    names = set(_by_name(places_in(text)[0]))
    assert not {"Palmer", "Time", "Lion"} & names


@pytest.mark.parametrize(
    "text",
    [
        "Der Vorsitzende Hans Van Bylen sprach.",
        "Das sagt Van der Bellen, diese Übergriffe seien indiskutabel.",
        "Er wird viel Zeit in Flushing Meadows verbringen.",  # Vlissingen (alternate)
        "Die Übergänge in Neuhaus am Inn sind offen.",  # Nové Zámky (alternate)
        "Die Gemeinde wird Bruck an der Leitha zugeordnet.",  # Fürstenfeldbruck (alternate)
        "Ein Angriff traf die Stadt Marat Numan.",  # Mareth (TN)
        "Die Foxes gastieren bei Manchester United.",
    ],
)
def test_longer_names_are_not_the_town_inside(places_in, text: str) -> None:
    names = set(_by_name(places_in(text)[0]))
    assert not {"Van", "Flushing", "Neuhaus", "Bruck", "Marat", "Manchester"} & names


def test_town_followed_by_a_common_noun_or_its_region_stays(places_in) -> None:
    places = _by_name(places_in("Die AfD präsentierte sich in Freilassing am Rathausplatz.")[0])
    assert places["Freilassing"].country == "DE"
    places = _by_name(places_in("Das Konzert in Frankfurt am Main war ausverkauft.")[0])
    assert places["Frankfurt am Main"].country == "DE"
    places = _by_name(places_in("Die Soldaten waren in Haditha am Montag stationiert.")[0])
    assert places["Haditha"].country == "IQ"


def test_place_that_locates_a_town_decides_its_country(places_in) -> None:
    text = "Bei einer Massenpanik in Mina östlich von Mekka starben 364 Menschen."
    places = _by_name(places_in(text)[0])
    assert "Mina" not in places  # no Mina in Saudi Arabia in the gazetteer: none, not Minot
    assert places["Mekka"].country == "SA"


def test_other_places_of_the_article_decide_among_namesakes(places_in) -> None:
    text = "Anschlag bei Hebron. Eine Israelin wurde nahe Bethlehem verletzt."
    places = _by_name(places_in(text)[0])
    assert places["Bethlehem"].country == "PS"
    # a well-known city keeps its own country beside a namesake's ("Paris" beside New York)
    text = "Dow Jones/New York +0,20 Prozent, CAC-40/Paris -0,56 Prozent."
    assert _by_name(places_in(text)[0])["Paris"].country == "FR"


def test_list_shares_the_cue(places_in) -> None:
    text = "Krankenhäuser in Aleppo und Idlib wurden getroffen."
    places = _by_name(places_in(text)[0])
    assert places["Idlib"].country == "SY"
    assert places["Aleppo"].country == "SY"


def test_city_of_millions_beats_a_small_namesake_in_a_named_country(places_in) -> None:
    text = "1949 ging er für zwei Jahre nach Paris und in die USA."
    assert _by_name(places_in(text)[0])["Paris"].country == "FR"
    # a large namesake in the named country still wins ("Valencia" in Spain)
    spain = _by_name(places_in("Spanien leidet. In Valencia brannte es.")[0])
    assert spain["Valencia"].country == "ES"
