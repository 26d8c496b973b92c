"""Towns of Austria, Germany and Switzerland under 15,000 people ("Eisenstadt",
"Traiskirchen"): found after a cue, never for a common noun or after an article, and never
in place of a bigger namesake."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.places.component import PlaceFinder
from lagebild.readers.document import Document


def _names(places_in, text: str) -> list[tuple[str, str | None]]:
    return [(place.name, place.country) for place in places_in(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orden übergeben. Eisenstadt – Der Landespolizeidirektor wurde geehrt.",
            [("Eisenstadt", "AT")],
        ),
        ("Die Flüchtlinge kamen in Traiskirchen an.", [("Traiskirchen", "AT")]),
        ("Er fuhr nach Kitzbühel und Mariazell.", [("Kitzbühel", "AT"), ("Mariazell", "AT")]),
        ("Die Menschen kamen über den Grenzübergang Spielfeld.", [("Spielfeld", "AT")]),
        # the short name of an Austrian town, not a German village of that name
        ("Rapid gewann in Ried.", [("Ried im Innkreis", "AT")]),
    ],
)
def test_small_home_towns_after_a_cue(places_in, text: str, expected: list) -> None:
    assert _names(places_in, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Gäste kamen aus Übersee.",
        "Er wohnte in der Rue Saint-Benoît.",  # a village Rue in Switzerland
        "Der Ball rollte über das Spielfeld.",
        "Eisenstadt hat gewählt.",  # no cue: a town this small may be a surname
    ],
)
def test_no_small_town_without_its_cue(places_in, text: str) -> None:
    assert _names(places_in, text) == []


def test_tagged_common_noun_is_no_small_town(
    blank_nlp: Language, place_finder: PlaceFinder
) -> None:
    # there is a village Brand in Bavaria; "in Brand geraten" is on fire
    words = ["Die", "Autos", "können", "in", "Brand", "geraten", "."]
    tags = ["ART", "NN", "VMFIN", "APPR", "NN", "VVINF", "$."]
    doc = Doc(blank_nlp.vocab, words=words, tags=tags)
    doc._.document = Document(id="test", text=doc.text, published="2022-01-12")
    doc._.entities = []
    assert place_finder(doc)._.places == []


def test_home_town_beside_an_alternate_name_of_a_small_city_abroad(places_in) -> None:
    # "Freistadt" is also a German name of Karviná (Czechia, 50,000 people)
    text = "Er starb bei einem Unfall im Bezirk Freistadt in Oberösterreich."
    assert ("Freistadt", "AT") in _names(places_in, text)
