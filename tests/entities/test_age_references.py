"""Age nouns as back-references: "Der 61-Jährige" is the person named just before, or the
one whose age the article gave; too far back, plural or attributive, it is no one's."""

from __future__ import annotations

import pytest
import spacy
from token_helpers import persons

from lagebild.entities.age_references import age_references
from lagebild.entities.candidates import tokens_of
from lagebild.entities.component import resolve_entities
from lagebild.model import Entity


@pytest.fixture(scope="module")
def entities_in_sentences():
    """Entities of a hand-built text with sentence boundaries (no tags)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")

    def run(text: str) -> tuple[str, list[Entity]]:
        doc = nlp(text)
        return doc.text, resolve_entities(doc.text, tokens_of(doc))

    return run


def _mentions(text: str, entity: Entity) -> list[str]:
    return [text[mention.start : mention.end] for mention in entity.mentions]


def test_age_noun_joins_the_person_before(entities_in_sentences):
    text, entities = entities_in_sentences(
        "Bürgermeister Heinz Schaden ist seit 1999 im Amt. "
        "Der 61-Jährige hat angekündigt, nicht mehr anzutreten."
    )
    assert "61-Jährige" in _mentions(text, persons(entities)["Heinz Schaden"])


def test_stated_age_decides(entities_in_sentences):
    text, entities = entities_in_sentences(
        "Abgeordnete Nicole Solarz (34) geht in Karenz. "
        "Ihr folgt Gemeinderat Thomas Kowalski nach. "
        "Die Entscheidung fiel am Montag. Die 34-Jährige wird im Dezember ausscheiden."
    )
    found = persons(entities)
    assert "34-Jährige" in _mentions(text, found["Nicole Solarz"])
    assert "34-Jährige" not in _mentions(text, found["Thomas Kowalski"])


def test_other_stated_age_is_not_taken(entities_in_sentences):
    text, entities = entities_in_sentences(
        "Bürgermeister Gerd Stadlmayr (45) rückt nach. Der 61-Jährige bleibt im Amt."
    )
    assert "61-Jährige" not in _mentions(text, persons(entities)["Gerd Stadlmayr"])


def test_person_too_far_back_is_not_taken(entities_in_sentences):
    text, entities = entities_in_sentences(
        "Bürgermeister Heinz Schaden ist seit 1999 im Amt. Die Stadt wächst. "
        "Der Gemeinderat tagt im März. Die Wahl findet 2019 statt. "
        "Der 61-Jährige will nicht mehr antreten."
    )
    assert "61-Jährige" not in _mentions(text, persons(entities)["Heinz Schaden"])


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Der 61-Jährige kam.", [(61, "m")]),
        ("Die 34-Jährige kam.", [(34, "f")]),
        ("Man gratulierte der 34-Jährigen.", [(34, "f")]),
        ("Man gratulierte dem 61-Jährigen.", [(61, "m")]),
        ("Die 20-Jährigen kamen.", []),  # a plural
        ("Ein 25-Jähriger kam.", []),  # someone new
        ("Der 86-Jährige Habermas kam.", []),  # an adjective, misspelt
        ("Ein 25-Jähriger wurde gefasst. Der 25-Jährige schwieg.", []),  # someone unnamed
        ("Ein 25-Jähriger wurde gefasst. Der 30-Jährige schwieg.", [(30, "m")]),
    ],
)
def test_age_references(text: str, ages: list[tuple[int, str]]) -> None:
    tokens = tokens_of(spacy.blank("de")(text))
    assert [(found.age, found.gender) for found in age_references(tokens)] == ages


def test_age_noun_after_an_unnamed_one_is_not_the_person_before(entities_in_sentences):
    text, entities = entities_in_sentences(
        "Polizeisprecher Thomas Keiblinger sagte, ein 25-Jähriger sei festgenommen worden. "
        "Der 25-Jährige habe gestanden."
    )
    assert "25-Jährige" not in _mentions(text, persons(entities)["Thomas Keiblinger"])
