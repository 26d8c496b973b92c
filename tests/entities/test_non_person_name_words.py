"""Name runs with a word that marks a place or a medium are no persons: "Monte Bondone",
"Lower Ninth", "Dagens Nyheter" (the words are data: ``non_person_name_words.txt``)."""

from __future__ import annotations

import pytest
from token_helpers import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ein Jogger ist am Monte Bondone von einem Bären angegriffen worden.", "Monte Bondone"),
        ("Im Jahr 2005 wurde der Lower Ninth überschwemmt.", "Lower Ninth"),
        ("Das bestätigte die Polizei der Zeitung Dagens Nyheter.", "Dagens Nyheter"),
    ],
)
def test_place_or_medium_words_make_no_person(entities_of, text: str, name: str) -> None:
    assert name not in persons(entities_of(text))
