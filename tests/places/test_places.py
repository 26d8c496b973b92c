"""Places: gazetteer look-up, inflection, disambiguation, stoplist and focus country."""

from __future__ import annotations

import math

import pytest

from lagebild.model import Entity, Mention, Place


def _by_name(places: list[Place]) -> dict[str, Place]:
    return {place.name: place for place in places}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.mark.parametrize(
    ("text", "name", "country", "lat", "lon"),
    [
        ("Die Gespräche in Genf gingen weiter.", "Genf", "CH", 46.20, 6.15),
        ("Das Treffen in Brüssel war kurz.", "Brüssel", "BE", 50.85, 4.35),
        ("Die OSZE tagt in Wien.", "Wien", "AT", 48.21, 16.37),
        ("Russland hatte 2014 die ukrainische Halbinsel Krim annektiert.", "Krim", "UA", 45, 34),
        ("Die Regierung in Kyjiw widersprach.", "Kiew", "UA", 50.45, 30.52),
        ("Der Gipfel fand in Den Haag statt.", "Den Haag", "NL", 52.08, 4.30),
        ("Er landete in Washington, D.C. am Abend.", "Washington", "US", 38.9, -77.04),
        ("Proteste in Addis Abeba dauerten an.", "Addis Abeba", "ET", 9.03, 38.74),
        ("Die Offensive in den Gazastreifen begann.", "Gazastreifen", "PS", 31.42, 34.36),
        ("Die Mönche zogen durch die Straßen Rangun.", "Rangun", "MM", 16.87, 96.20),
        ("Der Kongress tagte in Mailand.", "Mailand", "IT", 45.46, 9.19),
    ],
)
def test_known_places_are_geocoded(places_in, text, name, country, lat, lon) -> None:
    places, _ = places_in(text)
    place = _by_name(places)[name]
    assert place.country == country
    assert _km(place.lat, place.lon, lat, lon) < 50
    assert all(text[m.start : m.end] == m.text for m in place.mentions)


def test_inflected_forms(places_in) -> None:
    text = "Moskaus Haltung ist klar. Die Lage in der Ukraine und die Zukunft Brüssels."
    places = _by_name(places_in(text)[0])
    assert places["Moskau"].mentions[0].text == "Moskaus"
    assert places["Brüssel"].mentions[0].text == "Brüssels"
    assert places["Ukraine"].feature == "country"
    assert places["Ukraine"].country == "UA"


def test_genitive_of_region(places_in) -> None:
    places = _by_name(places_in("Im Norden des Gazastreifens wurde gekämpft.")[0])
    assert places["Gazastreifen"].mentions[0].text == "Gazastreifens"
    assert "Norden" not in places


def test_compounds_are_not_places(places_in) -> None:
    places, _ = places_in("Die Ukraine-Krise und der NATO-Russland-Rat beschäftigen alle.")
    assert places == []


def test_city_adjective_counts_as_mention_of_a_named_place(places_in) -> None:
    text = "Die Genfer Gespräche fanden in Genf statt."
    places = _by_name(places_in(text)[0])
    assert [m.text for m in places["Genf"].mentions] == ["Genfer", "Genf"]
    assert places["Genf"].country == "CH"


def test_city_adjective_alone_locates(places_in) -> None:
    places = _by_name(places_in("Eine Meldung des Belgrader Staatsfernsehens.")[0])
    assert places["Belgrad"].mentions[0].text == "Belgrader"


def test_ambiguous_name_prefers_country_of_article(places_in) -> None:
    spain = _by_name(places_in("Spanien leidet. In Valencia brannte es.")[0])
    venezuela = _by_name(places_in("Venezuela leidet. In Valencia brannte es.")[0])
    assert spain["Valencia"].country == "ES"
    assert venezuela["Valencia"].country == "VE"


def test_ambiguous_name_prefers_country_adjective(places_in) -> None:
    places = _by_name(places_in("Das Spiel fand im spanischen Valencia statt.")[0])
    assert places["Valencia"].country == "ES"


def test_ambiguous_name_falls_back_to_population(places_in) -> None:
    places = _by_name(places_in("Das Konzert fand in Halle statt.")[0])
    assert places["Halle"].country == "DE"
    assert _km(places["Halle"].lat, places["Halle"].lon, 51.48, 11.97) < 50


