"""A full name in the genitive after a noun that names no person loses its "s" ("die Ära
Mao Zedongs" -> "Mao Zedong"), while a name after a person noun is an apposition and keeps
it ("die Seismologin Rita Meurers"); runs of English title words ("Angry Birds", "Tax
Rulings") are no persons (the words are data: ``non_person_name_words.txt``)."""

from __future__ import annotations

import pytest
from token_helpers import persons
from token_helpers import tagged_tokens as tagged

from lagebild.entities.kb import actor_kb
from lagebild.entities.listed_names import tagged_name_persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Während der Alleinregierung Bruno Kreiskys war die Mitsprache gering.", "Bruno Kreisky"),
        ("Mit einem Text Martin Gutls, in dem es heißt, endete die Messe.", "Martin Gutl"),
        ("Es stammt aus dem Wahlkampf Heinz Fischers gegen Ferrero-Waldner.", "Heinz Fischer"),
    ],
)
def test_a_genitive_after_a_thing_noun_loses_the_s(entities_of, text: str, name: str) -> None:
    found = persons(entities_of(text))
    assert name in found
    assert name + "s" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Schäden seien nicht zu erwarten, so die Seismologin Rita Meurers.", "Rita Meurers"),
        ("Der Broker Johann Wanovits war zu fünf Jahren verurteilt worden.", "Johann Wanovits"),
        ("Die Regierung Alexis Tsipras hat verloren.", "Alexis Tsipras"),
    ],
)
def test_a_name_after_a_person_noun_keeps_its_s(entities_of, text: str, name: str) -> None:
    assert name in persons(entities_of(text))


def test_a_genitive_before_a_noun_after_a_y_loses_the_s(entities_of):
    found = persons(entities_of("Dazu kommt Tom McCarthys Enthüllungsdrama Spotlight."))
    assert "Tom McCarthy" in found and "Tom McCarthys" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Die/ART Fans/NN lieben/VVFIN Angry/NE Birds/NE sehr/ADV ./$.",
        "Sie/PPER gelten/VVFIN als/APPR Tax/NE Rulings/NE ./$.",
        "Das/ART sind/VAFIN Digital/NE Natives/NE ./$.",
        "Sie/PPER gewannen/VVFIN gegen/APPR Detroit/NE Red/NE Wings/NE ./$.",
    ],
)
def test_english_title_words_make_no_person(sentence: str) -> None:
    assert not tagged_name_persons(tagged(sentence), actor_kb())


def test_an_unknown_first_name_still_makes_a_person():
    tokens = tagged("Das/PDS sagte/VVFIN Yanis/NE Varoufakis/NE gestern/ADV ./$.")
    assert [c.name for c in tagged_name_persons(tokens, actor_kb())] == ["Yanis Varoufakis"]
