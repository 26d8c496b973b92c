"""A title before a compound abstract noun the lexicon lacks ("als Anwalt Aktenfälschung",
"Korrespondenten Handlungsvollmacht") makes no person: the noun's last part ("Fälschung",
"Vollmacht") is a common noun with no name reading. Surnames stay names."""

from __future__ import annotations

import pytest

from lagebild.entities.noun_compounds import is_abstract_compound


@pytest.mark.parametrize(
    "text",
    [
        "Ponta werden wegen seiner Tätigkeit als Anwalt  Aktenfälschung und Geldwäsche "
        "vorgeworfen.",
        "Er hatte wie alle anderen Korrespondenten Handlungsvollmacht über die Konten.",
    ],
)
def test_an_abstract_compound_after_a_title_is_no_person(entities_of, text: str) -> None:
    assert [e.name for e in entities_of(text) if e.type == "PER"] == []


def test_a_surname_after_a_title_stays_a_person(entities_of) -> None:
    entities = entities_of("Das sagte Trainer Hasenhüttl am Montag.")
    assert [e.name for e in entities if e.type == "PER"] == ["Hasenhüttl"]


@pytest.mark.parametrize(
    ("word", "abstract"),
    [
        ("Aktenfälschung", True),
        ("Handlungsvollmacht", True),
        ("Hartung", False),  # too short for a noun after a first part
        ("Hasenhüttl", False),
        ("Mödlhammer", False),  # no abstract-noun ending
    ],
)
def test_abstract_compounds(word: str, abstract: bool) -> None:
    assert is_abstract_compound(word) is abstract