def test_stoplist_needs_a_preposition(places_in) -> None:
    assert places_in("Das Essen war gut, die Lage ernst.")[0] == []
    places = _by_name(places_in("Das Konzert in Essen war ausverkauft.")[0])
    assert places["Essen"].country == "DE"


def test_function_words_are_not_places(places_in) -> None:
    assert places_in("Dabei sagte er, von Anfang an sei alles klar gewesen.")[0] == []


def test_names_inside_longer_names_are_not_places(places_in) -> None:
    assert places_in("Ein Sprecher von Human Rights Watch sagte das.")[0] == []
    assert places_in("Der Präsident Kennedy sprach am Abend.")[0] == []


def test_person_entities_block_places(places_in) -> None:
    text = "Denzel Washington sagte, er komme gern."
    person = Entity(
        id="e1",
        name="Denzel Washington",
        type="PER",
        mentions=[Mention(start=0, end=17, text="Denzel Washington")],
    )
    assert places_in(text, [person])[0] == []


def test_place_after_organisation_is_kept(places_in) -> None:
    text = "Das Treffen fand bei den Vereinten Nationen in Genf statt."
    organisation = Entity(
        id="e1",
        name="Vereinte Nationen",
        type="ORG",
        mentions=[Mention(start=24, end=42, text=text[24:42])],
    )
    places = _by_name(places_in(text, [organisation])[0])
    assert places["Genf"].country == "CH"


def test_small_city_needs_a_cue(places_in) -> None:
    # Sherman (Texas) is a city of 40,000 and a surname.
    assert places_in("Sherman sagte, die Gespräche seien offen gewesen.")[0] == []
    places = _by_name(places_in("Die Soldaten waren in Haditha stationiert.")[0])
    assert places["Haditha"].country == "IQ"


def test_focus_country_counts_places_and_gpe_entities(places_in) -> None:
    text = "In Kiew und in der Ukraine wächst die Sorge. Russland schweigt. Der Kreml droht."
    assert places_in(text)[1] == "UA"
    kremlin = text.index("Kreml")
    russia = Entity(
        id="e1",
        name="Russland",
        type="GPE",
        code="RUS",
        mentions=[
            Mention(start=45, end=53, text="Russland"),
            Mention(start=kremlin, end=kremlin + 5, text="Kreml", kind="metonym"),
            Mention(start=kremlin - 4, end=kremlin + 5, text="Der Kreml", kind="metonym"),
        ],
    )
    # "Russland" counts once although it is both a place and an entity mention.
    assert places_in(text, [russia])[1] == "RU"


def test_mentions_are_exact_spans(places_in) -> None:
    text = "Gespräche in Genf. Danach in Genf erneut."
    place = _by_name(places_in(text)[0])["Genf"]
    assert [(m.start, m.end) for m in place.mentions] == [(13, 17), (29, 33)]


def test_city_adjective_before_a_titled_person_is_not_a_place(places_in) -> None:
    from lagebild.model import Entity, Mention

    text = "Die Kiewer Vize-Regierungschefin Stefanischyna traf ihn."
    start = text.index("Stefanischyna")
    person = Entity(
        id="E1",
        name="Olga Stefanischyna",
        type="PER",
        mentions=[Mention(start=start, end=start + 13, text="Stefanischyna")],
    )
    assert "Kiew" not in _by_name(places_in(text, entities=[person])[0])


def test_direction_of_a_country_is_the_compound_region(places_in) -> None:
    text = "Kämpfe im Süden des Libanon. Flüchtlinge im Westteil der Insel Timor."
    places = _by_name(places_in(text)[0])
    assert places["Südlibanon"].country == "LB"
    assert places["Südlibanon"].mentions[0].text == "Süden des Libanon"
    assert places["Westtimor"].country == "ID"


def test_direction_without_a_known_compound_is_no_region(places_in) -> None:
    places = _by_name(places_in("Im Norden des Landes blieb es ruhig.")[0])
    assert places == {}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Bis 2050 soll auch die Republik Kongo stark wachsen.", "CG"),
        ("In der Demokratischen Republik Kongo kämpfen Rebellen.", "CD"),
        ("Die Demokratische Republik Kongo wählt.", "CD"),
        ("Die DR Kongo liegt in Zentralafrika.", "CD"),
        ("Kämpfe im Kongo dauern an.", "CD"),
    ],
)
def test_the_two_congos_are_told_apart(places_in, text: str, country: str) -> None:
    assert [place.country for place in places_in(text)[0]] == [country]
